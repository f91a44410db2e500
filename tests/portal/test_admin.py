import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("bientap", "bientap@example.vn", "mat-khau")
    client.force_login(user)
    return client


def test_admin_speaks_vietnamese(editor_client, demo_site):
    page = BeautifulSoup(editor_client.get("/admin/").content, "html.parser")
    assert page.html["lang"] == "vi"
    assert "Chuyển đến nội dung chính" in page.get_text()


def test_footer_settings_are_editable(editor_client, demo_site):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["portal", "sitesettings", site.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    assert "Trưởng ban biên tập" in response.content.decode()


def test_partner_links_are_listed_in_the_admin(editor_client, demo_site):
    response = editor_client.get(reverse("wagtailsnippets_portal_partnerlink:list"))
    assert response.status_code == 200
    assert "Công báo tỉnh" in response.content.decode()


def test_partner_link_with_a_bad_url_gets_a_form_error(editor_client, demo_site):
    from portal.models import PartnerLink

    before = PartnerLink.objects.count()
    response = editor_client.post(
        reverse("wagtailsnippets_portal_partnerlink:add"), {"title": "Sai", "url": "khong-phai-url"}
    )
    assert response.status_code == 200
    assert PartnerLink.objects.count() == before
    assert "URL" in response.content.decode()
