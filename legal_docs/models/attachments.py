from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from portal.file_checks import check_attachment
from portal.privacy import exclude_private_documents


class DocumentAttachmentQuerySet(models.QuerySet):
    def public(self):
        """Attachments whose file is not in a private collection: the others are not shown at
        all, not even their title or file name (issue 18)."""
        return exclude_private_documents(self, "document__")

    def for_display(self):
        """Public files with their download counts, in one query."""
        counts = DownloadCount.objects.filter(page=OuterRef("page"), document=OuterRef("document")).values("count")
        return self.public().select_related("document").annotate(downloads=Coalesce(Subquery(counts[:1]), 0))


class DocumentAttachment(Orderable):
    """A file of a legal document: a Wagtail document, so editors upload once and reuse it."""

    page = ParentalKey("legal_docs.LegalDocumentPage", on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("PDF, DOC, DOCX, XLS, XLSX or ODT. The file is checked by its content, not only its name."),
    )

    objects = DocumentAttachmentQuerySet.as_manager()

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def __str__(self):
        return self.document.title if self.document_id else ""

    def clean(self):
        super().clean()
        if self.document_id:
            check_attachment(self.document)


class DownloadCountQuerySet(models.QuerySet):
    def count_one(self, page, document):
        """One more download, exact under concurrent requests: the increment happens in the database."""
        counter, _ = self.get_or_create(page=page, document=document)
        self.filter(pk=counter.pk).update(count=F("count") + 1)


class DownloadCount(models.Model):
    """Downloads of one file of one document.

    Kept outside the page's cluster: a revision would otherwise carry a stale count and
    publishing it would roll the counter back.
    """

    page = models.ForeignKey("legal_docs.LegalDocumentPage", on_delete=models.CASCADE, related_name="download_counts")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    count = models.PositiveIntegerField(_("downloads"), default=0)

    objects = DownloadCountQuerySet.as_manager()

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        constraints = [models.UniqueConstraint(fields=["page", "document"], name="legal_docs_download_count_unique")]

    def __str__(self):
        return f"{self.page_id}/{self.document_id}: {self.count}"
