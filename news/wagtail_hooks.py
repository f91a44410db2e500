from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.actions.move_page import MovePageAction
from wagtail.admin import messages
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.caching.fragments import cached

from .admin_forms import chosen_category
from .models import NewsPage, NewsSource


class NewsSourceViewSet(SnippetViewSet):
    model = NewsSource
    icon = "globe"
    menu_label = _("News sources")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "url"]
    search_fields = ["name"]


register_snippet(NewsSourceViewSet)

LATEST_ARTICLES_ON_HOME = 8


@hooks.register("home_page_sections", order=10)
def latest_news(request):
    articles = cached(
        "latest-articles",
        compute=lambda: (
            NewsPage.objects.visible().for_listing().newest_first()[:LATEST_ARTICLES_ON_HOME].with_thumbnails()
        ),
    )
    return {"template": "news/includes/home_latest_news.html", "articles": articles}


# The category chosen in the article's form (news/admin_forms.py) is carried out once the edit is saved
# (draft, publish, submission or workflow action): after_edit_page runs only for a valid form.
@hooks.register("after_edit_page")
def move_to_chosen_category(request, page):
    target = chosen_category(request, page)
    if target is None:
        return
    names = {"title": page.get_admin_display_title(), "category": target.get_admin_display_title()}
    try:
        MovePageAction(page, target, pos="last-child", user=request.user).execute()
    except (PermissionDenied, ValidationError):
        # Checked by the form already: only a change made meanwhile by someone else gets here.
        messages.error(request, _("“%(title)s” was saved but could not be moved to “%(category)s”.") % names)
        return
    # The view goes on with this instance (its redirect to the category's listing uses the path).
    page.refresh_from_db(fields=["path", "depth", "url_path", "numchild"])
    messages.success(request, _("“%(title)s” moved to the category “%(category)s”.") % names)
