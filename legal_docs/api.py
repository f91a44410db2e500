from ninja import Router, Schema, Status
from ninja.errors import HttpError, ValidationError

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from portal.pages import exclude_private
from portal.visitors import visitor_key

from .comments import submit_comment
from .forms import DraftCommentForm
from .models import LegalDocumentPage

router = Router(tags=["legal_docs"])


class CommentIn(Schema):
    name: str
    email: str
    content: str


class CommentAccepted(Schema):
    status: str
    detail: str


class ErrorOut(Schema):
    detail: str


@router.post(
    "/{int:page_id}/comments",
    response={202: CommentAccepted, 404: ErrorOut, 409: ErrorOut, 429: ErrorOut},
    summary="Comment on a draft document (held for moderation)",
)
def comment_on_draft(request, page_id: int, payload: CommentIn):
    page = get_object_or_404(exclude_private(LegalDocumentPage.objects.live()), pk=page_id)
    form = DraftCommentForm(payload.dict())
    outcome = submit_comment(page, form, visitor_key(request))
    if outcome.accepted:
        return Status(
            202, {"status": "pending", "detail": _("Thank you. Your comment will appear once it has been approved.")}
        )
    if outcome.refusal:
        raise HttpError(outcome.status_code, outcome.refusal)
    raise ValidationError(
        [
            {"loc": ["body", "payload", field], "msg": " ".join(errors), "type": "value_error"}
            for field, errors in form.errors.items()
        ]
    )
