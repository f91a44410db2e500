"""The rules of a vote, shared by the poll page's form and the interaction API."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.dates import format_nukeviet_datetime
from portal.throttle import allow

from .enums import PollStatus
from .refusals import InvalidChoices, PollClosed, PollNotOpenYet, TooManyVotes


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


def cast_vote(poll, choice_ids, *, visitor, ip_key):
    """Count `visitor`'s vote, or raise a VoteRefused saying why not: the one path of a vote, for
    the poll's form (views.py) and the API. `ip_key` is the hashed address the hourly limit counts."""
    # The ballot is stamped with the moment the poll was found open, so none is ever
    # recorded as cast after the close.
    now = timezone.now()
    check_open(poll, now)
    choice_ids = validate_choice_ids(poll, choice_ids)
    if not allow(f"poll-votes:{poll.pk}", ip_key, settings.POLLS_VOTES_PER_IP_PER_HOUR, 60 * 60):
        raise TooManyVotes
    return poll.record_ballot(visitor, choice_ids, now)
