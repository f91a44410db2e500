import pytest

pytestmark = pytest.mark.django_db
LISTING = "/api/v2/pages/?type=legal_docs.LegalDocumentPage&fields=*"


def items(client, query=""):
    response = client.get(LISTING + query)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_listing_gives_every_field(client, demo_site):
    [item] = items(client, "&number=15/2024/qđ-ubnd")
    assert item["number"] == "15/2024/QĐ-UBND"
    assert item["document_type"]["abbreviation"] == "QĐ"
    assert item["issuer"] == {"id": item["issuer"]["id"], "name": "UBND tỉnh Hà Tĩnh", "abbreviation": "UBND"}
    assert item["fields"][0]["name"] == "Nông thôn mới"
    assert item["issued_on"] == "2024-06-28"
    assert item["status"] == "in_force"
    [attachment] = item["attachments"]
    assert (
        attachment["url"].startswith("http://testserver/van-ban/") and attachment["content_type"] == "application/pdf"
    )
    assert {(r["kind"], r["direction"], r["number"]) for r in item["relations"]} == {
        ("amends", "outgoing", "36/2022/QĐ-UBND"),
        ("amends", "outgoing", "37/2022/QĐ-UBND"),
    }
    [amended] = items(client, "&number=36/2022/QD-UBND")
    assert ("amends", "incoming", "15/2024/QĐ-UBND") in {
        (r["kind"], r["direction"], r["number"]) for r in amended["relations"]
    }


def test_filters(client, demo_site):
    assert {i["number"] for i in items(client, "&document_type=qđ&year=2022")} == {
        "318/QĐ-TTg",
        "263/QĐ-TTg",
        "36/2022/QĐ-UBND",
        "37/2022/QĐ-UBND",
    }
    assert [i["number"] for i in items(client, "&status=replaced")] == ["1980/QĐ-TTg"]
    assert {i["number"] for i in items(client, "&issuer=TTg")} >= {"211/QĐ-TTg", "318/QĐ-TTg"}
    assert [i["number"] for i in items(client, "&number=4414")] == ["4414/UBND-NL5"]


@pytest.mark.parametrize("query", ["&year=20x4", "&status=valid", "&number=<x>", "&document_type=", "&year=1700"])
def test_bad_filter_values_are_400(client, demo_site, query):
    response = client.get(LISTING + query)
    assert response.status_code == 400
    assert response.json()["message"]


def test_filters_need_the_document_type(client, demo_site):
    assert client.get("/api/v2/pages/?year=2024").status_code == 400


def test_listing_query_count_does_not_grow(client, demo_site, django_assert_max_num_queries):
    from legal_docs.factories import DocumentAttachmentFactory, DocumentRelationFactory, LegalDocumentPageFactory
    from legal_docs.models import LegalDocumentIndexPage, LegalDocumentPage

    def count():
        client.get(LISTING)  # warm: Wagtail caches the site root paths
        with django_assert_max_num_queries(15) as captured:
            assert client.get(LISTING + "&limit=50").status_code == 200
        return len(captured)

    small = count()
    index = LegalDocumentIndexPage.objects.get()
    target = LegalDocumentPage.objects.get(number="211/QĐ-TTg")
    for serial in range(20):
        page = LegalDocumentPageFactory(parent=index, number=f"{serial + 500}/QĐ-UBND")
        DocumentAttachmentFactory(page=page)
        DocumentRelationFactory(source=page, target=target)
    assert count() == small
