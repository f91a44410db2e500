"""Votes and results for clients: `/api/portal/polls/{page_id}/…`.

A client that sends the site's visitor cookie votes as the same visitor as the browser;
one without it is known by a hash of its IP address.
"""

from ninja import Field, Router, Schema, Status

from django.utils.translation import gettext as _

from portal.api_errors import WRITE_ERRORS, ErrorOut, json_int, page_or_404
from portal.visitors import hashed_ip, visitor_key

from .models import PollPage
from .refusals import VoteRefused
from .voting import cast_vote

router = Router(tags=["polls"])


class ChoiceResultOut(Schema):
    id: int
    label: str
    votes: int
    percent: float = Field(description="Share of ballots that chose this answer, 0–100, one decimal.")


class ResultsOut(Schema):
    total: int = Field(description="Number of ballots.")
    choices: list[ChoiceResultOut]


class VoteRecordedOut(Schema):
    detail: str = Field(description="Sent instead of the results while they are hidden until the poll closes.")


class VoteIn(Schema):
    # At least one answer, each once: documented here, checked by the vote's rules (with their message).
    choices: list[json_int()] = Field(
        description="Ids of the chosen answers.", max_length=50, json_schema_extra={"minItems": 1, "uniqueItems": True}
    )


def published_poll(page_id):
    return page_or_404(PollPage.objects.visible(), page_id, _("No published poll has this id."))


@router.get(
    "/{int:page_id}/results",
    response={200: ResultsOut, 403: ErrorOut, 404: ErrorOut},
    summary="A poll's results, when this visitor may see them",
    description="Refusal code: results_hidden.",
)
def poll_results(request, page_id: int):
    poll = published_poll(page_id)
    if not poll.results_visible(poll.count_ballots(visitor_key(request))):
        return Status(403, {"detail": str(poll.hidden_results_reason), "code": "results_hidden"})
    return Status(200, poll.results())


@router.post(
    "/{int:page_id}/votes",
    response={
        **WRITE_ERRORS,
        201: ResultsOut | VoteRecordedOut,
        403: ErrorOut,
        404: ErrorOut,
        409: ErrorOut,
        422: ErrorOut,
        429: ErrorOut,
    },
    summary="Vote in a poll, once per visitor",
    description="Refusal codes: not_open, closed, already_voted, answers_changed, invalid_choices, too_many_votes.",
)
def vote(request, page_id: int, payload: VoteIn):
    poll = published_poll(page_id)
    try:
        cast_vote(poll, payload.choices, visitor=visitor_key(request), ip_key=hashed_ip(request, "polls"))
    except VoteRefused as refusal:
        return Status(refusal.http_status, {"detail": refusal.message, "code": refusal.code})
    if poll.results_visible(has_voted=True):
        return Status(201, poll.stored_results())
    return Status(201, {"detail": _("Thank you: your vote has been counted.")})
