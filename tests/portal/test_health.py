"""/healthz and /readyz, as a load balancer sees them (the database outage is in tests/faults)."""

import uuid

import pytest

from django.test import override_settings

from portal.caching.backends import redis_cache

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_touching_the_database_and_is_never_cached(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "Set-Cookie" not in response.headers


def test_readyz_checks_the_database_the_cache_and_the_migrations(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "migrations": "ok", "cache": "ok"},
    }
    assert "no-store" in response["Cache-Control"]


def test_readyz_stays_ready_but_says_degraded_when_redis_is_down(client):
    """Pages are served without Redis; every server shares it, so taking them all out would be an outage."""
    nowhere = redis_cache("redis://127.0.0.1:1/0", f"test-{uuid.uuid4().hex}")
    with override_settings(CACHES={"default": nowhere, "visitor_stats": nowhere}):
        response = client.get("/readyz")
        assert client.get("/healthz").status_code == 200
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "migrations": "ok", "cache": "unreachable"},
    }


def test_probes_over_plain_http_are_answered_not_redirected(client, settings):
    """A load balancer or systemd probes gunicorn directly, without TLS or X-Forwarded-Proto."""
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.get("/").status_code == 301
