import datetime

import pytest

from legal_docs.factories import LegalDocumentIndexPageFactory, LegalDocumentPageFactory
from legal_docs.models import DocumentType, Issuer


@pytest.fixture
def index_page(home_page):
    return LegalDocumentIndexPageFactory(parent=home_page, slug="van-ban")


@pytest.fixture
def province(db):
    return Issuer.objects.get_or_create(name="UBND tỉnh Hà Tĩnh", defaults={"abbreviation": "UBND"})[0]


@pytest.fixture
def make_document(index_page, province):
    def make(number, issued_on=datetime.date(2024, 3, 1), type_code="QĐ", **fields):
        fields.setdefault("issuer", province)
        return LegalDocumentPageFactory(
            parent=index_page,
            number=number,
            title=fields.pop("title", f"Văn bản số {number}"),
            issued_on=issued_on,
            effective_on=fields.pop("effective_on", issued_on),
            document_type=DocumentType.objects.get(abbreviation=type_code),
            **fields,
        )

    return make
