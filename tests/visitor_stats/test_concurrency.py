"""Exact totals when flushes race each other and the counting. Needs PostgreSQL: SQLite
serialises writers."""

import threading

import pytest

from django.db import connection
from django.db.models import Sum
from django.utils import timezone

from visitor_stats.counting import get_store, record_visit
from visitor_stats.figures import current_figures, flush
from visitor_stats.models import DailyVisits

from .conftest import page_request

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif("connection.vendor != 'postgresql'", reason="needs PostgreSQL (make test-postgres)"),
]

COUNTERS = 4
FLUSHERS = 3
VISITS_EACH = 60


def test_concurrent_flushes_while_counting_give_exact_totals(real_redis, settings):
    settings.PORTAL_VISITS_PER_IP_PER_DAY = 10_000
    now = timezone.now()
    store = get_store()
    store.salt(timezone.localdate(now))
    start = threading.Barrier(COUNTERS + FLUSHERS)
    counting_done = threading.Event()
    errors = []

    def count(worker):
        try:
            start.wait()
            for number in range(VISITS_EACH):
                assert record_visit(page_request(ip=f"10.{worker}.{number // 200}.{number % 200 + 1}"), now=now)
        except Exception as exc:  # reported below, from the main thread
            errors.append(exc)

    def keep_flushing():
        try:
            start.wait()
            while not counting_done.is_set():
                flush(now=now)
            flush(now=now)
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    counters = [threading.Thread(target=count, args=(worker,)) for worker in range(COUNTERS)]
    flushers = [threading.Thread(target=keep_flushing) for _ in range(FLUSHERS)]
    for thread in counters + flushers:
        thread.start()
    for thread in counters:
        thread.join()
    counting_done.set()
    for thread in flushers:
        thread.join()
    assert not errors
    flush(now=now)
    expected = COUNTERS * VISITS_EACH
    assert DailyVisits.objects.count() == 1
    assert DailyVisits.objects.aggregate(total=Sum("visits"))["total"] == expected
    assert current_figures(now=now).today == expected


def test_simultaneous_first_flushes_of_a_day_make_one_row(real_redis):
    now = timezone.now()
    barrier = threading.Barrier(FLUSHERS)
    store = get_store()
    day = timezone.localdate(now)
    errors = []

    def add_and_flush(worker):
        try:
            store.give_back(day, 10, worker)  # as if counted
            barrier.wait()
            flush(now=now)
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=add_and_flush, args=(worker,)) for worker in range(FLUSHERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    flush(now=now)
    row = DailyVisits.objects.get()
    assert (row.visits, row.bot_visits) == (10 * FLUSHERS, sum(range(FLUSHERS)))
