"""Whole pages from the cache: instant invalidation, per-visitor parts always right."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 Firefox/133.0"}


def get(client, url):
    response = client.get(url, **BROWSER)
    assert response.status_code == 200
    return response


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
    client, demo_site, django_assert_max_num_queries
):
    assert get(client, "/").get("X-Page-Cache") == "miss"
    with django_assert_max_num_queries(1):  # the site, for the host; the page itself costs nothing
        response = get(Client(), "/")
    assert response["X-Page-Cache"] == "hit"
    assert "Văn bản ban hành" in response.content.decode()


def test_publishing_shows_the_new_article_at_once(client, demo_site):
    from news.factories import NewsPageFactory
    from news.models import NewsPage

    category = NewsPage.objects.first().get_parent()
    get(client, "/")
    get(client, category.url)
    article = NewsPageFactory(parent=category, title="Tin mới vừa đăng", live=False)
    article.save_revision().publish()
    for url in ["/", category.url]:
        response = get(Client(), url)
        assert response["X-Page-Cache"] == "miss"
        assert "Tin mới vừa đăng" in response.content.decode()


def test_editors_neither_see_nor_fill_the_cache(client, demo_site, admin_user):
    get(client, "/")
    editor = Client()
    editor.force_login(admin_user)
    assert "X-Page-Cache" not in get(editor, "/")
    get(editor, "/van-ban/")
    assert get(Client(), "/van-ban/")["X-Page-Cache"] == "miss"


def test_private_pages_are_never_stored(client, demo_site):
    from news.models import NewsPage

    article = NewsPage.objects.live().first()
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for visitor in (client, Client()):
        response = visitor.get(article.url, **BROWSER)
        assert "X-Page-Cache" not in response
        assert article.lead not in response.content.decode()


def test_csrf_token_of_a_cached_page_works_for_another_visitor(demo_site):
    from news.models import NewsPage

    article = NewsPage.objects.live().first()
    Client().get(article.url, **BROWSER)
    visitor = Client(enforce_csrf_checks=True)
    page = BeautifulSoup(get(visitor, article.url).content, "html.parser")
    form = page.select_one("form.rating__form")
    token = form.select_one("input[name=csrfmiddlewaretoken]")["value"]
    assert token != "__page_cache_csrf__"
    response = visitor.post(form["action"], {"csrfmiddlewaretoken": token, "stars": 4}, **BROWSER)
    assert response.status_code == 302


def test_ratings_and_views_stay_exact_on_cached_article_pages(demo_site):
    from news.models import NewsPage, NewsPageCounter

    article = NewsPage.objects.live().first()
    counted_before = NewsPageCounter.objects.get(page=article).view_count
    readers = [Client() for _ in range(3)]
    for reader in readers:
        get(reader, article.url)
    views = NewsPageCounter.objects.get(page=article).view_count
    assert views == counted_before + 3  # the first from the rendered page, two from the cache
    get(Client(), article.url)
    assert NewsPageCounter.objects.get(page=article).view_count == views + 1
    ratings_before = NewsPageCounter.objects.get(page=article).rating_count
    rater = Client()
    rater.post(reverse("news_rate", args=[article.pk]), {"stars": 5}, **BROWSER)
    other = get(Client(), article.url)
    assert other["X-Page-Cache"] == "hit"
    counter = NewsPageCounter.objects.get(page=article)
    assert counter.rating_count == ratings_before + 1
    summary = BeautifulSoup(other.content, "html.parser").select_one(".rating__summary").get_text(" ", strip=True)
    assert f"{counter.rating_total} trong {counter.rating_count} đánh giá" in summary


def test_a_voter_sees_the_results_and_others_the_form(demo_site):
    from polls.models import PollPage

    poll = PollPage.objects.live().open_now().first()
    reader = Client()
    page = BeautifulSoup(get(reader, poll.url).content, "html.parser")
    choice = page.select("input[name=choices]")[0]["value"]
    voter = Client()
    get(voter, poll.url)
    voted = voter.post(reverse("poll_vote", args=[poll.pk]), {"choices": choice}, follow=True, **BROWSER)
    assert "phiếu" in BeautifulSoup(voted.content, "html.parser").select_one(".poll-results").get_text()
    again = BeautifulSoup(get(voter, poll.url).content, "html.parser")
    assert again.select_one(".poll-results") is not None and not again.select("input[name=choices]")
    assert BeautifulSoup(get(reader, poll.url).content, "html.parser").select("input[name=choices]")


def online_now(response):
    widget = BeautifulSoup(response.content, "html.parser").select_one(".visitor-stats__row--online dd")
    return int(widget.get_text().replace(".", ""))


def test_live_statistics_are_fresh_on_cached_pages(demo_site, monkeypatch):
    from django.utils import timezone

    first = get(Client(), "/")
    get(Client(), "/")
    # Pages served in the same second share one reading of the figures; the next second's are new.
    later = timezone.now() + datetime.timedelta(seconds=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    third = get(Client(), "/")
    assert third["X-Page-Cache"] == "hit"
    assert online_now(third) >= online_now(first) + 2


def test_the_interaction_api_is_never_cached(client, demo_site):
    for _ in range(2):
        response = client.get("/api/portal/site")
        assert "X-Page-Cache" not in response


def test_a_returning_reader_gets_a_cached_article_without_any_query(demo_site, django_assert_num_queries):
    from news.models import NewsPage

    article = NewsPage.objects.live().first()
    reader = Client()
    get(reader, article.url)
    get(reader, article.url)  # the first hit counts the view
    with django_assert_num_queries(0):  # rating line, poll widget and partner links come from the cache
        response = get(reader, article.url)
    assert response["X-Page-Cache"] == "hit"
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one(".rating__summary") is not None
    assert page.select("input[name=choices]"), "the sidebar poll form is there"


def test_the_shared_poll_widget_of_cached_pages_follows_the_schedule(demo_site, monkeypatch):
    from django.utils import timezone

    from polls.models import PollPage

    poll = PollPage.objects.live().open_now().first()
    poll.closes_at = timezone.now() + datetime.timedelta(minutes=30)
    poll.save_revision().publish()
    for _ in range(2):
        page = BeautifulSoup(get(Client(), "/").content, "html.parser")
    assert page.select("input[name=choices]")
    later = timezone.now() + datetime.timedelta(hours=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = get(Client(), "/")
    assert response["X-Page-Cache"] == "hit"
    titles = [legend.get_text(strip=True) for legend in BeautifulSoup(response.content, "html.parser").select("legend")]
    assert poll.title not in titles


def test_each_visitor_gets_its_own_csrf_token_in_the_shared_poll_widget(demo_site):
    tokens = set()
    for _ in range(3):
        response = get(Client(), "/")
        token = BeautifulSoup(response.content, "html.parser").select_one(
            ".widget form input[name=csrfmiddlewaretoken]"
        )["value"]
        assert response.cookies["csrftoken"].value
        tokens.add(token)
    assert len(tokens) == 3


def test_no_process_keeps_a_page_longer_than_the_cache_timeout(demo_site, settings, monkeypatch):
    import time

    from django.test import RequestFactory

    from portal.caching.pages import page_key
    from portal.caching.version import content_version

    settings.PAGE_CACHE_TIMEOUT = 600
    assert get(Client(), "/")["X-Page-Cache"] == "miss"
    assert get(Client(), "/")["X-Page-Cache"] == "hit"
    # The shared entry expires; the content version stays: this process's copy must not outlive it.
    version = content_version()
    cache.delete(page_key(RequestFactory().get("/"), version))
    later = time.monotonic() + 601
    monkeypatch.setattr(time, "monotonic", lambda: later)
    assert content_version() == version
    assert get(Client(), "/")["X-Page-Cache"] == "miss"


def test_a_copy_read_late_in_the_shared_entrys_life_ends_with_it(demo_site, settings, monkeypatch):
    """A worker that first reads a page 590 s into its 600 s keeps its copy 10 s, not 600 s more."""
    import time

    from django.test import RequestFactory

    from portal.caching.memo import forget_process_memos
    from portal.caching.pages import page_key
    from portal.caching.version import content_version

    settings.PAGE_CACHE_TIMEOUT = 600
    assert get(Client(), "/")["X-Page-Cache"] == "miss"
    version = content_version()
    forget_process_memos()  # another worker, which has not read the page yet
    stored_at = time.time()
    monkeypatch.setattr(time, "time", lambda: stored_at + 590)
    assert get(Client(), "/")["X-Page-Cache"] == "hit"
    cache.delete(page_key(RequestFactory().get("/"), version))  # the shared entry expires
    later = time.monotonic() + 11
    monkeypatch.setattr(time, "monotonic", lambda: later)
    assert get(Client(), "/")["X-Page-Cache"] == "miss"


def test_a_change_made_while_redis_is_down_makes_cached_pages_stale_when_it_is_back(demo_site):
    """Publishing cannot move the content version while Redis is down; pages cached before would be
    served again once it is back. The process that made the change moves the version then."""
    import uuid

    from django.test import override_settings

    from portal.caching.backends import redis_cache
    from portal.caching.version import bump_content_version, content_version

    assert get(Client(), "/")["X-Page-Cache"] == "miss"
    before = content_version()
    nowhere = redis_cache("redis://127.0.0.1:1/0", f"test-{uuid.uuid4().hex}")
    with override_settings(CACHES={"default": nowhere, "visitor_stats": nowhere}):
        bump_content_version()
    assert content_version() != before
    assert get(Client(), "/")["X-Page-Cache"] == "miss"
