import io

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import Page, Workflow
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from news.factories import NewsIndexPageFactory
from news.models import NewsIndexPage, NewsPage


class NewsTreeRulesTest(WagtailPageTestCase):
    def test_categories_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage, NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsIndexPage, NewsPage})

    def test_articles_are_leaves_inside_categories(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(Page, NewsPage)

    def test_editor_writes_an_article_with_blocks_and_tags(self):
        from wagtail.images.models import Image
        from wagtail.images.tests.utils import get_test_image_file

        self.login()
        category = NewsIndexPageFactory(parent=HomePage.objects.get(), title="Tin tức")
        image = Image.objects.create(title="Hội nghị", file=get_test_image_file())
        self.assertCanCreate(
            category,
            NewsPage,
            nested_form_data(
                {
                    "title": "Hội nghị tổng kết nông thôn mới",
                    "slug": "hoi-nghi-tong-ket",
                    "lead": "Sáng nay, Ban Chỉ đạo tỉnh tổ chức hội nghị.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Kết quả", "level": "h2"}),
                            ("paragraph", rich_text("<p>Toàn tỉnh có thêm 12 xã đạt chuẩn.</p>")),
                            (
                                "image",
                                {
                                    "image": {"image": image.pk, "decorative": False, "alt_text": "Toàn cảnh"},
                                    "caption": "Toàn cảnh hội nghị",
                                },
                            ),
                        ]
                    ),
                    "tags": "nông thôn mới, OCOP",
                    "allow_rating": "on",
                    "tagged_items": inline_formset([]),
                }
            ),
        )
        article = NewsPage.objects.get(slug="hoi-nghi-tong-ket")
        self.assertEqual([block.block_type for block in article.body], ["heading", "paragraph", "image"])
        self.assertEqual(sorted(tag.name for tag in article.tags.all()), ["OCOP", "nông thôn mới"])

    def test_an_image_block_without_alt_text_is_refused(self):
        from wagtail.images.models import Image
        from wagtail.images.tests.utils import get_test_image_file

        self.login()
        category = NewsIndexPageFactory(parent=HomePage.objects.get(), title="Tin tức")
        image = Image.objects.create(title="Ảnh", file=get_test_image_file())
        response = self.client.post(
            f"/admin/pages/add/news/newspage/{category.pk}/",
            nested_form_data(
                {
                    "title": "Thiếu mô tả ảnh",
                    "slug": "thieu-mo-ta",
                    "body": streamfield(
                        [("image", {"image": {"image": image.pk, "decorative": False, "alt_text": ""}, "caption": ""})]
                    ),
                    "tags": "",
                    "action-publish": "publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(NewsPage.objects.filter(slug="thieu-mo-ta").exists())


@pytest.fixture
def newsroom(demo_site, django_user_model):
    def member(username, group):
        user = django_user_model.objects.create_user(username, f"{username}@example.vn", "mat-khau")
        user.groups.add(Group.objects.get(name=group))
        return user

    return member("bientap", "Biên tập viên"), member("truongban", "Trưởng ban biên tập")


@pytest.mark.django_db
def test_editor_submits_and_the_chief_editor_approves(client, newsroom):
    editor, chief = newsroom
    category = NewsIndexPage.objects.get(slug="tin-tuc-su-kien")
    assert category.get_workflow() == Workflow.objects.get(name="Duyệt tin bài")

    article = NewsPage(title="Tin chờ duyệt", slug="tin-cho-duyet", lead="Đang chờ trưởng ban duyệt.")
    category.get_children().first().add_child(instance=article)
    article.live = False
    article.save_revision(user=editor)
    assert not article.permissions_for_user(editor).can_publish()
    assert article.permissions_for_user(chief).can_publish()

    state = article.get_workflow().start(article, editor)
    assert article.workflow_in_progress
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, chief, "approve")

    article.refresh_from_db()
    assert article.live
    assert "Tin chờ duyệt" in client.get(category.url).content.decode()


@pytest.mark.django_db
def test_demo_groups_and_workflow_are_created_once(demo_site):
    call_command("load_demo", stdout=io.StringIO())
    assert Group.objects.filter(name__in=["Biên tập viên", "Trưởng ban biên tập"]).count() == 2
    assert Workflow.objects.filter(name="Duyệt tin bài").count() == 1
    assert NewsPage.objects.filter(slug="bcd-ntm-can-loc-trien-khai-nhiem-vu-2018").count() == 1
    assert NewsPage.objects.count() == 33
