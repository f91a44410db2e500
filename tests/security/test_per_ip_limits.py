"""One machine, many disguises: every limit holds per client address (issue 18, items 11 and 12).

The attacker sends a fresh visitor cookie with every request and, with gunicorn reachable
directly (not through the proxy) while the deployment declares one proxy
(TRUSTED_PROXY_COUNT=1), forges a new `X-Forwarded-For` each time. Only a connection from a
trusted proxy (PORTAL_TRUSTED_PROXIES, loopback by default) may name the client.
"""

import json

import pytest

from django.conf import settings
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse

from legal_docs.factories import DraftDocumentPageFactory, LegalDocumentIndexPageFactory
from legal_docs.models import DraftComment, Issuer
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsRating
from polls.factories import PollIndexPageFactory, PollPageFactory
from polls.models import Ballot
from portal.visitors import VISITOR_COOKIE, client_ip, ensure_visitor_cookie

from .conftest import HOST

pytestmark = pytest.mark.django_db
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Android 14) Chrome/130 Mobile"}
ATTACKER = "203.0.113.66"


@pytest.fixture(autouse=True)
def one_declared_proxy(settings):
    settings.PORTAL_TRUSTED_PROXY_COUNT = 1
    settings.PORTAL_TRUSTED_PROXIES = ["127.0.0.1", "::1"]


def fresh_cookie():
    return ensure_visitor_cookie(RequestFactory().get("/"), HttpResponse()).cookies[VISITOR_COOKIE].value


def disguised(number, cookie=True):
    """A client on ATTACKER's machine, connected straight to gunicorn, with a forged header."""
    client = Client(REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=f"198.51.100.{number % 250 + 1}", **BROWSER)
    if cookie:
        client.cookies[VISITOR_COOKIE] = fresh_cookie()
    return client


def test_forwarded_for_counts_only_from_a_trusted_proxy(rf, settings):
    forged = "1.2.3.4, 198.51.100.9"
    assert client_ip(rf.get("/", REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=forged)) == ATTACKER
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forged)) == "198.51.100.9"
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="not an address")) == "127.0.0.1"
    # Two proxies (a load balancer, then nginx): each hop must be a trusted one.
    settings.PORTAL_TRUSTED_PROXY_COUNT = 2
    settings.PORTAL_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    chain = "1.2.3.4, 198.51.100.9, 10.1.2.3"
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=chain)) == "198.51.100.9"
    chain = "1.2.3.4, 198.51.100.9, 203.0.113.1"  # the second hop is no proxy of ours
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=chain)) == "203.0.113.1"


def test_gunicorn_binds_to_loopback_unless_told_otherwise(monkeypatch):
    import runpy

    monkeypatch.delenv("HOST", raising=False)
    monkeypatch.delenv("PORT", raising=False)
    config = runpy.run_path(str(settings.BASE_DIR / "portal" / "gunicorn.conf.py"))
    assert config["bind"] == "127.0.0.1:8000"


@pytest.fixture
def poll(home_page):
    return PollPageFactory(parent=PollIndexPageFactory(parent=home_page), title="Bạn đánh giá thế nào về OCOP?")


@pytest.fixture
def article(home_page):
    category = NewsIndexPageFactory(parent=home_page, title="Tin tức", slug="tin-tuc")
    return NewsPageFactory(parent=category, title="Xã Cẩm Bình đạt chuẩn", slug="cam-binh", allow_rating=True)


@pytest.fixture
def draft(home_page):
    index = LegalDocumentIndexPageFactory(parent=home_page, slug="van-ban")
    issuer = Issuer.objects.get_or_create(name="UBND tỉnh Hà Tĩnh", defaults={"abbreviation": "UBND"})[0]
    return DraftDocumentPageFactory(parent=index, issuer=issuer)


def vote(client, poll):
    body = json.dumps({"choices": [poll.choice_list[0].pk]})
    return client.post(f"/api/portal/polls/{poll.pk}/votes", body, content_type="application/json")


def test_cookieless_votes_with_forged_addresses_count_once(poll):
    answers = [vote(disguised(number, cookie=False), poll).status_code for number in range(30)]
    assert answers.count(201) == 1
    assert Ballot.objects.count() == 1


def test_votes_with_fresh_cookies_and_forged_addresses_stop_at_the_per_address_cap(poll, settings):
    settings.POLLS_VOTES_PER_IP_PER_HOUR = 5
    answers = [vote(disguised(number), poll).status_code for number in range(12)]
    assert answers.count(201) == 5
    assert set(answers[5:]) == {429}
    assert Ballot.objects.count() == 5
    # Behind the real proxy, another citizen still votes.
    neighbour = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.44", **BROWSER)
    assert vote(neighbour, poll).status_code == 201


def test_ratings_with_fresh_cookies_and_forged_addresses_stop_at_the_per_address_cap(article, settings):
    settings.NEWS_RATINGS_PER_IP_PER_HOUR = 5
    for number in range(12):
        disguised(number).post(reverse("news_rate", args=[article.pk]), {"stars": 1})
        disguised(number).post(
            f"/api/portal/news/{article.pk}/ratings", json.dumps({"stars": 1}), content_type="application/json"
        )
    assert NewsRating.objects.count() == 5


def test_forty_comments_with_fresh_cookies_from_one_address_are_capped(draft, settings):
    comment = {"name": "Nguyễn Văn A", "email": "a@example.vn", "content": "Đề nghị bổ sung tiêu chí."}
    answers = [
        disguised(number).post(reverse("legal_document_comment", args=[draft.pk]), comment).status_code
        for number in range(40)
    ]
    assert DraftComment.objects.count() == settings.LEGAL_DOCS_COMMENTS_PER_IP_PER_HOUR == 30
    assert answers.count(302) == 40  # each refusal is a message on the page, after the redirect
    # The last ones were refused with a message, not silently dropped.
    refused = disguised(99)
    response = refused.post(reverse("legal_document_comment", args=[draft.pk]), comment, follow=True)
    assert "quá nhiều" in response.content.decode().lower()
    # Another address is not affected by that machine's cap.
    neighbour = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.44", **BROWSER)
    neighbour.post(reverse("legal_document_comment", args=[draft.pk]), comment)
    assert DraftComment.objects.count() == 31


PASSWORD = "mat-khau-that-dai-2026"


def test_a_forged_address_does_not_escape_the_admin_lockout(production_like, django_user_model):
    django_user_model.objects.create_superuser("bientap", "bientap@example.vn", PASSWORD)

    def log_in(number, password):
        client = Client(
            HTTP_HOST=HOST,
            HTTP_X_FORWARDED_PROTO="https",
            REMOTE_ADDR=ATTACKER,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}",
        )
        response = client.post("/admin/login/", {"username": "bientap", "password": password, "next": "/admin/"})
        return response, client

    for attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(attempt, f"doan-sai-{attempt}")
    response, client = log_in(200, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
