"""Shared parts of public pages (menu, breadcrumbs, footer, widget lists) kept in the cache under
the content version (version.py), so a new article is in every menu and list at once."""

from django.core.cache import cache

from .memo import Memo
from .version import content_version

# Bounds staleness where the cache is not shared between processes (local memory).
FRAGMENT_TIMEOUT = 300
# The menu, settings and widget lists of every page, as this process last read them.
_local_fragments = Memo(FRAGMENT_TIMEOUT, limit=5000)


def fragment_key(name, *parts):
    return ":".join(["fragment", name, str(content_version()), *map(str, parts)])


def cached(name, *parts, compute):
    """`compute()`'s result, shared by every request until the content changes."""
    key = fragment_key(name, *parts)
    value = _local_fragments.get(key)
    if value is None:
        value = cache.get_or_set(key, compute, FRAGMENT_TIMEOUT)
        _local_fragments.set(key, value)
    return value
