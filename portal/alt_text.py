"""Images without real alt text: the editors' commonest accessibility mistake.

Wagtail fills a missing alt text with the image's title, and the title of an upload is its file
name ("IMG_2031", "anh-hoi-nghi"): a screen reader then reads out a file name. Two checks:

- the content checker (the page editor's "Kiểm tra" panel, the userbar on the site) gets a rule
  flagging an `<img>` without an alt attribute, or whose alt looks like a file name
  (`add_alt_text_rule`, registered in portal/wagtail_hooks.py);
- a page form with `AltTextBeforePublishingMixin` refuses to publish while an image of the page has
  no real alt text, naming the image where it is; saving a draft is still allowed.

An image has real alt text when its block's alt text is real text, or the image is marked
decorative, or (no alt text in the block, or no alt field at all) the image's own description is
real text: what the page then renders as the alt.
"""

import os
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.rich_text.rewriters import FIND_EMBED_TAG, extract_attrs

# One pattern for the content checker (a JavaScript RegExp, flag "i") and for publishing (Python):
# only what both read the same way.
FILE_NAME_PATTERN = "|".join(
    [
        r"\.(?:avif|bmp|gif|heic|heif|jfif|jpe?g|png|svg|tiff?|webp)$",  # ends with an image extension
        r"_",  # as Wagtail's own check: "IMG_2031", "FB_IMG_1712", a Zalo "z5123_8f2d..."
        r"^(?:img|dsc[fn]?|dcim|pxl|mvimg|p)-?[0-9]{3,}",  # cameras and phones: IMG1234, DSC0001, P1010001
        r"^\S*[a-z0-9]-[a-z0-9]\S*$",  # a slug, words joined by hyphens with no space: anh-hoi-nghi-2024
        r"^[0-9]+$",
    ]
)
FILE_NAME = re.compile(FILE_NAME_PATTERN, re.IGNORECASE)
# What Django's storage appends to a name already taken: "anh_Ab3dE7f.jpg".
STORAGE_SUFFIX = re.compile(r"_[A-Za-z0-9]{7}$")

ALT_TEXT_RULE = "portal-image-alt-text"
WAGTAIL_ALT_TEXT_RULE = "alt-text-quality"
ALT_TEXT_CHECK = "check-image-alt-text"  # Wagtail's check: fails when the alt matches `pattern`


def looks_like_file_name(text):
    return bool(FILE_NAME.search(text.strip()))


def is_real_alt_text(text, image=None):
    """Not empty, not a file name, and not the name of `image`'s own file."""
    text = (text or "").strip()
    if not text or looks_like_file_name(text):
        return False
    return image is None or text.casefold() not in file_names_of(image)


def file_names_of(image):
    name = os.path.basename(image.file.name or "")
    stem = os.path.splitext(name)[0]
    return {form.casefold() for form in (name, stem, STORAGE_SUFFIX.sub("", stem)) if form}


def has_real_description(image):
    return is_real_alt_text(getattr(image, "description", ""), image)


def image_block_is_described(image):
    """For an ImageBlock's value: the image, with the block's `contextual_alt_text` and `decorative`."""
    if getattr(image, "decorative", False):
        return True
    alt_text = (getattr(image, "contextual_alt_text", None) or "").strip()
    if alt_text:
        return is_real_alt_text(alt_text, image)
    return has_real_description(image)


def image_block_error(image):
    return blocks.StructBlockValidationError(
        block_errors={
            "alt_text": ValidationError(
                _(
                    "The image “%(image)s” has no real alt text: it is empty or a file name. Describe what the "
                    "image shows, or tick “Image is decorative”, before publishing or submitting for approval."
                )
                % {"image": image.title},
                code="alt_text",
            )
        }
    )


def image_description_error(image):
    return ValidationError(
        _(
            "The image “%(image)s” has no real description (it is empty or a file name), and pages use it "
            "as the image's alt text. Add a description of what the image shows (Images, edit the image) "
            "before publishing or submitting for approval."
        )
        % {"image": image.title},
        code="alt_text",
    )


def rich_text_error(titles):
    return ValidationError(
        _(
            "In this text, the alt text of %(images)s is a file name. Edit the image in the text and describe "
            "what it shows, or mark it as decorative, before publishing or submitting for approval."
        )
        % {"images": ", ".join(f"“{title}”" for title in titles)},
        code="alt_text",
    )


def rich_text_images_without_alt_text(source):
    """Titles of the images embedded in rich text whose alt is a file name (an empty one is decorative)."""
    embeds = [extract_attrs(match.group(1)) for match in FIND_EMBED_TAG.finditer(source or "")]
    images = [attrs for attrs in embeds if attrs.get("embedtype") == "image" and attrs.get("id", "").isdigit()]
    if not images:
        return []
    found = get_image_model().objects.in_bulk([int(attrs["id"]) for attrs in images])
    titles = []
    for attrs in images:
        image = found.get(int(attrs["id"]))
        alt_text = attrs.get("alt", "").strip()
        if image is not None and alt_text and not is_real_alt_text(alt_text, image):
            titles.append(image.title)
    return titles


def alt_text_errors(block, value):
    """The images of a block's value without real alt text, as an error shaped like the ones `block`
    raises itself, so the editor shows each at its image; None when every image is described."""
    if value is None:
        return None
    if isinstance(block, ImageBlock):
        return None if image_block_is_described(value) else image_block_error(value)
    if isinstance(block, ImageChooserBlock):
        return None if has_real_description(value) else image_description_error(value)
    if isinstance(block, blocks.RichTextBlock):
        titles = rich_text_images_without_alt_text(value.source)
        return rich_text_error(titles) if titles else None
    if isinstance(block, blocks.StreamBlock):
        errors = errors_of_children((index, child.block, child.value) for index, child in enumerate(value))
        return blocks.StreamBlockValidationError(block_errors=errors) if errors else None
    if isinstance(block, blocks.ListBlock):
        errors = errors_of_children((index, block.child_block, item) for index, item in enumerate(value))
        return blocks.ListBlockValidationError(block_errors=errors) if errors else None
    if isinstance(block, blocks.StructBlock):
        errors = errors_of_children((name, child, value.get(name)) for name, child in block.child_blocks.items())
        return blocks.StructBlockValidationError(block_errors=errors) if errors else None
    return None


def errors_of_children(children):
    """{key: error} for the (key, block, value) children with images without real alt text."""
    errors = {}
    for key, block, value in children:
        if (error := alt_text_errors(block, value)) is not None:
            errors[key] = error
    return errors


class AltTextBeforePublishingMixin:
    """For a page's `base_form_class` (before WagtailAdminPageForm): every image of the page's
    StreamFields, and of the image fields named in `alt_text_image_fields`, needs real alt text.

    Checked whenever Wagtail validates the form in full: publishing, submitting for approval and
    the reviewers' actions in the editor. Not for "Save draft" (nor autosave), for which Wagtail
    defers its own required fields, and its own "alt text or decorative" check of image blocks."""

    # Image fields (foreign keys) the page shows; their image's description is the alt text.
    alt_text_image_fields = ()

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        stream_fields = [name for name, field in self.fields.items() if isinstance(field, blocks.BlockField)]
        for name in stream_fields:
            if (error := alt_text_errors(self.fields[name].block, cleaned_data.get(name))) is not None:
                self.add_error(name, error)
        for name in self.alt_text_image_fields:
            image = cleaned_data.get(name)
            if image is not None and not has_real_description(image):
                self.add_error(name, image_description_error(image))
        return cleaned_data


def add_alt_text_rule(item):
    """Make a content checker item (wagtail.admin.userbar.ContentCheckerItem) flag images without
    an alt attribute or whose alt looks like a file name, with our message.

    The rule reuses Wagtail's pattern check with our pattern (axe takes a check's options per rule)
    and replaces Wagtail's "alt-text-quality", whose file names ours includes: one issue an image."""
    item.axe_custom_rules = [
        *item.axe_custom_rules,
        {
            "id": ALT_TEXT_RULE,
            "impact": "serious",
            "selector": "img",
            "tags": ["best-practice"],
            # "has-alt" is axe's own check; an empty alt passes both: a decorative image.
            "all": ["has-alt", ALT_TEXT_CHECK],
            "enabled": True,
        },
    ]
    item.axe_rules = {
        **item.axe_rules,
        ALT_TEXT_RULE: {"checks": {ALT_TEXT_CHECK: {"options": {"pattern": FILE_NAME_PATTERN}}}},
    }
    run_only = item.axe_run_only
    if run_only:  # otherwise axe runs every enabled rule, ours included
        item.axe_run_only = [rule for rule in run_only if rule != WAGTAIL_ALT_TEXT_RULE] + [ALT_TEXT_RULE]
    item.axe_messages = {
        **item.axe_messages,
        ALT_TEXT_RULE: {
            "error_name": _("Image without real alt text"),
            "help_text": _(
                "Its alt text is missing or is a file name (such as IMG_2031 or anh-hoi-nghi.jpg). "
                "Describe what the image shows, or mark it as decorative."
            ),
        },
    }
