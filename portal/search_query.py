"""From what a visitor typed to a search the backend can run, whatever was typed."""

import re

from wagtail.search.query import Or, PlainText

from .search_index import fold_for_index
from .text import normalise

MAX_QUERY_LENGTH = 200
# Wagtail's query parser recurses once per word (300 words overflow the stack); past a
# couple of dozen words nothing is gained in relevance anyway.
MAX_QUERY_WORDS = 32
OPERATORS = ("and", "or")
_WORD = re.compile(r"[^\W_]+")


def clean_query(raw):
    """NFC, look-alikes fixed, clipped to a sane length and number of words."""
    words = normalise(str(raw or ""))[:MAX_QUERY_LENGTH].split()
    return " ".join(words[:MAX_QUERY_WORDS])


def accent_insensitive(query, operator="and"):
    """The words as typed or folded: both match, and matching as typed ranks higher.

    The backends average the ranks of the two alternatives, so a page that has the exact
    accents scores on both and comes before one that only matches folded. Punctuation is
    dropped on both sides (`15/2024/QĐ-UBND` is four words), so no input can reach a
    backend's query syntax. None when nothing searchable was typed.
    """
    as_typed = " ".join(_WORD.findall(clean_query(query).lower()))
    folded = fold_for_index(as_typed)
    if not folded:
        return None
    if folded == as_typed:
        return PlainText(folded, operator=operator)
    return Or([PlainText(as_typed, operator=operator), PlainText(folded, operator=operator)])
