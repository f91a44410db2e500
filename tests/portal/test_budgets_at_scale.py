"""The query budgets hold at 100, 1,000 and 10,000 articles, with the same count at each size.

The content comes from bench/dataset.py, the bulk builder `make bench` uses: live, public
articles with tags and counters in several categories, and a tenth as many legal documents.
"""

import pytest

from bench import dataset
from legal_docs.models import LegalDocumentIndexPage
from news.models import NewsPage
from polls.models import PollPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 Firefox/133.0"}
BUDGETS = {
    "article": 12,
    "home": 15,
    "category": 12,
    "category, page 50": 12,
    "legal index, filtered": 12,
    "poll page": 12,
    "API listing of 20 articles": 8,
    "API detail, fields=*": 10,
}


def urls():
    article = NewsPage.objects.live().order_by("-published_at").first()
    return {
        "article": article.url,
        "home": "/",
        "category": article.get_parent().url,
        "category, page 50": article.get_parent().url + "?page=50",
        "legal index, filtered": LegalDocumentIndexPage.objects.get().url + "?year=2024&status=in_force&q=quyet",
        "poll page": PollPage.objects.live().first().url,
        "API listing of 20 articles": "/api/v2/pages/?type=news.NewsPage&fields=lead,featured_image,tags&limit=20",
        "API detail, fields=*": f"/api/v2/pages/{article.pk}/?fields=*",
    }


def query_counts(client, django_assert_max_num_queries):
    counts = {}
    for what, url in urls().items():
        client.get(url, **BROWSER)  # warm: site root paths, renditions, the visitor's view marker
        with django_assert_max_num_queries(BUDGETS[what], info=what) as captured:
            assert client.get(url, **BROWSER).status_code == 200, what
        counts[what] = len(captured)
    return counts


def test_query_counts_stay_within_budget_and_equal_at_every_size(client, demo_site, django_assert_max_num_queries):
    counts_by_size = {}
    for size in (100, 1_000, 10_000):
        dataset.grow(size, log=lambda line: None)
        assert dataset.bench_article_count() == size
        counts_by_size[size] = query_counts(client, django_assert_max_num_queries)
    assert counts_by_size[1_000] == counts_by_size[100]
    assert counts_by_size[10_000] == counts_by_size[100]
