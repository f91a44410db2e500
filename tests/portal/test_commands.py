import io

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision

from portal.models import PartnerLink, SiteSettings

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "partner_links": list(PartnerLink.objects.values_list("title", "url", "sort_order")),
        "settings": list(SiteSettings.objects.values()),
    }


def test_load_demo_twice_changes_nothing(demo_site):
    before = snapshot()
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    assert snapshot() == before
    assert "0 added" in output.getvalue()


def test_ensure_admin_creates_once_and_prints_how_to_log_in(client, monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "mat-khau-thu-nghiem")
    output = io.StringIO()
    call_command("ensure_admin", stdout=output)
    assert "/admin/" in output.getvalue() and "mat-khau-thu-nghiem" in output.getvalue()
    call_command("ensure_admin", stdout=io.StringIO())
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert client.login(username="admin", password="mat-khau-thu-nghiem")
    assert client.get("/admin/").status_code == 200
