from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from .choices import RelationKind


class DocumentRelation(Orderable):
    """`source` acts on `target`: it replaces, amends, guides or is related to it. Editors enter a
    relation once, on the acting document; the other document shows it read backwards."""

    source = ParentalKey("legal_docs.LegalDocumentPage", on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices, default=RelationKind.AMENDS)
    target = models.ForeignKey(
        "legal_docs.LegalDocumentPage",
        verbose_name=pgettext_lazy("legal document", "document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
        help_text=_("The document this one acts on, e.g. the decision it amends."),
    )

    panels = [FieldPanel("kind"), FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("relation to another document")
        verbose_name_plural = _("relations to other documents")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.target}"

    def clean(self):
        super().clean()
        if self.source_id and self.source_id == self.target_id:
            raise ValidationError({"target": gettext("A document cannot be related to itself.")})
