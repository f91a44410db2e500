"""An editor writing a long article keeps the session while the editor page is open."""

import datetime
import re

import pytest

from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from tests.factories_util import make_child_page

pytestmark = pytest.mark.django_db


def test_session_lifetime_is_deliberate_and_renewed_by_every_request():
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL <= 60_000


def test_the_editor_page_pings_and_each_ping_keeps_the_session_alive(admin_client, home_page):
    page = make_child_page(home_page, "Bài dài")
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    ping_url = re.search(r"(/admin/editing-sessions/ping/wagtailcore/page/\d+/\d+/)", edit).group(1)

    key = admin_client.cookies[settings.SESSION_COOKIE_NAME].value
    # An hour later than a session would otherwise last, were it not renewed.
    almost_over = timezone.now() + datetime.timedelta(minutes=1)
    Session.objects.filter(session_key=key).update(expire_date=almost_over)

    response = admin_client.post(ping_url, {"is_editing": "1"})
    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME in response.cookies  # the browser's cookie is renewed too
    renewed = Session.objects.get(session_key=key).expire_date
    assert renewed > timezone.now() + datetime.timedelta(hours=7, minutes=59)
