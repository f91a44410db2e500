import factory
from factory.django import DjangoModelFactory

from django.contrib.contenttypes.models import ContentType

from news.factories import NewsSourceFactory

from .models import ImportedObject


class ImportedObjectFactory(DjangoModelFactory):
    """A news source that came from row `source_id` of a NukeViet database."""

    source_database = "127.0.0.1:3306/nukeviet#nv4_vi"
    kind = "news_source"
    source_id = factory.Sequence(str)
    target = factory.SubFactory(NewsSourceFactory)
    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(o.target))
    object_id = factory.LazyAttribute(lambda o: str(o.target.pk))
    checksum = factory.Faker("sha256")

    class Meta:
        model = ImportedObject
        exclude = ["target"]
