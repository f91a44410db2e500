"""Receiving a citizen's comment on a draft: one path for the page's form and the API."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from portal import throttle

COMMENTS_PER_HOUR = 10
# Per client address, whatever cookies it sends: a commune office behind one address may
# comment several times, one machine with a fresh cookie per comment cannot flood moderation.


@dataclass(frozen=True)
class CommentOutcome:
    accepted: bool = False
    refusal: str = ""
    code: str = ""
    status_code: int = 202


def submit_comment(page, form, *, visitor, ip_key):
    """Hold a valid comment for moderation; say why not when the draft does not take comments.

    `visitor` is the visitor's key and `ip_key` the hashed client address: both are limited.
    An invalid form is neither accepted nor refused: the caller shows its errors.
    """
    if not page.is_draft:
        return CommentOutcome(
            refusal=_("This document is not a draft open for comment."), code="not_a_draft", status_code=409
        )
    if not page.accepts_comments():
        return CommentOutcome(
            refusal=_("The comment period for this draft is closed."), code="comments_closed", status_code=409
        )
    if not form.is_valid():
        return CommentOutcome(status_code=422)
    too_many = not throttle.allow("legal_docs.comment", visitor, COMMENTS_PER_HOUR, 3600) or not throttle.allow(
        "legal_docs.comment-ip", ip_key, settings.LEGAL_DOCS_COMMENTS_PER_IP_PER_HOUR, 3600
    )
    if too_many:
        return CommentOutcome(
            refusal=_("Too many comments from you in a short time. Please try again later."),
            code="too_many_comments",
            status_code=429,
        )
    comment = form.save(commit=False)
    comment.page = page
    comment.save()
    return CommentOutcome(accepted=True)
