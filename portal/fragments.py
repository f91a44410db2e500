"""Shared parts of public pages (menu, breadcrumbs, footer, widget lists) kept in the cache.

Every cached part is keyed by a site-wide content version, which moves on whenever a page is
saved (published, unpublished, imported), moved or deleted, or a setting or snippet that pages
show is saved.
A new article is thus in every menu and list at once, without waiting for an expiry.
"""

import logging
import time

from redis.exceptions import RedisError

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page

logger = logging.getLogger(__name__)

VERSION_KEY = "portal:content-version"
# Bounds staleness where the cache is not shared between processes (local memory).
FRAGMENT_TIMEOUT = 300


# Each process reads the shared version at most this often: every page served from the page
# cache would otherwise start with a round trip to Redis. Publishing shows everywhere within it.
LOCAL_VERSION_SECONDS = 0.5
_local = {"version": None, "read_at": 0.0}


def content_version():
    now = time.monotonic()
    if _local["version"] is not None and now - _local["read_at"] < LOCAL_VERSION_SECONDS:
        return _local["version"]
    version = cache.get(VERSION_KEY)
    if version is None:
        # Milliseconds, so a version made after a cache flush never repeats an older one.
        cache.add(VERSION_KEY, int(time.time() * 1000), timeout=None)
        version = cache.get(VERSION_KEY, 0)
    _local.update(version=version, read_at=now)
    return version


def bump_content_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, int(time.time() * 1000), timeout=None)
    except RedisError as exc:
        logger.warning("could not move the content version: %s", exc)
    # This process sees its own change at once; the others within LOCAL_VERSION_SECONDS.
    _local["version"] = None


def fragment_key(name, *parts):
    return ":".join(["fragment", name, str(content_version()), *map(str, parts)])


_local_state_forgetters = []


def remember_locally(forget):
    """Register `forget()`, which drops another module's per-process copy of shared state."""
    _local_state_forgetters.append(forget)


class LocalCopies:
    """Values this process has read from the shared cache under the current content version,
    so serving them again costs no round trip to Redis and no unpickling. All are forgotten
    when the version moves, once `max_age()` seconds old (what the shared entries would expire
    after), and wholesale past `limit` entries. Only for values nobody deletes from the shared
    cache: such a deletion could not reach the other processes' copies. Callers treat the
    values as read-only (they copy what they change), as they would a cache hit."""

    def __init__(self, limit, max_age):
        self.limit, self.max_age = limit, max_age
        self.forget()
        remember_locally(self.forget)

    def forget(self):
        self.version, self.since, self.values = None, 0.0, {}

    def get(self, version, key):
        now = time.monotonic()
        if version != self.version or now - self.since > self.max_age():
            self.version, self.since, self.values = version, now, {}
        return self.values.get(key)

    def keep(self, version, key, value):
        if version == self.version:
            if len(self.values) >= self.limit:
                self.values = {}
            self.values[key] = value


# The menu, settings and widget lists of every page.
_local_fragments = LocalCopies(limit=5000, max_age=lambda: FRAGMENT_TIMEOUT)


def cached(name, *parts, compute):
    """`compute()`'s result, shared by every request until the content changes."""
    version = content_version()
    key = fragment_key(name, *parts)
    value = _local_fragments.get(version, key)
    if value is None:
        value = cache.get_or_set(key, compute, FRAGMENT_TIMEOUT)
        _local_fragments.keep(version, key, value)
    return value


def forget_local_state():
    """Drop what this process remembers of the shared cache (after clearing that cache)."""
    _local["version"] = None
    for forget in _local_state_forgetters:
        forget()


def invalidate_on_change(*models):
    """Move the content version whenever one of these (non-page) models is saved or deleted."""
    for model in models:
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"fragments-save-{model._meta.label}")
        post_delete.connect(bump_content_version, sender=model, dispatch_uid=f"fragments-delete-{model._meta.label}")


def page_changed(sender, instance, **kwargs):
    # Any page save, not only a publish: imports and scripts write live pages directly.
    if isinstance(instance, Page):
        bump_content_version()
