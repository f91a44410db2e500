from dataclasses import dataclass

from django.db import models
from django.utils.functional import cached_property

from .choices import INVERSE_LABELS, RelationKind


@dataclass(frozen=True)
class RelationLink:
    """One relation as a reader of `document` sees it: “Được sửa đổi, bổ sung bởi …”."""

    kind: str
    direction: str
    label: str
    document: models.Model


class DocumentDisplayMixin:
    """What the detail page and the API show besides the fields: files and relations both ways."""

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
            type(self)
            .objects.select_related("document_type", "issuer", "signer")
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

        visible = type(self).objects.visible()
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
