from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from wagtail.models import Page

from .tokens import client_url, content_type_label, make_token


def open_in_client(request, page_id):
    """Send the editor to the headless client with a token for the page's newest draft."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    base_url = client_url(page.get_site())
    if not base_url:
        raise Http404
    revision = page.get_latest_revision()
    if revision is None or (page.live_revision_id is not None and revision.pk <= page.live_revision_id):
        messages.info(request, _("This page has no unpublished changes: the headless client shows it as published."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    query = urlencode({"content_type": content_type_label(page), "token": make_token(revision)})
    return redirect(f"{base_url}{'&' if '?' in base_url else '?'}{query}")
