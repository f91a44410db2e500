"""What the middleware counts, how hard it is to inflate, and what happens when Redis is down."""

import datetime
import random
import secrets
import string

import pytest
from bs4 import BeautifulSoup

from django.http import HttpResponse, JsonResponse
from django.test import RequestFactory, override_settings
from django.utils import timezone

from portal.caching.backends import redis_cache
from portal.visitors import VISITOR_COOKIE, ensure_visitor_cookie
from visitor_stats.figures import current_figures
from visitor_stats.middleware import VisitorStatsMiddleware
from visitor_stats.models import DailyVisits

from .conftest import BROWSER, page_request

pytestmark = pytest.mark.django_db


def random_user_agent(rng):
    browsers = [
        BROWSER,
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    ]
    noise = "".join(rng.choices(string.ascii_letters, k=rng.randint(0, 12)))
    return f"{rng.choice(browsers)} {noise}".strip()


def random_cookie(rng):
    # Garbage, tampered and genuinely signed cookies (a script can collect as many as it likes).
    kind = rng.randrange(3)
    if kind == 0:
        return None
    if kind == 1:
        return f"c:{secrets.token_hex(16)}:{secrets.token_hex(8)}"
    return ensure_visitor_cookie(RequestFactory().get("/"), HttpResponse()).cookies[VISITOR_COOKIE].value


def random_address(rng):
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


@pytest.mark.parametrize(
    ("proxies", "peer"),
    [(0, "203.0.113.9"), (1, "127.0.0.1"), (1, "203.0.113.9")],
    ids=["direct", "behind-one-proxy", "around-the-proxy"],
)
def test_one_client_with_a_thousand_disguises_adds_at_most_the_daily_cap(
    real_redis, middleware, settings, proxies, peer
):
    """`around-the-proxy`: one proxy is declared, but the client reaches gunicorn directly and
    forges the whole header (issue 18): only the declared proxy's connection names the client."""
    settings.PORTAL_VISITS_PER_IP_PER_DAY = 20
    settings.PORTAL_TRUSTED_PROXY_COUNT = proxies
    settings.PORTAL_TRUSTED_PROXIES = ["127.0.0.1"]
    rng = random.Random(7)
    for _ in range(1_000):
        forged = ", ".join(random_address(rng) for _ in range(rng.randint(1, 3)))
        # Behind a proxy, the proxy appends the address it really saw.
        forwarded = f"{forged}, 203.0.113.9" if peer == "127.0.0.1" else forged
        request = page_request(
            user_agent=random_user_agent(rng),
            ip=peer,
            HTTP_X_FORWARDED_FOR=forwarded,
        )
        cookie = random_cookie(rng)
        if cookie:
            request.COOKIES[VISITOR_COOKIE] = cookie
        assert middleware(request).status_code == 200
    figures = current_figures()
    assert figures.today == 20
    assert figures.online <= 20
    # Another address is not affected by that client's cap.
    middleware(page_request(ip="198.51.100.7", HTTP_X_FORWARDED_FOR="198.51.100.7"))
    assert current_figures().today == 21


def test_counts_only_get_requests_of_html_pages_that_answered_200(settings, any_cache):
    def respond_with(response):
        return VisitorStatsMiddleware(lambda request: response)

    page = HttpResponse("<!DOCTYPE html>", content_type="text/html; charset=utf-8")
    counted = []
    for number, (method, path, response) in enumerate(
        [
            ("get", "/", page),
            ("get", "/tin-tuc/", page),
            ("post", "/", page),
            ("head", "/", page),
            ("get", "/missing/", HttpResponse("<!DOCTYPE html>", status=404)),
            ("get", "/admin/", page),
            ("get", "/admin/pages/3/", page),
            ("get", "/api/portal/site", JsonResponse({})),
            ("get", "/api/v2/pages/", page),
            ("get", "/static/css/portal.css", HttpResponse("", content_type="text/css")),
            ("get", "/media/images/a.jpg", HttpResponse(b"", content_type="image/jpeg")),
            ("get", "/documents/1/a.pdf", HttpResponse(b"", content_type="application/pdf")),
            ("get", "/robots.txt", HttpResponse("", content_type="text/plain")),
        ]
    ):
        request = getattr(RequestFactory(), method)(path, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"192.0.2.{number}")
        respond_with(response)(request)
        counted.append(current_figures().today)
    assert counted == [1, 2] + [2] * 11
    prefetch = page_request("/", ip="192.0.2.200", HTTP_SEC_PURPOSE="prefetch")
    respond_with(page)(prefetch)
    assert current_figures().today == 2


def test_real_pages_are_counted_through_the_whole_stack(client, home_page):
    assert client.get("/", HTTP_USER_AGENT=BROWSER).status_code == 200
    client.get("/api/portal/site", HTTP_USER_AGENT=BROWSER)
    client.get("/admin/login/", HTTP_USER_AGENT=BROWSER)
    assert current_figures().today == 1
    assert client.get("/", HTTP_USER_AGENT=BROWSER).status_code == 200  # same visitor, same half hour
    assert current_figures().today == 1


def test_pages_answer_200_when_redis_is_down(client, home_page, caplog):
    nowhere = redis_cache("redis://127.0.0.1:1/0", "nowhere")
    with override_settings(CACHES={"default": nowhere, "visitor_stats": nowhere}):
        DailyVisits.objects.create(date=timezone.localdate(), visits=41)
        response = client.get("/", HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200
        box = BeautifulSoup(response.content, "html.parser").select_one(".widget--stats")
        today = [row.dd.get_text() for row in box.select(".visitor-stats__row") if row.dt.get_text() == "Hôm nay"]
        assert today == ["41"]  # the stored figures, read from the database
        api = client.get("/api/portal/stats/visitors")
        assert api.status_code == 200
        assert api.json()["today"] == 41 and api.json()["online"] == 0
    assert "paused" in caplog.text or "unavailable" in caplog.text


def test_nothing_stored_names_an_address_or_a_cookie(real_redis, middleware):
    cookie = ensure_visitor_cookie(RequestFactory().get("/"), HttpResponse()).cookies[VISITOR_COOKIE].value
    request = page_request(ip="203.0.113.77")
    request.COOKIES[VISITOR_COOKIE] = cookie
    middleware(request)
    middleware(page_request(ip="203.0.113.78"))
    assert current_figures().today == 2
    stored = b" ".join(real_redis.keys("*"))
    for key in real_redis.keys("*"):
        kind = real_redis.type(key)
        if kind == b"string":
            stored += b" " + real_redis.get(key)
        elif kind == b"zset":
            stored += b" ".join(real_redis.zrange(key, 0, -1))
        elif kind == b"set":
            stored += b" ".join(real_redis.smembers(key))
    assert b"203.0.113" not in stored
    assert cookie.split(":")[1].encode() not in stored
    assert {field.name for field in DailyVisits._meta.get_fields()} == {"id", "date", "visits", "bot_visits"}


def test_the_salt_changes_every_day(real_redis):
    from visitor_stats.counting import get_store

    store = get_store()
    today = datetime.date(2024, 10, 25)
    assert store.salt(today) == store.salt(today)
    assert store.salt(today) != store.salt(today + datetime.timedelta(days=1))
