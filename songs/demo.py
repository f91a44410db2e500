"""Demo songs for "Hát về nông thôn mới": three short generated recordings and one video
address. Nothing is fetched from the internet: without a stored embed the video is a link."""

from django.core.files.base import ContentFile

from portal.demo import SITE_ADMINS
from portal.desks import desk

from .models import Song
from .sounds import tiny_wav

RECORDINGS = [
    (
        "Quê hương nông thôn mới",
        "que-huong-nong-thon-moi.wav",
        (523.25, 659.25, 783.99, 1046.5),
        "Bản thu mẫu của trang trình diễn: bốn nốt nhạc ngắn, đi lên, không có lời hát.",
    ),
    (
        "Hà Tĩnh đổi mới",
        "ha-tinh-doi-moi.wav",
        (392.0, 493.88, 587.33),
        "Bản thu mẫu của trang trình diễn: ba nốt nhạc ngắn, không có lời hát.",
    ),
    (
        "Làng quê đáng sống",
        "lang-que-dang-song.wav",
        (440.0, 554.37, 659.25, 880.0),
        "Bản thu mẫu của trang trình diễn: bốn nốt nhạc ngắn, không có lời hát.",
    ),
]
VIDEO = (
    "Video các bài hát về nông thôn mới",
    "https://www.youtube.com/results?search_query=h%C3%A1t+v%E1%BB%81+n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi",
    "Tuyển chọn các bài hát về xây dựng nông thôn mới trên YouTube. Người biên tập thay bằng địa chỉ của video"
    " chính thức.",
)


def load(log):
    added = 0
    for order, (title, filename, notes, description) in enumerate(RECORDINGS):
        if Song.objects.filter(title=title).exists():
            continue
        song = Song(title=title, description=description, sort_order=order)
        song.media_file = ContentFile(tiny_wav(notes), name=filename)
        song.full_clean()
        song.save()
        added += 1
    title, url, description = VIDEO
    if not Song.objects.filter(title=title).exists():
        Song.objects.create(title=title, embed_url=url, description=description, sort_order=len(RECORDINGS))
        added += 1
    log(f"songs: {added} added, {len(RECORDINGS) + 1 - added} already there")
    desk(SITE_ADMINS, models=[Song])
