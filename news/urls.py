from django.urls import path

from .feeds import NewsFeed
from .views import tag_listing

urlpatterns = [
    path("rss/", NewsFeed(), name="news_rss"),
    path("tag/<str:slug>/", tag_listing, name="news_tag"),
]
