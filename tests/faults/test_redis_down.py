"""Redis is down: every public page and API still answers, page cache and statistics included.

tests/portal/test_settings.py and tests/visitor_stats/test_middleware.py already check the
home page, search, two API reads and the statistics widget against a dead Redis. This one takes
the cache exactly as production builds it from REDIS_URL (portal.settings.production, read in a
subprocess), points it at a port where nothing listens, keeps the page cache on, and walks what
a visitor and a headless client use: home, a category, an article, legal documents, a poll,
the API v2 lists and details, the interaction API's reads, and its writes (a vote, a rating),
whose throttles live in Redis.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from django.core.cache import caches
from django.test import Client, override_settings

from legal_docs.models import LegalDocumentPage
from news.models import NewsPage, NewsPageCounter
from polls.models import PollPage

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DEAD_REDIS = "redis://127.0.0.1:1/0"
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130 Safari/537.36"}
# A dead Redis refuses at once; its timeouts (0.25 s connect, 0.5 s read) bound the rest.
SLOW = 5.0


@pytest.fixture(scope="module")
def production_caches():
    """CACHES and VISITOR_STATS_CACHE as portal.settings.production makes them with REDIS_URL
    pointing at a dead Redis."""
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="faults-only-secret-key-" + "x" * 40,
        ALLOWED_HOSTS="testserver",
        REDIS_URL=DEAD_REDIS,
    )
    script = (
        "import json, django; from django.conf import settings; django.setup();"
        " print(json.dumps([settings.CACHES, settings.VISITOR_STATS_CACHE]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def redis_down(production_caches, settings):
    caches_setting, visitor_stats_cache = production_caches
    assert caches_setting["default"]["LOCATION"] == DEAD_REDIS
    settings.PAGE_CACHE_ENABLED = True
    with override_settings(CACHES=caches_setting, VISITOR_STATS_CACHE=visitor_stats_cache):
        yield caches["default"]
        caches["default"].close()


def timed(method, *args, **kwargs):
    started = time.monotonic()
    response = method(*args, **kwargs)
    elapsed = time.monotonic() - started
    assert elapsed < SLOW, f"{args[0]} took {elapsed:.1f} s"
    return response


def test_pages_answer_200_without_redis(demo_site, redis_down):
    article = NewsPage.objects.live().order_by("-published_at").first()
    document = LegalDocumentPage.objects.live().first()
    poll = PollPage.objects.live().first()
    pages = {
        "/": "Nông thôn mới",
        article.get_parent().url: article.title,
        article.url: article.title,
        document.get_parent().url: "Văn bản",
        document.url: document.title,
        poll.url: poll.title,
        "/search/?q=nong+thon": "nông thôn",
    }
    visitor = Client(**BROWSER)
    for _round in range(2):  # the second time, the page cache would serve: nothing is stored, all still works
        for url, text in pages.items():
            response = timed(visitor.get, url)
            assert response.status_code == 200, url
            assert text in response.content.decode(), url
    assert redis_down.get("anything") is None  # really no Redis behind it


def test_apis_answer_without_redis(demo_site, redis_down):
    article = NewsPage.objects.live().first()
    poll = PollPage.objects.live().first()
    client = Client(**BROWSER)
    for url in (
        "/api/v2/pages/",
        f"/api/v2/pages/{article.pk}/",
        "/api/v2/pages/?type=news.NewsPage&search=nong",
        "/api/v2/documents/",
        "/api/portal/site",
        "/api/portal/stats/visitors",
        "/api/portal/songs",
    ):
        response = timed(client.get, url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/json"), url
    # Writes too: their per-address throttles are in Redis, the votes and ratings in the database.
    vote = timed(
        client.post,
        f"/api/portal/polls/{poll.pk}/votes",
        {"choices": [poll.choice_list[0].pk]},
        content_type="application/json",
    )
    assert vote.status_code == 201, vote.content
    counter = NewsPageCounter.objects.filter(page_id=article.pk).first()
    ratings_before = counter.rating_count if counter else 0
    rating = timed(client.post, f"/api/portal/news/{article.pk}/ratings", {"stars": 4}, content_type="application/json")
    assert rating.status_code == 201, rating.content
    assert rating.json()["count"] == ratings_before + 1
