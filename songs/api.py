"""The sidebar's songs for clients: `GET /api/portal/songs`."""

from typing import Literal

from ninja import Field, Router, Schema

from .embeds import stored_embeds
from .models import Song

router = Router(tags=["songs"])


class SongOut(Schema):
    id: int
    title: str
    description: str = Field(description="Text alternative: lyrics or a description.")
    kind: Literal["audio", "video", "embed"]
    file_url: str | None = Field(description="Absolute URL of the audio or video file (audio and video).")
    media_type: str | None = Field(description="MIME type of the file, e.g. audio/mpeg.")
    embed_url: str | None = Field(description="Address of the video page (embed).")
    embed_html: str | None = Field(description="The provider's player HTML, when it was fetched; else show a link.")


@router.get("", response=list[SongOut], summary="Songs and videos of the sidebar, in order")
def songs(request):
    rows = list(Song.objects.live())
    embeds = stored_embeds(song.embed_url for song in rows if song.kind == "embed")
    return [
        {
            "id": song.pk,
            "title": song.title,
            "description": song.description,
            "kind": song.kind,
            "file_url": request.build_absolute_uri(song.media_file.url) if song.media_file else None,
            "media_type": song.media_type or None,
            "embed_url": song.embed_url or None,
            "embed_html": embeds[song.embed_url].html if song.embed_url in embeds else None,
        }
        for song in rows
    ]
