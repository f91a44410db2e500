"""Why a vote is not counted: raised by the models (a ballot already cast) and the rules
(voting.py), answered as a message by the form and as `{"detail", "code"}` by the API."""

from django.utils.translation import gettext as _

from portal.refusals import Refusal


class VoteRefused(Refusal):
    """A vote that cannot be counted."""


class PollNotOpenYet(VoteRefused):
    code = "not_open"


class PollClosed(VoteRefused):
    code = "closed"


class AlreadyVoted(VoteRefused):
    code = "already_voted"

    def default_message(self):
        return _("You have already voted in this poll.")


class AnswersChanged(VoteRefused):
    code = "answers_changed"

    def default_message(self):
        return _("The answers of this poll have just changed: please vote again.")


class InvalidChoices(VoteRefused):
    code = "invalid_choices"
    http_status = 422


class TooManyVotes(VoteRefused):
    code = "too_many_votes"
    http_status = 429

    def default_message(self):
        return _("Too many votes from your network in this poll. Please try again later.")
