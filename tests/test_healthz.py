"""GET /healthz: each service the site depends on is named, and a failing one makes it 503."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

CHECKS = {"database", "cache", "channel_layer", "search"}
DEAD_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def test_it_reports_every_check_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"]
    body = response.json()
    assert body["status"] == "ok"
    assert body["failing"] == []
    assert set(body["checks"]) == CHECKS
    assert all(check["status"] == "ok" for check in body["checks"].values()), body


def test_it_answers_anonymous_visitors_without_a_session(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert "sessionid" not in response.cookies


def test_it_names_the_cache_when_redis_does_not_answer(client):
    dead_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": DEAD_REDIS,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    # A context manager, so the working cache is back before the autouse fixture clears it.
    with override_settings(CACHES=dead_cache):
        response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["failing"] == ["cache"]
    assert body["checks"]["cache"]["status"] == "error"
    assert body["checks"]["database"]["status"] == "ok"
    assert "127.0.0.1" not in response.content.decode()  # hosts go to the log, not the page


def test_it_names_the_channel_layer_when_redis_does_not_answer(client):
    dead_layer = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [{"address": DEAD_REDIS, "max_connections": 10000}]},
        }
    }
    with override_settings(CHANNEL_LAYERS=dead_layer):
        response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["failing"] == ["channel_layer"]
    assert body["checks"]["channel_layer"]["status"] == "error"
    assert {name for name, check in body["checks"].items() if check["status"] == "ok"} == (
        CHECKS - {"channel_layer"}
    )
    assert "127.0.0.1" not in response.content.decode()


def test_it_lists_every_failing_check_at_once(client):
    dead_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": DEAD_REDIS,
        }
    }
    dead_layer = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [{"address": DEAD_REDIS, "max_connections": 10000}]},
        }
    }
    with override_settings(CACHES=dead_cache, CHANNEL_LAYERS=dead_layer):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["failing"] == ["cache", "channel_layer"]
