from django import forms
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page

from portal.search_query import accent_insensitive, clean_query

from .facets import content_type_for, facet_counts, year_range
from .highlight import highlight, snippet_source

RESULTS_PER_PAGE = 10


class SearchForm(forms.Form):
    # Over-long queries are clipped (clean_query), not refused: a pasted paragraph still searches.
    q = forms.CharField(label=_("Search for"), required=False)
    type = forms.CharField(required=False)
    year = forms.IntegerField(required=False, min_value=1900, max_value=2100)

    def clean_type(self):
        label = self.cleaned_data["type"]
        if not label:
            return None
        content_type = content_type_for(label)
        if content_type is None:
            raise forms.ValidationError(gettext("Unknown content type: the filter was ignored."))
        return content_type


def best_matches(query):
    """Pages shown before the ranked results: what each app's `search_best_matches` hook finds
    for exactly what was typed (legal_docs: the documents whose number it is)."""
    return [page for find in hooks.get_hooks("search_best_matches") for page in find(query)]


def search(request):
    form = SearchForm(request.GET)
    form.is_valid()
    filters = {name: form.cleaned_data.get(name) for name in ("type", "year")} if form.is_bound else {}
    query = clean_query(request.GET.get("q", ""))
    content_type = filters.get("type")
    context = {
        "form": form,
        "search_query": query,
        "filters": filters,
        "current_type": f"{content_type.app_label}.{content_type.model}" if content_type else "",
    }
    if not query:
        if "q" in request.GET:
            context["message"] = gettext("Type a word or a document number to search.")
        return TemplateResponse(request, "search/search.html", context)

    search_query = accent_insensitive(query)
    if search_query is None:
        context["message"] = gettext("Type a word or a document number to search.")
        return TemplateResponse(request, "search/search.html", context)
    # Only what an anonymous visitor may read: live and not behind a privacy restriction.
    visible = Page.objects.live().public()
    every_hit = visible.search(search_query, order_by_relevance=False)
    context["type_facets"], context["year_facets"] = facet_counts(every_hit)

    best = best_matches(query)
    filtered = visible
    if filters.get("type"):
        filtered = filtered.filter(content_type=filters["type"])
        best = [document for document in best if document.content_type_id == filters["type"].pk]
    if filters.get("year"):
        start, end = year_range(filters["year"])
        filtered = filtered.filter(first_published_at__gte=start, first_published_at__lt=end)
        best = [
            document for document in best if document.first_published_at and start <= document.first_published_at < end
        ]
    if best:
        filtered = filtered.exclude(pk__in=[document.pk for document in best])
    results_page = Paginator(filtered.specific().search(search_query), RESULTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    hits = [*(best if results_page.number == 1 else []), *results_page.object_list]
    context.update(
        searched=True,
        results_page=results_page,
        total=results_page.paginator.count + len(best),
        hits=[(hit, highlight(snippet_source(hit), query)) for hit in hits],
        best_count=len(best) if results_page.number == 1 else 0,
    )
    if not hits:
        context["message"] = gettext(
            "No results for “%(query)s”. Try fewer or different words, or remove a filter."
        ) % {"query": query}
    return TemplateResponse(request, "search/search.html", context)
