"""Search as Vietnamese visitors type: with or without accents, by document number, never private."""

import datetime
import unicodedata

import pytest
from bs4 import BeautifulSoup

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def hits(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [hit.h2.get_text(strip=True) for hit in page.select(".search-hit")]


def total(client, query):
    status = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser").select_one("main p.meta")
    return int(status.get_text().split()[0])


def api_titles(client, query, **params):
    response = client.get("/api/v2/pages/", {"search": query, "fields": "title", **params})
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


DUC_BINH = "Xã Đức Bình"
# (query, a title that must be among the hits, whether it must be the first hit)
QUERY_TABLE = [
    ("tieu chi quoc gia ve xa nong thon moi", "Quyết định số 318/QĐ-TTg", False),
    ("tiêu chí quốc gia về xã nông thôn mới", "Quyết định số 318/QĐ-TTg", False),
    ("TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI", "Quyết định số 318/QĐ-TTg", False),
    ("duc binh", DUC_BINH, True),
    ("Đức Bình", DUC_BINH, True),
    ("đức bình", DUC_BINH, True),
    ("Ðức Bình", DUC_BINH, True),  # U+00D0, the look-alike typed for Đ
    (unicodedata.normalize("NFD", "Đức Bình"), DUC_BINH, True),
    ("san pham ocop", "Sản phẩm OCOP của Can Lộc vươn ra thị trường cả nước", False),
    ("4414", "Văn bản số 4414/UBND-NL5", True),
    ("4414/UBND-NL5", "Văn bản số 4414/UBND-NL5", True),
    ("4414/ubnd-nl5", "Văn bản số 4414/UBND-NL5", True),
    ("15/2024/qđ-ubnd", "Quyết định số 15/2024/QĐ-UBND", True),
    ("15/2024/QD-UBND", "Quyết định số 15/2024/QĐ-UBND", True),
    ("15/2024/QÐ-UBND", "Quyết định số 15/2024/QĐ-UBND", True),
    ("211/QĐ-TTg", "Quyết định số 211/QĐ-TTg", True),
    ("thăm dò ý kiến", "Thăm dò ý kiến", False),
]


def test_query_table(client, demo_site):
    failures = []
    for query, title, first in QUERY_TABLE:
        found = hits(client, query)
        matching = [hit for hit in found if hit.startswith(title)]
        if not matching or (first and not found[0].startswith(title)):
            failures.append(f"{query!r}: expected {title!r}{' first' if first else ''}, got {found[:3]}")
    assert not failures, "\n".join(failures)
    # With or without accents, the same pages.
    assert sorted(hits(client, "duc binh")) == sorted(hits(client, "Đức Bình")) != []
    assert total(client, "nong thon moi") == total(client, "nông thôn mới") == total(client, "NÔNG THÔN MỚI") > 30


def test_api_search_folds_the_same_way(client, demo_site):
    assert api_titles(client, "duc binh") == api_titles(client, "Đức Bình")
    assert any(title.startswith(DUC_BINH) for title in api_titles(client, "duc binh"))
    numbered = api_titles(client, "15/2024/qd-ubnd", type="legal_docs.LegalDocumentPage")
    assert numbered == ["Quyết định số 15/2024/QĐ-UBND"]


def test_exact_accents_rank_above_folded_matches(client, home_page):
    folded_only = StandardPage(title="Thơn Mơi: một cách viết khác", slug="thon-moi-khac")
    home_page.add_child(instance=folded_only)
    exact = StandardPage(title="Thôn Mới Xuân Lộc", slug="thon-moi-xuan-loc")
    home_page.add_child(instance=exact)
    assert hits(client, "thôn mới") == ["Thôn Mới Xuân Lộc", "Thơn Mơi: một cách viết khác"]
    assert api_titles(client, "thôn mới") == ["Thôn Mới Xuân Lộc", "Thơn Mơi: một cách viết khác"]
    assert sorted(hits(client, "thon moi")) == ["Thôn Mới Xuân Lộc", "Thơn Mơi: một cách viết khác"]


def test_hits_show_type_date_and_marked_words(client, demo_site):
    page = BeautifulSoup(client.get("/search/", {"q": "ocop"}).content, "html.parser")
    article = next(hit for hit in page.select(".search-hit") if "Sản phẩm OCOP" in hit.h2.get_text())
    assert article.select_one(".meta").get_text(" ", strip=True).startswith("Bài viết · ")
    assert [mark.get_text() for mark in article.select(".search-hit__snippet mark")][:1] == ["OCOP"]
    document = BeautifulSoup(client.get("/search/", {"q": "15/2024/QD-UBND"}).content, "html.parser")
    assert "Văn bản · ban hành ngày 28/06/2024" in document.select_one(".search-hit .meta").get_text(" ", strip=True)
    folded = BeautifulSoup(client.get("/search/", {"q": "duc binh"}).content, "html.parser")
    assert "Đức" in [mark.get_text() for mark in folded.select(".search-hit__snippet mark")]


def test_facets_narrow_by_content_type_and_year(client, demo_site):
    page = BeautifulSoup(client.get("/search/", {"q": "nong thon moi"}).content, "html.parser")
    facets = {link.get_text(strip=True): link["href"] for link in page.select(".search-facets a")}
    documents = next(label for label in facets if label.startswith("Văn bản ("))
    count = int(documents.split("(")[1].rstrip(")"))
    narrowed = BeautifulSoup(client.get("/search/" + facets[documents]).content, "html.parser")
    assert len(narrowed.select(".search-hit")) == min(count, 10)
    assert all("Văn bản" in meta.get_text() for meta in narrowed.select(".search-hit .meta"))
    assert narrowed.select_one(".search-facets [aria-current]").get_text(strip=True) == documents
    by_year = BeautifulSoup(client.get("/search/", {"q": "nong thon moi", "year": 2022}).content, "html.parser")
    assert by_year.select(".search-hit")
    assert all("2022" in meta.get_text() for meta in by_year.select(".search-hit .meta"))


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 7_000},
        {"q": " ".join(["nông thôn"] * 300)},
        {"q": '"( NEAR( * AND OR -'},
        {"q": "ocop", "page": "abc"},
        {"q": "ocop", "page": "99999999999999999999999"},
        {"q": "ocop", "type": "bogus"},
        {"q": "ocop", "type": "auth.user"},
        {"q": "ocop", "year": "năm ngoái"},
        {"q": "ocop", "year": "99999"},
    ],
)
def test_bad_input_never_breaks_the_page(client, demo_site, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("main h1").get_text() == "Tìm kiếm"


def test_bad_filters_are_explained(client, demo_site):
    page = BeautifulSoup(client.get("/search/", {"q": "ocop", "type": "bogus"}).content, "html.parser")
    assert "Loại nội dung không hợp lệ" in page.select_one("[role=alert]").get_text()
    assert page.select(".search-hit")  # the filter is dropped, the search still runs
    empty = BeautifulSoup(client.get("/search/", {"q": ""}).content, "html.parser")
    assert "Nhập từ khóa" in empty.select_one(".empty-state").get_text()
    nothing = BeautifulSoup(client.get("/search/", {"q": "zzzkhongcogi"}).content, "html.parser")
    assert "Không tìm thấy kết quả cho “zzzkhongcogi”" in nothing.select_one(".empty-state").get_text()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"search": "ocop", "search_operator": "xor"}, "search_operator"),
        ({"offset": str(2**64)}, "offset"),
        ({"offset": "-1"}, "offset"),
        ({"limit": "abc"}, "limit"),
    ],
)
def test_api_bad_input_is_a_400_with_a_detail(client, home_page, params, message):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 400
    assert message in response.json()["detail"]


def test_api_clips_huge_queries(client, demo_site):
    response = client.get("/api/v2/pages/", {"search": " ".join(["nông thôn"] * 300)})
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] > 0
    assert client.get("/api/v2/pages/", {"search": "x" * 7_000}).status_code == 200
    assert client.get("/api/v2/pages/", {"search": "!!!"}).json()["meta"]["total_count"] == 0


def test_canary_private_draft_and_expired_content_is_never_found(client, home_page):
    def page(word, **fields):
        created = StandardPage(title=f"Trang {word}", slug=word, **fields)
        home_page.add_child(instance=created)
        return created

    login_only = page("canarylogin")
    PageViewRestriction.objects.create(page=login_only, restriction_type=PageViewRestriction.LOGIN)
    password = page("canarypassword")
    PageViewRestriction.objects.create(page=password, restriction_type=PageViewRestriction.PASSWORD, password="x")
    section = page("canarysection")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    child = StandardPage(title="Trang canarychild", slug="canarychild")
    section.add_child(instance=child)
    page("canarydraft", live=False)
    revised = page("publicpage")
    revised.title = "Trang canaryrevision"
    revised.save_revision()
    expired = page("canaryexpired")
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save_revision().publish()
    call_command("publish_scheduled")

    collection = Collection.get_first_root_node().add_child(name="Nội bộ")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    secret = get_document_model()(title="Tài liệu canarydocument", collection=collection)
    secret.file.save("canary.pdf", ContentFile(b"%PDF-1.4 canary"), save=True)

    for word in ["canarylogin", "canarypassword", "canarychild", "canarydraft", "canaryrevision", "canaryexpired"]:
        assert hits(client, word) == [], word
        assert api_titles(client, word) == [], word
        assert client.get("/api/v2/pages/", {"search": word, "type": "home.StandardPage"}).json()["items"] == []
    assert client.get("/api/v2/documents/", {"search": "canarydocument"}).json()["items"] == []
    # The same words are found once the content is public, so the canaries can sing.
    PageViewRestriction.objects.all().delete()
    assert hits(client, "canarylogin") == ["Trang canarylogin"]
    assert hits(client, "canarychild") == ["Trang canarychild"]


def test_search_page_query_count_does_not_grow(client, demo_site, django_assert_max_num_queries):
    from news.factories import NewsPageFactory
    from news.models import NewsPage

    client.get("/search/", {"q": "nong thon moi"})
    with django_assert_max_num_queries(20) as few:
        client.get("/search/", {"q": "nong thon moi"})
    budget = len(few)  # now: the query log is a bounded deque
    category = NewsPage.objects.first().get_parent()
    for number in range(40):
        NewsPageFactory(parent=category, title=f"Nông thôn mới tin số {number}")
    client.get("/search/", {"q": "nong thon moi"})  # publishing emptied the shared fragments
    with django_assert_max_num_queries(budget):
        client.get("/search/", {"q": "nong thon moi"})
