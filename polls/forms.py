from django import forms
from django.utils.translation import ngettext


class VoteForm(forms.Form):
    """Radio buttons for a single-answer poll, check boxes up to `max_choices` otherwise.

    The options come from the poll's already loaded answers, so building it costs no query.
    It only shows the choices: what was ticked is read by `chosen_ids` and judged by the vote's
    rules (voting.py), which the API follows too.
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
        self.fields["choices"] = field

    @staticmethod
    def chosen_ids(data):
        """The answers ticked, as ids; anything not a number as None, which no answer has."""
        return [int(value) if value.isdigit() else None for value in data.getlist("choices")]
