"""API v2 representations of an article's related data."""

from rest_framework.fields import Field

from wagtail.models import Page

from portal.images import THUMBNAIL_RENDITION, image_api_representation


class SourceSerializer(Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, source):
        return {
            "name": source.name,
            "url": source.url,
            "logo": image_api_representation(source.logo, THUMBNAIL_RENDITION) if source.logo_id else None,
        }


class TagListSerializer(Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, tags):
        return [tag.name for tag in tags.all()]


class CategorySerializer(Field):
    """An article's category: its parent page. Before a listing is serialized, the pages API
    (portal.api) calls `prepare_items` with all its articles, which loads their categories in
    one query, or none when the answer holds them already (categories with their featured
    article)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        super().__init__(read_only=True, **kwargs)

    def pages_by_path(self):
        return self.context.setdefault("pages_by_path", {})

    def prepare_items(self, articles):
        if len(articles) == 1:
            return  # `get_parent()` below, which keeps the parent for Wagtail's own `parent` field
        known = self.pages_by_path()
        wanted = {parent_path(article) for article in articles} - known.keys()
        if wanted:
            known.update((page.path, page) for page in Page.objects.filter(path__in=wanted))

    def to_representation(self, article):
        category = self.pages_by_path().get(parent_path(article)) or article.get_parent()
        return {"id": category.pk, "title": category.title, "url": category.full_url}


def parent_path(page):
    return page.path[: -page.steplen]


class RatingSerializer(Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, article):
        return {"total": article.rating_total, "count": article.rating_count, "average": article.rating_average}
