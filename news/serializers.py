"""API v2 representations of an article's related data."""

from rest_framework.fields import Field

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
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, category):
        return {"id": category.pk, "title": category.title, "url": category.full_url}


class RatingSerializer(Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, article):
        return {"total": article.rating_total, "count": article.rating_count, "average": article.rating_average}
