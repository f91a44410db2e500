"""A group for every desk, each reaching its own work and nothing else (issue 26)."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Site, Task, Workflow

from legal_docs.models import LegalDocumentIndexPage
from news.models import NewsIndexPage
from polls.models import PollIndexPage

pytestmark = pytest.mark.django_db


def member_of(django_user_model, client, group_name):
    user = django_user_model.objects.create_user(f"u-{Group.objects.get(name=group_name).pk}", "u@example.vn", "x")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return client


def reachable(client, url):
    response = client.get(url)
    return response.status_code == 200


def desk_urls():
    legal = LegalDocumentIndexPage.objects.get()
    polls = PollIndexPage.objects.get()
    news = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")
    return {
        "news": f"/admin/pages/add/news/newspage/{news.pk}/",
        "legal documents": f"/admin/pages/add/legal_docs/legaldocumentpage/{legal.pk}/",
        "issuers": "/admin/snippets/legal_docs/issuer/",
        "comment moderation": "/admin/legal_docs/draftcomment/",
        "polls": f"/admin/pages/add/polls/pollpage/{polls.pk}/",
        "footer": f"/admin/settings/portal/sitesettings/{Site.objects.get(is_default_site=True).pk}/",
        "partner links": "/admin/snippets/portal/partnerlink/",
        "songs": "/admin/snippets/songs/song/",
    }


DESKS = {
    "Biên tập viên": {"news"},
    "Trưởng ban biên tập": {"news"},
    "Văn thư": {"legal documents", "issuers", "comment moderation"},
    "Biên tập thăm dò ý kiến": {"polls"},
    "Quản trị cổng": {"footer", "partner links", "songs"},
}


def test_each_desk_reaches_its_work_and_only_that(client, django_user_model, demo_site):
    urls = desk_urls()
    for group_name, areas in DESKS.items():
        member = member_of(django_user_model, client, group_name)
        reached = {area for area, url in urls.items() if reachable(member, url)}
        assert reached == areas, group_name
        assert member.get("/admin/").status_code == 200, group_name


def test_wagtails_own_groups_and_workflow_read_in_vietnamese(demo_site):
    names = set(Group.objects.values_list("name", flat=True)) | set(Workflow.objects.values_list("name", flat=True))
    names |= set(Task.objects.values_list("name", flat=True))
    assert not names & {"Editors", "Moderators", "Moderators approval"}
    assert {"Biên tập viên (toàn trang)", "Kiểm duyệt toàn trang"} <= names
