"""Demo content of the front page and the office's fixed pages, and the English home page."""

from wagtail.models import Locale

from portal.demo import ADDRESS_EN, OFFICE
from portal.demo_pages import keep_child, keep_translation, move_last, site_root

from .models import StandardPage

INTRO = (
    "<p>Cổng thông tin của Văn phòng Điều phối Chương trình mục tiêu quốc gia "
    "xây dựng nông thôn mới tỉnh Hà Tĩnh: tin tức, văn bản chỉ đạo, điều hành và "
    "thăm dò ý kiến người dân.</p>"
)

ABOUT = {
    "title": "Giới thiệu",
    "slug": "gioi-thieu",
    "intro": (
        "Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới tỉnh Hà Tĩnh giúp "
        "Ban Chỉ đạo tỉnh quản lý, tổ chức thực hiện Chương trình trên địa bàn tỉnh."
    ),
    "body": [
        ("heading", {"text": "Chức năng, nhiệm vụ", "level": "h2"}),
        (
            "paragraph",
            "<p>Tham mưu cho Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh chỉ đạo, "
            "điều hành, kiểm tra, giám sát và tổng hợp kết quả xây dựng nông thôn mới.</p>",
        ),
    ],
}


CONTACT = {
    "vi": {
        "title": "Liên hệ",
        "slug": "lien-he",
        "intro": OFFICE["office_name"] + " tỉnh Hà Tĩnh.",
        "body": [
            (
                "paragraph",
                f"<p>Địa chỉ: {OFFICE['address']}<br>Điện thoại: {OFFICE['phone']}<br>"
                f'Email: <a href="mailto:{OFFICE["email"]}">{OFFICE["email"]}</a></p>',
            ),
        ],
    },
    "en": {
        "title": "Contact",
        "slug": "contact",
        "intro": "Coordination Office of the National Target Programme on New Rural Development, Ha Tinh province.",
        "body": [
            (
                "paragraph",
                f"<p>Address: {ADDRESS_EN}<br>Phone: {OFFICE['phone']}<br>"
                f'Email: <a href="mailto:{OFFICE["email"]}">{OFFICE["email"]}</a></p>',
            ),
        ],
    },
}

HOME_EN = {
    "title": "Home",
    "slug": "en",
    "seo_title": "New Rural Development – Ha Tinh",
    "search_description": "Portal of the New Rural Development Programme of Ha Tinh province.",
    "intro": (
        "<p>The portal of the Coordination Office of the National Target Programme on New Rural "
        "Development of Ha Tinh province: news, guiding documents and public polls, in Vietnamese; "
        "the office and how to reach it, also in English.</p>"
    ),
}


def load(log):
    home = site_root()
    if home.intro != INTRO or not home.live or home.has_unpublished_changes:
        home.intro = INTRO
        home.title = "Trang chủ"
        home.seo_title = "Nông thôn mới Hà Tĩnh"
        home.search_description = "Cổng thông tin điện tử xây dựng nông thôn mới tỉnh Hà Tĩnh."
        home.save_revision().publish()
        log("home page published")
    else:
        log("home page up to date")

    if StandardPage.objects.child_of(home).filter(slug=ABOUT["slug"]).exists():
        log("about page already there")
    else:
        about = StandardPage(show_in_menus=True, **ABOUT)
        home.add_child(instance=about)
        about.save_revision().publish()
        log("about page published")

    contact = keep_child(home, StandardPage, CONTACT["vi"], log)
    # The English site: its home first, the pages under it (here and in other apps' demos) after.
    english, _ = Locale.objects.get_or_create(language_code="en")
    keep_translation(home, english, HOME_EN, log)
    keep_translation(contact, english, CONTACT["en"], log)


def arrange(log):
    """After every app's demo: the contact page ends the menu, in Vietnamese and in English."""
    contact = StandardPage.objects.child_of(site_root()).get(slug=CONTACT["vi"]["slug"])
    for page in [contact, *contact.get_translations()]:
        move_last(page, log)
