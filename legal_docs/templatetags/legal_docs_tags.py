from django import template
from django.core.paginator import Paginator

from legal_docs.forms import DraftCommentForm, LegalDocumentFilterForm, filter_choices
from legal_docs.models import LegalDocumentPage
from portal.caching.fragments import cached

register = template.Library()

SIDEBAR_COUNT = 5
DOCUMENTS_PER_PAGE = 20


def _latest(count):
    documents = LegalDocumentPage.objects.visible().issued().newest_first()
    return list(documents.only("title", "summary", "url_path")[:count])


@register.simple_tag
def latest_legal_documents(count=SIDEBAR_COUNT):
    """The newest issued documents for the sidebar of every page, from the fragment cache."""
    return cached("latest-legal-documents", count, compute=lambda: _latest(count))


@register.simple_tag(takes_context=True)
def document_listing(context, index):
    """The index's documents as the query string filters them, a page of them, and the filter form."""
    request = context["request"]
    documents = LegalDocumentPage.objects.child_of(index).visible()
    form = LegalDocumentFilterForm(request.GET or None, choices=filter_choices(index, documents))
    form.is_valid()
    page_obj = Paginator(form.filter(documents.for_listing()), DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    return {"filter_form": form, "page_obj": page_obj, "documents": page_obj.object_list}


@register.simple_tag
def comment_form():
    """An empty comment form for a draft's page (a refused one comes back with its errors)."""
    return DraftCommentForm()
