from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
# Wagtail's query parser recurses once per word; long queries add nothing to relevance.
MAX_QUERY_WORDS = 32


def clean_query(raw):
    words = raw.strip()[:MAX_QUERY_LENGTH].split()
    return " ".join(words[:MAX_QUERY_WORDS])


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results_page = None
    message = ""
    if query:
        # Only what an anonymous visitor may read: live and not behind a privacy restriction.
        results = Page.objects.live().public().specific().search(query)
        results_page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        if not results_page.paginator.count:
            message = _("No results for “%(query)s”. Try fewer or different words.") % {"query": query}
    elif "q" in request.GET:
        message = _("Type a word or a document number to search.")
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results_page": results_page, "message": message},
    )
