"""Generated bad input to Wagtail's read API (v2), which publishes no schema for schemathesis.

Hypothesis draws query strings from every parameter each endpoint knows (its filters, model
fields such as `title` and `slug`, `fields=`, `order=`, `type=`, the legal documents' filters),
a few it does not, and values from the awkward (`*`, `1.5`, `-1`, 2**64, NUL, a lone `%`,
surrogate-looking escapes, accents, nested field lists) to arbitrary text. Every answer must
be JSON: a 200, a redirect from `find/`, or a 4xx with a message; never a 5xx (issue 18).
"""

import hypothesis
import pytest
from hypothesis import HealthCheck, Phase
from hypothesis import strategies as st

from django.db import connection

from news.models import NewsIndexPage, NewsPage
from portal.api import PortalDocumentsAPIViewSet, PortalImagesAPIViewSet, PortalPagesAPIViewSet

pytestmark = pytest.mark.django_db

EXAMPLES = 150
SETTINGS = hypothesis.settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

PAGE_FIELDS = ["id", "title", "slug", "show_in_menus", "seo_title", "first_published_at", "intro", "lead", "number"]
AWKWARD = [
    "",
    "*",
    "-1",
    "0",
    "1.5",
    "1e3",
    str(2**31),
    str(2**64),
    "abc",
    "\x00",
    "a\x00b",
    "%",
    "%ZZ",
    "\\ud800",
    "nông thôn mới",
    "25/2026",
    "news.NewsPage",
    "legal_docs.LegalDocumentPage",
    "wagtailcore.Page",
    "auth.User",
    "title,-id",
    "-title",
    "random",
    "featured_article(*)",
    "featured_article(title,body(x))",
    "body(*)",
    "_,*,-title",
    "vi",
    "en",
    "xx",
    "true",
    "html",
    "json",
    "or",
    "and",
    "QĐ",
    "2026",
    "on_force",
]
VALUES = st.one_of(
    st.sampled_from(AWKWARD),
    st.text(max_size=20),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.lists(st.sampled_from(AWKWARD), min_size=1, max_size=4).map(",".join),
)


def queries(parameters):
    names = st.sampled_from(sorted(parameters) + PAGE_FIELDS + ["khong_co", "id", "html_path"])
    return st.dictionaries(names, VALUES, max_size=5)


@pytest.fixture
def endpoints(demo_site):
    article = NewsPage.objects.live().first()
    category = NewsIndexPage.objects.live().first()
    pages = PortalPagesAPIViewSet.known_query_parameters
    return {
        "pages": ("/api/v2/pages/", pages),
        "article": (f"/api/v2/pages/{article.pk}/", pages),
        "category": (f"/api/v2/pages/{category.pk}/", pages),
        "find": ("/api/v2/pages/find/", pages | {"id", "html_path"}),
        "images": ("/api/v2/images/", PortalImagesAPIViewSet.known_query_parameters),
        "documents": ("/api/v2/documents/", PortalDocumentsAPIViewSet.known_query_parameters),
    }


@pytest.mark.parametrize("endpoint", ["pages", "article", "category", "find", "images", "documents"])
def test_the_read_api_answers_generated_queries_without_a_server_error(client, endpoints, endpoint):
    url, parameters = endpoints[endpoint]
    seen = []

    @SETTINGS
    @hypothesis.given(query=queries(parameters))
    def run(query):
        seen.append(query)
        response = client.get(url, query)
        described = f"GET {url} {query!r}: {response.status_code}"
        assert response.status_code < 500, described
        if response.status_code in (301, 302):
            return
        assert response["Content-Type"].startswith("application/json"), described
        if response.status_code >= 400:
            assert response.json().get("detail"), described
        if connection.vendor == "postgresql":
            # A failed query inside the test's transaction would break every query after it.
            assert not connection.needs_rollback, described

    run()
    assert len(seen) >= EXAMPLES
