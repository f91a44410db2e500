"""The forms of document of Decree 30/2020/NĐ-CP (Appendix III) with their codes, plus the
normative forms (Nghị định, Thông tư) portals publish from the central government."""

from django.db import migrations

DOCUMENT_TYPES = [
    ("Nghị quyết", "NQ"),
    ("Quyết định", "QĐ"),
    ("Chỉ thị", "CT"),
    ("Quy chế", "QC"),
    ("Quy định", "QyĐ"),
    ("Thông cáo", "TC"),
    ("Thông báo", "TB"),
    ("Hướng dẫn", "HD"),
    ("Chương trình", "CTr"),
    ("Kế hoạch", "KH"),
    ("Phương án", "PA"),
    ("Đề án", "ĐA"),
    ("Dự án", "DA"),
    ("Báo cáo", "BC"),
    ("Biên bản", "BB"),
    ("Tờ trình", "TTr"),
    ("Hợp đồng", "HĐ"),
    ("Công văn", "CV"),
    ("Công điện", "CĐ"),
    ("Bản ghi nhớ", "GN"),
    ("Bản thỏa thuận", "TTh"),
    ("Giấy ủy quyền", "GUQ"),
    ("Giấy mời", "GM"),
    ("Giấy giới thiệu", "GGT"),
    ("Giấy nghỉ phép", "GNP"),
    ("Phiếu gửi", "PG"),
    ("Phiếu chuyển", "PC"),
    ("Phiếu báo", "PB"),
    ("Nghị định", "NĐ"),
    ("Thông tư", "TT"),
    ("Thông tư liên tịch", "TTLT"),
]


def seed(apps, schema_editor):
    DocumentType = apps.get_model("legal_docs", "DocumentType")
    for name, abbreviation in DOCUMENT_TYPES:
        DocumentType.objects.get_or_create(abbreviation=abbreviation, defaults={"name": name})


def unseed(apps, schema_editor):
    DocumentType = apps.get_model("legal_docs", "DocumentType")
    DocumentType.objects.filter(
        abbreviation__in=[abbreviation for _, abbreviation in DOCUMENT_TYPES], documents__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("legal_docs", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
