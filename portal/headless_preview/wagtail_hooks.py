from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from .views import open_in_client


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("headless-preview/<int:page_id>/", open_in_client, name="headless_preview")]


@hooks.register("register_page_header_buttons")
def headless_preview_button(page, user, view_name, next_url=None):
    if settings.HEADLESS_PREVIEW_CLIENT_URLS and page.has_unpublished_changes:
        yield Button(
            _("Preview in the headless client"),
            url=reverse("headless_preview", args=[page.pk]),
            icon_name="mobile-alt",
            priority=25,
        )
