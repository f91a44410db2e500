"""From the cache to durable DailyVisits rows: exact, at least every minute, never twice."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest

from django.core.management import call_command

from portal.caching.memo import forget_process_memos
from visitor_stats import figures as figures_module
from visitor_stats.counting import get_store, record_visit
from visitor_stats.figures import current_figures, flush, flush_if_due
from visitor_stats.models import DailyVisits

from .conftest import BROWSER, page_request

pytestmark = pytest.mark.django_db

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
DAY_ONE = datetime.datetime(2024, 10, 24, 22, 0, tzinfo=HANOI)
DAY_TWO = datetime.datetime(2024, 10, 25, 9, 0, tzinfo=HANOI)


def visit(number, now, bot=False):
    agent = "Mozilla/5.0 (compatible; bingbot/2.0)" if bot else BROWSER
    return record_visit(page_request(user_agent=agent, ip=f"10.1.{number // 250}.{number % 250}"), now=now)


def test_flush_moves_exact_counts_into_one_row_per_day(any_cache):
    for number in range(37):
        visit(number, DAY_ONE, bot=number % 10 == 0)
    for number in range(100, 155):
        visit(number, DAY_TWO)
    DailyVisits.objects.create(date=DAY_TWO.date(), visits=1000, bot_visits=5)
    moved = flush(now=DAY_TWO)
    assert moved == {DAY_ONE.date(): (37, 4), DAY_TWO.date(): (55, 0)}
    rows = {row.date: (row.visits, row.bot_visits) for row in DailyVisits.objects.all()}
    assert rows == {DAY_ONE.date(): (37, 4), DAY_TWO.date(): (1055, 5)}
    assert flush(now=DAY_TWO) == {}  # nothing is added twice
    assert DailyVisits.objects.get(date=DAY_TWO.date()).visits == 1055
    figures = current_figures(now=DAY_TWO)
    assert (figures.today, figures.month, figures.total) == (1055, 1092, 1092)


def test_counts_go_back_to_the_cache_when_the_database_refuses_them(any_cache, monkeypatch):
    for number in range(5):
        visit(number, DAY_TWO)

    def refuse(*args):
        raise RuntimeError("database down")

    monkeypatch.setattr(figures_module, "_add_to_day", refuse)
    with pytest.raises(RuntimeError):
        flush(now=DAY_TWO)
    monkeypatch.undo()
    assert current_figures(now=DAY_TWO).today == 5
    assert flush(now=DAY_TWO) == {DAY_TWO.date(): (5, 0)}
    assert DailyVisits.objects.get().visits == 5


def test_a_page_view_flushes_when_the_last_flush_is_older_than_a_minute(any_cache):
    store = get_store()
    visit(1, DAY_TWO)
    store.mark_flushed((DAY_TWO - datetime.timedelta(seconds=30)).timestamp())
    assert flush_if_due(now=DAY_TWO) is None  # flushed 30 s ago
    assert not DailyVisits.objects.exists()
    forget_process_memos()
    assert flush_if_due(now=DAY_TWO + datetime.timedelta(seconds=31)) == {DAY_TWO.date(): (1, 0)}
    visit(2, DAY_TWO)
    forget_process_memos()
    assert flush_if_due(now=DAY_TWO + datetime.timedelta(seconds=40)) is None  # just flushed
    assert DailyVisits.objects.get().visits == 1


def test_only_one_request_flushes_at_a_time(any_cache):
    store = get_store()
    visit(1, DAY_TWO)
    assert store.lock("another-process", 30)
    assert flush_if_due(now=DAY_TWO) is None
    assert not DailyVisits.objects.exists()
    store.unlock("another-process")
    forget_process_memos()
    assert flush_if_due(now=DAY_TWO) == {DAY_TWO.date(): (1, 0)}


def test_the_management_command_flushes(any_cache):
    visit(1, DAY_TWO)
    visit(2, DAY_TWO, bot=True)
    out = io.StringIO()
    call_command("flush_visitor_stats", stdout=out)
    assert "2024-10-25: +2 visits (1 by search engines)" in out.getvalue()
    call_command("flush_visitor_stats", stdout=out)
    assert "nothing to flush" in out.getvalue()
    assert DailyVisits.objects.get().visits == 2


def test_page_views_cost_no_query_between_flushes(any_cache, middleware, django_assert_num_queries):
    middleware(page_request(ip="192.0.2.1"))  # counted, and the first flush
    with django_assert_num_queries(0):
        for _ in range(5):
            middleware(page_request(ip="192.0.2.1"))  # returning within the half hour
        middleware(page_request(ip="192.0.2.2"))  # a new visitor: counted in the cache only
    assert current_figures().today == 2


def test_a_new_visit_through_the_middleware_flushes_when_due(any_cache, middleware):
    middleware(page_request(ip="192.0.2.1"))  # nothing flushed yet: this one flushes
    assert DailyVisits.objects.get().visits == 1
    middleware(page_request(ip="192.0.2.2"))  # flushed less than a minute ago: stays in the cache
    assert DailyVisits.objects.get().visits == 1
    assert current_figures().today == 2
