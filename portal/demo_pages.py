"""Demo pages kept as the demo describes them: published once, republished only when they differ.

`content` is a dict of field values; stream fields are given as [(block type, text)] pairs.
"""

from wagtail.models import Site


def site_root():
    """The default site's root page (the Vietnamese home): where each app's demo puts its pages."""
    return Site.objects.get(is_default_site=True).root_page.specific


def set_fields(page, content):
    for name, value in content.items():
        setattr(page, name, value)


def stream_text(stream):
    return [(block.block_type, getattr(block.value, "source", str(block.value))) for block in stream]


def has_fields(page, content):
    for name, value in content.items():
        current = getattr(page, name)
        if hasattr(current, "stream_block"):
            if stream_text(current) != [(kind, str(text)) for kind, text in value]:
                return False
        elif current != value:
            return False
    return True


def keep_child(parent, model, content, log, fill=set_fields, matches=has_fields):
    """The child of `parent` with `content["slug"]`, made (last of its siblings) and published, or
    brought up to date."""
    page = model.objects.child_of(parent).filter(slug=content["slug"]).first()
    if page is None:
        page = model(show_in_menus=True, title=content["title"], slug=content["slug"])
        fill(page, content)
        parent.add_child(instance=page)
        page.save_revision().publish()
        log(f"{content['title']}: published")
        return page
    keep_up_to_date(page, content, log, fill, matches)
    return page


def keep_translation(source, locale, content, log, fill=set_fields, matches=has_fields):
    """`source`'s translation into `locale` (its parent must be translated first), as `content` says."""
    page = source.get_translation_or_none(locale)
    if page is None:
        page = source.copy_for_translation(locale).specific
        log(f"{content['title']}: translated from {source.title}")
    keep_up_to_date(page.specific, content, log, fill, matches)
    return page


def keep_up_to_date(page, content, log, fill=set_fields, matches=has_fields):
    if page.live and not page.has_unpublished_changes and matches(page, content):
        log(f"{content['title']}: up to date")
        return
    fill(page, content)
    page.save_revision().publish()
    log(f"{content['title']}: published")


def move_last(page, log):
    """`page` last among its siblings, where menus (which follow the tree's order) end."""
    last = page.get_siblings().last()
    if last is not None and last.pk != page.pk:
        page.move(last, pos="right")
        log(f"{page.title}: moved last in the menu")
