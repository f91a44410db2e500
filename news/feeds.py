from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _

from wagtail.models import Site

from portal.models import SiteSettings

FEED_LENGTH = 30


class NewsFeed(Feed):
    """RSS 2.0 of the newest articles: of the whole site, or of one category and its sub-categories.

    `articles()` gives the site's articles, newest first (news/urls.py); a category gives its own.
    """

    def __init__(self, articles):
        self.site_articles = articles

    def get_object(self, request, category=None):
        self.request = request
        self.site = Site.find_for_request(request)
        return category

    def title(self, category):
        office = SiteSettings.for_site(self.site).office_name if self.site else ""
        return f"{category.title} – {office}" if category else office or _("News")

    def link(self, category):
        return category.get_url(self.request) if category else "/"

    def description(self, category):
        return (category.intro if category else "") or _("The newest articles")

    def items(self, category):
        articles = category.articles() if category else self.site_articles()
        return articles[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.lead

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return article.published_at

    def item_author_name(self, article):
        return article.author or None
