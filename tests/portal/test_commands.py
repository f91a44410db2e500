import io

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

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


def test_make_runs_site_answers_at_its_own_address_in_pages_and_the_api(client, demo_site, settings):
    """`make run PORT=8765`: html_url and detail_url must point where the server answers, not port 80."""
    # make run also sets WAGTAILADMIN_BASE_URL to the address, which WAGTAILAPI_BASE_URL follows.
    settings.WAGTAILAPI_BASE_URL = "http://127.0.0.1:8765"
    call_command("load_demo", "--site-url", "http://127.0.0.1:8765", stdout=io.StringIO())
    article = client.get("/api/v2/pages/", {"type": "news.NewsPage", "limit": 1}, HTTP_HOST="127.0.0.1:8765")
    meta = article.json()["items"][0]["meta"]
    assert meta["html_url"].startswith("http://127.0.0.1:8765/")
    assert meta["detail_url"].startswith("http://127.0.0.1:8765/api/v2/pages/")
    with pytest.raises(CommandError):
        call_command("load_demo", "--site-url", "127.0.0.1:8765", stdout=io.StringIO())


def test_ensure_admin_creates_once_and_prints_how_to_log_in(client, monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "mat-khau-thu-nghiem")
    output = io.StringIO()
    call_command("ensure_admin", stdout=output)
    assert "/admin/" in output.getvalue() and "mat-khau-thu-nghiem" in output.getvalue()
    call_command("ensure_admin", stdout=io.StringIO())
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert client.login(username="admin", password="mat-khau-thu-nghiem")
    assert client.get("/admin/").status_code == 200
