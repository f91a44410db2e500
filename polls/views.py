"""The poll page's vote form: POST, then redirect to the page with a message (results, or why not)."""

import logging

from django.contrib import messages
from django.db import DatabaseError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from portal.pages import refusal_to_serve
from portal.visitors import hashed_ip, visitor_key

from .forms import VoteForm
from .models import PollPage
from .refusals import InvalidChoices, VoteRefused
from .voting import cast_vote

logger = logging.getLogger(__name__)


def vote(request, page_id):
    poll = get_object_or_404(PollPage.objects.live(), pk=page_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    refusal = refusal_to_serve(poll, request)
    if refusal is not None:
        return refusal
    chosen = VoteForm.chosen_ids(request.POST)
    with translation.override(poll.locale.language_code):
        try:
            cast_vote(poll, chosen, visitor=visitor_key(request), ip_key=hashed_ip(request, "polls"))
        except InvalidChoices as refusal:
            # The form again, with the answers as ticked and the reason above them.
            form = VoteForm(poll, initial={"choices": chosen})
            context = {**poll.get_context(request), "form": form, "vote_errors": [refusal.message]}
            return TemplateResponse(request, poll.get_template(request), context)
        except VoteRefused as refusal:
            messages.error(request, refusal.message)
        except DatabaseError:
            # The ballot and its counts are one transaction: nothing was written.
            logger.exception("Database error while recording a vote in poll %s", poll.pk)
            messages.error(request, _("Your vote could not be recorded (database error). Please try again shortly."))
        else:
            messages.success(request, _("Thank you: your vote has been counted."))
    return redirect(poll.get_url(request))
