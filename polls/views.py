"""The poll page as a visitor sees it, and its vote form (POST, then redirect, then results)."""

import logging

from django.contrib import messages
from django.db import DatabaseError
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.visitors import visitor_key

from .enums import PollStatus
from .forms import VoteForm
from .voting import VoteRefused, cast_vote, check_open

logger = logging.getLogger(__name__)


def poll_page_context(poll, request):
    has_voted = poll.count_ballots(visitor_key(request))
    status = poll.status
    return {
        "status": status,
        "has_voted": has_voted,
        "form": VoteForm(poll) if status == PollStatus.OPEN and not has_voted else None,
        "results": poll.results() if poll.results_visible(has_voted) else None,
    }


def handle_vote(poll, request):
    form = VoteForm(poll, data=request.POST)
    try:
        # A form left open past the close gets the reason, not a list of field errors.
        check_open(poll, timezone.now())
        if not form.is_valid():
            return poll.render(request, context_overrides={"form": form})
        cast_vote(poll, request, form.cleaned_data["choices"])
    except VoteRefused as refusal:
        messages.error(request, refusal.message)
    except DatabaseError:
        # The ballot and its counts are one transaction: nothing was written.
        logger.exception("Database error while recording a vote in poll %s", poll.pk)
        messages.error(request, _("Your vote could not be recorded (database error). Please try again shortly."))
    else:
        messages.success(request, _("Thank you: your vote has been counted."))
    return redirect(poll.get_url(request))
