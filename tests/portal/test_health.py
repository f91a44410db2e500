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


def test_readyz_is_503_and_says_why_when_redis_is_down(client):
    nowhere = redis_cache("redis://127.0.0.1:1/0", f"test-{uuid.uuid4().hex}")
    with override_settings(CACHES={"default": nowhere, "visitor_stats": nowhere}):
        response = client.get("/readyz")
        assert client.get("/healthz").status_code == 200
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["checks"]["cache"] == "unreachable"
    assert response.json()["checks"]["database"] == "ok"
