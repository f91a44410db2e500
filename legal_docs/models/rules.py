from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext

from ..numbering import InvalidNumber, code_key, parse_number
from .choices import DocumentStatus
from .taxonomies import DocumentType


class DocumentRulesMixin:
    """What a legal document page must satisfy, and the status its dates and relations give it."""

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
        duplicates = type(self).objects.filter(issuer_id=self.issuer_id, number_key=parsed.key)
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

    @property
    def is_replaced(self):
        if hasattr(self, "has_replacement_in_effect"):
            return self.has_replacement_in_effect
        return type(self).objects.filter(pk=self.pk).replaced().exists() if self.pk else False

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
