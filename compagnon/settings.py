"""Compagnon settings: one module, configured from environment variables.

With no variable set, the site runs on embedded defaults (SQLite file, in-memory channel layer,
database search, console email, local-memory cache) so that `make run` needs no service.
`DATABASE_URL`, `REDIS_URL` and `ELASTICSEARCH_URL` switch to the production services, and
`COMPAGNON_ENV=production` turns on the hardened configuration (see README, "Configuration").
"""

import json
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    if not value:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


COMPAGNON_ENV = env("COMPAGNON_ENV", "development")
if COMPAGNON_ENV not in {"development", "production"}:
    raise ImproperlyConfigured("COMPAGNON_ENV must be 'development' or 'production'.")
PRODUCTION = COMPAGNON_ENV == "production"

if PRODUCTION:
    SECRET_KEY = env("SECRET_KEY")
    if len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("Production needs SECRET_KEY (at least 50 random characters).")
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("Production needs ALLOWED_HOSTS (comma-separated host names).")
    DEBUG = False
else:
    # A fixed development key: never used in production, where SECRET_KEY is required above.
    SECRET_KEY = env("SECRET_KEY", "dev-insecure-compagnon-key-change-me-in-production-0123456789")
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver,[::1]")
    DEBUG = env_bool("DEBUG", True)

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

# --- Applications -------------------------------------------------------------------------------

INSTALLED_APPS = [
    "daphne",
    # Project apps come first so their templates override allauth's and Wagtail's.
    "compagnon",
    "accounts",
    "courses",
    "credits",
    "cases",
    "mentoring",
    "search",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Full-text search fields and GIN indexes on PostgreSQL (Wagtail's and ours).
    "django.contrib.postgres",
    "channels",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "compagnon.middleware.AdminContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "accounts.middleware.RequireMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "compagnon.urls"
WSGI_APPLICATION = "compagnon.wsgi.application"
ASGI_APPLICATION = "compagnon.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "accounts.context_processors.account_nav",
            ],
        },
    },
]

# --- Data stores --------------------------------------------------------------------------------

DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    SQLITE_PATH = Path(env("SQLITE_PATH") or BASE_DIR / "var" / "compagnon.sqlite3")
    SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(SQLITE_PATH),
            # WAL and a busy timeout let Daphne's threads and the dev server share the file.
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "compagnon",
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                # redis-py caps its asyncio pool at 100 connections by default: a burst of
                # sockets would fail with MaxConnectionsError (see GUIDE.md, "Known traps").
                # redis-py 8 times reads out after 5 s by default — exactly how long channels-redis
                # blocks waiting for a message — so idle sockets would fail without a longer one.
                "hosts": [{"address": REDIS_URL, "max_connections": 10000, "socket_timeout": 15}],
                "capacity": 1000,
                "expiry": 60,
                "prefix": "compagnon",
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
SEARCH_BACKEND = "elasticsearch" if ELASTICSEARCH_URL else "database"
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", "compagnon")

# Background work (search indexing, emails) goes through Django's task framework.
TASKS = {
    "default": {"BACKEND": env("TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend")}
}

# --- Authentication (django-allauth) ------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.CharterSignupForm"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Compagnon] "
ACCOUNT_RATE_LIMITS = {
    # Explicit, so the limits are visible and reviewed here rather than implicit defaults.
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Compagnon"
MFA_FORMS = {"activate_totp": "accounts.forms.ActivateTOTPForm"}
MFA_ADAPTER = "accounts.adapter.MFAAdapter"
USERSESSIONS_TRACK_ACTIVITY = True

# Ed25519 private key (PEM) that signs Open Badges credentials. Unset (development), a key is
# derived from SECRET_KEY, so every worker signs with the same key without shared files.
CREDENTIAL_SIGNING_KEY = env("CREDENTIAL_SIGNING_KEY").replace("\\n", "\n")

# WebRTC for live mentoring sessions: STUN/TURN servers as JSON, e.g.
# [{"urls": "stun:stun.example.org:3478"}, {"urls": "turn:turn.example.org", "username": "u",
#   "credential": "p"}]. Empty by default, so no third party is contacted; browsers on one network
# still connect, others need a TURN server.
MENTORING_ICE_SERVERS = json.loads(env("MENTORING_ICE_SERVERS", "[]"))
# Sanitised case images live outside MEDIA_ROOT and are served only through a permission check.
CASES_IMAGE_ROOT = env("CASES_IMAGE_ROOT") or None
CREDENTIAL_ISSUER_NAME = env("CREDENTIAL_ISSUER_NAME", "Compagnon")

# The charter every member accepts at signup; bump the version when its text changes.
CHARTER_VERSION = "2026-11"

# Who must have a second factor before using privileged areas.
MFA_REQUIRED_GROUPS = ["moderator", "course_editor", "programme_admin"]

# --- Email --------------------------------------------------------------------------------------

EMAIL_BACKEND_PATH = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
MAILERS = {"default": {"BACKEND": EMAIL_BACKEND_PATH}}
if EMAIL_BACKEND_PATH.endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {
        "host": env("EMAIL_HOST", "localhost"),
        "port": int(env("EMAIL_PORT", "25")),
        "username": env("EMAIL_HOST_USER") or None,
        "password": env("EMAIL_HOST_PASSWORD") or None,
        "use_tls": env_bool("EMAIL_USE_TLS"),
    }
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Compagnon <noreply@compagnon.test>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation -----------------------------------------------------------------------

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Static and media ---------------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT") or BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT") or BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Tests and `make run` serve static files straight from the finders.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = DEBUG

# --- Wagtail ------------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Compagnon"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Privacy and a strict CSP: no Gravatar, no update check against a third-party host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_I18N_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "xlsx", "csv", "txt"]

# --- Security -----------------------------------------------------------------------------------

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "media-src": [CSP.SELF],
    "frame-src": [CSP.NONE],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# The Wagtail admin runs a few inline scripts and styles and previews pages in an iframe.
ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "frame-src": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}
ADMIN_CSP_PATH_PREFIXES = ("/cms/", "/django-admin/")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# --- Logging ------------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request bodies never reach the logs: they may carry health data.
        "django.request": {"level": "ERROR"},
        "daphne": {"level": "WARNING"},
    },
}
