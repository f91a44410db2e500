import csv
import datetime

import pytest
from openpyxl import Workbook

from django.core.management import CommandError, call_command

from wagtail.documents import get_document_model

from legal_docs.models import LegalDocumentPage, Sector, Signer
from legal_docs.pdf import minimal_pdf

pytestmark = pytest.mark.django_db

HEADER = [
    "Số ký hiệu",
    "Trích yếu",
    "Loại văn bản",
    "Cơ quan ban hành",
    "Người ký",
    "Chức vụ người ký",
    "Lĩnh vực",
    "Ngày ban hành",
    "Ngày hiệu lực",
    "Tệp đính kèm",
]


def good_row(number="12/2023/QĐ-UBND", **overrides):
    row = {
        "Số ký hiệu": number,
        "Trích yếu": "Ban hành Bộ tiêu chí xã nông thôn mới nâng cao",
        "Loại văn bản": "QĐ",
        "Cơ quan ban hành": "UBND tỉnh Hà Tĩnh",
        "Người ký": "Võ Trọng Hải",
        "Chức vụ người ký": "Chủ tịch UBND tỉnh",
        "Lĩnh vực": "Nông thôn mới; Nong nghiep",
        "Ngày ban hành": "15/03/2023",
        "Ngày hiệu lực": "01/04/2023",
        "Tệp đính kèm": "",
    }
    row.update(overrides)
    return row


def write_csv(path, rows, delimiter=","):
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(path, *args):
    return call_command("import_legal_docs", str(path), *args)


@pytest.fixture
def ready(index_page, province):
    Sector.objects.create(name="Nông thôn mới")
    Sector.objects.create(name="Nông nghiệp")
    return index_page


def test_csv_rows_become_published_documents_with_their_metadata_and_files(ready, tmp_path, capsys):
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "qd12.pdf").write_bytes(minimal_pdf("Quyết định 12"))
    rows = [
        good_row(**{"Tệp đính kèm": "files/qd12.pdf"}),
        good_row("4414/UBND-NL5", **{"Loại văn bản": "Công văn", "Cơ quan ban hành": "ubnd", "Ngày hiệu lực": ""}),
        good_row("211/qd-ubnd", **{"Cơ quan ban hành": "UBND", "Ngày ban hành": "2024-02-21", "Ngày hiệu lực": ""}),
    ]
    run(write_csv(tmp_path / "vb.csv", rows, delimiter=";"))
    assert "Đã nhập 3 văn bản" in capsys.readouterr().out

    decision = LegalDocumentPage.objects.get(number="12/2023/QĐ-UBND")
    assert decision.live and decision.title == "Quyết định số 12/2023/QĐ-UBND"
    assert decision.get_parent().specific == ready
    assert (decision.issued_on, decision.effective_on) == (datetime.date(2023, 3, 15), datetime.date(2023, 4, 1))
    assert sorted(sector.name for sector in decision.sectors.all()) == ["Nông nghiệp", "Nông thôn mới"]
    assert decision.signer == Signer.objects.get(name="Võ Trọng Hải", position="Chủ tịch UBND tỉnh")
    assert [attachment.document.file_extension for attachment in decision.attachment_list] == ["pdf"]
    letter = LegalDocumentPage.objects.get(number="4414/UBND-NL5")
    assert letter.effective_on == letter.issued_on
    # Lower-case codes are typing shortcuts, spelt as the taxonomy does.
    assert LegalDocumentPage.objects.filter(number="211/QĐ-UBND").exists()
    assert Signer.objects.filter(name="Võ Trọng Hải").count() == 1
    assert decision.revisions.count() == 1


def test_xlsx_with_real_date_cells(ready, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["So ky hieu", "Trich yeu", "Loai van ban", "Co quan ban hanh", "Ngay ban hanh"])
    sheet.append(["7/2022/QĐ-UBND", "Quy định về khen thưởng", "QĐ", "UBND", datetime.datetime(2022, 6, 1)])
    sheet.append([None, None, None, None, None])
    workbook.save(tmp_path / "vb.xlsx")
    run(tmp_path / "vb.xlsx")
    assert LegalDocumentPage.objects.get().issued_on == datetime.date(2022, 6, 1)


def test_a_file_with_bad_rows_imports_nothing_and_reports_each_row(ready, tmp_path, make_document, capsys):
    make_document("9/2023/QĐ-UBND", issued_on=datetime.date(2023, 1, 5))
    (tmp_path / "fake.pdf").write_bytes(b"<!doctype html><html><body>not a pdf</body></html>")
    rows = [
        good_row(),
        good_row("QĐ-UBND/15", **{"Trích yếu": "Số ký hiệu sai"}),
        good_row("16/2023/QĐ-UBND", **{"Cơ quan ban hành": "Bộ Không Tồn Tại"}),
        good_row("17/2023/QĐ-UBND", **{"Ngày hiệu lực": "01/01/2023"}),
        good_row("9/2023/QĐ-UBND"),
        good_row("12/2023/QĐ-UBND"),
        good_row("18/2023/QĐ-UBND", **{"Tệp đính kèm": "fake.pdf"}),
        good_row("19/2023/QĐ-UBND", **{"Ngày ban hành": "31/02/2023"}),
    ]
    documents_before = get_document_model().objects.count()
    with pytest.raises(CommandError, match="7 trên 8"):
        run(write_csv(tmp_path / "vb.csv", rows))
    report = capsys.readouterr().err.splitlines()
    assert len(report) == 7
    assert report[0].startswith("Dòng 3 (QĐ-UBND/15): Số ký hiệu:")
    assert "“Bộ Không Tồn Tại”" in report[1]
    assert "Ngày hiệu lực" in report[2] and "trước" in report[2]
    assert report[3].startswith("Dòng 6") and "UBND tỉnh Hà Tĩnh" in report[3]
    assert report[4].startswith("Dòng 7") and "12/2023/QĐ-UBND" in report[4]  # twice in the same file
    assert report[5].startswith("Dòng 8") and "fake.pdf" in report[5]
    assert report[6].startswith("Dòng 9") and "31/02/2023" in report[6]
    assert list(LegalDocumentPage.objects.values_list("number", flat=True)) == ["9/2023/QĐ-UBND"]
    assert get_document_model().objects.count() == documents_before
    assert not Signer.objects.exists()


def test_dry_run_checks_everything_and_imports_nothing(ready, tmp_path, capsys):
    run(write_csv(tmp_path / "vb.csv", [good_row(), good_row("13/2023/QĐ-UBND")]), "--dry-run")
    assert "2 văn bản" in capsys.readouterr().out
    assert not LegalDocumentPage.objects.exists()


def test_skip_existing_makes_a_second_run_harmless(ready, tmp_path, capsys):
    path = write_csv(tmp_path / "vb.csv", [good_row(), good_row("13/2023/QĐ-UBND")])
    run(path)
    with pytest.raises(CommandError):
        run(path)
    run(path, "--skip-existing")
    assert "Bỏ qua 12/2023/QĐ-UBND" in capsys.readouterr().out
    assert LegalDocumentPage.objects.count() == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("vb.txt", "Số ký hiệu\n1/QĐ-UBND\n", ".csv"),
        ("vb.csv", "Số ký hiệu,Màu sắc\n1/QĐ-UBND,đỏ\n", "Màu sắc"),
        ("vb.csv", "Số ký hiệu,Trích yếu\n1/QĐ-UBND,x\n", "Loại văn bản"),
        ("vb.csv", "", "trống"),
        ("vb.xlsx", "not a workbook", "Excel"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(ready, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        run(path)


def test_needs_an_index_page(db, tmp_path):
    with pytest.raises(CommandError, match="trang danh mục văn bản"):
        run(write_csv(tmp_path / "vb.csv", [good_row()]))
