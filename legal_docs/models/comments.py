from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class DraftCommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=CommentStatus.APPROVED)

    def pending(self):
        return self.filter(status=CommentStatus.PENDING)


class DraftComment(models.Model):
    """A citizen's comment on a draft document, shown only once a moderator approves it."""

    MAX_LENGTH = 5000

    page = models.ForeignKey(
        "legal_docs.LegalDocumentPage",
        verbose_name=pgettext_lazy("legal document", "draft"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    content = models.TextField(pgettext_lazy("public comment", "comment"), max_length=MAX_LENGTH)
    status = models.CharField(
        _("status"), max_length=10, choices=CommentStatus.choices, default=CommentStatus.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = DraftCommentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("comment on a draft")
        verbose_name_plural = _("comments on drafts")

    def __str__(self):
        return f"{self.name}: {self.content[:60]}"

    def moderate(self, status, user):
        self.status = status
        self.moderated_at = timezone.now()
        self.moderated_by = user
        self.save(update_fields=["status", "moderated_at", "moderated_by"])
