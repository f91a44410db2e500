from ninja import Router, Schema, Status

from django.http import HttpResponse
from django.utils.translation import gettext as _

from portal.api_errors import WRITE_ERRORS, ErrorOut, json_int, page_or_404
from portal.visitors import ensure_visitor_cookie, hashed_ip, visitor_key

from .interactions import RatingRefused, rate
from .models import NewsPage

router = Router(tags=["news"])


class RatingIn(Schema):
    stars: json_int(ge=1, le=5, description="1 to 5 stars")


class RatingOut(Schema):
    total: int
    count: int
    average: float


@router.post(
    "/{int:page_id}/ratings",
    response={**WRITE_ERRORS, 201: RatingOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 429: ErrorOut},
    summary="Rate an article (once per visitor)",
    description="Refusal codes: ratings_off, too_many_ratings, already_rated.",
)
def rate_article(request, page_id: int, payload: RatingIn, response: HttpResponse):
    article = page_or_404(NewsPage.objects.visible(), page_id, _("No published article has this id."))
    visitor = visitor_key(request)
    try:
        total, count = rate(article, payload.stars, visitor=visitor, ip_key=hashed_ip(request, "throttle"))
    except RatingRefused as refusal:
        return Status(refusal.http_status, {"detail": refusal.message, "code": refusal.code})
    ensure_visitor_cookie(request, response, key=visitor)
    return Status(201, {"total": total, "count": count, "average": round(total / count, 2)})
