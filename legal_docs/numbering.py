"""Document numbers (số ký hiệu) as Decree 30/2020/NĐ-CP and the 2015 Law on legal documents write them.

    15/2024/QĐ-UBND   serial / year / type-issuer       (legal normative documents)
    211/QĐ-TTg        serial / type-issuer              (administrative documents)
    4414/UBND-NL5     serial / issuer-drafting unit     (official letters carry no type code)

Editors paste numbers from Word, scanned PDFs and old sites, so parsing forgives what does not
change the meaning (NFC, the look-alike `Ð`, dash variants, spaces, leading zeros, a `Số:`
prefix) and refuses everything else. Searching compares `key`s: case and accents folded, so
`15/2024/qđ-ubnd` and `15/2024/QD-UBND` find the same document.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext as _

from portal.text import fold

_LOOKALIKES = str.maketrans(
    {
        # U+00D0 (Icelandic eth) looks exactly like Đ (U+0110) and comes in from legacy fonts.
        "Ð": "Đ",
        "ð": "đ",
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2044\u2215\uff0f", "/"),
    }
)
_PREFIX = re.compile(r"^(?:số|so|no\.?)\s*:?\s*", re.IGNORECASE)
_NUMBER = re.compile(r"^(?P<serial>\d{1,7})(?:/(?P<year>\d{4}))?/(?P<symbol>[^/]+)$")
_CODE = re.compile(r"^[^\W_]{1,20}$")
_QUERY = re.compile(r"^[A-Z0-9/-]+$")

MIN_YEAR = 1945
MAX_YEAR = 2100


class InvalidNumber(ValueError):
    pass


def code_key(code):
    return fold(code).upper()


def clean_text(raw):
    """NFC, look-alike characters replaced and every kind of whitespace removed."""
    text = unicodedata.normalize("NFC", raw or "").translate(_LOOKALIKES).strip()
    text = _PREFIX.sub("", text)
    return "".join(text.split())


@dataclass(frozen=True)
class DocumentNumber:
    serial: int
    year: int | None
    codes: tuple[str, ...]

    def __str__(self):
        parts = [str(self.serial)]
        if self.year:
            parts.append(str(self.year))
        parts.append("-".join(self.codes))
        return "/".join(parts)

    @property
    def key(self):
        return code_key(str(self))

    def type_code(self, known_type_keys):
        """The document type's code, when the symbol starts with one (official letters have none)."""
        if len(self.codes) > 1 and code_key(self.codes[0]) in known_type_keys:
            return self.codes[0]
        return None

    def with_codes(self, codes):
        return DocumentNumber(self.serial, self.year, tuple(codes))


def parse_number(raw):
    text = clean_text(raw)
    if not text:
        raise InvalidNumber(_("Enter the document number, e.g. 15/2024/QĐ-UBND."))
    match = _NUMBER.match(text)
    if not match:
        raise InvalidNumber(
            _("“%(number)s” is not a document number: write it as 15/2024/QĐ-UBND, 211/QĐ-TTg or 4414/UBND-NL5.")
            % {"number": raw.strip()}
        )
    serial = int(match["serial"])
    if serial == 0:
        raise InvalidNumber(_("The serial number must be greater than zero."))
    year = int(match["year"]) if match["year"] else None
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidNumber(_("%(year)s is not a plausible year of issue.") % {"year": year})
    codes = match["symbol"].strip("-").split("-")
    if not all(_CODE.match(code) for code in codes):
        raise InvalidNumber(
            _("The symbol “%(symbol)s” must be codes of letters and digits joined by dashes, e.g. QĐ-UBND.")
            % {"symbol": match["symbol"]}
        )
    # An all-lowercase code is a typing shortcut; mixed case (TTg, QyĐ) is meaningful and kept.
    return DocumentNumber(serial, year, tuple(code.upper() if code.islower() else code for code in codes))


@dataclass(frozen=True)
class NumberQuery:
    """What a visitor typed in the number box, as a lookup on the stored `number_key`."""

    lookup: str
    value: str

    def as_filter(self, field="number_key"):
        if self.lookup == "whole_or_start":
            # `36/2022` or `1980/QĐ` are the start of `36/2022/QĐ-UBND` and `1980/QĐ-TTg` (issue 26).
            return (
                Q(**{field: self.value})
                | Q(**{f"{field}__startswith": f"{self.value}/"})
                | Q(**{f"{field}__startswith": f"{self.value}-"})
            )
        return Q(**{f"{field}__{self.lookup}": self.value})


def parse_number_query(raw):
    """`4414` finds every document numbered 4414; a number finds itself and the numbers it begins
    (`25/2026` finds 25/2026/QĐ-UBND); a part of a symbol (`QĐ-UBND`, `2024/QĐ`) finds the
    numbers containing it."""
    text = clean_text(raw)
    if text.isdigit():
        return NumberQuery("startswith", f"{int(text)}/")
    try:
        return NumberQuery("whole_or_start", parse_number(text).key)
    except InvalidNumber:
        pass
    folded = code_key(text)
    if not text or not _QUERY.match(folded):
        raise InvalidNumber(
            _("Search by a number such as 4414, 4414/UBND-NL5 or 15/2024/QĐ-UBND (letters, digits, / and -).")
        )
    return NumberQuery("contains", folded)
