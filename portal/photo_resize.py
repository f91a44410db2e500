"""Camera photos scaled down before they are stored, instead of refused.

A phone or camera photo is 7000 × 5000 pixels and 28 MB; pages show renditions at most 960 pixels
wide. The image form (`portal.uploads.PortalImageForm`, which Wagtail's add view, multiple uploader
and the chooser's upload tab all use) takes uploads up to `PORTAL_IMAGES_MAX_RAW_UPLOAD_SIZE`; a
photo whose longer side is over `PORTAL_IMAGES_MAX_SIDE` is scaled down to it, with the camera's
orientation (EXIF) applied, in its own format (JPEG, WebP and AVIF at quality 85), before it is
stored. The image's size, dimensions and hash are then those of the stored file.

Wagtail's image field checks the upload first: format, and pixel count from the file's header,
so a decompression bomb is refused before anything is decoded. What is stored, scaled or not, may
be no larger than `WAGTAILIMAGES_MAX_UPLOAD_SIZE`. Animated images are stored as they are.
"""

import io
import logging
import os

from PIL import Image as PILImage
from PIL import ImageOps

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

QUALITY = 85
SAVE_OPTIONS = {
    "JPEG": {"quality": QUALITY, "optimize": True},
    "WEBP": {"quality": QUALITY},
    "AVIF": {"quality": QUALITY},
    "PNG": {},
    "GIF": {},
}
KEEPS_METADATA = {"JPEG", "WEBP", "AVIF", "PNG"}  # formats Pillow writes an ICC profile and EXIF into


def accept_camera_photos(field):
    """Let Wagtail's image field take uploads up to the raw limit, and tell editors what happens."""
    max_size = settings.PORTAL_IMAGES_MAX_RAW_UPLOAD_SIZE
    field.max_upload_size = max_size
    field.max_upload_size_text = filesizeformat(max_size)  # Wagtail's "too big" message shows it
    field.error_messages["file_too_large_unknown_size"] = _(
        "This file is too big. Images may be up to %(max_size)s."
    ) % {"max_size": field.max_upload_size_text}
    field.help_text = _(
        "Supported formats: %(formats)s. Up to %(max_size)s. A photo over %(max_side)s pixels wide or high "
        "is scaled down to that size when it is uploaded."
    ) % {
        "formats": field.supported_formats_text,
        "max_size": field.max_upload_size_text,
        "max_side": settings.PORTAL_IMAGES_MAX_SIDE,
    }


def photo_for_storage(upload):
    """The upload as it is to be stored: scaled down if it is larger than pages need.
    Raises ValidationError if it is still larger than what is stored."""
    stored = scaled_down(upload) or upload
    max_stored = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    if max_stored is not None and stored.size > max_stored:
        raise ValidationError(
            _(
                "“%(name)s” is too big to store: %(size)s, and an image of at most %(max_side)s pixels wide "
                "and high may take %(max_size)s. Save it as a JPEG photo and upload it again."
            )
            % {
                "name": os.path.basename(upload.name),
                "size": filesizeformat(stored.size),
                "max_side": settings.PORTAL_IMAGES_MAX_SIDE,
                "max_size": filesizeformat(max_stored),
            },
            code="file_too_large",
        )
    return stored


def scaled_down(upload):
    """A new upload holding the photo scaled to `PORTAL_IMAGES_MAX_SIDE` on its longer side, or None
    when it is no larger than that (or animated, or in a format not re-encoded here)."""
    max_side = settings.PORTAL_IMAGES_MAX_SIDE
    upload.seek(0)
    try:
        with PILImage.open(upload) as photo:
            image_format = photo.format
            if max(photo.size) <= max_side or getattr(photo, "is_animated", False) or image_format not in SAVE_OPTIONS:
                return None
            original_size = photo.size
            icc_profile = photo.info.get("icc_profile")
            # Pillow resizes palette images pixel by pixel (nearest neighbour): blocky photos.
            image = photo.convert("RGBA" if "transparency" in photo.info else "RGB") if photo.mode == "P" else photo
            # In place; a JPEG many times larger is first decoded at a fraction of its size (draft mode).
            image.thumbnail((max_side, max_side), PILImage.Resampling.LANCZOS)
            scaled = ImageOps.exif_transpose(image)  # the camera's rotation, then dropped from its EXIF
            options = dict(SAVE_OPTIONS[image_format])
            if image_format in KEEPS_METADATA:
                if icc_profile:
                    options["icc_profile"] = icc_profile
                if exif := scaled.getexif():
                    options["exif"] = exif
            buffer = io.BytesIO()
            scaled.save(buffer, image_format, **options)
    except (OSError, ValueError) as error:
        # The field could read it: store it as it came (the stored size limit still applies).
        logger.warning("Could not scale down the uploaded image %s: %s", upload.name, error)
        return None
    finally:
        upload.seek(0)
    logger.info(
        "Scaled down %s from %s×%s (%s bytes) to %s×%s (%s bytes)",
        upload.name,
        *original_size,
        upload.size,
        *scaled.size,
        buffer.tell(),
    )
    return SimpleUploadedFile(upload.name, buffer.getvalue(), content_type=getattr(upload, "content_type", None))
