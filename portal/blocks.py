"""StreamField blocks shared by every page type. One template per block in templates/blocks/."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from .images import image_api_representation

RICH_TEXT_FEATURES = [
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "image",
    "superscript",
    "subscript",
    "blockquote",
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A section heading inside the content.")
        preview_value = {"text": "Kết quả xây dựng nông thôn mới năm 2024", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        max_length=500,
        help_text=_("Shown under the image, e.g. who is speaking in a photo."),
    )

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/captioned_image_block.html"
        description = _("A photo with alt text and an optional caption.")

    def get_api_representation(self, value, context=None):
        image = value["image"]
        return {
            "image": image_api_representation(image, alt=getattr(image, "contextual_alt_text", None)),
            "caption": value["caption"],
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        description = _("A highlighted quotation with who said it.")
        preview_value = {
            "text": "Xây dựng nông thôn mới là sự nghiệp của toàn dân.",
            "attribution": "Ban Chỉ đạo",
        }


class VideoEmbedBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video URL"), help_text=_("A YouTube, Vimeo or Facebook video address."))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_embed_block.html"
        description = _("An embedded video from a video site.")

    def get_api_representation(self, value, context=None):
        embed = value["video"]
        return {"url": embed.url if embed else None, "caption": value["caption"]}


class ContentStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Formatted text with links."),
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoEmbedBlock()
