"""Production settings, read in a subprocess (they refuse to load without their environment)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOST = "ntm.example.gov.vn"
ORIGIN = f"https://{HOST}"
# What a deployment sets (README, "Deployment"); the secret is made up for the run.
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "a-production-like-secret-key-for-the-checks-only-" + "x" * 40,
    "ALLOWED_HOSTS": HOST,
    "CSRF_TRUSTED_ORIGINS": ORIGIN,
    "CORS_ALLOWED_ORIGINS": "https://app.example.vn",
}
# The settings that make the answers' security headers and cookies, copied into the test settings.
HEADER_SETTINGS = [
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "MIDDLEWARE",
    "AUTHENTICATION_BACKENDS",
    "CSRF_TRUSTED_ORIGINS",
    "CORS_ALLOWED_ORIGINS",
]


def production_environ(**extra):
    environ = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    return {**environ, **PRODUCTION_ENV, **extra}


def run_manage(*args, **extra_env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=production_environ(**extra_env),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="session")
def production_values():
    """The header-making settings exactly as portal.settings.production computes them."""
    script = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{name: getattr(settings, name) for name in {HEADER_SETTINGS!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=production_environ(), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture
def production_like(settings, production_values):
    """The test settings with production's security settings, behind its TLS-terminating proxy."""
    for name, value in production_values.items():
        setattr(settings, name, value)
    settings.ALLOWED_HOSTS = [HOST, "testserver"]
    return settings
