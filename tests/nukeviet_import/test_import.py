"""import_nukeviet against the hand-written fixture (`fixture.sql` on NukeViet's `schema.sql`).

The real sites in `real/` (test_real_sites.py) cover what NukeViet itself stores: escaping,
addresses, bodies, counters, polls, legal documents, re-runs, the preflight. This file keeps only
what a real site cannot easily hold, because NukeViet's admin would not let anyone type it:
rows the import must refuse (no title, a deleted category, a number that is no document number,
a missing photo, a web page saved as .pdf, a photo on another site that is gone or is no picture,
a frame that is no video, a poll with one answer), the replacement chain between documents
(module-laws' admin form for it was not used on the real sites) and a dry run over those rows."""

import io

import pytest

from django.core.management import call_command

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from legal_docs.models import DocumentStatus, LegalDocumentPage, RelationKind
from news.models import NewsPage
from nukeviet_import.models import ImportedObject
from polls.models import Ballot

pytestmark = pytest.mark.django_db


def run(database, upload_dir, *extra):
    out = io.StringIO()
    call_command("import_nukeviet", "--database", database, "--upload-dir", str(upload_dir), *extra, stdout=out)
    return out.getvalue()


@pytest.fixture
def imported(home_page, nukeviet_database, upload_dir):
    return run(nukeviet_database, upload_dir)


def object_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "redirects": Redirect.objects.count(),
        "ballots": Ballot.objects.count(),
        "imported": ImportedObject.objects.count(),
    }


def visible_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_bad_rows_are_reported_and_the_rest_imported(imported):
    assert "Bỏ qua" in imported or "bỏ qua" in imported
    assert "tin bài #6" in imported  # no title
    assert "tin bài #7" in imported and "#99" in imported  # its category no longer exists
    assert "văn bản #6" in imported  # a number that is not a document number
    assert "khong-co-tep.jpg" in imported  # a photo missing from the upload folder
    assert "anh-mat.jpg" in imported  # a photo on another site that is gone (404)
    assert "not-an-image/trang.jpg" in imported  # …or is a web page
    assert "google.com/maps" in imported  # a frame that is not a video: kept as a link, reported
    assert "phu-luc.pdf" in imported  # a web page saved as .pdf
    assert "bình chọn #2" in imported  # a poll with one answer
    assert NewsPage.objects.count() == 6
    assert NewsPage.objects.get(slug="hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh").live


def test_legal_documents_with_taxonomies_files_and_relations(client, imported):
    documents = {page.number: page for page in LegalDocumentPage.objects.all()}
    assert set(documents) == {"15/2024/QĐ-UBND", "211/QĐ-TTg", "3608/UBND-NL5", "4305/UBND-NL5", "4414/UBND-NL5"}
    decision = documents["15/2024/QĐ-UBND"]
    assert decision.document_type.name == "Quyết định" and decision.document_type.abbreviation == "QĐ"
    assert decision.issuer.name == "UBND tỉnh Hà Tĩnh" and decision.issuer.abbreviation == "UBND"
    assert documents["211/QĐ-TTg"].issuer.abbreviation == "TTg"
    assert str(decision.signer) == "Võ Trọng Hải (Chủ tịch, UBND tỉnh Hà Tĩnh)"
    assert str(decision.issued_on) == "2024-04-10" and str(decision.effective_on) == "2024-04-20"
    # The web page saved as phu-luc.pdf is refused; the real PDF and Word file come over.
    assert [a.document.file_extension for a in decision.attachments.all()] == ["pdf"]
    assert decision.attachments.get().document.filename.startswith("qd-15-2024")
    assert [a.document.file_extension for a in documents["4414/UBND-NL5"].attachments.all()] == ["docx"]
    assert sorted(s.name for s in documents["211/QĐ-TTg"].sectors.all()) == ["Chương trình OCOP", "Nông thôn mới"]
    # The replacement chain 3608 ← 4305 ← 4414, and a related document.
    assert documents["3608/UBND-NL5"].status == DocumentStatus.REPLACED
    assert documents["4305/UBND-NL5"].status == DocumentStatus.REPLACED
    assert documents["4414/UBND-NL5"].status == DocumentStatus.IN_FORCE
    assert [(r.kind, r.target.number) for r in documents["4414/UBND-NL5"].relations.all()] == [
        (RelationKind.REPLACES, "4305/UBND-NL5"),
        (RelationKind.RELATED, "211/QĐ-TTg"),
    ]
    html = visible_text(client, documents["4305/UBND-NL5"].url)
    assert "Hướng dẫn thành lập BCĐ cấp huyện" in html
    assert "4414/UBND-NL5" in html  # “replaced by”, read backwards on the replaced document
    assert "Thay thế" in html or "thay thế" in html


def test_dry_run_writes_nothing(home_page, nukeviet_database, upload_dir, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    before = object_counts()
    output = run(nukeviet_database, upload_dir, "--dry-run")
    assert object_counts() == before
    assert not any(settings.MEDIA_ROOT.rglob("*.*"))
    assert "Chạy thử" in output
    assert "tin bài #6" in output  # the same problems are reported
