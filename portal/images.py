from rest_framework.fields import Field

from django.conf import settings

# One display size for images in content and one for thumbnails in listings, so
# renditions are generated once and shared between templates and the API.
CONTENT_RENDITION = "width-960|format-webp"
THUMBNAIL_RENDITION = "fill-480x300|format-webp"
# Logos and QR codes: never cropped.
PARTNER_LINK_RENDITION = "max-240x120"


def absolute_media_url(url):
    if url.startswith(("http://", "https://")):
        return url
    return settings.WAGTAILAPI_BASE_URL.rstrip("/") + url


def image_api_representation(image, spec=CONTENT_RENDITION, alt=None):
    """An image as headless clients need it: a ready rendition URL, never a bare id."""
    if image is None:
        return None
    rendition = image.get_rendition(spec)
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text if alt is None else alt,
        "url": absolute_media_url(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


class ImageRenditionsField(Field):
    """An image at the two sizes pages use, for `APIField(..., serializer=...)`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, image):
        return {
            **image_api_representation(image, CONTENT_RENDITION),
            "thumbnail": image_api_representation(image, THUMBNAIL_RENDITION),
        }
