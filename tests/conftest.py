import os
from pathlib import Path

import pytest
from django.core.cache import cache

from accounts.choices import Role, VerificationStatus
from tests.factories import (
    PASSWORD,
    ProfileFactory,
    UserFactory,
    add_role,
    enable_totp,
    ensure_site_tree,
)


@pytest.fixture(autouse=True)
def _site_tree(request):
    """Every database test starts with the home page and roles the migrations create."""
    marker = request.node.get_closest_marker("django_db")
    uses_db = {"db", "transactional_db"} & set(request.fixturenames)
    if marker is None and not uses_db:
        return
    transactional = "transactional_db" in request.fixturenames or (
        marker is not None and marker.kwargs.get("transaction", False)
    )
    request.getfixturevalue("transactional_db" if transactional else "db")
    ensure_site_tree()


@pytest.fixture(autouse=True)
def _isolation(settings):
    # Rate-limit counters and used-TOTP markers live in the cache: start each test clean.
    cache.clear()
    # Hashing is deliberately slow in production; tests create hundreds of users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    yield
    cache.clear()


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def alice(db):
    """Alice is a verified practitioner."""
    return ProfileFactory(
        user__email="alice@example.org",
        user__first_name="Alice",
        verification_status=VerificationStatus.VERIFIED,
    ).user


@pytest.fixture
def bob(db):
    """Bob signed up and filled his profile; a moderator has not verified it yet."""
    return ProfileFactory(user__email="bob@example.org", user__first_name="Bob").user


@pytest.fixture
def charlie(db):
    """Charlie has an account and no practitioner profile."""
    return UserFactory(email="charlie@example.org", first_name="Charlie")


@pytest.fixture
def moderator(db):
    """Maud moderates, with TOTP enrolled as her role requires."""
    user = ProfileFactory(
        user__email="maud@example.org",
        user__first_name="Maud",
        verification_status=VerificationStatus.VERIFIED,
    ).user
    add_role(user, Role.MODERATOR)
    user.totp_secret = enable_totp(user)
    return user


@pytest.fixture(scope="session")
def django_db_modify_db_settings(request, django_db_modify_db_settings_parallel_suffix):
    """Browser tests of live pages run Daphne in a thread with connections of its own; an
    in-memory SQLite database is private to one connection, so such sessions use a file.
    On PostgreSQL each run gets its own test database."""
    from django.conf import settings

    uses_asgi_server = any(
        "asgi_live_server" in getattr(item, "fixturenames", ()) for item in request.session.items
    )
    database = settings.DATABASES["default"]
    if uses_asgi_server and database["ENGINE"].endswith("sqlite3"):
        folder = Path(settings.BASE_DIR) / "var"
        folder.mkdir(exist_ok=True)
        database.setdefault("TEST", {})["NAME"] = str(folder / f"test-{os.getpid()}.sqlite3")
    elif "postgresql" in database["ENGINE"] and not database.get("TEST", {}).get("NAME"):
        # One test database per run, so that two runs on one server never collide.
        database.setdefault("TEST", {})["NAME"] = f"test_{database['NAME']}_{os.getpid()}"


@pytest.fixture(scope="session", autouse=True)
def _close_stray_connections(django_db_setup, django_db_blocker):
    """WebSocket consumers and the browser-test server open connections in their own threads;
    on PostgreSQL they would keep the test database busy and stop its removal at the end."""
    yield
    from django.db import connection

    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
