"""The site-wide content version: the one thing that makes cached pages and fragments stale.

It moves on whenever a page is saved (published, unpublished, imported), moved or deleted, or a
setting, snippet, document or privacy rule that pages show is saved; every cache key of a page or
fragment contains it, so a change shows everywhere at once, without an expiry to wait for.
"""

import logging
import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page

from .memo import Memo

logger = logging.getLogger(__name__)

VERSION_KEY = "portal:content-version"
# Each process reads the shared version at most this often: every page served from the page
# cache would otherwise start with a round trip to Redis. Publishing shows everywhere within it.
LOCAL_VERSION_SECONDS = 0.5
_known_version = Memo(LOCAL_VERSION_SECONDS, limit=1)
# A change made while Redis was unreachable could not move the version: this process moves it as
# soon as Redis answers again, so what was cached before the change is not served once it is back.
_unrecorded_change = Memo(24 * 60 * 60, limit=1)


def content_version():
    version = _known_version.get("version")
    if version is not None:
        return version
    version = cache.get(VERSION_KEY)
    if version is not None and _unrecorded_change.get("pending"):
        _unrecorded_change.forget()
        version = _move_version() or version
    if version is None:
        # Milliseconds, so a version made after a cache flush never repeats an older one.
        cache.add(VERSION_KEY, int(time.time() * 1000), timeout=None)
        version = cache.get(VERSION_KEY, 0)
    _known_version.set("version", version)
    return version


def bump_content_version(**kwargs):
    if _move_version() is None:
        logger.warning("content changed while Redis is unreachable: cached pages are made stale when it is back")
        _unrecorded_change.set("pending", True)
    # This process sees its own change at once; the others within LOCAL_VERSION_SECONDS.
    _known_version.forget()


def _move_version():
    """The new version, or None when Redis is unreachable (the cache ignores its errors)."""
    try:
        return cache.incr(VERSION_KEY)
    except ValueError:
        # No version yet (a flushed cache): a new one in milliseconds, never an older one again.
        version = int(time.time() * 1000)
        cache.set(VERSION_KEY, version, timeout=None)
        return version


def invalidate_on_change(*models):
    """Move the content version whenever one of these (non-page) models is saved or deleted."""
    for model in models:
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"fragments-save-{model._meta.label}")
        post_delete.connect(bump_content_version, sender=model, dispatch_uid=f"fragments-delete-{model._meta.label}")


def page_changed(sender, instance, **kwargs):
    # Any page save, not only a publish: imports and scripts write live pages directly.
    if isinstance(instance, Page):
        bump_content_version()
