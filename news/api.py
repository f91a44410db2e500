from ninja import Router, Schema, Status
from ninja.errors import HttpError

from django.http import HttpResponse
from django.utils.translation import gettext as _

from portal.api_errors import WRITE_ERRORS, PageId, json_int
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


class Detail(Schema):
    detail: str


@router.post(
    "/{page_id}/ratings",
    response={**WRITE_ERRORS, 201: RatingOut, 403: Detail, 404: Detail, 409: Detail, 429: Detail},
    summary="Rate an article (once per visitor)",
)
def rate_article(request, page_id: PageId, payload: RatingIn, response: HttpResponse):
    article = NewsPage.objects.visible().filter(pk=page_id).first()
    if article is None:
        raise HttpError(404, _("No published article has this id."))
    visitor = visitor_key(request)
    try:
        total, count = rate(article, payload.stars, visitor=visitor, ip_key=hashed_ip(request, "throttle"))
    except RatingRefused as refusal:
        raise HttpError(refusal.http_status, refusal.message) from refusal
    ensure_visitor_cookie(request, response, key=visitor)
    return Status(201, {"total": total, "count": count, "average": round(total / count, 2)})
