import factory
from factory.django import DjangoModelFactory

from django.core.files.base import ContentFile

from .models import Song
from .sounds import tiny_wav


class SongFactory(DjangoModelFactory):
    """A live song with a small WAV recording; `embed_url=…, media_file=None` for a video link."""

    title = factory.Faker("sentence", nb_words=4, locale="vi_VN")
    description = factory.Faker("paragraph", locale="vi_VN")
    media_file = factory.LazyFunction(lambda: ContentFile(tiny_wav(note_seconds=0.05), name="bai-hat.wav"))
    media_type = factory.LazyAttribute(lambda o: "audio/wav" if o.media_file else "")
    embed_url = ""
    live = True
    sort_order = factory.Sequence(int)

    class Meta:
        model = Song
