"""Demo content of the portal shell: the seed site's footer and partner links."""

from wagtail.models import Site

from .models import PartnerLink, SiteSettings

OFFICE = {
    "office_name": "Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới",
    "tagline": "Cổng thông tin điện tử Nông thôn mới tỉnh Hà Tĩnh",
    "editor_in_chief": "Nguyễn Văn Việt - Chánh Văn phòng",
    "deputy_editor": "Ngô Đình Long - Phó Chánh Văn phòng",
    "address": "148 - Đường Trần Phú - Thành Phố Hà Tĩnh",
    "phone": "02393.892.689",
    "email": "nongthonmoitinhhatinh@gmail.com",
}

# The seed's sidebar, in its order.
PARTNER_LINKS = [
    ("MÃ QR CODE ZALO-BỘ NỘI VỤ", "https://zalo.me/moha.gov.vn"),
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
