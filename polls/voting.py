"""The rules of a vote, shared by the poll page's form and the interaction API."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.dates import format_nukeviet_datetime
from portal.throttle import allow
from portal.visitors import hashed_ip, visitor_key

from .enums import PollStatus


class VoteRefused(Exception):
    """A vote that cannot be counted; `code` tells clients which case it is."""

    code = "refused"
    http_status = 409

    def __init__(self, message=""):
        super().__init__(message or self.default_message())

    def default_message(self):
        return ""

    @property
    def message(self):
        return str(self)


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


def check_open(poll, moment):
    status = poll.status_at(moment)
    if status == PollStatus.UPCOMING:
        raise PollNotOpenYet(_("This poll opens on %(moment)s.") % {"moment": format_nukeviet_datetime(poll.opens_at)})
    if status == PollStatus.CLOSED:
        raise PollClosed(_("This poll closed on %(moment)s.") % {"moment": format_nukeviet_datetime(poll.closes_at)})


def validate_choice_ids(poll, choice_ids):
    """Return the ids if they are a valid ballot for `poll`, else raise InvalidChoices."""
    if not choice_ids:
        raise InvalidChoices(_("Choose an answer."))
    if len(set(choice_ids)) != len(choice_ids):
        raise InvalidChoices(_("Each answer can be chosen only once."))
    if len(choice_ids) > poll.max_choices:
        raise InvalidChoices(
            ngettext("Choose at most %(count)d answer.", "Choose at most %(count)d answers.", poll.max_choices)
            % {"count": poll.max_choices}
        )
    known = {choice.pk for choice in poll.choice_list}
    if not known.issuperset(choice_ids):
        raise InvalidChoices(_("One of the answers does not belong to this poll."))
    return list(choice_ids)


def votes_per_ip_per_hour():
    return settings.POLLS_VOTES_PER_IP_PER_HOUR


def cast_vote(poll, request, choice_ids):
    """Count the vote of this request's visitor, or raise a VoteRefused saying why not."""
    # The ballot is stamped with the moment the poll was found open, so none is ever
    # recorded as cast after the close.
    now = timezone.now()
    check_open(poll, now)
    choice_ids = validate_choice_ids(poll, choice_ids)
    if not allow(f"poll-votes:{poll.pk}", hashed_ip(request, "polls"), votes_per_ip_per_hour(), 60 * 60):
        raise TooManyVotes
    return poll.record_ballot(visitor_key(request), choice_ids, now)
