import datetime

import pytest
from bs4 import BeautifulSoup

from legal_docs.factories import DocumentAttachmentFactory, DocumentRelationFactory, LegalDocumentPageFactory
from legal_docs.models import DownloadCount, RelationKind

pytestmark = pytest.mark.django_db

SEED_SIDEBAR = [
    "Văn bản số 4414/UBND-NL5",
    "Văn bản số 4305/UBND-NL5",
    "Quyết định số 15/2024/QĐ-UBND",
    "Công văn số 3608/UBND-NL5",
    "Quyết định số 211/QĐ-TTg",
]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def numbers_listed(response):
    return [row.td.get_text(strip=True) for row in soup(response).select(".legal-table tbody tr")]


def test_sidebar_shows_the_seed_documents_in_the_seed_order(client, demo_site):
    widget = soup(client.get("/")).select_one(".widget--legal-docs")
    assert widget.h2.get_text() == "Văn bản ban hành"
    assert [a.get_text() for a in widget.select("li > a")] == SEED_SIDEBAR
    assert widget.select_one("li p").get_text().startswith("Về việc tăng cường lãnh đạo")


@pytest.mark.parametrize("typed", ["4414", "4414/UBND-NL5", "4414/ubnd-nl5", "04414 / UBND – NL5"])
def test_number_search_finds_the_official_letter(client, demo_site, typed):
    assert numbers_listed(client.get("/van-ban/", {"number": typed})) == ["4414/UBND-NL5"]


@pytest.mark.parametrize("typed", ["15/2024/QĐ-UBND", "15/2024/qđ-ubnd", "15/2024/QD-UBND", "15/2024/QÐ-UBND"])
def test_number_search_finds_the_decision_whatever_the_spelling(client, demo_site, typed):
    assert numbers_listed(client.get("/van-ban/", {"number": typed})) == ["15/2024/QĐ-UBND"]


@pytest.mark.parametrize(
    ("typed", "numbers"),
    [
        ("15/2024", ["15/2024/QĐ-UBND"]),
        ("36/2022", ["36/2022/QĐ-UBND"]),
        ("1980/QĐ", ["1980/QĐ-TTg"]),
        ("1980/qd", ["1980/QĐ-TTg"]),
    ],
)
def test_the_start_of_a_number_finds_it(client, demo_site, typed, numbers):
    """Visitors type the part they remember, "25/2026", not the whole symbol (issue 26)."""
    assert numbers_listed(client.get("/van-ban/", {"number": typed})) == numbers


def test_filters_combine_and_stay_in_pagination_links(client, demo_site):
    from legal_docs.models import DocumentType, Issuer

    decision = DocumentType.objects.get(abbreviation="QĐ")
    province = Issuer.objects.get(name="UBND tỉnh Hà Tĩnh")
    response = client.get("/van-ban/", {"type": decision.pk, "issuer": province.pk, "year": 2022})
    assert numbers_listed(response) == ["36/2022/QĐ-UBND", "37/2022/QĐ-UBND"] or numbers_listed(response) == [
        "37/2022/QĐ-UBND",
        "36/2022/QĐ-UBND",
    ]
    assert numbers_listed(client.get("/van-ban/", {"status": "replaced"})) == ["1980/QĐ-TTg"]
    assert numbers_listed(client.get("/van-ban/", {"status": "expired"})) == ["120/KH-UBND"]
    assert numbers_listed(client.get("/van-ban/", {"q": "ocop nam 2023"})) == ["120/KH-UBND"]


def test_bad_filters_are_form_errors_not_server_errors(client, demo_site):
    response = client.get("/van-ban/", {"number": "<b>", "year": "abc", "type": "999999", "status": "x", "page": "z"})
    assert response.status_code == 200
    page = soup(response)
    assert len(page.select(".field-error")) == 4
    assert page.select_one("[role=alert]")
    assert len(numbers_listed(response)) == 14


def test_empty_state(client, demo_site):
    response = client.get("/van-ban/", {"q": "khong co van ban nao nhu the"})
    assert "Không có văn bản nào phù hợp" in soup(response).select_one(".empty-state").get_text()


def test_the_filter_form_submits_to_the_listing_without_an_empty_action(client, index_page):
    """`action=""` is invalid HTML (the Nu Html Checker's error); a form without one submits to its page."""
    form = soup(client.get("/van-ban/")).select_one("form.legal-filter")
    assert form["method"] == "get" and not form.has_attr("action")


def test_pagination_keeps_filters(client, index_page, make_document):
    for serial in range(25):
        make_document(f"{serial + 1}/QĐ-UBND", issued_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=serial))
    response = client.get("/van-ban/", {"year": 2024})
    next_link = soup(response).select_one("a[rel=next]")["href"]
    assert "year=2024" in next_link and "page=2" in next_link
    assert len(numbers_listed(client.get("/van-ban/" + next_link))) == 5


def test_index_hides_unpublished_and_private_documents(client, make_document):
    from wagtail.models import PageViewRestriction

    make_document("1/QĐ-UBND")
    make_document("2/QĐ-UBND").unpublish()
    private = make_document("3/QĐ-UBND")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert numbers_listed(client.get("/van-ban/")) == ["1/QĐ-UBND"]


def test_detail_page_shows_every_field_files_and_relations_both_ways(client, demo_site):
    page = soup(client.get("/van-ban/quyet-dinh-so-15-2024-qd-ubnd/"))
    rows = {th.get_text(): th.find_next_sibling("td").get_text(strip=True) for th in page.select("th[scope=row]")}
    assert rows["Số ký hiệu"] == "15/2024/QĐ-UBND"
    assert rows["Loại văn bản"] == "Quyết định"
    assert rows["Cơ quan ban hành"] == "UBND tỉnh Hà Tĩnh"
    assert rows["Ngày ban hành"] == "28/06/2024"
    assert rows["Trạng thái"] == "Còn hiệu lực"
    assert "PDF" in page.select_one(".legal-files").get_text()
    relations = [li.get_text(" ", strip=True) for li in page.select(".legal-relations li")]
    assert relations == [
        "Sửa đổi, bổ sung Quyết định số 36/2022/QĐ-UBND",
        "Sửa đổi, bổ sung Quyết định số 37/2022/QĐ-UBND",
    ]
    amended = soup(client.get("/van-ban/quyet-dinh-so-36-2022-qd-ubnd/"))
    backward = [li.get_text(" ", strip=True) for li in amended.select(".legal-relations li")]
    assert "Được sửa đổi, bổ sung bởi Quyết định số 15/2024/QĐ-UBND" in backward
    replaced = soup(client.get("/van-ban/quyet-dinh-so-1980-qd-ttg/"))
    assert "Bị thay thế" in replaced.select_one(".legal-status").get_text()


def test_download_counts_and_redirects_to_the_file(client, make_document):
    document = make_document("1/QĐ-UBND")
    attachment = DocumentAttachmentFactory(page=document)
    url = f"{document.url}tai-ve/{attachment.document_id}/"
    for _ in range(3):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == attachment.document.url
    assert DownloadCount.objects.get(page=document).count == 3
    assert "3 lượt tải" in client.get(document.url).content.decode()
    assert client.get(f"{document.url}tai-ve/999999/").status_code == 404


def detail_queries(client, url, django_assert_max_num_queries, budget):
    client.get(url)  # warm: site root paths and the sidebar fragments
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


# Every sidebar widget included (issue 11's budget). Routing and Wagtail's privacy check cost
# 6; the detail adds its type/issuer/signer, fields, files and relations; the index its count
# and rows; the menu, breadcrumb, settings and widgets come from the fragment cache.
DETAIL_BUDGET = 12
INDEX_BUDGET = 12


@pytest.mark.usefixtures("uncached_pages")
def test_detail_and_index_query_counts_do_not_grow(client, demo_site, django_assert_max_num_queries):
    from legal_docs.models import LegalDocumentIndexPage, LegalDocumentPage

    detail = LegalDocumentPage.objects.get(number="15/2024/QĐ-UBND")
    index_url = "/van-ban/?type=2&year=2024&status=in_force&q=quyet&number=15"
    small = (
        detail_queries(client, detail.url, django_assert_max_num_queries, DETAIL_BUDGET),
        detail_queries(client, index_url, django_assert_max_num_queries, INDEX_BUDGET),
    )
    index = LegalDocumentIndexPage.objects.get()
    for serial in range(30):
        other = LegalDocumentPageFactory(
            parent=index, number=f"{serial + 100}/QĐ-UBND", issued_on=datetime.date(2024, 5, 1)
        )
        DocumentRelationFactory(source=other, target=detail, kind=RelationKind.GUIDES)
        DocumentAttachmentFactory(page=other)
    for _ in range(5):
        DocumentAttachmentFactory(page=detail)
    large = (
        detail_queries(client, detail.url, django_assert_max_num_queries, DETAIL_BUDGET),
        detail_queries(client, index_url, django_assert_max_num_queries, INDEX_BUDGET),
    )
    assert large == small
