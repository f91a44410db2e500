"""StreamField blocks shared by every page type. One template per block in templates/blocks/."""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from .images import THUMBNAIL_RENDITION, absolute_media_url, image_api_representation
from .privacy import is_public_document, is_public_page

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


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=255)
    images = blocks.ListBlock(CaptionedImageBlock(), label=_("images"), min_num=2)

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "blocks/gallery_block.html"
        description = _("Several photos shown as a grid, each with its caption.")

    def get_api_representation(self, value, context=None):
        image_block = self.child_blocks["images"].child_block
        return {
            "title": value["title"],
            "images": [
                {
                    **image_block.get_api_representation(item, context),
                    "thumbnail": image_api_representation(item["image"], THUMBNAIL_RENDITION),
                }
                for item in value["images"]
            ],
        }


class DocumentValue(blocks.StructValue):
    @cached_property
    def public_document(self):
        """The document, unless it is in a private collection: then the block shows nothing."""
        document = self.get("document")
        return document if is_public_document(document) else None


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"), required=False, max_length=255, help_text=_("Leave empty to use the document title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document attachment")
        template = "blocks/document_block.html"
        description = _("A file visitors can download, with its type and size.")
        value_class = DocumentValue

    def is_hidden(self, value):
        return value.public_document is None

    def get_api_representation(self, value, context=None):
        document = value.public_document
        if document is None:
            return None
        return {
            "title": value["title"] or document.title,
            "url": absolute_media_url(document.url),
            "file_extension": document.file_extension,
            "file_size": document.get_file_size(),
        }


class RelatedLinkValue(blocks.StructValue):
    @cached_property
    def public_page(self):
        """The linked page if anonymous visitors may read it (live, not restricted), else None."""
        page = self.get("page")
        return page if is_public_page(page) else None

    @property
    def is_hidden(self):
        # A link to a draft or a private page shows nothing: not its title, not its address.
        return bool(self.get("page")) and self.public_page is None


class RelatedLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external address"), required=False)
    title = blocks.CharBlock(label=_("link text"), required=False, max_length=255)

    class Meta:
        icon = "link"
        label = _("Related link")
        template = "blocks/related_link_block.html"
        description = _("A link to another page of the portal or to another site.")
        value_class = RelatedLinkValue

    def is_hidden(self, value):
        return value.is_hidden

    def clean(self, value):
        value = super().clean(value)
        if bool(value["page"]) == bool(value["url"]):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter an address, not both."))}
            )
        if value["url"] and not value["title"]:
            raise blocks.StructBlockValidationError(
                block_errors={"title": ValidationError(_("An external link needs a link text."))}
            )
        return value

    def get_api_representation(self, value, context=None):
        if value.is_hidden:
            return None
        page = value.public_page
        return {
            "title": value["title"] or (page.title if page else ""),
            "url": page.full_url if page else value["url"],
            "page_id": page.pk if page else None,
        }


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
    gallery = GalleryBlock()
    quote = QuoteBlock()
    video = VideoEmbedBlock()
    table = TableBlock(
        label=_("Table"),
        description=_("A table of figures with an optional header row."),
    )
    document = DocumentBlock()
    related_link = RelatedLinkBlock()

    def get_api_representation(self, value, context=None):
        """Wagtail's representation, without the blocks that refer to something not public."""
        return [
            item
            for item, child in zip(super().get_api_representation(value, context), value or [], strict=True)
            if not (hasattr(child.block, "is_hidden") and child.block.is_hidden(child.value))
        ]
