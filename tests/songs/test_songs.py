"""The "Hát về nông thôn mới" box: editable songs played by the browser, with a text alternative."""

import io
import wave

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from songs.factories import SongFactory
from songs.models import Song
from songs.sounds import tiny_wav

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=abcdefghijk"


def songs_box(client):
    return BeautifulSoup(client.get("/").content, "html.parser").select_one(".widget--songs")


def test_sidebar_plays_songs_with_the_browsers_own_player_and_a_text_alternative(client, home_page):
    SongFactory(title="Quê hương nông thôn mới", description="Lời: quê em đổi mới.", sort_order=2)
    SongFactory(title="Bản nháp", live=False)
    SongFactory(title="Video", media_file=None, media_type="", embed_url=VIDEO_URL, sort_order=1)
    box = songs_box(client)
    assert box.h2.get_text() == "Hát về nông thôn mới"
    assert [title.get_text() for title in box.select(".song__title")] == ["Video", "Quê hương nông thôn mới"]
    audio = box.select_one("audio")
    assert audio.has_attr("controls") and audio["preload"] == "none"
    assert audio.source["type"] == "audio/wav" and audio.source["src"].endswith(".wav")
    assert audio["aria-labelledby"] == box.select(".song__title")[1]["id"]
    text = box.select(".song__text")[1]
    assert text.summary.get_text() == "Lời bài hát và mô tả" and "quê em đổi mới" in text.p.get_text()
    # The video was never fetched (no internet here): a plain link, and the page still works.
    link = box.select_one(".song--embed .song__link a")
    assert link["href"] == VIDEO_URL and link.get_text() == "Xem trên www.youtube.com"


def test_a_stored_embed_is_shown_without_calling_the_video_site(client, home_page, monkeypatch):
    import requests

    monkeypatch.setattr(requests, "get", lambda *a, **k: pytest.fail("a page must not fetch an embed"))
    SongFactory(title="Video", media_file=None, media_type="", embed_url=VIDEO_URL)
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        html='<iframe title="Video" src="https://www.youtube.com/embed/x"></iframe>',
        type="video",
        provider_name="YouTube",
    )
    box = songs_box(client)
    assert box.select_one(".song__embed iframe")["title"] == "Video"


def test_no_box_without_live_songs(client, home_page):
    SongFactory(live=False)
    assert songs_box(client) is None


def test_the_box_costs_no_query_once_cached(django_assert_num_queries, home_page):
    for number in range(3):
        SongFactory(title=f"Bài {number}")
    template = Template("{% load songs_tags %}{% songs_widget %}")
    template.render(Context({}))
    with django_assert_num_queries(0):
        html = template.render(Context({}))
    assert html.count("<audio") == 3
    SongFactory(title="Bài mới")  # editors' changes show at once
    assert template.render(Context({})).count("<audio") == 4


def wav_upload(name="bai-hat.wav", content=None):
    return SimpleUploadedFile(name, content if content is not None else tiny_wav(), content_type="audio/wav")


def test_uploads_are_checked_by_content():
    song = Song(title="Bài hát", description="Lời", media_file=wav_upload())
    song.full_clean()
    assert song.media_type == "audio/wav" and song.kind == "audio"
    for name, content in [
        ("bai-hat.mp3", b"<html><script>alert(1)</script></html>" * 10),  # a web page renamed .mp3
        ("bai-hat.wav", b"RIFF\x00\x00\x00\x00JUNK" * 10),
        ("bai-hat.exe", tiny_wav()),
        ("bai-hat.mp4", tiny_wav()),  # audio, but not what its name says
    ]:
        with pytest.raises(ValidationError) as refused:
            Song(title="Bài hát", description="Lời", media_file=wav_upload(name, content)).full_clean()
        assert "media_file" in refused.value.message_dict


def test_uploads_are_limited_in_size(settings):
    settings.SONGS_MAX_UPLOAD_SIZE = 1000
    with pytest.raises(ValidationError, match="quá lớn"):
        Song(title="Bài hát", description="Lời", media_file=wav_upload()).full_clean()


def test_a_song_is_a_file_or_a_video_address_not_both_nor_neither():
    for fields in [{}, {"media_file": wav_upload(), "embed_url": VIDEO_URL}]:
        with pytest.raises(ValidationError):
            Song(title="Bài hát", description="Lời", **fields).full_clean()
    Song(title="Bài hát", description="Lời", embed_url=VIDEO_URL).full_clean()


def test_api_lists_live_songs_in_order(client, home_page):
    SongFactory(title="Thứ hai", sort_order=2)
    SongFactory(title="Thứ nhất", media_file=None, media_type="", embed_url=VIDEO_URL, sort_order=1)
    SongFactory(title="Ẩn", live=False)
    response = client.get("/api/portal/songs")
    assert response.status_code == 200
    first, second = response.json()
    assert first == {
        "id": first["id"],
        "title": "Thứ nhất",
        "description": first["description"],
        "kind": "embed",
        "file_url": None,
        "media_type": None,
        "embed_url": VIDEO_URL,
        "embed_html": None,
    }
    assert second["kind"] == "audio" and second["media_type"] == "audio/wav"
    assert second["file_url"].startswith("http://testserver/media/songs/")
    assert "/api/portal/songs" in client.get("/api/portal/openapi.json").json()["paths"]


def test_editors_add_a_song_in_the_admin_even_when_the_video_site_is_unreachable(admin_client, monkeypatch):
    from wagtail.embeds import embeds
    from wagtail.embeds.exceptions import EmbedNotFoundException

    def unreachable(*args, **kwargs):
        raise EmbedNotFoundException("no network")

    monkeypatch.setattr(embeds, "get_finder_for_embed", unreachable)
    response = admin_client.post(
        "/admin/snippets/songs/song/add/",
        {"title": "Video mới", "embed_url": VIDEO_URL, "description": "Mô tả", "live": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    response = admin_client.post(
        "/admin/snippets/songs/song/add/",
        {"title": "Bài mới", "media_file": wav_upload(), "description": "Lời", "live": "on"},
    )
    assert response.status_code == 302
    assert Song.objects.get(title="Bài mới").media_type == "audio/wav"
    assert admin_client.get("/admin/snippets/songs/song/").status_code == 200


def test_demo_songs_are_real_recordings_made_without_the_internet(demo_site, client):
    songs = list(Song.objects.live())
    assert [song.kind for song in songs] == ["audio", "audio", "audio", "embed"]
    for song in songs[:3]:
        with song.media_file.open("rb") as recording, wave.open(io.BytesIO(recording.read())) as sound:
            assert sound.getnframes() > 0
    assert len(songs_box(client).select("audio")) == 3
