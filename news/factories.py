import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

import wagtail_factories

from .models import NewsIndexPage, NewsPage, NewsPageCounter, NewsPageTag, NewsRating, NewsSource


class NewsSourceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda number: f"Báo Hà Tĩnh {number}")
    url = factory.Faker("url")

    class Meta:
        model = NewsSource


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=3, locale="vi_VN")
    intro = factory.Faker("sentence", locale="vi_VN")

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=8, locale="vi_VN")
    lead = factory.Faker("paragraph", locale="vi_VN")
    author = factory.Faker("name", locale="vi_VN")
    published_at = factory.LazyFunction(timezone.now)
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = NewsPage


class NewsPageCounterFactory(DjangoModelFactory):
    page = factory.SubFactory(NewsPageFactory)

    class Meta:
        model = NewsPageCounter
        # Saving an article already creates its counter.
        django_get_or_create = ["page"]


class NewsRatingFactory(DjangoModelFactory):
    page = factory.SubFactory(NewsPageFactory)
    visitor = factory.Sequence(lambda number: f"c:test-visitor-{number}")
    stars = factory.Faker("pyint", min_value=1, max_value=5)

    class Meta:
        model = NewsRating


class NewsPageTagFactory(DjangoModelFactory):
    content_object = factory.SubFactory(NewsPageFactory)
    tag = factory.SubFactory("news.factories.TagFactory")

    class Meta:
        model = NewsPageTag


class TagFactory(DjangoModelFactory):
    name = factory.Sequence(lambda number: f"nông thôn mới {number}")

    class Meta:
        model = "taggit.Tag"
        django_get_or_create = ["name"]
