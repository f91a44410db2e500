import pytest

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage


class HomeTreeRulesTest(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_home_page_is_a_singleton(self):
        root = Page.get_first_root_node()
        self.assertFalse(HomePage.can_create_at(root))

    def test_standard_pages_go_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_home_page_is_routable(self):
        self.assertPageIsRoutable(HomePage.objects.get())

    def test_editor_can_create_a_standard_page_with_blocks(self):
        self.login()
        home = HomePage.objects.get()
        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Giới thiệu",
                    "slug": "gioi-thieu",
                    "intro": "Văn phòng Điều phối nông thôn mới tỉnh.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Chức năng", "level": "h2"}),
                            ("paragraph", rich_text("<p>Tham mưu cho Ban Chỉ đạo.</p>")),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="gioi-thieu")
        self.assertEqual([block.block_type for block in page.body], ["heading", "paragraph"])


@pytest.mark.django_db
def test_standard_page_renders_its_blocks(client, home_page):
    from home.factories import StandardPageFactory

    page = StandardPageFactory(
        parent=home_page,
        title="Liên hệ",
        intro="Thông tin liên hệ",
        body=[("heading", {"text": "Địa chỉ", "level": "h2"}), ("quote", {"text": "Dân biết", "attribution": ""})],
    )
    html = client.get(page.url).content.decode()
    assert '<h2 class="block-heading">Địa chỉ</h2>' in html
    assert "<blockquote><p>Dân biết</p></blockquote>" in html
