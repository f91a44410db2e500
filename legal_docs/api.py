from ninja import Field, Router, Schema, Status
from ninja.errors import ValidationError

from django.utils.translation import gettext as _

from portal.api_errors import WRITE_ERRORS, ErrorOut, page_or_404
from portal.visitors import hashed_ip, visitor_key

from .comments import submit_comment
from .forms import DraftCommentForm
from .models import DraftComment, LegalDocumentPage

router = Router(tags=["legal_docs"])


# What the moderation form (DraftCommentForm) accepts, documented; the form checks it and says
# what is wrong in Vietnamese. Django strips the text and refuses NUL characters.
VISIBLE_TEXT = r"^[^\u0000]*\S[^\u0000]*$"


def max_length(field):
    return DraftComment._meta.get_field(field).max_length


class CommentIn(Schema):
    name: str = Field(json_schema_extra={"maxLength": max_length("name"), "pattern": VISIBLE_TEXT})
    email: str = Field(json_schema_extra={"format": "email", "maxLength": max_length("email")})
    content: str = Field(json_schema_extra={"maxLength": DraftComment.MAX_LENGTH, "pattern": VISIBLE_TEXT})


class CommentAccepted(Schema):
    status: str
    detail: str


@router.post(
    "/{int:page_id}/comments",
    response={**WRITE_ERRORS, 202: CommentAccepted, 404: ErrorOut, 409: ErrorOut, 429: ErrorOut},
    summary="Comment on a draft document (held for moderation)",
    description="Refusal codes: not_a_draft, comments_closed, too_many_comments.",
)
def comment_on_draft(request, page_id: int, payload: CommentIn):
    page = page_or_404(LegalDocumentPage.objects.visible(), page_id, _("No published legal document has this id."))
    form = DraftCommentForm(payload.dict())
    outcome = submit_comment(page, form, visitor=visitor_key(request), ip_key=hashed_ip(request, "comments"))
    if outcome.accepted:
        return Status(
            202, {"status": "pending", "detail": _("Thank you. Your comment will appear once it has been approved.")}
        )
    if outcome.refusal:
        return Status(outcome.status_code, {"detail": outcome.refusal, "code": outcome.code})
    raise ValidationError(
        [
            {"loc": ["body", "payload", field], "msg": " ".join(errors), "type": "value_error"}
            for field, errors in form.errors.items()
        ]
    )
