from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedObject(models.Model):
    """What one row of a NukeViet database became here, so that a second import updates it
    instead of creating it again. `checksum` is the row as last imported: equal means unchanged."""

    source_database = models.CharField(
        _("source database"), max_length=255, help_text=_("Host, database, table prefix and language.")
    )
    kind = models.CharField(_("kind"), max_length=40)
    source_id = models.CharField(_("source id"), max_length=255)
    content_type = models.ForeignKey(ContentType, verbose_name=_("content type"), on_delete=models.CASCADE)
    object_id = models.CharField(_("object id"), max_length=64)
    target = GenericForeignKey("content_type", "object_id")
    checksum = models.CharField(_("checksum"), max_length=64)
    # Counts carried over at the last import (views, votes…): a later import adds only what
    # changed on the old site, never erasing what visitors added here since.
    counts = models.JSONField(_("counts carried over"), default=dict, blank=True)
    imported_at = models.DateTimeField(_("first imported at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated at"), auto_now=True)

    class Meta:
        verbose_name = _("imported object")
        verbose_name_plural = _("imported objects")
        constraints = [
            models.UniqueConstraint(
                fields=["source_database", "kind", "source_id"], name="nukeviet_import_one_object_per_row"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.kind} {self.source_id} → {self.content_type.model} {self.object_id}"
