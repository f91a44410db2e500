"""Is an uploaded file really audio or video a browser can play? Checked by its bytes."""

import os

import filetype

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

HEAD_BYTES = 8192
# Extension → the MIME types its content may have (as `filetype` names them) and the type the
# <source> element announces. Formats every current browser plays.
PLAYABLE = {
    "mp3": ({"audio/mpeg"}, "audio/mpeg"),
    "m4a": ({"audio/mp4", "video/mp4", "audio/m4a"}, "audio/mp4"),
    "ogg": ({"audio/ogg"}, "audio/ogg"),
    "oga": ({"audio/ogg"}, "audio/ogg"),
    "wav": ({"audio/x-wav", "audio/wav"}, "audio/wav"),
    "mp4": ({"video/mp4"}, "video/mp4"),
    "webm": ({"video/webm", "audio/webm"}, "video/webm"),
}
PLAYABLE_EXTENSIONS = tuple(PLAYABLE)


def max_upload_size():
    return settings.SONGS_MAX_UPLOAD_SIZE


def playable_media_type(file):
    """The MIME type of an uploaded audio or video file; ValidationError if it is not one."""
    extension = os.path.splitext(file.name or "")[1].lstrip(".").lower()
    if extension not in PLAYABLE:
        raise ValidationError(
            _("Upload an audio or video file (%(extensions)s).") % {"extensions": ", ".join(PLAYABLE_EXTENSIONS)},
            code="invalid_extension",
        )
    if file.size is not None and file.size > max_upload_size():
        raise ValidationError(
            _("This file is too big: at most %(size)s.") % {"size": filesizeformat(max_upload_size())},
            code="too_big",
        )
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    kind = filetype.guess(head)
    accepted, announced = PLAYABLE[extension]
    if kind is None or kind.mime not in accepted:
        raise ValidationError(
            _("The file's content is not %(extension)s audio or video.") % {"extension": extension.upper()},
            code="content_mismatch",
        )
    return announced
