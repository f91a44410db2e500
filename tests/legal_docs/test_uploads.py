import pytest

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model

from legal_docs.factories import DocumentAttachmentFactory, PdfDocumentFactory
from legal_docs.pdf import minimal_pdf
from portal.file_checks import check_uploaded_file

pytestmark = pytest.mark.django_db
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("bientap", "b@example.vn", "x"))
    return client


def test_html_renamed_pdf_is_refused_in_the_document_upload_form(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Giả mạo", "file": SimpleUploadedFile("quyet-dinh.pdf", HTML), "collection": 1},
    )
    assert response.status_code == 200
    assert "không phải là tệp PDF thật" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_html_renamed_pdf_is_refused_in_the_multiple_uploader(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile("quyet-dinh.pdf", HTML)}
    )
    assert "không phải là tệp PDF thật" in response.json()["error_message"]
    assert not get_document_model().objects.exists()


def test_a_real_pdf_is_accepted(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Quyết định", "file": SimpleUploadedFile("qd.pdf", minimal_pdf("Quyet dinh")), "collection": 1},
    )
    assert response.status_code == 302
    assert get_document_model().objects.get().file_size > 0


@pytest.mark.parametrize(
    ("name", "content", "ok"),
    [
        ("a.pdf", minimal_pdf("x"), True),
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), True),
        ("a.doc", HTML, False),
        ("a.xlsx", HTML, False),
        ("a.docx", b"PK\x03\x04not really a zip", False),
    ],
)
def test_content_is_checked_against_the_extension(name, content, ok):
    if ok:
        check_uploaded_file(ContentFile(content), name)
    else:
        with pytest.raises(ValidationError):
            check_uploaded_file(ContentFile(content), name)


def test_real_office_files_pass(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    path = tmp_path / "bang.xlsx"
    workbook.save(path)
    with path.open("rb") as file:
        check_uploaded_file(file, "bang.xlsx")


def test_an_attachment_already_in_the_library_is_checked_again():
    fake = get_document_model().objects.create(title="Giả", file=ContentFile(HTML, name="gia.pdf"))
    with pytest.raises(ValidationError, match="PDF"):
        DocumentAttachmentFactory.build(document=fake).clean()
    zip_file = PdfDocumentFactory(file=ContentFile(b"PK\x05\x06" + bytes(18), name="nen.zip"))
    with pytest.raises(ValidationError, match="PDF, DOC"):
        DocumentAttachmentFactory.build(document=zip_file).clean()
