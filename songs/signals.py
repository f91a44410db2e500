from wagtail.embeds.models import Embed

from portal.caching.version import invalidate_on_change

from .models import Song


def connect(app_config):
    # The sidebar's songs are a cached fragment on every page.
    invalidate_on_change(Song, Embed)
