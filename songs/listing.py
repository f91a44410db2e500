from django.conf import settings

from .embeds import stored_embeds
from .models import Song


def sidebar_songs():
    """The live songs as plain data for the sidebar (kept in the fragment cache): two queries."""
    songs = list(Song.objects.live()[: settings.SONGS_IN_SIDEBAR])
    embeds = stored_embeds(song.embed_url for song in songs if song.kind == "embed")
    return [
        {
            "id": song.pk,
            "title": song.title,
            "description": song.description,
            "kind": song.kind,
            "file_url": song.media_file.url if song.media_file else "",
            "media_type": song.media_type,
            "embed_url": song.embed_url,
            "embed_host": song.embed_host if song.embed_url else "",
            "embed_html": embeds[song.embed_url].html if song.embed_url in embeds else "",
        }
        for song in songs
    ]
