"""What an import did, kind by kind, and every row it left out with the reason."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import pgettext, pgettext_lazy

CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"
SKIPPED = "skipped"
OUTCOMES = (CREATED, UPDATED, UNCHANGED, SKIPPED)

# In the order the import runs and the report lists them.
KIND_LABELS = {
    "news_category": pgettext_lazy("nukeviet import", "news categories"),
    "news_source": pgettext_lazy("nukeviet import", "news sources"),
    "news_article": pgettext_lazy("nukeviet import", "news articles"),
    "image": pgettext_lazy("nukeviet import", "images"),
    "legal_type": pgettext_lazy("nukeviet import", "document types"),
    "legal_issuer": pgettext_lazy("nukeviet import", "issuers"),
    "legal_signer": pgettext_lazy("nukeviet import", "signers"),
    "legal_sector": pgettext_lazy("nukeviet import", "fields"),
    "legal_document": pgettext_lazy("nukeviet import", "legal documents"),
    "legal_relation": pgettext_lazy("nukeviet import", "document relations"),
    "attachment": pgettext_lazy("nukeviet import", "attached files"),
    "poll": pgettext_lazy("nukeviet import", "polls"),
    "page": pgettext_lazy("nukeviet import", "fixed pages"),
    "visitor_counter": pgettext_lazy("nukeviet import", "visitor counter"),
    "redirect": pgettext_lazy("nukeviet import", "old addresses redirected"),
}


@dataclass
class SkippedRow:
    kind: str
    source_id: str
    label: str
    reasons: list

    def __str__(self):
        what = f"{KIND_LABELS.get(self.kind, self.kind)} #{self.source_id}"
        if self.label:
            what += f" “{self.label}”"
        return f"{what}: {'; '.join(str(reason) for reason in self.reasons)}"


@dataclass
class ImportReport:
    dry_run: bool = False
    counts: dict = field(default_factory=lambda: defaultdict(lambda: dict.fromkeys(OUTCOMES, 0)))
    skipped: list = field(default_factory=list)
    # Old addresses that lead nowhere on the portal, each with why: {address: reason}.
    unmapped_addresses: dict = field(default_factory=dict)

    def count(self, kind, outcome):
        self.counts[kind][outcome] += 1

    def skip(self, kind, source_id, label, reasons):
        self.counts[kind][SKIPPED] += 1
        self.skipped.append(SkippedRow(kind, str(source_id), label or "", [str(reason) for reason in reasons]))

    def unmapped(self, address, reason):
        self.unmapped_addresses.setdefault(address, str(reason))

    def total(self, outcome):
        return sum(row[outcome] for row in self.counts.values())

    @property
    def changed(self):
        return self.total(CREATED) + self.total(UPDATED)

    def lines(self):
        """The report as a table of plain-text lines, in Vietnamese when run under it."""
        headers = [
            pgettext("nukeviet import", "kind"),
            pgettext("nukeviet import", "created"),
            pgettext("nukeviet import", "updated"),
            pgettext("nukeviet import", "unchanged"),
            pgettext("nukeviet import", "skipped"),
        ]
        kinds = [kind for kind in KIND_LABELS if kind in self.counts] + [
            kind for kind in self.counts if kind not in KIND_LABELS
        ]
        rows = [[str(KIND_LABELS.get(kind, kind))] + [str(self.counts[kind][o]) for o in OUTCOMES] for kind in kinds]
        widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]

        def line(cells):
            return "  ".join(
                cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(cells)
            ).rstrip()

        out = [line(headers), line(["-" * width for width in widths])]
        out += [line(row) for row in rows]
        if self.skipped:
            out.append("")
            out.append(_("Rows skipped and why:"))
            out += [f"  - {row}" for row in self.skipped]
        if self.unmapped_addresses:
            out.append("")
            out.append(_("Old addresses that could not be redirected:"))
            out += [f"  - {address}: {reason}" for address, reason in sorted(self.unmapped_addresses.items())]
        return out
