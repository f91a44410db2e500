"""What the legal document pages show and do; the page models route here."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from portal.pages import exclude_private
from portal.visitors import visitor_key

from .comments import submit_comment
from .downloads import count_download
from .forms import DraftCommentForm, LegalDocumentFilterForm, filter_choices
from .models import DocumentAttachment, LegalDocumentPage

DOCUMENTS_PER_PAGE = 20


def document_listing_context(index, request):
    documents = exclude_private(LegalDocumentPage.objects.child_of(index).live())
    form = LegalDocumentFilterForm(request.GET or None, choices=filter_choices(index, documents))
    form.is_valid()
    page_obj = Paginator(form.filter(documents.for_listing()), DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    return {"filter_form": form, "page_obj": page_obj, "documents": page_obj.object_list}


def document_detail_context(page, request):
    page.load_display_data()
    context = {"accepts_comments": page.accepts_comments()}
    if page.is_draft:
        context["approved_comments"] = list(page.comments.approved()) if page.pk else []
        context.setdefault("comment_form", DraftCommentForm())
    return context


def download_attachment(page, request, document_id):
    attachment = get_object_or_404(
        DocumentAttachment.objects.public().select_related("document"), page=page, document_id=document_id
    )
    count_download(page, attachment.document)
    return HttpResponseRedirect(attachment.document.url)


def post_comment(page, request):
    if request.method != "POST":
        if request.method in ("GET", "HEAD"):
            return HttpResponseRedirect(page.get_url(request))
        return HttpResponseNotAllowed(["POST"])
    form = DraftCommentForm(request.POST)
    outcome = submit_comment(page, form, visitor_key(request), request=request)
    if outcome.accepted:
        messages.success(request, _("Thank you. Your comment will appear once it has been approved."))
        return HttpResponseRedirect(page.get_url(request) + "#comments")
    if outcome.refusal:
        messages.error(request, outcome.refusal)
        return HttpResponseRedirect(page.get_url(request) + "#comments")
    response = page.render(request, context_overrides={"comment_form": form})
    response.status_code = 400
    return response
