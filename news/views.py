import logging

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from taggit.models import Tag

from portal.throttle import allow
from portal.visitors import ensure_visitor_cookie, hashed_ip, visitor_key

from .forms import RatingForm
from .interactions import AlreadyRated, rate
from .models import ARTICLES_PER_PAGE, NewsPage

logger = logging.getLogger(__name__)


def ratings_allowed_from(request):
    limit = getattr(settings, "NEWS_RATINGS_PER_IP_PER_HOUR", 120)
    return allow("news-rating", hashed_ip(request, "throttle"), limit, 60 * 60)


def rate_article(request, page):
    """The rating form's target: works without JavaScript (Post/Redirect/Get with a message)."""
    redirect = HttpResponseRedirect(page.url + "#danh-gia")
    if request.method != "POST":
        return redirect
    form = RatingForm(request.POST)
    visitor = visitor_key(request)
    if not page.allow_rating:
        messages.error(request, _("Rating is turned off for this article."))
    elif not form.is_valid():
        messages.error(request, form.errors["stars"][0])
    elif not ratings_allowed_from(request):
        messages.error(request, _("Too many ratings from your network. Please try again later."))
    else:
        try:
            rate(page, visitor, form.cleaned_data["stars"])
            messages.success(request, _("Thank you for rating this article."))
        except AlreadyRated:
            messages.info(request, _("You have already rated this article."))
        except DatabaseError:
            # The rating and the article's totals are one transaction: nothing was written.
            logger.exception("Database error while rating article %s", page.pk)
            messages.error(request, _("Your rating could not be recorded (database error). Please try again shortly."))
    return ensure_visitor_cookie(request, redirect, key=visitor)


@require_GET
def tag_listing(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    articles = NewsPage.objects.visible().filter(tagged_items__tag=tag).newest_first()
    page_obj = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    if not page_obj.paginator.count:
        # A tag that only drafts or private articles carry is not public: its name is content too.
        raise Http404
    return TemplateResponse(request, "news/tag_listing.html", {"tag": tag, "articles": page_obj})
