from django.urls import path

from .feeds import NewsFeed
from .models import NewsPage
from .views import rate_article, tag_listing

urlpatterns = [
    path("rss/", NewsFeed(articles=lambda: NewsPage.objects.visible().for_listing().newest_first()), name="news_rss"),
    path("tag/<str:slug>/", tag_listing, name="news_tag"),
    path("danh-gia/<int:page_id>/", rate_article, name="news_rate"),
]
