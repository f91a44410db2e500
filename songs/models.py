from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from .media_checks import playable_media_type


class SongQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


class Song(Orderable):
    """A song or video of the "Hát về nông thôn mới" box, played by the browser's own player."""

    title = models.CharField(_("title"), max_length=255)
    media_file = models.FileField(
        _("audio or video file"),
        upload_to="songs/%Y/",
        blank=True,
        help_text=_("MP3, M4A, OGG, WAV, MP4 or WebM. Leave empty to use a video address instead."),
    )
    media_type = models.CharField(_("media type"), max_length=50, blank=True, editable=False)
    embed_url = models.URLField(
        _("video address (YouTube…)"),
        max_length=500,
        blank=True,
        help_text=_("Instead of a file: the address of a video on YouTube or another video site."),
    )
    description = models.TextField(
        _("text alternative"),
        help_text=_("Lyrics or a description of the song, for visitors who cannot hear or see it."),
    )
    live = models.BooleanField(_("shown"), default=True)

    objects = SongQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("media_file"),
        FieldPanel("embed_url"),
        FieldPanel("description"),
        FieldPanel("live"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("song")
        verbose_name_plural = _("songs")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if bool(self.media_file) == bool(self.embed_url):
            raise ValidationError(_("Give either an audio or video file or a video address, not both."))
        if self.media_file and not getattr(self.media_file, "_committed", True):
            # A new upload: check its bytes before it is stored.
            try:
                self.media_type = playable_media_type(self.media_file)
            except ValidationError as error:
                raise ValidationError({"media_file": error}) from error
        elif not self.media_file:
            self.media_type = ""

    @property
    def kind(self):
        if self.media_file:
            return "video" if self.media_type.startswith("video/") else "audio"
        return "embed"

    @property
    def embed_host(self):
        return urlsplit(self.embed_url).hostname or self.embed_url
