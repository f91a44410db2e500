"""The NukeViet rules, on a fixed clock: 30-minute visits, 5-minute online, days in Hà Nội time."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from django.http import HttpResponse
from django.test import RequestFactory

from portal.visitors import VISITOR_COOKIE, ensure_visitor_cookie
from visitor_stats.counting import local_date, record_visit, visitor_identity
from visitor_stats.figures import current_figures, flush
from visitor_stats.models import DailyVisits

from .conftest import BROWSER, GOOGLEBOT, page_request

pytestmark = pytest.mark.django_db

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
T0 = datetime.datetime(2024, 10, 25, 9, 0, tzinfo=HANOI)


def minutes(count):
    return T0 + datetime.timedelta(minutes=count)


def new_cookie():
    return ensure_visitor_cookie(RequestFactory().get("/"), HttpResponse()).cookies[VISITOR_COOKIE].value


def with_cookie(cookie, **kwargs):
    request = page_request(**kwargs)
    request.COOKIES[VISITOR_COOKIE] = cookie
    return request


def test_a_visitor_counts_once_per_thirty_minutes(any_cache):
    cookie = new_cookie()
    counted = [record_visit(with_cookie(cookie), now=minutes(at)) for at in (0, 1, 15, 29.9, 30, 45, 59, 60)]
    assert counted == [True, False, False, False, True, False, False, True]
    assert current_figures(now=minutes(60)).today == 3


def test_online_is_distinct_visitors_of_the_last_five_minutes_split_into_bots_and_guests(any_cache):
    cookies = [new_cookie() for _ in range(3)]
    for cookie in cookies:
        record_visit(with_cookie(cookie), now=minutes(0))
        record_visit(with_cookie(cookie), now=minutes(1))  # the same visitors again
    record_visit(page_request(user_agent=GOOGLEBOT, ip="66.249.66.1"), now=minutes(2))
    figures = current_figures(now=minutes(4))
    assert (figures.online, figures.bots, figures.guests) == (4, 1, 3)
    record_visit(with_cookie(cookies[0]), now=minutes(5.5))  # still reading: still online
    figures = current_figures(now=minutes(7.5))
    assert (figures.online, figures.bots, figures.guests) == (1, 0, 1)
    assert current_figures(now=minutes(12)).online == 0


def test_search_engines_are_told_apart_by_user_agent(any_cache):
    robots = [
        GOOGLEBOT,
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
        "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
        "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
        "",  # no User-Agent at all
    ]
    people = [
        BROWSER,
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.4 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 "
        "Mobile Safari/537.36 Zalo iOS",
    ]
    for number, agent in enumerate(robots):
        record_visit(page_request(user_agent=agent, ip=f"198.51.100.{number}"), now=minutes(0))
    for number, agent in enumerate(people):
        record_visit(with_cookie(new_cookie(), user_agent=agent, ip=f"192.0.2.{number}"), now=minutes(0))
    figures = current_figures(now=minutes(1))
    assert (figures.bots, figures.guests, figures.today) == (len(robots), len(people), len(robots) + len(people))
    flush(now=minutes(1))
    day = DailyVisits.objects.get(date=T0.date())
    assert (day.visits, day.bot_visits, day.guest_visits) == (10, 7, 3)


def test_robots_are_known_by_address_and_agent_not_by_the_cookies_they_never_keep(any_cache):
    request = page_request(user_agent=GOOGLEBOT)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # a page with a form would hand out a cookie
    assert record_visit(request, now=minutes(0))
    again = page_request(user_agent=GOOGLEBOT)
    again.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    assert not record_visit(again, now=minutes(1))


def test_a_browsers_first_page_is_counted_under_the_cookie_it_is_given():
    request = page_request()
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    key = visitor_identity(request, bot=False)
    response = ensure_visitor_cookie(request, HttpResponse())
    assert key == request.new_visitor_key.strip()
    follow_up = with_cookie(response.cookies[VISITOR_COOKIE].value)
    assert visitor_identity(follow_up, bot=False) == key
    # Without a form (no cookie handed out), the address and User-Agent are the visitor.
    assert visitor_identity(page_request(), bot=False).startswith("a:")


def test_days_and_months_follow_hanoi_time_not_utc(any_cache):
    # 31 March 17:30 UTC is already 1 April 00:30 in Hà Nội.
    late = datetime.datetime(2024, 3, 31, 17, 30, tzinfo=datetime.UTC)
    assert local_date(late) == datetime.date(2024, 4, 1)
    DailyVisits.objects.create(date=datetime.date(2024, 3, 31), visits=50)
    record_visit(with_cookie(new_cookie()), now=late)
    figures = current_figures(now=late)
    assert (figures.today, figures.month, figures.total) == (1, 1, 51)
    flush(now=late)
    assert DailyVisits.objects.get(date=datetime.date(2024, 4, 1)).visits == 1


def test_figures_add_the_starting_total_and_this_months_days(any_cache):
    from visitor_stats.models import VisitorCounterSettings

    VisitorCounterSettings.objects.create(starting_total=90_000_000)
    DailyVisits.objects.create(date=datetime.date(2024, 9, 30), visits=1_000)
    DailyVisits.objects.create(date=datetime.date(2024, 10, 1), visits=100)
    DailyVisits.objects.create(date=datetime.date(2024, 10, 24), visits=20)
    DailyVisits.objects.create(date=datetime.date(2024, 10, 25), visits=3)
    record_visit(with_cookie(new_cookie()), now=T0)
    figures = current_figures(now=T0)
    assert (figures.today, figures.month, figures.total) == (4, 124, 90_001_124)


def test_visits_still_pending_from_yesterday_count_in_the_month_and_total(any_cache):
    record_visit(with_cookie(new_cookie()), now=T0 - datetime.timedelta(days=1))
    record_visit(with_cookie(new_cookie()), now=T0)
    figures = current_figures(now=T0)
    assert (figures.today, figures.month, figures.total) == (1, 2, 2)
    # On the first of the month, yesterday belongs to the month before.
    first = datetime.datetime(2024, 11, 1, 8, 0, tzinfo=HANOI)
    record_visit(with_cookie(new_cookie()), now=first - datetime.timedelta(hours=10))
    figures = current_figures(now=first)
    assert (figures.today, figures.month) == (0, 0)
