"""Vietnamese text folding, shared by search, document numbers and slugs.

Visitors type without accents (`nong thon moi`), paste decomposed (NFD) text from macOS or
old fonts, and type the look-alike `Ð` (U+00D0) for `Đ`. Folding maps all of them to one
form so they compare equal.
"""

import unicodedata

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
