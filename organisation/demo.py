"""Demo content: the office of the seed's footer as an organisation page, in Vietnamese and English."""

from wagtail.models import Locale

from portal.demo import ADDRESS_EN, OFFICE
from portal.demo_pages import has_fields, keep_child, keep_translation, set_fields, site_root

from .models import Official, OrganisationPage

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


def load(log):
    english, _ = Locale.objects.get_or_create(language_code="en")
    # The home page and its English translation come from home/demo.py, which runs first.
    organisation = keep_child(site_root(), OrganisationPage, ORGANISATION["vi"], log, _fill, _matches)
    keep_translation(organisation, english, ORGANISATION["en"], log, _fill, _matches)


def _officials(content):
    return [(name, position, unit, content["phone"], content["email"]) for name, position, unit in content["officials"]]


def _matches(page, content):
    current = [(o.name, o.position, o.unit, o.phone, o.email) for o in page.officials.all()]
    fields = {name: value for name, value in content.items() if name != "officials"}
    return current == _officials(content) and has_fields(page, fields)


def _fill(page, content):
    set_fields(page, {name: value for name, value in content.items() if name != "officials"})
    page.officials = [
        Official(name=name, position=position, unit=unit, phone=phone, email=email)
        for name, position, unit, phone, email in _officials(content)
    ]
