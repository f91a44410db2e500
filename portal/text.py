"""Vietnamese text folding, shared by search, document numbers and slugs.

Visitors type without accents (`nong thon moi`), paste decomposed (NFD) text from macOS or
old fonts, and type the look-alike `Ð` (U+00D0) for `Đ`. Folding maps all of them to one
form so they compare equal.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_D_VARIANTS = str.maketrans({"Đ": "d", "đ": "d", "Ð": "d", "ð": "d"})


class _CombiningMarks(dict):
    """`str.translate` table deleting combining marks, filled in as characters are met: the
    search index folds every page's text, and a Python test per character was its main cost."""

    def __missing__(self, codepoint):
        self[codepoint] = None if unicodedata.combining(chr(codepoint)) else codepoint
        return self[codepoint]


_WITHOUT_MARKS = _CombiningMarks()


def fold(text):
    """Lower case without Vietnamese diacritics: `Quyết định Đức Bình` → `quyet dinh duc binh`."""
    decomposed = unicodedata.normalize("NFD", (text or "").translate(_D_VARIANTS))
    return unicodedata.normalize("NFC", decomposed.translate(_WITHOUT_MARKS)).lower()


def normalise(text):
    """NFC with the look-alike `Ð` written as `Đ`: what editors meant, accents kept."""
    return unicodedata.normalize("NFC", text or "").replace("Ð", "Đ").replace("ð", "đ")


# NUL, and half of a UTF-16 surrogate pair (JSON's `"\\ud800"`), which is no character at all:
# json.loads accepts both; neither UTF-8 nor PostgreSQL can store them.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def prohibit_unstorable_characters(value):
    """A form validator, in place of Django's NUL check (whose message has no Vietnamese)."""
    if isinstance(value, str) and _UNSTORABLE.search(value):
        raise ValidationError(
            _("The text contains a character that is not allowed (NUL or half of a UTF-16 surrogate pair)."),
            code="unstorable",
        )
