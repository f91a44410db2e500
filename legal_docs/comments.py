"""Receiving a citizen's comment on a draft: one path for the page's form and the API."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from portal import throttle
from portal.visitors import hashed_ip

COMMENTS_PER_HOUR = 10
# Per client address, whatever cookies it sends: a commune office behind one address may
# comment several times, one machine with a fresh cookie per comment cannot flood moderation.


@dataclass(frozen=True)
class CommentOutcome:
    accepted: bool = False
    refusal: str = ""
    status_code: int = 202


def comments_per_ip_per_hour():
    return settings.LEGAL_DOCS_COMMENTS_PER_IP_PER_HOUR


def submit_comment(page, form, visitor, request=None):
    """Hold a valid comment for moderation; say why not when the draft does not take comments.

    `visitor` is the visitor's key; `request` gives the client address, which is limited too
    (every caller should pass it: without it only the visitor's own limit applies).
    An invalid form is neither accepted nor refused: the caller shows its errors.
    """
    if not page.is_draft:
        return CommentOutcome(refusal=_("This document is not a draft open for comment."), status_code=409)
    if not page.accepts_comments():
        return CommentOutcome(refusal=_("The comment period for this draft is closed."), status_code=409)
    if not form.is_valid():
        return CommentOutcome(status_code=422)
    too_many = not throttle.allow("legal_docs.comment", visitor, COMMENTS_PER_HOUR, 3600) or (
        request is not None
        and not throttle.allow(
            "legal_docs.comment-ip", hashed_ip(request, "comments"), comments_per_ip_per_hour(), 3600
        )
    )
    if too_many:
        return CommentOutcome(
            refusal=_("Too many comments from you in a short time. Please try again later."), status_code=429
        )
    comment = form.save(commit=False)
    comment.page = page
    comment.save()
    return CommentOutcome(accepted=True)
