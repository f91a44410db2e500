"""Demo content of the portal shell: the seed site's footer and partner links."""

from pathlib import Path

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Site

from .desks import desk
from .models import PartnerLink, SiteSettings

SITE_ADMINS = "Quản trị cổng"

OFFICE = {
    "office_name": "Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới",
    "tagline": "Cổng thông tin điện tử Nông thôn mới tỉnh Hà Tĩnh",
    "editor_in_chief": "Nguyễn Văn Việt - Chánh Văn phòng",
    "deputy_editor": "Ngô Đình Long - Phó Chánh Văn phòng",
    "address": "148 - Đường Trần Phú - Thành Phố Hà Tĩnh",
    "phone": "02393.892.689",
    "email": "nongthonmoitinhhatinh@gmail.com",
}
ADDRESS_EN = "148 Tran Phu Street, Ha Tinh City, Ha Tinh Province, Viet Nam"

# The seed's sidebar, in its order.
QR_LINK = "MÃ QR CODE ZALO-BỘ NỘI VỤ"
QR_CODE_FILE = Path(__file__).parent / "demo_assets" / "zalo-qr-code.png"
PARTNER_LINKS = [
    (QR_LINK, "https://zalo.me/moha.gov.vn"),
    ("Bộ nông nghiệp", "https://www.mae.gov.vn/"),
    ("Cổng thông tin Đảng bộ hà tĩnh", "https://hatinh.dcs.vn/"),
    ("Công báo tỉnh", "https://congbao.hatinh.gov.vn/"),
    ("Điều hành tỉnh", "https://dhtn.hatinh.gov.vn/"),
    ("Dự thảo văn bản", "https://duthaovanban.hatinh.gov.vn/"),
    ("văn bản", "https://vbpl.vn/hatinh"),
    ("Nhật ký truyền thanh", "https://truyenthanh.hatinh.gov.vn/"),
]


def load(log):
    site = Site.objects.get(is_default_site=True)
    if site.site_name != "Nông thôn mới Hà Tĩnh":
        site.site_name = "Nông thôn mới Hà Tĩnh"
        site.save(update_fields=["site_name"])
    _, created = SiteSettings.objects.update_or_create(site=site, defaults=OFFICE)
    log(f"site settings {'created' if created else 'up to date'}")

    added = 0
    for order, (title, url) in enumerate(PARTNER_LINKS):
        _, created = PartnerLink.objects.update_or_create(title=title, defaults={"url": url, "sort_order": order})
        added += created
    log(f"partner links: {added} added, {len(PARTNER_LINKS) - added} already there")

    # Quản trị cổng: the footer (Settings), partner links, songs (songs/demo.py adds them).
    desk(SITE_ADMINS, models=[SiteSettings, PartnerLink])
    log(f"group “{SITE_ADMINS}” in place")

    qr_link = PartnerLink.objects.get(title=QR_LINK)
    if qr_link.image_id is None:
        qr_link.image = _qr_code_image(qr_link.title)
        qr_link.save(update_fields=["image"])
        log("Zalo QR code image made")


def _qr_code_image(title):
    """The seed shows the link as a QR code picture: the code of its address, https://zalo.me/moha.gov.vn."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    with QR_CODE_FILE.open("rb") as qr_code:
        return Image.objects.create(title=title, description=title, file=ImageFile(qr_code, name=QR_CODE_FILE.name))
