from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from wagtail.models import PageManager

from portal.pages import PortalPageQuerySet

from ..numbering import InvalidNumber, parse_number_query
from .choices import DocumentStatus, RelationKind


def replacement_in_effect(on):
    """A published, issued document that replaces the outer document and is already in effect.

    Status is a legal fact, so a replacement counts even when the portal does not show it.
    """
    from .relations import DocumentRelation

    return DocumentRelation.objects.filter(
        target=OuterRef("pk"),
        kind=RelationKind.REPLACES,
        source__live=True,
        source__is_draft=False,
        source__effective_on__lte=on,
    )


class LegalDocumentQuerySet(PortalPageQuerySet):
    def numbered(self, typed):
        """The documents whose number is what a visitor typed as one word with a digit; none otherwise."""
        if " " in typed or not any(character.isdigit() for character in typed):
            return self.none()
        try:
            return self.filter(parse_number_query(typed).as_filter())
        except InvalidNumber:
            return self.none()

    def issued(self):
        return self.filter(is_draft=False)

    def drafts(self):
        return self.filter(is_draft=True)

    def open_for_comment(self, at=None):
        at = at or timezone.now()
        return self.drafts().filter(comments_open_from__lte=at, comments_open_until__gt=at)

    def replaced(self, on=None):
        return self.issued().filter(Exists(replacement_in_effect(on or timezone.localdate())))

    def not_replaced(self, on=None):
        return self.issued().exclude(Exists(replacement_in_effect(on or timezone.localdate())))

    def not_yet_in_force(self, on=None):
        on = on or timezone.localdate()
        return self.not_replaced(on).filter(effective_on__gt=on)

    def in_force(self, on=None):
        on = on or timezone.localdate()
        return (
            self.not_replaced(on).filter(effective_on__lte=on).filter(Q(expires_on__isnull=True) | Q(expires_on__gt=on))
        )

    def expired(self, on=None):
        on = on or timezone.localdate()
        return self.not_replaced(on).filter(expires_on__lte=on)

    def with_status(self, status, on=None):
        by_status = {
            DocumentStatus.DRAFT: lambda: self.drafts(),
            DocumentStatus.NOT_YET_IN_FORCE: lambda: self.not_yet_in_force(on),
            DocumentStatus.IN_FORCE: lambda: self.in_force(on),
            DocumentStatus.EXPIRED: lambda: self.expired(on),
            DocumentStatus.REPLACED: lambda: self.replaced(on),
        }
        return by_status[DocumentStatus(status)]()

    def annotate_replaced(self, on=None):
        """Lets `status` be read on every row of a listing without a query per row."""
        return self.annotate(has_replacement_in_effect=Exists(replacement_in_effect(on or timezone.localdate())))

    def newest_first(self):
        return self.order_by("-issued_on", "-pk")

    def for_listing(self):
        return self.select_related("document_type", "issuer").annotate_replaced().newest_first()


LegalDocumentManager = PageManager.from_queryset(LegalDocumentQuerySet)
