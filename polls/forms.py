from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .voting import InvalidChoices, validate_choice_ids


class VoteForm(forms.Form):
    """Radio buttons for a single-answer poll, check boxes up to `max_choices` otherwise.

    The options come from the poll's already loaded answers, so building and validating
    the form costs no query.
    """

    def __init__(self, poll, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.poll = poll
        options = [(choice.pk, choice.label) for choice in poll.choice_list]
        if poll.max_choices == 1:
            field = forms.TypedChoiceField(coerce=int, choices=options, widget=forms.RadioSelect)
        else:
            field = forms.TypedMultipleChoiceField(
                coerce=int,
                choices=options,
                widget=forms.CheckboxSelectMultiple,
                help_text=ngettext(
                    "Choose up to %(count)d answer.", "Choose up to %(count)d answers.", poll.max_choices
                )
                % {"count": poll.max_choices},
            )
        field.label = poll.title
        field.error_messages["required"] = _("Choose an answer.")
        self.fields["choices"] = field

    def clean_choices(self):
        value = self.cleaned_data["choices"]
        choice_ids = value if isinstance(value, list) else [value]
        try:
            return validate_choice_ids(self.poll, choice_ids)
        except InvalidChoices as exc:
            raise forms.ValidationError(exc.message) from exc
