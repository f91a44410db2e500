from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import ContentStreamBlock

from ..api_fields import AttachmentsField, RelationsField, SectorsField, SignerField, TaxonomyField
from ..numbering import InvalidNumber, clean_text, code_key, fold, parse_number
from .choices import INVERSE_LABELS, DocumentStatus, RelationKind
from .querysets import LegalDocumentManager
from .taxonomies import DocumentType


class LegalDocumentIndexPage(Page):
    """“Văn bản ban hành”: every document under it, filtered, searched and paginated."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences above the list."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["legal_docs.LegalDocumentPage"]

    class Meta:
        verbose_name = _("legal document index")
        verbose_name_plural = _("legal document indexes")

    def get_context(self, request, *args, **kwargs):
        from ..views import document_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(document_listing_context(self, request))
        return context


@dataclass(frozen=True)
class RelationLink:
    """One relation as a reader of `document` sees it: “Được sửa đổi, bổ sung bởi …”."""

    kind: str
    direction: str
    label: str
    document: "LegalDocumentPage"


class LegalDocumentPage(RoutablePageMixin, Page):
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
                FieldRowPanel([FieldPanel("comments_open_from"), FieldPanel("comments_open_until")]),
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

    def clean(self):
        super().clean()
        errors = {}
        if self.issued_on and not self.effective_on:
            self.effective_on = self.issued_on
        if self.issued_on and self.effective_on and self.effective_on < self.issued_on:
            errors["effective_on"] = gettext("A document cannot take effect before it is issued.")
        if self.effective_on and self.expires_on and self.expires_on <= self.effective_on:
            errors["expires_on"] = gettext("The expiry date must be after the effective date.")
        try:
            self._clean_number()
        except ValidationError as error:
            errors["number"] = error.messages
        if self.is_draft:
            if not self.comments_open_from or not self.comments_open_until:
                errors["comments_open_until"] = gettext("A draft needs the dates its comment window opens and closes.")
            elif self.comments_open_until <= self.comments_open_from:
                errors["comments_open_until"] = gettext("The comment window must close after it opens.")
        if errors:
            raise ValidationError(errors)

    def _clean_number(self):
        if not self.number.strip():
            if not self.is_draft:
                raise ValidationError(gettext("An issued document needs its number and symbol."))
            self.number = ""
            return
        try:
            parsed = parse_number(self.number)
        except InvalidNumber as error:
            raise ValidationError(str(error)) from error
        if self.document_type_id and self.issuer_id:
            parsed = self._match_taxonomies(parsed)
        if parsed.year and self.issued_on and parsed.year != self.issued_on.year:
            raise ValidationError(
                gettext("The number carries the year %(number_year)s but the document was issued in %(issue_year)s.")
                % {"number_year": parsed.year, "issue_year": self.issued_on.year}
            )
        self.number = str(parsed)
        duplicates = LegalDocumentPage.objects.filter(issuer_id=self.issuer_id, number_key=parsed.key)
        if self.issuer_id and duplicates.exclude(pk=self.pk).exists():
            raise ValidationError(
                gettext("%(issuer)s already has a document numbered %(number)s.")
                % {"issuer": self.issuer.name, "number": self.number}
            )

    def _match_taxonomies(self, parsed):
        """Spell the codes as the taxonomies do and refuse a number whose type code contradicts the type."""
        known_types = {code_key(code) for code in DocumentType.objects.values_list("abbreviation", flat=True)}
        codes = list(parsed.codes)
        type_code = parsed.type_code(known_types)
        if type_code:
            if code_key(type_code) != code_key(self.document_type.abbreviation):
                raise ValidationError(
                    gettext("The number says %(code)s but the document type is %(type)s (%(abbreviation)s).")
                    % {
                        "code": type_code,
                        "type": self.document_type.name,
                        "abbreviation": self.document_type.abbreviation,
                    }
                )
            codes[0] = self.document_type.abbreviation
        issuer_position = 1 if type_code else 0
        if code_key(codes[issuer_position]) == code_key(self.issuer.abbreviation):
            codes[issuer_position] = self.issuer.abbreviation
        return parsed.with_codes(codes)

    def save(self, *args, **kwargs):
        try:
            self.number_key = parse_number(self.number).key if self.number else ""
        except InvalidNumber:
            self.number_key = code_key(clean_text(self.number))
        self.search_text = fold(" ".join([self.number, self.title, self.summary]))
        return super().save(*args, **kwargs)

    @property
    def is_replaced(self):
        if hasattr(self, "has_replacement_in_effect"):
            return self.has_replacement_in_effect
        return LegalDocumentPage.objects.filter(pk=self.pk).replaced().exists() if self.pk else False

    @cached_property
    def status(self):
        today = timezone.localdate()
        if self.is_draft:
            return DocumentStatus.DRAFT
        if self.is_replaced:
            return DocumentStatus.REPLACED
        if self.expires_on and self.expires_on <= today:
            return DocumentStatus.EXPIRED
        if self.effective_on and self.effective_on > today:
            return DocumentStatus.NOT_YET_IN_FORCE
        return DocumentStatus.IN_FORCE

    @property
    def status_label(self):
        return DocumentStatus(self.status).label

    def accepts_comments(self, at=None):
        at = at or timezone.now()
        return bool(
            self.is_draft
            and self.comments_open_from
            and self.comments_open_until
            and self.comments_open_from <= at < self.comments_open_until
        )

    @cached_property
    def attachment_list(self):
        from .attachments import DocumentAttachment

        if hasattr(self, "prefetched_attachments"):
            return self.prefetched_attachments
        if not self.pk or "attachments" in getattr(self, "_cluster_related_objects", {}):
            return list(self.attachments.all())
        return list(DocumentAttachment.objects.filter(page=self).for_display())

    def load_display_data(self):
        """Type, issuer, signer and replacement in one query instead of four, for the detail page.

        A preview carries unsaved choices: only those still equal to the saved ones are replaced.
        """
        if not self.pk:
            return
        saved = (
            LegalDocumentPage.objects.select_related("document_type", "issuer", "signer")
            .annotate_replaced()
            .filter(pk=self.pk)
            .first()
        )
        if saved is None:
            return
        for field in ("document_type", "issuer", "signer"):
            if getattr(saved, f"{field}_id") == getattr(self, f"{field}_id") and getattr(saved, f"{field}_id"):
                setattr(self, field, getattr(saved, field))
        self.has_replacement_in_effect = saved.has_replacement_in_effect

    @cached_property
    def relation_links(self):
        """Relations in both directions, to documents visitors may see."""
        if hasattr(self, "visible_outgoing_relations"):
            outgoing, incoming = self.visible_outgoing_relations, self.visible_incoming_relations
        elif not self.pk:
            outgoing, incoming = self.relations.all(), []
        else:
            outgoing, incoming = self._visible_relations()
        links = [
            RelationLink(relation.kind, "outgoing", RelationKind(relation.kind).label, relation.target)
            for relation in outgoing
        ]
        links += [
            RelationLink(relation.kind, "incoming", INVERSE_LABELS[RelationKind(relation.kind)], relation.source)
            for relation in incoming
        ]
        return links

    def _visible_relations(self):
        from .relations import DocumentRelation

        visible = LegalDocumentPage.objects.live().public()
        if "relations" in getattr(self, "_cluster_related_objects", {}):
            # A preview: the edited, unsaved relations are in memory.
            outgoing = [relation for relation in self.relations.all() if relation.target in visible]
            incoming = DocumentRelation.objects.filter(target=self, source__in=visible).select_related("source")
            return outgoing, incoming
        both = DocumentRelation.objects.filter(
            models.Q(source=self, target__in=visible) | models.Q(target=self, source__in=visible)
        ).select_related("source", "target")
        outgoing = [relation for relation in both if relation.source_id == self.pk]
        incoming = [relation for relation in both if relation.source_id != self.pk]
        return outgoing, incoming

    @path("tai-ve/<int:document_id>/", name="download")
    def download(self, request, document_id):
        from ..views import download_attachment

        return download_attachment(self, request, document_id)

    @path("gop-y/", name="comment")
    def comment(self, request):
        from ..views import post_comment

        return post_comment(self, request)

    def get_context(self, request, *args, **kwargs):
        from ..views import document_detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(document_detail_context(self, request))
        return context
