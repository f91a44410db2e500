import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from legal_docs.factories import DocumentRelationFactory, LegalDocumentIndexPageFactory
from legal_docs.models import (
    DocumentStatus,
    DocumentType,
    Issuer,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    RelationKind,
)

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()  # the office's day (Hà Nội), as the documents' status reads it
DAY = datetime.timedelta(days=1)


def test_decree_30_document_types_are_seeded():
    codes = set(DocumentType.objects.values_list("abbreviation", flat=True))
    assert {"NQ", "QĐ", "CT", "QC", "QyĐ", "TB", "HD", "CTr", "KH", "PA", "ĐA", "BC", "TTr", "CV", "NĐ", "TT"} <= codes


class LegalDocumentTreeTest(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(LegalDocumentIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(LegalDocumentPage, {LegalDocumentIndexPage})
        self.assertAllowedSubpageTypes(LegalDocumentPage, set())
        self.assertCanNotCreateAt(Page, LegalDocumentPage)

    def test_editor_creates_a_document_with_files_and_relations(self):
        self.login()
        home = HomePage.objects.get()
        index = LegalDocumentIndexPageFactory(parent=home)
        issuer = Issuer.objects.create(name="UBND tỉnh Hà Tĩnh", abbreviation="UBND")
        decision = DocumentType.objects.get(abbreviation="QĐ")
        self.assertCanCreate(
            index,
            LegalDocumentPage,
            nested_form_data(
                {
                    "title": "Quyết định số 15/2024/QĐ-UBND",
                    "slug": "qd-15-2024",
                    "number": "15/2024/qđ-ubnd",
                    "summary": "Sửa đổi một số tiêu chí",
                    "document_type": decision.pk,
                    "issuer": issuer.pk,
                    "issued_on": "2024-06-28",
                    "effective_on": "",
                    "attachments": inline_formset([]),
                    "relations": inline_formset([]),
                    "body": streamfield([("paragraph", rich_text("<p>Điều 1.</p>"))]),
                }
            ),
        )
        page = LegalDocumentPage.objects.get(slug="qd-15-2024")
        assert page.number == "15/2024/QĐ-UBND"
        assert page.number_key == "15/2024/QD-UBND"
        assert page.effective_on == datetime.date(2024, 6, 28)


def test_dates_are_validated(make_document):
    document = make_document("1/QĐ-UBND")
    document.effective_on = document.issued_on - DAY
    document.expires_on = document.issued_on - DAY
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert set(error.value.message_dict) == {"effective_on", "expires_on"}


def test_a_malformed_number_is_a_form_error(make_document):
    document = make_document("2/QĐ-UBND")
    document.number = "số hai"
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "15/2024/QĐ-UBND" in error.value.message_dict["number"][0]


def test_number_is_unique_per_issuer_whatever_the_spelling(make_document):
    make_document("15/2024/QĐ-UBND", issued_on=datetime.date(2024, 6, 28))
    duplicate = make_document("16/2024/QĐ-UBND", issued_on=datetime.date(2024, 6, 28))
    duplicate.number = "15/2024/QD-ubnd"
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "UBND tỉnh Hà Tĩnh" in error.value.message_dict["number"][0]
    other_issuer = Issuer.objects.create(name="UBND huyện Can Lộc", abbreviation="UBND")
    duplicate.issuer = other_issuer
    duplicate.full_clean()


def test_number_must_agree_with_type_and_year(make_document):
    document = make_document("3/2024/QĐ-UBND", issued_on=datetime.date(2024, 1, 5))
    document.number = "3/2024/CT-UBND"
    with pytest.raises(ValidationError, match="CT"):
        document.full_clean()
    document.number = "3/2023/QĐ-UBND"
    with pytest.raises(ValidationError, match="2023"):
        document.full_clean()


def test_draft_needs_a_comment_window_and_no_number(make_document):
    draft = make_document("4/QĐ-UBND")
    draft.number = ""
    with pytest.raises(ValidationError, match="number"):
        draft.full_clean()
    draft.is_draft = True
    with pytest.raises(ValidationError) as error:
        draft.full_clean()
    assert "comments_open_until" in error.value.message_dict


@pytest.mark.parametrize(
    ("offsets", "status"),
    [
        ({"effective": 5}, DocumentStatus.NOT_YET_IN_FORCE),
        ({"effective": -5}, DocumentStatus.IN_FORCE),
        ({"effective": -5, "expires": 0}, DocumentStatus.EXPIRED),
        ({"effective": -5, "expires": 3}, DocumentStatus.IN_FORCE),
    ],
)
def test_status_from_dates_page_and_queryset_agree(make_document, offsets, status):
    issued = TODAY - 10 * DAY
    document = make_document(
        "5/QĐ-UBND",
        issued_on=issued,
        effective_on=TODAY + offsets["effective"] * DAY,
        expires_on=TODAY + offsets["expires"] * DAY if "expires" in offsets else None,
    )
    assert document.status == status
    assert list(LegalDocumentPage.objects.with_status(status)) == [document]


def test_replacement_in_effect_makes_a_document_replaced(make_document):
    old = make_document("1980/QĐ-TTg", issued_on=datetime.date(2016, 10, 17))
    new = make_document("318/QĐ-TTg", issued_on=datetime.date(2022, 3, 8))
    DocumentRelationFactory(source=new, target=old, kind=RelationKind.REPLACES)
    assert LegalDocumentPage.objects.get(pk=old.pk).status == DocumentStatus.REPLACED
    assert list(LegalDocumentPage.objects.replaced()) == [old]
    assert list(LegalDocumentPage.objects.in_force()) == [new]
    new.unpublish()
    assert LegalDocumentPage.objects.get(pk=old.pk).status == DocumentStatus.IN_FORCE


def test_relations_are_read_both_ways(make_document):
    amended = make_document("36/2022/QĐ-UBND", issued_on=datetime.date(2022, 12, 9))
    amending = make_document("15/2024/QĐ-UBND", issued_on=datetime.date(2024, 6, 28))
    DocumentRelationFactory(source=amending, target=amended, kind=RelationKind.AMENDS)
    [forward] = LegalDocumentPage.objects.get(pk=amending.pk).relation_links
    [backward] = LegalDocumentPage.objects.get(pk=amended.pk).relation_links
    assert (forward.direction, str(forward.label), forward.document) == ("outgoing", "Sửa đổi, bổ sung", amended)
    assert (backward.direction, str(backward.label), backward.document) == (
        "incoming",
        "Được sửa đổi, bổ sung bởi",
        amending,
    )


def test_relations_to_unpublished_documents_are_hidden(make_document):
    shown = make_document("7/QĐ-UBND")
    hidden = make_document("8/QĐ-UBND")
    DocumentRelationFactory(source=shown, target=hidden)
    hidden.unpublish()
    assert LegalDocumentPage.objects.get(pk=shown.pk).relation_links == []


def test_a_document_cannot_relate_to_itself(make_document):
    document = make_document("9/QĐ-UBND")
    relation = DocumentRelationFactory.build(source=document, target=document)
    with pytest.raises(ValidationError):
        relation.full_clean()


def test_seeded_document_types_are_found_by_the_admin_chooser_search(admin_client):
    from legal_docs.models import DocumentType

    assert DocumentType.objects.filter(name="Quyết định").exists()
    response = admin_client.get("/admin/snippets/choose/legal_docs/documenttype/results/", {"q": "Quyết định"})
    assert response.status_code == 200
    assert "Quyết định" in response.content.decode()
