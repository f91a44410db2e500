"""Preview tokens: a signed (page, revision) pair, no table.

A token shows the draft it was made for, in the page's own API serialisation, until that
draft (or a later one) is published, or HEADLESS_PREVIEW_TOKEN_MAX_AGE passes.
"""

from django.conf import settings
from django.core import signing

from wagtail.models import Page

SALT = "portal.headless_preview"


class InvalidToken(Exception):
    pass


def content_type_label(page):
    content_type = page.specific_class._meta
    return f"{content_type.app_label}.{content_type.model_name}"


def make_token(revision):
    return signing.dumps({"page": int(revision.object_id), "revision": revision.pk}, salt=SALT)


def draft_for_token(token, content_type):
    """The page as its draft revision has it; InvalidToken when it must not be shown."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.HEADLESS_PREVIEW_TOKEN_MAX_AGE)
        page = Page.objects.get(pk=data["page"]).specific
    except (signing.BadSignature, Page.DoesNotExist, KeyError, TypeError) as exc:
        raise InvalidToken from exc
    if content_type != content_type_label(page):
        raise InvalidToken
    revision = page.revisions.filter(pk=data["revision"]).first()
    # Published since: the live page (or a newer draft's token) is what clients read now.
    if revision is None or (page.live_revision_id is not None and revision.pk <= page.live_revision_id):
        raise InvalidToken
    return revision.as_object()


def client_url(site):
    urls = settings.HEADLESS_PREVIEW_CLIENT_URLS
    return urls.get(site.hostname if site else None) or urls.get("default")
