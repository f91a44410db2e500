import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from django.core.cache import caches
from django.test import override_settings

from portal.caching.backends import redis_cache

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "x" * 20 + "-production-secret-key-with-enough-entropy-" + uuid.uuid4().hex,
    "ALLOWED_HOSTS": "nongthonmoi.hatinh.gov.vn",
    "DATABASE_URL": "sqlite:///:memory:",
}


def manage(*args, env):
    clean_env = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_secrets(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_passes_the_deploy_checklist():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


def redis_cache_settings(location):
    """Production's caches: everything, visit counts included, on the Redis at `location`."""
    cache = redis_cache(location, f"test-{uuid.uuid4().hex}")
    return {"default": cache, "visitor_stats": cache}


@pytest.mark.django_db
def test_pages_keep_answering_when_redis_is_down(client, demo_site):
    with override_settings(CACHES=redis_cache_settings("redis://127.0.0.1:1/0")):
        cache = caches["default"]
        assert cache.get("anything", "fallback") == "fallback"
        cache.set("anything", 1)
        assert cache.get_or_set("computed", 42) == 42
        for url in ("/", "/search/?q=nong", "/api/v2/pages/", "/api/portal/site"):
            assert client.get(url).status_code == 200, url
        assert "Nguyễn Văn Việt" in client.get("/").content.decode()


@pytest.mark.django_db
def test_redis_cache_holds_the_partner_links_fragment(client, demo_site):
    with override_settings(CACHES=redis_cache_settings("redis://127.0.0.1:6379/15")):
        cache = caches["default"]
        try:
            from portal.caching.fragments import fragment_key

            client.get("/")
            links = cache.get(fragment_key("partner-links"))
            assert [link.title for link in links][:2] == ["MÃ QR CODE ZALO-BỘ NỘI VỤ", "Bộ nông nghiệp"]
            assert "Công báo tỉnh" in client.get("/").content.decode()
        finally:
            cache.clear()
