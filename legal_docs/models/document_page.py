from django import forms
from django.db import models
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.admin_dates import EndOfDayDateTimeInput
from portal.blocks import ContentStreamBlock
from portal.search_index import FoldedSearchMixin
from portal.slugs import AsciiSlugMixin
from portal.text import fold

from ..api_fields import AttachmentsField, RelationsField, SectorsField, SignerField, TaxonomyField
from ..numbering import InvalidNumber, clean_text, code_key, parse_number
from .attachments import DocumentAttachment, DownloadCount
from .display import DocumentDisplayMixin
from .querysets import LegalDocumentManager
from .rules import DocumentRulesMixin
from .taxonomies import DocumentType


class LegalDocumentPage(
    AsciiSlugMixin, FoldedSearchMixin, DocumentRulesMixin, DocumentDisplayMixin, RoutablePageMixin, Page
):
    """A decree, decision, official letter… with the metadata Decree 42/2022 asks portals to publish."""

    number = models.CharField(
        _("number and symbol"),
        max_length=60,
        blank=True,
        help_text=_("Số ký hiệu as printed, e.g. 15/2024/QĐ-UBND, 211/QĐ-TTg or 4414/UBND-NL5. A draft may have none."),
    )
    number_key = models.CharField(max_length=80, blank=True, editable=False, db_index=True)
    summary = models.TextField(_("summary"), help_text=_("Trích yếu: what the document is about, as printed."))
    document_type = models.ForeignKey(
        DocumentType, verbose_name=_("document type"), on_delete=models.PROTECT, related_name="documents"
    )
    issuer = models.ForeignKey(
        "legal_docs.Issuer", verbose_name=_("issuer"), on_delete=models.PROTECT, related_name="documents"
    )
    signer = models.ForeignKey(
        "legal_docs.Signer",
        verbose_name=_("signer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    sectors = ParentalManyToManyField(
        "legal_docs.Sector", verbose_name=_("fields"), blank=True, related_name="documents"
    )
    issued_on = models.DateField(_("issue date"))
    effective_on = models.DateField(
        _("effective date"), blank=True, help_text=_("Leave empty when the document takes effect on its issue date.")
    )
    expires_on = models.DateField(
        _("expiry date"), null=True, blank=True, help_text=_("Only when the document stops being in force on a date.")
    )
    gazette_number = models.CharField(
        _("official gazette number"), max_length=50, blank=True, help_text=_("Số Công báo, when published there.")
    )
    gazette_date = models.DateField(_("official gazette date"), null=True, blank=True)
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("full text"),
        blank=True,
        help_text=_("Optional: the text of the document, for reading without downloading the file."),
    )
    is_draft = models.BooleanField(
        _("draft open for comment"),
        default=False,
        help_text=_("A draft (dự thảo) published so that citizens can comment on it during the window below."),
    )
    comments_open_from = models.DateTimeField(_("comments open from"), null=True, blank=True)
    comments_open_until = models.DateTimeField(_("comments open until"), null=True, blank=True)
    # Number, title and summary folded to lower case without accents, for the index's free-text search.
    search_text = models.TextField(blank=True, editable=False)

    objects = LegalDocumentManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("number"),
                FieldRowPanel([FieldPanel("document_type"), FieldPanel("issuer")]),
                FieldPanel("signer"),
            ],
            heading=_("Identification"),
        ),
        FieldPanel("summary"),
        FieldRowPanel(
            [FieldPanel("issued_on"), FieldPanel("effective_on"), FieldPanel("expires_on")], heading=_("Dates")
        ),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        InlinePanel("attachments", heading=_("Files"), label=_("file")),
        InlinePanel("relations", heading=_("Relations to other documents"), label=_("relation")),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("gazette_number"), FieldPanel("gazette_date")], heading=_("Official gazette")),
        MultiFieldPanel(
            [
                FieldPanel("is_draft"),
                FieldRowPanel(
                    [
                        FieldPanel("comments_open_from"),
                        FieldPanel(
                            "comments_open_until",
                            widget=EndOfDayDateTimeInput(),
                            help_text=_(
                                "Comments are accepted until this time. A day without a time, such as 31/12/2026, "
                                "accepts them all that day."
                            ),
                        ),
                    ]
                ),
            ],
            heading=_("Draft for comment"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("number"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("issued_on"),
        index.FilterField("is_draft"),
    ]
    api_fields = [
        APIField("number"),
        APIField("summary"),
        APIField("document_type", serializer=TaxonomyField()),
        APIField("issuer", serializer=TaxonomyField()),
        APIField("signer", serializer=SignerField()),
        APIField("fields", serializer=SectorsField(source="sectors")),
        APIField("issued_on"),
        APIField("effective_on"),
        APIField("expires_on"),
        APIField("gazette_number"),
        APIField("gazette_date"),
        APIField("status"),
        APIField("status_label"),
        APIField("is_draft"),
        APIField("comments_open_from"),
        APIField("comments_open_until"),
        APIField("attachments", serializer=AttachmentsField(source="*")),
        APIField("relations", serializer=RelationsField(source="*")),
        APIField("body"),
    ]

    parent_page_types = ["legal_docs.LegalDocumentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")

    def save(self, *args, **kwargs):
        self.set_derived_fields()
        return super().save(*args, **kwargs)

    def set_derived_fields(self):
        """The number's search key and the folded search text; bulk loaders call it too."""
        try:
            self.number_key = parse_number(self.number).key if self.number else ""
        except InvalidNumber:
            self.number_key = code_key(clean_text(self.number))
        self.search_text = fold(" ".join([self.number, self.title, self.summary]))

    @path("tai-ve/<int:document_id>/", name="download")
    def download(self, request, document_id):
        attachment = get_object_or_404(
            DocumentAttachment.objects.public().select_related("document"), page=self, document_id=document_id
        )
        DownloadCount.objects.count_one(self, attachment.document)
        return HttpResponseRedirect(attachment.document.url)

    def get_context(self, request, *args, **kwargs):
        """The comment form (legal_docs_tags.comment_form) goes with drafts that accept comments."""
        context = super().get_context(request, *args, **kwargs)
        self.load_display_data()
        context["accepts_comments"] = self.accepts_comments()
        if self.is_draft:
            context["approved_comments"] = list(self.comments.approved()) if self.pk else []
        return context
