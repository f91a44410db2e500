"""Admin login brute force: django-axes locks a username/address pair out; no shared passwords."""

import pytest

from django.conf import settings
from django.test import Client

from wagtail.models import Collection, Page

from .conftest import HOST

PASSWORD = "mat-khau-that-dai-2026"
pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("bientap", "bientap@example.vn", PASSWORD)


def log_in(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})


def test_five_wrong_passwords_lock_the_login_out_with_429(production_like, editor):
    client = Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = log_in(client, "bientap", f"doan-sai-{attempt}")
        assert response.status_code == 200, attempt  # the form again, with its error
    response = log_in(client, "bientap", "doan-sai-lan-cuoi")
    assert response.status_code == 429
    assert "thử lại sau" in response.content.decode()
    # Locked: even the right password is refused until the cool-off ends.
    response = log_in(client, "bientap", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session

    # The lock is for that username from that address: the editor's colleague elsewhere logs in.
    colleague = Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR="203.0.113.9")
    response = log_in(colleague, "bientap", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_a_successful_login_resets_the_count(production_like, editor):
    client = Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "bientap", f"doan-sai-{attempt}").status_code == 200
    assert log_in(client, "bientap", PASSWORD).status_code == 302
    client.logout()
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "bientap", f"doan-sai-nua-{attempt}").status_code == 200


def test_shared_page_and_collection_passwords_are_switched_off(admin_client, home_page):
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}
    page = Page.objects.get(pk=home_page.pk)
    response = admin_client.get(f"/admin/pages/{page.pk}/privacy/")
    assert response.status_code == 200
    form = response.json()["html"]
    assert 'value="login"' in form
    assert 'value="password"' not in form
    collection = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    response = admin_client.get(f"/admin/collections/{collection.pk}/privacy/")
    assert response.status_code == 200
    form = response.json()["html"]
    assert 'value="login"' in form
    assert 'value="password"' not in form
