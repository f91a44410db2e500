"""import_nukeviet against a real NukeViet 4 database in MariaDB: what visitors see afterwards,
the old addresses, the counts carried over, and that running it again changes nothing."""

import io

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from legal_docs.models import DocumentStatus, LegalDocumentPage, RelationKind
from news.models import NewsIndexPage, NewsPage
from nukeviet_import.models import ImportedObject
from polls.models import Ballot, PollPage
from visitor_stats.models import VisitorCounterSettings

pytestmark = pytest.mark.django_db

SEED_TITLE = (
    "BCĐ Nông thôn mới huyện Can Lộc triển khai nhiệm vụ trọng tâm thực hiện đạt chuẩn tại các xã đăng ký năm 2018"
)
SEED_ALIAS = (
    "bcd-nong-thon-moi-huyen-can-loc-trien-khai-nhiem-vu-trong-tam-thuc-hien-dat-chuan-tai-cac-xa-dang-ky-nam-2018"
)
DUC_BINH_TITLE = "Xã Đức Bình đón nhận Bằng công nhận đạt chuẩn nông thôn mới"


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


def test_the_seed_article_reads_as_on_the_old_site(client, imported):
    article = NewsPage.objects.get(title=SEED_TITLE)
    html = visible_text(client, article.url)
    assert "Thứ năm - 25/10/2018 12:18" in html
    assert "Ban Chỉ đạo NTM huyện vừa có buổi làm việc" in html  # the lead, from hometext
    assert "4 xã đăng ký đạt chuẩn NTM năm 2018 cơ bản đạt vững chắc trên 10 tiêu chí" in html
    # Photos in the image library, with their captions: a CKEditor figure and NukeViet's older
    # italic paragraph under the photo.
    assert "Chủ tịch UBND huyện Võ Hữu Hào nhấn mạnh một số nhiệm vụ của các phòng ban" in html
    assert "Bí thư Huyện ủy Nguyễn Như Dũng kết luận, giao nhiệm vụ" in html
    body_types = [block.block_type for block in article.body]
    assert body_types.count("image") == 2
    assert "table" in body_types
    captions = [block.value["caption"] for block in article.body if block.block_type == "image"]
    assert captions == [
        "Chủ tịch UBND huyện Võ Hữu Hào nhấn mạnh một số nhiệm vụ của các phòng ban",
        "Bí thư Huyện ủy Nguyễn Như Dũng kết luận, giao nhiệm vụ",
    ]
    assert article.featured_image.title == "Quang cảnh buổi làm việc"
    # The link to another old article now points at its new page.
    duc_binh = NewsPage.objects.get(title=DUC_BINH_TITLE)
    assert f'href="{duc_binh.url}"' in html
    assert f'href="{article.url}"' in visible_text(client, duc_binh.url)
    assert "font-family" not in str(article.body.raw_data)
    # Views and ratings carry over: “Tổng số điểm của bài viết là: T trong N đánh giá”.
    assert (article.view_count, article.rating_total, article.rating_count) == (1234, 18, 4)
    assert "Tổng số điểm của bài viết là: 18 trong 4 đánh giá" in html
    assert sorted(tag.name for tag in article.tags.all()) == ["Can Lộc", "nông thôn mới"]
    assert article.source.name == "Báo Hà Tĩnh"
    assert duc_binh.source.name == "Báo Nông nghiệp Việt Nam"
    assert article.author == "Thanh Hà"


def test_categories_nest_and_list_their_articles(client, imported, home_page):
    top = NewsIndexPage.objects.get(slug="tin-tuc-su-kien")
    district = NewsIndexPage.objects.get(slug="tin-huyen-thi")
    can_loc = NewsIndexPage.objects.get(slug="huyen-can-loc")
    assert top.get_parent().pk == home_page.pk
    assert district.get_parent().pk == top.pk and can_loc.get_parent().pk == district.pk
    assert NewsPage.objects.get(title=SEED_TITLE).get_parent().pk == district.pk
    listing = visible_text(client, top.url)
    assert SEED_TITLE in listing and DUC_BINH_TITLE in listing
    assert not NewsPage.objects.filter(title__contains="BẢN SAO").exists()


def test_article_status_and_dates_map_to_wagtail_states(client, imported):
    draft = NewsPage.objects.get(slug="du-thao-ke-hoach-tuyen-truyen-nong-thon-moi-nam-2025")
    scheduled = NewsPage.objects.get(slug="hoi-nghi-tong-ket-chuong-trinh-ocop")
    expired = NewsPage.objects.get(slug="thong-bao-tuyen-dung-can-bo-nam-2017")
    assert not draft.live and draft.has_unpublished_changes and draft.latest_revision is not None
    assert not scheduled.live and scheduled.go_live_at.year == 2037
    assert scheduled.latest_revision.approved_go_live_at == scheduled.go_live_at
    assert not expired.live and expired.expired and expired.expire_at < timezone.now()
    for page in (draft, scheduled, expired):
        assert client.get(page.url).status_code == 404


def test_bad_rows_are_reported_and_the_rest_imported(imported):
    assert "Bỏ qua" in imported or "bỏ qua" in imported
    assert "tin bài #6" in imported  # no title
    assert "tin bài #7" in imported and "#99" in imported  # its category no longer exists
    assert "văn bản #6" in imported  # a number that is not a document number
    assert "khong-co-tep.jpg" in imported  # a photo missing from the upload folder
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


def test_poll_and_visitor_total_carry_over(client, imported):
    poll = PollPage.objects.get()
    assert poll.live and poll.title.startswith("Theo bạn thực hiện Chương trình OCOP")
    results = poll.results()
    assert results.total == 250
    assert [(c.label, c.votes, c.percent) for c in results.choices] == [
        ("Phát triển sản phẩm đặc trưng của địa phương", 120, 48.0),
        ("Nâng cao chất lượng, mẫu mã sản phẩm", 85, 34.0),
        ("Đẩy mạnh quảng bá, xúc tiến thương mại", 45, 18.0),
    ]
    html = visible_text(client, poll.url)
    assert "Phát triển sản phẩm đặc trưng của địa phương" in html and "48" in html
    assert VisitorCounterSettings.load().starting_total == 90_185_982


def test_old_addresses_redirect_permanently(client, imported):
    article = NewsPage.objects.get(title=SEED_TITLE)
    for old in (
        f"/vi/news/tin-huyen-thi/{SEED_ALIAS}-1.html",
        f"/news/tin-huyen-thi/{SEED_ALIAS}-1.html",
        f"/vi/news/tin-tuc-su-kien/{SEED_ALIAS}-1.html",  # listed in a second category too
        f"/index.php?language=vi&nv=news&op=tin-huyen-thi/{SEED_ALIAS}-1",
    ):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == article.url
    category = NewsIndexPage.objects.get(slug="huyen-can-loc")
    for old in ("/vi/news/huyen-can-loc/", "/news/huyen-can-loc/"):
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, category.url)
    document = LegalDocumentPage.objects.get(number="4414/UBND-NL5")
    for old in ("/vi/laws/detail/cong-van-so-4414-ubnd-nl5-5/", "/laws/detail/cong-van-so-4414-ubnd-nl5-5/"):
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, document.url)
    response = client.get("/vi/news/tag/nông-thôn-mới")
    assert response.status_code == 301 and "/tag/" in response["Location"]
    follow = client.get(response["Location"])
    assert follow.status_code == 200 and SEED_TITLE in follow.content.decode()


def test_second_run_changes_nothing(imported, nukeviet_database, upload_dir):
    before = object_counts()
    article = NewsPage.objects.get(title=SEED_TITLE)
    second = run(nukeviet_database, upload_dir)
    assert object_counts() == before
    assert "0 đối tượng được tạo, 0 được cập nhật" in second
    article.refresh_from_db()
    assert (article.view_count, article.rating_total, article.rating_count) == (1234, 18, 4)
    assert PollPage.objects.get().results().total == 250


def test_changed_rows_are_updated_and_visitors_counts_kept(imported, nukeviet_database, upload_dir, nukeviet_sql):
    from news.models import NewsPageCounter

    article = NewsPage.objects.get(title=DUC_BINH_TITLE)
    # A visitor read it on the new portal between two imports.
    NewsPageCounter.objects.filter(page=article).update(view_count=568)
    before = object_counts()
    nukeviet_sql(
        "UPDATE nv4_vi_news_rows SET title = 'Xã Đức Bình vui đón Bằng công nhận nông thôn mới', "
        "hitstotal = hitstotal + 10 WHERE id = 2;\n"
        "UPDATE nv4_vi_voting_rows SET hitstotal = hitstotal + 5 WHERE id = 3"
    )
    try:
        output = run(nukeviet_database, upload_dir)
    finally:
        nukeviet_sql(
            f"UPDATE nv4_vi_news_rows SET title = '{DUC_BINH_TITLE}', hitstotal = hitstotal - 10 WHERE id = 2;\n"  # noqa: S608
            "UPDATE nv4_vi_voting_rows SET hitstotal = hitstotal - 5 WHERE id = 3"
        )
    after = object_counts()
    assert {key: after[key] - before[key] for key in after} == {
        "pages": 0,
        "revisions": 1,  # the article; the poll only gains votes
        "images": 0,
        "documents": 0,
        "redirects": 0,
        "ballots": 5,
        "imported": 0,
    }
    article.refresh_from_db()
    assert article.title == "Xã Đức Bình vui đón Bằng công nhận nông thôn mới"
    assert article.view_count == 568 + 10
    assert "0 đối tượng được tạo, 2 được cập nhật" in output


def test_dry_run_writes_nothing(home_page, nukeviet_database, upload_dir, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    before = object_counts()
    output = run(nukeviet_database, upload_dir, "--dry-run")
    assert object_counts() == before
    assert not any(settings.MEDIA_ROOT.rglob("*.*"))
    assert "Chạy thử" in output
    assert "tin bài #6" in output  # the same problems are reported
