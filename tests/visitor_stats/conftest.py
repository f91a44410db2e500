import os

import pytest
import redis

from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from portal.caching.backends import redis_cache
from visitor_stats.middleware import VisitorStatsMiddleware

# The real Redis production uses, on a database of its own: only that one is ever flushed. Each
# pytest-xdist worker (gw0, gw1, ...) has its own, counting down from 13, so none flushes another's.
WORKER_NUMBER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
REDIS_DB_URL = f"redis://127.0.0.1:6379/{13 - WORKER_NUMBER}"
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


@pytest.fixture
def real_redis(settings):
    """The visit counts on the real Redis (a database of its own), emptied before and after."""
    server = redis.Redis.from_url(REDIS_DB_URL)
    server.flushdb()
    with override_settings(CACHES={**settings.CACHES, "visitor_stats": redis_cache(REDIS_DB_URL, "test-stats")}):
        yield server
        caches["visitor_stats"].close()
    server.flushdb()


@pytest.fixture(params=["fakeredis", "redis"])
def any_cache(request):
    """Each test twice: on the in-process Redis of development and tests, and on the real Redis."""
    if request.param == "redis":
        yield request.getfixturevalue("real_redis")
    else:
        yield None


def page_request(path="/", user_agent=BROWSER, ip="203.0.113.9", **extra):
    request = RequestFactory().get(path, HTTP_USER_AGENT=user_agent, REMOTE_ADDR=ip, **extra)
    return request


def html_page(request):
    return HttpResponse("<!DOCTYPE html><title>x</title>", content_type="text/html; charset=utf-8")


@pytest.fixture
def middleware():
    return VisitorStatsMiddleware(html_page)
