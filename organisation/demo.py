"""Demo content: the office of the seed's footer as an organisation page, a contact page, and
the English pages (home, organisation, contact) as translations of the Vietnamese ones."""

from wagtail.models import Locale

from home.models import HomePage, StandardPage
from portal.demo import OFFICE

from .models import Official, OrganisationPage

ADDRESS_EN = "148 Tran Phu Street, Ha Tinh City, Ha Tinh Province, Viet Nam"

ORGANISATION = {
    "vi": {
        "title": "Cơ cấu tổ chức",
        "slug": "co-cau-to-chuc",
        "intro": OFFICE["office_name"] + " tỉnh Hà Tĩnh.",
        "functions": [
            (
                "paragraph",
                "<p>Giúp Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh quản lý, chỉ đạo, tổ chức "
                "thực hiện Chương trình xây dựng nông thôn mới trên địa bàn tỉnh.</p>",
            ),
            (
                "paragraph",
                "<ul><li>Tham mưu kế hoạch, cơ chế, chính sách xây dựng nông thôn mới;</li>"
                "<li>Hướng dẫn, kiểm tra, giám sát các địa phương thực hiện;</li>"
                "<li>Tổng hợp, báo cáo kết quả thực hiện Chương trình.</li></ul>",
            ),
        ],
        "address": OFFICE["address"],
        "phone": OFFICE["phone"],
        "email": OFFICE["email"],
        "officials": [
            ("Nguyễn Văn Việt", "Chánh Văn phòng", "Văn phòng Điều phối nông thôn mới tỉnh"),
            ("Ngô Đình Long", "Phó Chánh Văn phòng", "Văn phòng Điều phối nông thôn mới tỉnh"),
        ],
    },
    "en": {
        "title": "Organisation",
        "slug": "organisation",
        "intro": "Coordination Office of the National Target Programme on New Rural Development, Ha Tinh province.",
        "functions": [
            (
                "paragraph",
                "<p>The office helps the Provincial Steering Committee for the National Target Programmes "
                "manage, direct and carry out the New Rural Development Programme in the province.</p>",
            ),
            (
                "paragraph",
                "<ul><li>Proposing plans, mechanisms and policies for new rural development;</li>"
                "<li>Guiding, inspecting and monitoring the districts and communes;</li>"
                "<li>Compiling and reporting the results of the Programme.</li></ul>",
            ),
        ],
        "address": ADDRESS_EN,
        "phone": OFFICE["phone"],
        "email": OFFICE["email"],
        "officials": [
            ("Nguyễn Văn Việt", "Chief of Office", "Provincial New Rural Development Coordination Office"),
            ("Ngô Đình Long", "Deputy Chief of Office", "Provincial New Rural Development Coordination Office"),
        ],
    },
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
    home = HomePage.objects.get(locale=Locale.get_default())
    english, _ = Locale.objects.get_or_create(language_code="en")

    organisation = _child(home, OrganisationPage, ORGANISATION["vi"], log)
    contact = _child(home, StandardPage, CONTACT["vi"], log)

    _translation(home, english, HOME_EN, log)
    # Children are translated under the English home, which must exist first.
    _translation(organisation, english, ORGANISATION["en"], log)
    _translation(contact, english, CONTACT["en"], log)


def _child(parent, model, content, log):
    page = model.objects.child_of(parent).filter(slug=content["slug"]).first()
    if page is None:
        page = model(show_in_menus=True, title=content["title"], slug=content["slug"])
        _fill(page, content)
        parent.add_child(instance=page)
        page.save_revision().publish()
        log(f"{content['title']}: published")
        return page
    _update(page, content, log)
    return page


def _translation(source, locale, content, log):
    page = source.get_translation_or_none(locale)
    if page is None:
        page = source.copy_for_translation(locale).specific
        log(f"{content['title']}: translated from {source.title}")
    _update(page.specific, content, log)
    return page


def _update(page, content, log):
    if page.live and not page.has_unpublished_changes and _matches(page, content):
        log(f"{content['title']}: up to date")
        return
    _fill(page, content)
    page.save_revision().publish()
    log(f"{content['title']}: published")


def _officials(content):
    return [(name, position, unit, content["phone"], content["email"]) for name, position, unit in content["officials"]]


def _matches(page, content):
    for name, value in content.items():
        if name == "officials":
            current = [(o.name, o.position, o.unit, o.phone, o.email) for o in page.officials.all()]
            if current != _officials(content):
                return False
        elif name in ("functions", "body"):
            if _stream_text(getattr(page, name)) != [(kind, str(text)) for kind, text in value]:
                return False
        elif getattr(page, name) != value:
            return False
    return True


def _stream_text(stream):
    return [(block.block_type, getattr(block.value, "source", str(block.value))) for block in stream]


def _fill(page, content):
    for name, value in content.items():
        if name == "officials":
            page.officials = [
                Official(name=name_, position=position, unit=unit, phone=phone, email=email)
                for name_, position, unit, phone, email in _officials(content)
            ]
        else:
            setattr(page, name, value)
