"""A result's snippet with the searched words marked, whatever accents either side used."""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from portal.search_index import fold_for_index

SNIPPET_WORDS = 40
# Fields a result's snippet is taken from, first present wins.
SNIPPET_SOURCES = ("summary", "lead", "intro", "search_description")
_WORD = re.compile(r"(\w+)")


def snippet_source(page):
    for name in SNIPPET_SOURCES:
        value = getattr(page, name, None)
        if value:
            return " ".join(strip_tags(str(value)).split())
    return ""


def highlight(text, query, words=SNIPPET_WORDS):
    """Up to `words` words of `text` around the first match, each match in <mark>, the rest escaped."""
    terms = set(fold_for_index(query).split())
    parts = _WORD.split(text)
    # parts alternates separator, word, separator, word, … ; words sit at odd indexes.
    word_positions = list(range(1, len(parts), 2))
    matches = [position for position in word_positions if fold_for_index(parts[position]) in terms]
    marked = set(matches)
    if not word_positions:
        return ""
    first = word_positions.index(matches[0]) if matches else 0
    start = max(0, first - words // 4)
    window = word_positions[start : start + words]
    pieces = ["… " if start > 0 else ""]
    for position in range(window[0], window[-1] + 1):
        part = escape(parts[position])
        pieces.append(f"<mark>{part}</mark>" if position in marked else part)
    if window[-1] < word_positions[-1]:
        pieces.append(" …")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
