"""What the visitor statistics middleware costs a request: median and p95 milliseconds.

The middleware is timed around a trivial HTML view (its own cost, nothing else) and around the
real home page, each next to the same request without it. Redis rows need a Redis at
REDIS_BENCH_URL (default redis://127.0.0.1:6379/13; only this run's keys are touched).
Not a test: timings are noisy and depend on the machine. Run with `make bench`.
"""

import io
import os
import statistics
import sys
import time
import uuid
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

warnings.filterwarnings("ignore", message="No directory at")

django.setup()

import redis  # noqa: E402

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client, RequestFactory, override_settings  # noqa: E402

from portal.caching.backends import redis_cache  # noqa: E402
from portal.caching.memo import forget_process_memos  # noqa: E402
from visitor_stats.middleware import VisitorStatsMiddleware  # noqa: E402

REDIS_URL = os.environ.get("REDIS_BENCH_URL", "redis://127.0.0.1:6379/13")
PREFIX = f"bench-stats-{uuid.uuid4().hex[:8]}"
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
STUB_RUNS = 2000
PAGE_RUNS = 100
WITHOUT_STATS = [entry for entry in settings.MIDDLEWARE if not entry.startswith("visitor_stats.")]


def redis_caches():
    return {"default": redis_cache(REDIS_URL, PREFIX), "visitor_stats": redis_cache(REDIS_URL, PREFIX)}


def redis_available():
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.25).ping()
    except redis.RedisError:
        return False
    return True


def timed(call, runs):
    call()  # warm: the first visit is counted, the salt fetched, the first flush done
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def html_view(request):
    return HttpResponse("<!DOCTYPE html><title>bench</title>", content_type="text/html; charset=utf-8")


def stub_rows(cache_label):
    factory = RequestFactory()
    counter = iter(range(10**9))

    def returning():
        return factory.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.9")

    def newcomer():
        number = next(counter)
        return factory.get(
            "/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
        )

    with_stats = VisitorStatsMiddleware(html_view)
    forget_process_memos()
    return [
        (f"trivial view, {cache_label}", "without", timed(lambda: html_view(returning()), STUB_RUNS)),
        (f"trivial view, {cache_label}", "returning visitor", timed(lambda: with_stats(returning()), STUB_RUNS)),
        (f"trivial view, {cache_label}", "new visitor", timed(lambda: with_stats(newcomer()), STUB_RUNS)),
    ]


def page_rows(cache_label):
    rows = []
    for label, middleware in (("without", WITHOUT_STATS), ("returning visitor", settings.MIDDLEWARE)):
        with override_settings(MIDDLEWARE=middleware):
            client = Client(HTTP_USER_AGENT=BROWSER)
            forget_process_memos()
            rows.append((f"home page /, {cache_label}", label, timed(lambda c=client: c.get("/"), PAGE_RUNS)))
    return rows


def main():
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0)
    try:
        call_command("load_demo", stdout=io.StringIO())
        rows = stub_rows("local memory, fakeredis") + page_rows("local memory, fakeredis")
        if redis_available():
            with override_settings(CACHES=redis_caches(), PORTAL_VISITS_PER_IP_PER_DAY=10**9):
                rows += stub_rows("Redis") + page_rows("Redis")
                for alias in ("default", "visitor_stats"):
                    caches[alias].close()
            server = redis.Redis.from_url(REDIS_URL)
            for key in server.scan_iter(f"{PREFIX}:*"):
                server.delete(key)
        else:
            print(f"(Redis not reachable at {REDIS_URL}: Redis rows skipped)")
        print(f"\nVisitor statistics middleware, in-process, {connection.vendor}")
        print(f"{'request':<34}{'statistics':<20}{'median ms':>10}{'p95 ms':>9}{'+median ms':>12}")
        baseline = {}
        for request, statistics_label, (median, p95) in rows:
            if statistics_label == "without":
                baseline[request] = median
                extra = ""
            else:
                extra = f"{median - baseline[request]:+.3f}"
            print(f"{request:<34}{statistics_label:<20}{median:>10.3f}{p95:>9.3f}{extra:>12}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
