import datetime

import factory
from factory.django import DjangoModelFactory

from django.core.files.base import ContentFile
from django.utils import timezone

import wagtail_factories
from wagtail.documents import get_document_model

from portal.demo_pages import site_root

from .models import (
    DocumentAttachment,
    DocumentRelation,
    DocumentType,
    DownloadCount,
    DraftComment,
    Issuer,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    RelationKind,
    Sector,
    Signer,
)
from .pdf import minimal_pdf


class DocumentTypeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Loại văn bản {n}")
    abbreviation = factory.Sequence(lambda n: f"LVB{n}")

    class Meta:
        model = DocumentType
        django_get_or_create = ["abbreviation"]


class IssuerFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"UBND huyện {n}")
    abbreviation = "UBND"

    class Meta:
        model = Issuer
        django_get_or_create = ["name"]


class SectorFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")

    class Meta:
        model = Sector
        django_get_or_create = ["name"]


class SignerFactory(DjangoModelFactory):
    name = factory.Faker("name", locale="vi_VN")
    position = "Phó Chủ tịch UBND tỉnh"

    class Meta:
        model = Signer


class LegalDocumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Văn bản ban hành"
    slug = factory.Sequence(lambda n: f"van-ban-{n}")

    class Meta:
        model = LegalDocumentIndexPage


def _decision_type():
    return DocumentType.objects.get(abbreviation="QĐ")


class LegalDocumentPageFactory(wagtail_factories.PageFactory):
    """A decision of a provincial committee; `parent` defaults to a new index under the home page."""

    parent = factory.LazyFunction(lambda: LegalDocumentIndexPageFactory(parent=site_root()))
    serial = factory.Sequence(lambda n: n + 1)
    issued_on = factory.Faker(
        "date_between", start_date=datetime.date(2015, 1, 1), end_date=datetime.date(2024, 12, 31)
    )
    number = factory.LazyAttribute(lambda o: f"{o.serial}/{o.issued_on.year}/QĐ-UBND")
    title = factory.LazyAttribute(lambda o: f"Quyết định số {o.number}")
    summary = factory.Faker("sentence", nb_words=12, locale="vi_VN")
    document_type = factory.LazyFunction(_decision_type)
    issuer = factory.SubFactory(IssuerFactory, name="UBND tỉnh Hà Tĩnh", abbreviation="UBND")
    effective_on = factory.LazyAttribute(lambda o: o.issued_on)

    class Meta:
        model = LegalDocumentPage
        exclude = ["serial"]


class DraftDocumentPageFactory(LegalDocumentPageFactory):
    """A draft whose comment window is open now."""

    is_draft = True
    number = ""
    title = factory.Sequence(lambda n: f"Dự thảo quyết định {n}")
    comments_open_from = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    comments_open_until = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))


class PdfDocumentFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Tệp văn bản {n}")
    file = factory.LazyAttribute(lambda o: ContentFile(minimal_pdf(o.title), name="van-ban.pdf"))

    class Meta:
        model = get_document_model()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = model_class(*args, **kwargs)
        document._set_document_file_metadata()
        document.save()
        return document


class DocumentAttachmentFactory(DjangoModelFactory):
    page = factory.SubFactory(LegalDocumentPageFactory)
    document = factory.SubFactory(PdfDocumentFactory)

    class Meta:
        model = DocumentAttachment


class DocumentRelationFactory(DjangoModelFactory):
    source = factory.SubFactory(LegalDocumentPageFactory)
    target = factory.SubFactory(LegalDocumentPageFactory)
    kind = RelationKind.AMENDS

    class Meta:
        model = DocumentRelation


class DownloadCountFactory(DjangoModelFactory):
    page = factory.SubFactory(LegalDocumentPageFactory)
    document = factory.SubFactory(PdfDocumentFactory)
    count = 0

    class Meta:
        model = DownloadCount


class DraftCommentFactory(DjangoModelFactory):
    page = factory.SubFactory(DraftDocumentPageFactory)
    name = factory.Faker("name", locale="vi_VN")
    email = factory.Faker("email")
    content = factory.Faker("paragraph", locale="vi_VN")

    class Meta:
        model = DraftComment
