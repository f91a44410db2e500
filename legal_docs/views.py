"""A citizen's comment on a draft, sent from the document's page without JavaScript."""

from django.contrib import messages
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from portal.pages import refusal_to_serve
from portal.visitors import hashed_ip, visitor_key

from .comments import submit_comment
from .forms import DraftCommentForm
from .models import LegalDocumentPage


def post_comment(request, page_id):
    page = get_object_or_404(LegalDocumentPage.objects.live(), pk=page_id)
    refusal = refusal_to_serve(page, request)
    if refusal is not None:
        return refusal
    if request.method != "POST":
        if request.method in ("GET", "HEAD"):
            return HttpResponseRedirect(page.get_url(request))
        return HttpResponseNotAllowed(["POST"])
    form = DraftCommentForm(request.POST)
    with translation.override(page.locale.language_code):  # the messages show on the document
        outcome = submit_comment(page, form, visitor=visitor_key(request), ip_key=hashed_ip(request, "comments"))
        if outcome.accepted:
            messages.success(request, _("Thank you. Your comment will appear once it has been approved."))
        elif outcome.refusal:
            messages.error(request, outcome.refusal)
        else:
            # The form again, with what was typed and each field's error.
            context = {**page.get_context(request), "comment_form": form}
            return TemplateResponse(request, page.get_template(request), context, status=400)
    return HttpResponseRedirect(page.get_url(request) + "#comments")
