import logging

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from taggit.models import Tag

from portal.pages import refusal_to_serve
from portal.visitors import ensure_visitor_cookie, hashed_ip, visitor_key

from .forms import RatingForm
from .interactions import AlreadyRated, RatingRefused, rate
from .models import ARTICLES_PER_PAGE, NewsPage

logger = logging.getLogger(__name__)


def rate_article(request, page_id):
    """The rating form's target: works without JavaScript (Post/Redirect/Get with a message)."""
    article = get_object_or_404(NewsPage.objects.live(), pk=page_id)
    refusal = refusal_to_serve(article, request)
    if refusal is not None:
        return refusal
    redirect = HttpResponseRedirect(article.url + "#danh-gia")
    if request.method != "POST":
        return redirect
    visitor = visitor_key(request)
    with translation.override(article.locale.language_code):  # the messages show on the article
        record_rating(request, article, RatingForm(request.POST), visitor)
    return ensure_visitor_cookie(request, redirect, key=visitor)


def record_rating(request, article, form, visitor):
    if not form.is_valid():
        messages.error(request, form.errors["stars"][0])
        return
    try:
        rate(article, form.cleaned_data["stars"], visitor=visitor, ip_key=hashed_ip(request, "throttle"))
        messages.success(request, _("Thank you for rating this article."))
    except AlreadyRated as refusal:
        messages.info(request, refusal.message)
    except RatingRefused as refusal:
        messages.error(request, refusal.message)
    except DatabaseError:
        # The rating and the article's totals are one transaction: nothing was written.
        logger.exception("Database error while rating article %s", article.pk)
        messages.error(request, _("Your rating could not be recorded (database error). Please try again shortly."))


@require_GET
def tag_listing(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    articles = NewsPage.objects.visible().for_listing().filter(tagged_items__tag=tag).newest_first()
    page_obj = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    if not page_obj.paginator.count:
        # A tag that only drafts or private articles carry is not public: its name is content too.
        raise Http404
    return TemplateResponse(request, "news/tag_listing.html", {"tag": tag, "articles": page_obj})
