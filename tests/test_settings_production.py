"""The production configuration passes Django's deploy checks and refuses to start half-set.

Settings are read once per process, so production is exercised in a subprocess.
"""

import os
import re
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent


def production_env(tmp_path, **overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        # DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests of this run, never in production.
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DEBUG",
            "COMPAGNON_ENV",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "compagnon.settings",
            "COMPAGNON_ENV": "production",
            "SECRET_KEY": "".join(secrets.choice(alphabet) for _ in range(60)),
            "ALLOWED_HOSTS": "compagnon.example.org",
            "SQLITE_PATH": str(tmp_path / "production.sqlite3"),
            "STATIC_ROOT": str(tmp_path / "static"),
            "MEDIA_ROOT": str(tmp_path / "media"),
            "PYTHONWARNINGS": "ignore",
        }
    )
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_it_passes_the_deploy_checks_in_production(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_it_fails_the_deploy_checks_in_development_settings(tmp_path):
    # The same command on the development defaults must complain: the check has teeth.
    env = production_env(tmp_path, COMPAGNON_ENV="development", SECRET_KEY=None)

    result = manage(env, "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode != 0
    assert "security.W018" in result.stderr + result.stdout  # DEBUG on


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"SECRET_KEY": None}, "Production needs SECRET_KEY"),
        ({"SECRET_KEY": "too-short"}, "Production needs SECRET_KEY"),
        ({"ALLOWED_HOSTS": None}, "Production needs ALLOWED_HOSTS"),
    ],
    ids=["no-secret-key", "short-secret-key", "no-allowed-hosts"],
)
def test_it_refuses_to_start_production_half_configured(tmp_path, overrides, message):
    result = manage(production_env(tmp_path, **overrides), "check")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_it_refuses_an_unknown_environment_name(tmp_path):
    result = manage(production_env(tmp_path, COMPAGNON_ENV="prod"), "check")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr


# --- Content Security Policy (same in every environment) ----------------------------------------


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        tokens = part.split()
        if tokens:
            parsed[tokens[0]] = tokens[1:]
    return parsed


NONCE_RE = r"'nonce-([A-Za-z0-9+/_=-]{16,})'"


def inline_script_page(request):
    """A page with an inline script, as a template would write it (served in tests only)."""
    from django.http import HttpResponse
    from django.template import engines

    template = engines["django"].from_string(
        '<html><body><script nonce="{{ csp_nonce }}">document.title = "ok";</script></body></html>'
    )
    return HttpResponse(template.render({}, request))


def _urlpatterns():
    from django.urls import include, path

    return [path("test-inline-script/", inline_script_page), path("", include("compagnon.urls"))]


urlpatterns = _urlpatterns()


@pytest.mark.django_db
def test_it_sends_a_strict_csp_on_public_pages(client):
    response = client.get("/")

    assert response.status_code == 200
    header = response["Content-Security-Policy"]
    policy = directives(header)
    # The home page has no inline script, so Django adds no nonce: only same-origin files run.
    script_src = policy["script-src"]
    assert script_src[0] == "'self'"
    assert all(token == "'self'" or re.fullmatch(NONCE_RE, token) for token in script_src)
    assert "'unsafe-inline'" not in header
    assert "'unsafe-eval'" not in header
    assert policy["default-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_it_allows_an_inline_script_only_through_its_nonce(client):
    first = client.get("/test-inline-script/")
    second = client.get("/test-inline-script/")

    script_src = directives(first["Content-Security-Policy"])["script-src"]
    assert script_src[0] == "'self'"
    nonces = [m for token in script_src if (m := re.fullmatch(NONCE_RE, token))]
    assert len(nonces) == 1
    assert f'<script nonce="{nonces[0].group(1)}">' in first.content.decode()
    assert "'unsafe-inline'" not in first["Content-Security-Policy"]
    # A fresh nonce on every response.
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]


@pytest.mark.django_db
def test_it_gives_the_wagtail_admin_its_own_policy(client, moderator):
    from accounts.choices import Role
    from tests.factories import add_role

    add_role(moderator, Role.COURSE_EDITOR)
    client.force_login(moderator)  # TOTP enrolled, so the MFA middleware lets her through

    response = client.get("/cms/")

    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.django_db
def test_it_keeps_the_strict_policy_outside_the_admin_prefixes(client):
    # "/cms" without the slash, or a page whose path merely contains "cms/", is not the admin.
    response = client.get("/accounts/login/?next=/cms/")

    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
