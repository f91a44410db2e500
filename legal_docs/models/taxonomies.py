"""The taxonomies editors choose from: snippets, so every page field gets a chooser."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class DocumentType(index.Indexed, models.Model):
    """A form of document (hình thức văn bản) with its code in document numbers: QĐ, NQ, CV…"""

    name = models.CharField(_("name"), max_length=100, unique=True, help_text=_("E.g. “Quyết định”."))
    abbreviation = models.CharField(
        _("abbreviation"),
        max_length=10,
        unique=True,
        help_text=_("The code used in document numbers (Decree 30/2020), e.g. “QĐ” in 15/2024/QĐ-UBND."),
    )

    panels = [FieldPanel("name"), FieldPanel("abbreviation")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("abbreviation")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("document type")
        verbose_name_plural = _("document types")

    def __str__(self):
        return self.name


class Issuer(index.Indexed, models.Model):
    """The body that issues documents (cơ quan ban hành)."""

    name = models.CharField(_("name"), max_length=255, unique=True, help_text=_("E.g. “UBND tỉnh Hà Tĩnh”."))
    abbreviation = models.CharField(
        _("abbreviation"),
        max_length=30,
        help_text=_("The code used in document numbers, e.g. “UBND” or “TTg”."),
    )

    panels = [FieldPanel("name"), FieldPanel("abbreviation")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("abbreviation")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("issuer")
        verbose_name_plural = _("issuers")

    def __str__(self):
        return self.name


class Sector(index.Indexed, models.Model):
    """A field of government work (lĩnh vực) a document belongs to. Not called `Field`, which
    reads as Django's model field and clashes with the API's own `fields` parameter."""

    name = models.CharField(_("name"), max_length=255, unique=True, help_text=_("E.g. “Nông thôn mới”."))

    panels = [FieldPanel("name")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("field")
        verbose_name_plural = _("fields")

    def __str__(self):
        return self.name


class Signer(index.Indexed, models.Model):
    """The person who signed documents (người ký)."""

    name = models.CharField(_("name"), max_length=255)
    position = models.CharField(
        _("position"), max_length=255, blank=True, help_text=_("E.g. “Phó Chủ tịch UBND tỉnh”.")
    )

    panels = [FieldPanel("name"), FieldPanel("position")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("signer")
        verbose_name_plural = _("signers")
        constraints = [models.UniqueConstraint(fields=["name", "position"], name="legal_docs_signer_unique")]

    def __str__(self):
        return f"{self.name} ({self.position})" if self.position else self.name
