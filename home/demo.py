"""Demo content of the front page and the office's fixed pages."""

from wagtail.models import Locale

from .models import HomePage, StandardPage

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


def load(log):
    home = HomePage.objects.get(locale=Locale.get_default())
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
        return
    about = StandardPage(show_in_menus=True, **ABOUT)
    home.add_child(instance=about)
    about.save_revision().publish()
    log("about page published")
