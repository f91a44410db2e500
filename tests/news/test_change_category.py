"""An article's category is chosen in its edit form: an explicit save by someone allowed to move
the article there moves it (history, redirect from the old address); nothing else does."""

import pytest

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from wagtail.actions.move_page import MovePageAction
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, streamfield

from news.admin_forms import CATEGORY_FIELD
from news.demo import CATEGORIES, CHIEF_EDITORS, EDITORS, editors_and_workflow
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom(home_page):
    """The demo's top categories, and its desks and workflow on them (news/demo.py)."""
    found = {
        slug: NewsIndexPageFactory(parent=home_page, title=title, slug=slug)
        for slug, title, parent in CATEGORIES
        if parent is None
    }
    editors_and_workflow(found, log=lambda line: None)
    return found


@pytest.fixture
def member(newsroom, django_user_model):
    def make(group):
        user = django_user_model.objects.create_user(f"u{Group.objects.get(name=group).pk}", "u@example.vn", "x")
        user.groups.add(Group.objects.get(name=group))
        client = Client()
        client.force_login(user)
        return client

    return make


@pytest.fixture
def ocop(newsroom):
    return newsroom["chuong-trinh-ocop"]


@pytest.fixture
def hcm(newsroom):
    return newsroom["hoc-tap-dao-duc-hcm"]


@pytest.fixture
def article(ocop):
    article = NewsPageFactory(parent=ocop, title="Sản phẩm OCOP mới", slug="san-pham-ocop-moi")
    article.save_revision().publish()
    return NewsPage.objects.get(pk=article.pk)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def form_data(article, category, **changes):
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": article.lead,
        "body": streamfield([]),
        "tags": "",
        "allow_rating": "on",
        CATEGORY_FIELD: category.pk if category else "",
        **changes,
    }
    return nested_form_data(data)


def moves_of(page):
    return PageLogEntry.objects.filter(page=page, action="wagtail.move")


def shown_messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_form_offers_a_chief_editor_the_categories_of_the_site(member, article, ocop, hcm):
    response = member(CHIEF_EDITORS).get(edit_url(article))
    assert f'<select name="{CATEGORY_FIELD}"' in response.content.decode()
    form = response.context["form"]
    field = form.fields[CATEGORY_FIELD]
    assert form.initial[CATEGORY_FIELD] == ocop.pk
    assert "disabled" not in field.widget.attrs
    offered = {category.pk for category in field.queryset}
    assert {ocop.pk, hcm.pk} <= offered
    assert offered <= set(NewsIndexPage.objects.filter(locale=ocop.locale).values_list("pk", flat=True))


def test_chief_editor_moves_and_publishes(member, article, ocop, hcm):
    old_url = article.url
    response = member(CHIEF_EDITORS).post(
        edit_url(article), form_data(article, hcm, title="Sản phẩm OCOP mới nhất", **{"action-publish": "publish"})
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[hcm.pk])
    article = NewsPage.objects.get(pk=article.pk)
    assert article.get_parent().pk == hcm.pk
    assert article.live and article.title == "Sản phẩm OCOP mới nhất"
    assert any(hcm.title in message for message in shown_messages(response))
    move = moves_of(article).get()
    assert move.user.groups.filter(name=CHIEF_EDITORS).exists()
    assert move.data["destination"]["id"] == hcm.pk and move.data["source"]["id"] == ocop.pk
    visitor = Client()
    redirect = visitor.get(old_url)
    assert redirect.status_code == 301 and redirect["Location"].endswith(article.url)
    assert visitor.get(article.url).status_code == 200


def test_a_draft_save_by_a_chief_editor_moves_too_and_stays_in_the_editor(member, article, hcm):
    response = member(CHIEF_EDITORS).post(edit_url(article), form_data(article, hcm))
    assert response.status_code == 302 and response["Location"] == edit_url(article)
    assert NewsPage.objects.get(pk=article.pk).get_parent().pk == hcm.pk
    assert moves_of(article).count() == 1


def test_a_move_refused_at_the_last_moment_keeps_the_saved_edit(member, article, ocop, hcm, monkeypatch):
    def refuse(action, **kwargs):
        raise PermissionDenied

    monkeypatch.setattr(MovePageAction, "execute", refuse)
    response = member(CHIEF_EDITORS).post(edit_url(article), form_data(article, hcm, lead="Sapo đã lưu."))
    assert response.status_code == 302
    article = NewsPage.objects.get(pk=article.pk)
    assert article.get_parent().pk == ocop.pk
    assert article.get_latest_revision_as_object().lead == "Sapo đã lưu."
    assert any(hcm.title in message for message in shown_messages(response))


def test_saving_without_changing_the_category_moves_nothing(member, article, ocop):
    response = member(CHIEF_EDITORS).post(edit_url(article), form_data(article, ocop, lead="Chỉ sửa sapo."))
    assert response.status_code == 302
    article = NewsPage.objects.get(pk=article.pk)
    assert article.get_parent().pk == ocop.pk
    assert article.get_latest_revision_as_object().lead == "Chỉ sửa sapo."
    assert not moves_of(article).exists()


def test_an_autosave_does_not_move_the_article_but_the_next_save_does(member, article, ocop, hcm):
    chief = member(CHIEF_EDITORS)
    response = chief.post(edit_url(article), form_data(article, hcm), HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["success"]
    assert NewsPage.objects.get(pk=article.pk).get_parent().pk == ocop.pk
    assert not moves_of(article).exists()

    chief.post(edit_url(article), form_data(article, hcm, overwrite_revision_id=response.json()["revision_id"]))
    assert NewsPage.objects.get(pk=article.pk).get_parent().pk == hcm.pk


def test_an_editor_may_not_move_a_published_article(member, article, ocop, hcm):
    editor = member(EDITORS)
    form = editor.get(edit_url(article)).context["form"]
    field = form.fields[CATEGORY_FIELD]
    assert field.widget.attrs.get("disabled")
    assert [category.pk for category in field.queryset] == [ocop.pk]
    assert field.help_text

    # What a browser sends from the disabled select: nothing, and the article stays.
    response = editor.post(edit_url(article), form_data(article, None, lead="Sửa sapo."))
    assert response.status_code == 302
    assert NewsPage.objects.get(pk=article.pk).get_parent().pk == ocop.pk

    forged = editor.post(
        edit_url(article), form_data(article, hcm, lead="Sapo giả mạo.", **{"action-submit": "submit"})
    )
    assert forged.status_code == 200
    assert forged.context["form"].errors[CATEGORY_FIELD]
    article = NewsPage.objects.get(pk=article.pk)
    assert article.get_parent().pk == ocop.pk
    assert article.get_latest_revision_as_object().lead == "Sửa sapo."
    assert not article.workflow_in_progress
    assert not moves_of(article).exists()


def test_an_editor_moves_an_unpublished_draft_when_submitting_it(member, ocop, hcm):
    # Wagtail's rule: a page not yet live may be moved by whoever may add pages in the new category.
    draft = NewsPageFactory(parent=ocop, title="Bài nháp", slug="bai-nhap", live=False)
    draft.save_revision()
    response = member(EDITORS).post(edit_url(draft), form_data(draft, hcm, **{"action-submit": "submit"}))
    assert response.status_code == 302
    draft = NewsPage.objects.get(pk=draft.pk)
    assert draft.get_parent().pk == hcm.pk
    assert draft.workflow_in_progress and not draft.live


@pytest.mark.parametrize("clash", ["current address", "address typed in this save"])
def test_an_address_taken_in_the_new_category_is_a_form_error(member, article, ocop, hcm, clash):
    NewsPageFactory(parent=hcm, title="Đã có", slug="da-co" if clash != "current address" else article.slug)
    slug = "da-co" if clash != "current address" else article.slug
    response = member(CHIEF_EDITORS).post(
        edit_url(article), form_data(article, hcm, slug=slug, title="Tiêu đề chưa lưu", **{"action-publish": "1"})
    )
    assert response.status_code == 200
    errors = response.context["form"].errors[CATEGORY_FIELD]
    assert slug in errors[0]
    assert "Tiêu đề chưa lưu" in response.content.decode()
    article = NewsPage.objects.get(pk=article.pk)
    assert article.get_parent().pk == ocop.pk and article.title == "Sản phẩm OCOP mới"
    assert not moves_of(article).exists()


def test_the_create_form_shows_the_category_and_ignores_a_forged_one(member, ocop, hcm):
    chief = member(CHIEF_EDITORS)
    add_url = reverse("wagtailadmin_pages:add", args=["news", "newspage", ocop.pk])
    field = chief.get(add_url).context["form"].fields[CATEGORY_FIELD]
    assert field.disabled and [category.pk for category in field.queryset] == [ocop.pk]

    new = NewsPage(title="Bài mới", slug="bai-moi", lead="")
    chief.post(add_url, form_data(new, hcm))
    assert NewsPage.objects.get(slug="bai-moi").get_parent().pk == ocop.pk
