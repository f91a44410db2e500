"""The database search backend, with autocomplete queries folded as the index folds titles.

Wagtail's admin (page search, choosers) autocompletes on titles. Every page indexes a folded copy
of its title (portal/search_index.py), but the admin passes the query as typed, and PostgreSQL's parser
splits `1980/QĐ-TTg` differently from the folded `1980 qd ttg` (it keeps `1980/qd` as one token), so
a document's number typed in the admin found nothing there. Folding the query the same way makes
`1980/QD-TTg`, `1980/QĐ-TTg` and `nong thon moi` find their pages on every database.
"""

import functools

from modelsearch.backends import database
from modelsearch.query import PlainText

from portal.search_index import fold_for_index


def folded_autocomplete_query(query):
    if isinstance(query, str):
        return fold_for_index(query) or query
    if isinstance(query, PlainText):
        folded = fold_for_index(query.query_string)
        return PlainText(folded, operator=query.operator) if folded else query
    return query


class FoldedAutocompleteMixin:
    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(folded_autocomplete_query(query), model_or_queryset, *args, **kwargs)


@functools.cache
def with_folded_autocomplete(vendor_class):
    return type(vendor_class.__name__, (FoldedAutocompleteMixin, vendor_class), {})


def SearchBackend(params):  # the name Wagtail looks up in a backend module
    """The backend Wagtail's database backend picks for this database (PostgreSQL, SQLite, ...), folding."""
    vendor_class = type(database.SearchBackend(params))
    return with_folded_autocomplete(vendor_class)(params)
