from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from portal.caching.fragments import cached
from portal.text import fold, prohibit_unstorable_characters

from .models import DocumentStatus, DocumentType, DraftComment, Issuer, Sector
from .numbering import InvalidNumber, parse_number_query

MAX_SEARCH_WORDS = 8


def filter_choices(index, documents):
    """What the index's selects offer, from the fragment cache: three lists and the years."""

    def load():
        return {
            "type": list(DocumentType.objects.values_list("pk", "name")),
            "issuer": list(Issuer.objects.values_list("pk", "name")),
            "field": list(Sector.objects.values_list("pk", "name")),
            "year": [(day.year, day.year) for day in documents.dates("issued_on", "year", order="DESC")],
        }

    return cached("legal-document-filters", index.pk, compute=load)


class LegalDocumentFilterForm(forms.Form):
    """The index's filters, read from the query string so every result page has its own URL.

    Choices come in ready-made (`filter_choices`), so showing and validating costs no query.
    """

    q = forms.CharField(label=_("Keywords"), required=False, max_length=200)
    number = forms.CharField(
        label=pgettext_lazy("legal document", "Number"),
        required=False,
        max_length=60,
        help_text=_("E.g. 4414 or 15/2024/QĐ-UBND"),
    )
    type = forms.TypedChoiceField(
        label=pgettext_lazy("legal document", "Type"), required=False, coerce=int, empty_value=None
    )
    issuer = forms.TypedChoiceField(label=_("Issuer"), required=False, coerce=int, empty_value=None)
    field = forms.TypedChoiceField(
        label=pgettext_lazy("legal document", "Field"), required=False, coerce=int, empty_value=None
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, data=None, *, choices):
        super().__init__(data)
        empty_labels = {
            "type": pgettext("legal document", "All types"),
            "issuer": gettext("All issuers"),
            "field": gettext("All fields"),
            "year": gettext("All years"),
        }
        for name, empty_label in empty_labels.items():
            self.fields[name].choices = [("", empty_label), *choices[name]]
        self.fields["status"].choices = [("", gettext("All statuses")), *DocumentStatus.choices]
        self.fields["number"].widget.attrs["aria-describedby"] = "id_number_help"

    def clean_number(self):
        raw = self.cleaned_data["number"].strip()
        if not raw:
            return None
        try:
            return parse_number_query(raw)
        except InvalidNumber as error:
            raise forms.ValidationError(str(error)) from error

    def clean_q(self):
        return fold(self.cleaned_data["q"]).split()[:MAX_SEARCH_WORDS]

    def filter(self, documents):
        """Apply the filters that are valid; an invalid one shows its error and is ignored."""
        data = getattr(self, "cleaned_data", {})
        for word in data.get("q") or []:
            documents = documents.filter(search_text__contains=word)
        if data.get("number"):
            documents = documents.filter(data["number"].as_filter())
        if data.get("type"):
            documents = documents.filter(document_type_id=data["type"])
        if data.get("issuer"):
            documents = documents.filter(issuer_id=data["issuer"])
        if data.get("field"):
            documents = documents.filter(sectors__id=data["field"])
        if data.get("year"):
            documents = documents.filter(issued_on__year=data["year"])
        if data.get("status"):
            documents = documents.with_status(data["status"])
        return documents

    @property
    def is_filtering(self):
        return any(getattr(self, "cleaned_data", {}).values())


class DraftCommentForm(forms.ModelForm):
    class Meta:
        model = DraftComment
        fields = ["name", "email", "content"]
        widgets = {"content": forms.Textarea(attrs={"rows": 6, "maxlength": DraftComment.MAX_LENGTH})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.validators = [
                validator
                for validator in field.validators
                if not isinstance(validator, ProhibitNullCharactersValidator)
            ] + [prohibit_unstorable_characters]

    def clean_content(self):
        content = self.cleaned_data["content"].strip()
        if not content:
            raise forms.ValidationError(gettext("Write your comment."))
        return content
