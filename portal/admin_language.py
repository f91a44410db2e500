"""The admin's last English and awkward strings (issue 26, point 6) that no catalogue entry can fix.

Most of the admin's Vietnamese comes from locale_admin/; what is here is English that Wagtail never
passes through gettext, or wording that depends on code:

- the table block's context menu: Handsontable has its own dictionaries and none for Vietnamese, so
  static/portal/admin/handsontable-vi.js registers one under the code the block passes ("vi");
- Wagtail's help menu links to its English editor guide and release notes: they are left out;
- the site list's "Port", "Site name", "Root page" columns are labelled from the field names, not
  from the fields' (translated) verbose names;
- block labels show as written ("chú thích"), where Django shows a model field's label capitalised;
  `capitalise_block_labels` gives blocks the same treatment, so catalogues keep the lower-case
  wording Django's verbose names use (and the migrations keep the labels they record);
- ImageBlock labels its chooser "Image", from the child's name, past gettext;
- Django's User.get_full_name puts the given name first ("Lan Nguyễn Thị"); Vietnamese names start
  with the family name ("Nguyễn Thị Lan"), and Wagtail shows users by get_full_name everywhere.
"""

from django.apps import apps
from django.contrib.auth.models import AbstractUser
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.blocks import ListBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Site
from wagtail.sites.views import IndexView as SiteIndexView

# Wagtail's help menu items that lead to English-only pages on guide.wagtail.org.
ENGLISH_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("insert_editor_js")
def table_editor_in_vietnamese():
    return format_html('<script src="{}" defer></script>', static("portal/admin/handsontable-vi.js"))


@hooks.register("construct_help_menu")
def hide_english_guides(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(ENGLISH_HELP_ITEMS)]


def label_site_columns():
    """The site list's columns named like the site form's fields: "Cổng", "Tên trang web", "Trang gốc"."""
    fields = {field.name: field for field in Site._meta.fields}
    for column in SiteIndexView.columns:
        field = fields.get(column.name)
        if field is not None and column.label == capfirst(column.name.replace("_", " ")):
            column.label = capfirst(field.verbose_name)


def vietnamese_full_name(user):
    """Family name first, as Vietnamese names are written: "Nguyễn Thị Lan"."""
    return f"{user.last_name} {user.first_name}".strip()


def capitalise_block_labels():
    """Each StreamField block's label with a capital first letter, as Django shows model field labels."""
    seen = set()

    def walk(block):
        if id(block) in seen:
            return
        seen.add(id(block))
        if block.label:
            block.label = capfirst(block.label)
        if isinstance(block, ImageBlock) and block.child_blocks["image"].meta.label is None:
            block.child_blocks["image"].label = _("Image")
        for child in getattr(block, "child_blocks", {}).values():
            walk(child)
        if isinstance(block, ListBlock):
            walk(block.child_block)

    # Forward fields only (_meta.fields): _meta.get_fields() here, in the first app's ready(), caches
    # every model's reverse relations before the other apps are ready; with it, a browser test that
    # followed another failed to restore its data (duplicate content types).
    for model in apps.get_models():
        for field in model._meta.fields:
            if isinstance(field, StreamField):
                walk(field.stream_block)


def install():
    """Called once the apps are ready (portal.apps)."""
    AbstractUser.get_full_name = vietnamese_full_name
    label_site_columns()
    capitalise_block_labels()
