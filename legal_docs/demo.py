"""Demo content: the seed's “Văn bản ban hành” and the documents they amend, older documents of
other types, and one draft open for comment. Each document gets a generated PDF.

The seed shows numbers and summaries only; issue dates are chosen so that the sidebar lists
the five seed documents in the seed's order.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

from portal.demo_pages import site_root
from portal.desks import desk

from .importing import document_slug, issue_time
from .models import (
    DocumentAttachment,
    DocumentRelation,
    DocumentType,
    DraftComment,
    Issuer,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    RelationKind,
    Sector,
    Signer,
)
from .pdf import minimal_pdf

ISSUERS = {"UBND": "UBND tỉnh Hà Tĩnh", "TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ"}
SECTORS = ["Nông thôn mới", "OCOP", "Tổ chức bộ máy", "Nông nghiệp"]
SIGNERS = {
    "province": ("Nguyễn Hồng Lĩnh", "Phó Chủ tịch UBND tỉnh"),
    "pm": ("Trần Lưu Quang", "Phó Thủ tướng"),
}

D = datetime.date
# Oldest first, so that a relation's target exists before the document that acts on it.
DOCUMENTS = [
    {
        "number": "1980/QĐ-TTg",
        "type": "QĐ",
        "issuer": "TTg",
        "issued_on": D(2016, 10, 17),
        "title": "Quyết định số 1980/QĐ-TTg",
        "summary": "Ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020",
        "sectors": ["Nông thôn mới"],
    },
    {
        "number": "263/QĐ-TTg",
        "type": "QĐ",
        "issuer": "TTg",
        "issued_on": D(2022, 2, 22),
        "signer": "pm",
        "title": "Quyết định số 263/QĐ-TTg",
        "summary": "Phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025",
        "sectors": ["Nông thôn mới"],
    },
    {
        "number": "318/QĐ-TTg",
        "type": "QĐ",
        "issuer": "TTg",
        "issued_on": D(2022, 3, 8),
        "signer": "pm",
        "title": "Quyết định số 318/QĐ-TTg",
        "summary": "Ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới "
        "nâng cao giai đoạn 2021 - 2025",
        "sectors": ["Nông thôn mới"],
        "relations": [(RelationKind.REPLACES, "1980/QĐ-TTg")],
    },
    {
        "number": "27/2022/NĐ-CP",
        "type": "NĐ",
        "issuer": "CP",
        "issued_on": D(2022, 4, 19),
        "effective_on": D(2022, 4, 19),
        "title": "Nghị định số 27/2022/NĐ-CP",
        "summary": "Quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia",
        "sectors": ["Tổ chức bộ máy"],
        "relations": [(RelationKind.RELATED, "263/QĐ-TTg")],
    },
    {
        "number": "36/2022/QĐ-UBND",
        "type": "QĐ",
        "issuer": "UBND",
        "issued_on": D(2022, 12, 9),
        "effective_on": D(2022, 12, 20),
        "signer": "province",
        "title": "Quyết định số 36/2022/QĐ-UBND",
        "summary": "Ban hành Bộ tiêu chí xã nông thôn mới tỉnh Hà Tĩnh giai đoạn 2022 - 2025",
        "sectors": ["Nông thôn mới"],
        "relations": [(RelationKind.GUIDES, "318/QĐ-TTg")],
    },
    {
        "number": "37/2022/QĐ-UBND",
        "type": "QĐ",
        "issuer": "UBND",
        "issued_on": D(2022, 12, 9),
        "effective_on": D(2022, 12, 20),
        "signer": "province",
        "title": "Quyết định số 37/2022/QĐ-UBND",
        "summary": "Ban hành Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Hà Tĩnh giai đoạn 2022 - 2025",
        "sectors": ["Nông thôn mới"],
        "relations": [(RelationKind.GUIDES, "318/QĐ-TTg")],
    },
    {
        "number": "45/TB-UBND",
        "type": "TB",
        "issuer": "UBND",
        "issued_on": D(2023, 2, 15),
        "title": "Thông báo số 45/TB-UBND",
        "summary": "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo các Chương trình MTQG tỉnh",
        "sectors": ["Nông thôn mới"],
    },
    {
        "number": "120/KH-UBND",
        "type": "KH",
        "issuer": "UBND",
        "issued_on": D(2023, 4, 10),
        "expires_on": D(2024, 1, 1),
        "signer": "province",
        "title": "Kế hoạch số 120/KH-UBND",
        "summary": "Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Hà Tĩnh năm 2023",
        "sectors": ["OCOP"],
    },
    {
        "number": "211/QĐ-TTg",
        "type": "QĐ",
        "issuer": "TTg",
        "issued_on": D(2024, 3, 1),
        "signer": "pm",
        "title": "Quyết định số 211/QĐ-TTg",
        "summary": "Sửa đổi một số tiêu chí, chỉ tiêu của Bộ tiêu chí quốc gia về xã NTM, Bộ tiêu chí quốc gia về xã "
        "NTM nâng cao, Bộ tiêu chí quốc gia về huyện NTM và Bộ tiêu chí quốc gia về huyện NTM nâng cao giai đoạn "
        "2021 - 2025;",
        "sectors": ["Nông thôn mới"],
        "relations": [(RelationKind.AMENDS, "318/QĐ-TTg")],
    },
    {
        "number": "3608/UBND-NL5",
        "type": "CV",
        "issuer": "UBND",
        "issued_on": D(2024, 6, 14),
        "title": "Công văn số 3608/UBND-NL5",
        "summary": "Giao hướng dẫn thành lập Ban Chỉ đạo các Chương trình MTQG cấp huyện, cấp xã",
        "sectors": ["Tổ chức bộ máy"],
        "relations": [(RelationKind.GUIDES, "27/2022/NĐ-CP")],
    },
    {
        "number": "15/2024/QĐ-UBND",
        "type": "QĐ",
        "issuer": "UBND",
        "issued_on": D(2024, 6, 28),
        "effective_on": D(2024, 7, 10),
        "signer": "province",
        "title": "Quyết định số 15/2024/QĐ-UBND",
        "summary": "Sửa đổi một số tiêu chí, chỉ tiêu của các Bộ tiêu chí ban hành kèm theo Quyết định số 36 và "
        "Quyết định số 37 ngày 09/12/2022 của UBND tỉnh",
        "sectors": ["Nông thôn mới"],
        "relations": [(RelationKind.AMENDS, "36/2022/QĐ-UBND"), (RelationKind.AMENDS, "37/2022/QĐ-UBND")],
    },
    {
        "number": "4305/UBND-NL5",
        "type": "CV",
        "issuer": "UBND",
        "issued_on": D(2024, 7, 22),
        "title": "Văn bản số 4305/UBND-NL5",
        "summary": "Hướng dẫn thành lập BCĐ cấp huyện và bộ phận giúp việc BCĐ cấp huyện, BCĐ đạo cấp xã, BQL cấp "
        "xã, Ban Phát triển thôn, tổ dân phố",
        "sectors": ["Tổ chức bộ máy"],
        "relations": [(RelationKind.GUIDES, "27/2022/NĐ-CP")],
    },
    {
        "number": "4414/UBND-NL5",
        "type": "CV",
        "issuer": "UBND",
        "issued_on": D(2024, 7, 26),
        "title": "Văn bản số 4414/UBND-NL5",
        "summary": "Về việc tăng cường lãnh đạo, chỉ đạo thực hiện Chương trình OCOP trong thời gian tới",
        "sectors": ["OCOP"],
    },
]
DRAFT = {
    "number": "",
    "type": "QĐ",
    "issuer": "UBND",
    "issued_on": D(2024, 7, 1),
    "is_draft": True,
    "title": "Dự thảo Quyết định ban hành Quy định thôn đạt chuẩn nông thôn mới kiểu mẫu",
    "summary": "Dự thảo Quyết định ban hành Quy định tiêu chí thôn đạt chuẩn nông thôn mới kiểu mẫu trên địa bàn "
    "tỉnh Hà Tĩnh giai đoạn 2025 - 2030, lấy ý kiến góp ý của Nhân dân",
    "sectors": ["Nông thôn mới"],
}


def _attach_pdf(spec):
    document = get_document_model()(
        title=spec["title"],
        file=ContentFile(
            minimal_pdf(f"{spec['title']}: {spec['summary']}"), name=document_slug(spec["title"]) + ".pdf"
        ),
    )
    document._set_document_file_metadata()
    document.save()
    return DocumentAttachment(document=document)


def _create(index, spec, by_number):
    page = LegalDocumentPage(
        title=spec["title"],
        slug=document_slug(spec["title"]),
        number=spec["number"],
        summary=spec["summary"],
        document_type=DocumentType.objects.get(abbreviation=spec["type"]),
        issuer=Issuer.objects.get(name=ISSUERS[spec["issuer"]]),
        signer=Signer.objects.get(name=SIGNERS[spec["signer"]][0]) if spec.get("signer") else None,
        issued_on=spec["issued_on"],
        effective_on=spec.get("effective_on"),
        expires_on=spec.get("expires_on"),
        is_draft=spec.get("is_draft", False),
    )
    if page.is_draft:
        page.comments_open_from = timezone.now() - datetime.timedelta(days=1)
        page.comments_open_until = timezone.now() + datetime.timedelta(days=90)
    page.attachments = [_attach_pdf(spec)]
    page.relations = [
        DocumentRelation(kind=kind, target=by_number[number]) for kind, number in spec.get("relations", [])
    ]
    page.sectors = Sector.objects.filter(name__in=spec["sectors"])
    page.first_published_at = issue_time(spec["issued_on"])
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def load(log):
    for abbreviation, name in ISSUERS.items():
        Issuer.objects.get_or_create(name=name, defaults={"abbreviation": abbreviation})
    for name in SECTORS:
        Sector.objects.get_or_create(name=name)
    for name, position in SIGNERS.values():
        Signer.objects.get_or_create(name=name, position=position)

    home = site_root()
    index = LegalDocumentIndexPage.objects.child_of(home).first()
    if index is None:
        index = LegalDocumentIndexPage(
            title="Văn bản ban hành",
            slug="van-ban",
            show_in_menus=True,
            intro="Văn bản chỉ đạo, điều hành của Trung ương và tỉnh về xây dựng nông thôn mới.",
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        log("legal document index published")

    existing = {page.slug: page for page in LegalDocumentPage.objects.child_of(index)}
    by_number = {page.number: page for page in existing.values()}
    created = 0
    for spec in [*DOCUMENTS, DRAFT]:
        if document_slug(spec["title"]) in existing:
            continue
        page = _create(index, spec, by_number)
        by_number[page.number] = page
        created += 1
    log(f"legal documents: {created} added, {len(DOCUMENTS) + 1 - created} already there")
    clerks_desk(index, log)


CLERKS = "Văn thư"


def clerks_desk(index, log):
    """Văn thư: legal documents, their taxonomies and the moderation of comments on drafts."""
    desk(
        CLERKS,
        pages=[index],
        page_permissions=["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        models=[DocumentType, Issuer, Sector, Signer, DraftComment],
    )
    log(f"group “{CLERKS}” in place")
