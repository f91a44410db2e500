from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

from .file_checks import check_uploaded_file
from .models import DocumentStatus, DocumentType, DraftComment, Issuer, Sector
from .numbering import InvalidNumber, fold, parse_number_query

MAX_SEARCH_WORDS = 8


class LegalDocumentFilterForm(forms.Form):
    """The index's filters, read from the query string so every result page has its own URL."""

    q = forms.CharField(label=_("Keywords"), required=False, max_length=200)
    number = forms.CharField(
        label=_("Number"), required=False, max_length=60, help_text=_("E.g. 4414 or 15/2024/QĐ-UBND")
    )
    type = forms.ModelChoiceField(
        label=_("Type"), queryset=DocumentType.objects.all(), required=False, empty_label=_("All types")
    )
    issuer = forms.ModelChoiceField(
        label=_("Issuer"), queryset=Issuer.objects.all(), required=False, empty_label=_("All issuers")
    )
    field = forms.ModelChoiceField(
        label=_("Field"), queryset=Sector.objects.all(), required=False, empty_label=_("All fields")
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, data=None, *, years=()):
        super().__init__(data)
        self.fields["year"].choices = [("", gettext("All years")), *((year, year) for year in years)]
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
            documents = documents.filter(**data["number"].as_filter())
        if data.get("type"):
            documents = documents.filter(document_type=data["type"])
        if data.get("issuer"):
            documents = documents.filter(issuer=data["issuer"])
        if data.get("field"):
            documents = documents.filter(sectors=data["field"])
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

    def clean_content(self):
        content = self.cleaned_data["content"].strip()
        if not content:
            raise forms.ValidationError(gettext("Write your comment."))
        return content


class ContentCheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing a file whose content is not what its extension says."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            check_uploaded_file(file, file.name)
        return file
