"""The dashboard puts what waits for the person first: approvals, their drafts, comments to moderate;
the statistics come after (issue 26)."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Workflow

from legal_docs.factories import DraftCommentFactory
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

STATISTICS = 'id="visitor-stats-section"'


def desk_member(django_user_model, client, group_name, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.vn", "x", first_name=username)
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


def draft_article(user, title, category="chuong-trinh-ocop"):
    category = NewsIndexPage.objects.get(slug=category)
    article = category.add_child(instance=NewsPage(title=title, live=False, owner=user))
    article.save_revision(user=user)
    return article


def before_statistics(html, marker):
    assert marker in html, marker
    return html.index(marker) < html.index(STATISTICS)


def test_a_clerk_sees_comments_to_moderate_and_own_drafts_before_the_statistics(client, django_user_model, demo_site):
    clerk = desk_member(django_user_model, client, "Văn thư", "vanthu")
    comment = DraftCommentFactory(name="Trần Văn Bình", content="Đề nghị bổ sung điều 5 về hỗ trợ hợp tác xã.")
    edited = comment.page
    edited.title = "Dự thảo quy chế OCOP (sửa)"
    edited.save_revision(user=clerk)

    html = client.get("/admin/").content.decode()

    assert before_statistics(html, 'id="pending-draft-comments-section"')
    assert "góp ý đang chờ duyệt" in html
    assert "Trần Văn Bình" in html and "Đề nghị bổ sung điều 5" in html
    assert before_statistics(html, 'id="your-drafts-section"')
    assert "Bản nháp của bạn chưa xuất bản" in html
    assert "Dự thảo quy chế OCOP (sửa)" in html


def test_a_news_editor_is_not_shown_comments_they_cannot_moderate(client, django_user_model, demo_site):
    desk_member(django_user_model, client, "Biên tập viên", "bientap")
    DraftCommentFactory()

    html = client.get("/admin/").content.decode()

    assert 'id="pending-draft-comments-section"' not in html
    assert 'id="your-drafts-section"' not in html  # nothing of theirs is waiting


def test_a_chief_editor_sees_articles_awaiting_review_first(client, django_user_model, demo_site):
    editor = django_user_model.objects.create_user("bientap", "bt@example.vn", "x")
    editor.groups.add(Group.objects.get(name="Biên tập viên"))
    article = draft_article(editor, "Hà Tĩnh ra mắt 12 sản phẩm OCOP mới")
    workflow = article.get_workflow()
    assert isinstance(workflow, Workflow)
    workflow.start(article, editor)
    desk_member(django_user_model, client, "Trưởng ban biên tập", "truongban")

    html = client.get("/admin/").content.decode()

    assert before_statistics(html, 'id="awaiting-review-section"')
    assert "Hà Tĩnh ra mắt 12 sản phẩm OCOP mới" in html


def test_the_page_search_box_is_offered_only_to_desks_that_may_search_pages(client, django_user_model, demo_site):
    desk_member(django_user_model, client, "Quản trị cổng", "quantricong")
    assert 'name="q"' not in client.get("/admin/").content.decode()
    assert client.get("/admin/pages/search/?q=nong+thon+moi").status_code == 302  # refused: no page rights

    desk_member(django_user_model, client, "Biên tập viên", "bientap")
    assert 'name="q"' in client.get("/admin/").content.decode()
