"""Pages and tags whose addresses kept Vietnamese letters get ASCII ones (issue 26); the old
addresses answer with a permanent redirect, so shared and printed links keep working."""

from django.db import migrations

from wagtail.contrib.redirects.models import Redirect as RedirectModel

from portal.caching.version import bump_content_version
from portal.slugs import ascii_slug

DEFAULT_LANGUAGE = "vi"


def free_slug(base, taken):
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def public_path(page, homes, locales):
    """The page's address on its site: its path below its language's home page, prefixed with the
    language unless it is the default one (portal/urls.py: i18n_patterns)."""
    home = homes.get(page.path[:8])
    if home is None:
        return None
    path = "/" + page.url_path[len(home.url_path) :]
    language = locales.get(page.locale_id, DEFAULT_LANGUAGE)
    return path if language == DEFAULT_LANGUAGE else f"/{language}{path}"


def ascii_page_slugs(apps, Redirect):
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    Locale = apps.get_model("wagtailcore", "Locale")
    locales = dict(Locale.objects.values_list("pk", "language_code"))
    homes = {home.path: home for home in Page.objects.filter(depth=2)}
    for page in Page.objects.filter(depth__gt=2).order_by("path"):  # parents first
        if page.slug.isascii():
            continue
        page.refresh_from_db()  # a parent's new address has changed this one's url_path
        subtree = list(Page.objects.filter(path__startswith=page.path).order_by("path"))
        old_paths = {each.pk: public_path(each, homes, locales) for each in subtree}
        siblings = Page.objects.filter(path__startswith=page.path[:-4], depth=page.depth).exclude(pk=page.pk)
        new_slug = free_slug(ascii_slug(page.slug) or "trang", set(siblings.values_list("slug", flat=True)))
        old_url_path = page.url_path
        new_url_path = old_url_path[: -len(page.slug) - 1] + new_slug + "/"
        for each in subtree:
            each.url_path = new_url_path + each.url_path[len(old_url_path) :]
            Page.objects.filter(pk=each.pk).update(url_path=each.url_path)
        Page.objects.filter(pk=page.pk).update(slug=new_slug)
        for revision in Revision.objects.filter(object_id=str(page.pk)):
            if revision.content.get("slug") == page.slug:
                revision.content["slug"] = new_slug
                revision.content["url_path"] = new_url_path
                revision.save(update_fields=["content"])
        for each in subtree:
            if old_paths[each.pk]:
                Redirect.objects.get_or_create(
                    old_path=RedirectModel.normalise_path(old_paths[each.pk]),
                    site=None,
                    defaults={"redirect_page_id": each.pk, "is_permanent": True},
                )


def ascii_tag_slugs(apps, Redirect):
    Tag = apps.get_model("taggit", "Tag")
    taken = set(Tag.objects.values_list("slug", flat=True))
    for tag in Tag.objects.order_by("pk"):
        if tag.slug.isascii():
            continue
        new_slug = free_slug(ascii_slug(tag.name) or "tag", taken)
        taken.add(new_slug)
        Redirect.objects.get_or_create(
            old_path=RedirectModel.normalise_path(f"/tag/{tag.slug}/"),
            site=None,
            defaults={"redirect_link": f"/tag/{new_slug}/", "is_permanent": True},
        )
        Tag.objects.filter(pk=tag.pk).update(slug=new_slug)


def ascii_addresses(apps, schema_editor):
    Redirect = apps.get_model("wagtailredirects", "Redirect")
    before = Redirect.objects.count()
    ascii_page_slugs(apps, Redirect)
    ascii_tag_slugs(apps, Redirect)
    if Redirect.objects.count() != before:
        bump_content_version()  # pages stored in the page cache name the old addresses


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_move_documents_out_of_media"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(ascii_addresses, migrations.RunPython.noop)]
