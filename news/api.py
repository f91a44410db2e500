from ninja import Router, Schema, Status
from ninja.errors import HttpError

from django.http import HttpResponse
from django.utils.translation import gettext as _

from portal.api_errors import WRITE_ERRORS, PageId, json_int
from portal.pages import exclude_private
from portal.visitors import ensure_visitor_cookie, visitor_key

from .interactions import AlreadyRated, rate
from .models import NewsPage
from .views import ratings_allowed_from

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
    article = exclude_private(NewsPage.objects.live()).filter(pk=page_id).first()
    if article is None:
        raise HttpError(404, _("No published article has this id."))
    if not article.allow_rating:
        raise HttpError(403, _("Rating is turned off for this article."))
    if not ratings_allowed_from(request):
        raise HttpError(429, _("Too many ratings from your network. Please try again later."))
    visitor = visitor_key(request)
    try:
        total, count = rate(article, visitor, payload.stars)
    except AlreadyRated as exc:
        raise HttpError(409, _("You have already rated this article.")) from exc
    ensure_visitor_cookie(request, response, key=visitor)
    return Status(201, {"total": total, "count": count, "average": round(total / count, 2)})
