from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft for comment")
    NOT_YET_IN_FORCE = "not_yet_in_force", _("Not yet in force")
    IN_FORCE = "in_force", _("In force")
    EXPIRED = "expired", _("Expired")
    REPLACED = "replaced", _("Replaced")


class RelationKind(models.TextChoices):
    """How one document acts on another, read from the acting document: it *replaces* the other."""

    REPLACES = "replaces", _("Replaces")
    AMENDS = "amends", _("Amends or supplements")
    GUIDES = "guides", _("Guides the implementation of")
    RELATED = "related", _("Related to")


# The same relation read from the document acted upon ("Được sửa đổi bởi …").
INVERSE_LABELS = {
    RelationKind.REPLACES: _("Replaced by"),
    RelationKind.AMENDS: _("Amended or supplemented by"),
    RelationKind.GUIDES: _("Implementation guided by"),
    RelationKind.RELATED: _("Related to"),
}
