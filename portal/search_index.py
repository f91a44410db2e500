"""Accent-free copies of what a page indexes, so `nong thon moi` finds “nông thôn mới”.

The copy is one more SearchField, computed in Python by the same `portal.text.fold` that
queries go through, so every backend (the database one on SQLite or PostgreSQL,
Elasticsearch or OpenSearch) indexes identical folded text and needs no folding of its own.
"""

import re

from wagtail.search import index

from .text import fold

FOLDED_FIELD = "folded_search_text"
FOLDED_TITLE_FIELD = "folded_title"
# As Wagtail boosts the title, so the folded title outranks a folded mention in the body.
FOLDED_TITLE_BOOST = 2
_PUNCTUATION = re.compile(r"[\W_]+")


def fold_for_index(text):
    """Folded words separated by single spaces: `15/2024/QĐ-UBND` → `15 2024 qd ubnd`."""
    return " ".join(_PUNCTUATION.split(fold(text))).strip()


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _flatten(item)]
    if isinstance(value, dict):
        return _flatten(list(value.values()))
    return [str(value)]


class FoldedSearchMixin:
    """Adds folded copies of a page model's title and other SearchFields to its index."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        fields = getattr(cls, "search_fields", [])
        names = {getattr(field, "field_name", None) for field in fields}
        if FOLDED_FIELD not in names:
            cls.search_fields = [
                *fields,
                index.SearchField(FOLDED_TITLE_FIELD, boost=FOLDED_TITLE_BOOST),
                # The admin's page search autocompletes titles: typed without accents too (issue 26).
                index.AutocompleteField(FOLDED_TITLE_FIELD),
                index.SearchField(FOLDED_FIELD),
            ]

    def folded_title(self):
        return fold_for_index(self.title)

    def folded_search_text(self):
        texts = []
        for field in self.get_search_fields():
            # The title is included again: the SQLite backend ranks all body words alike, and
            # a second occurrence is what lifts a title match there.
            if isinstance(field, index.SearchField) and field.field_name not in FOLDED_NAMES:
                texts.extend(_flatten(field.get_value(self)))
        return fold_for_index(" ".join(texts))


FOLDED_NAMES = {FOLDED_FIELD, FOLDED_TITLE_FIELD}
