"""Holes: the parts of a cached page that are rendered again for the visitors it is served to.

A template marks one with `{% page_cache_hole name args %}`; the page cache (pages.py) stores the
page with the hole empty and fills it on every hit. Each hole is rendered once per key and the
rendering shared by every visitor with that key, so a hit renders nothing in the common case:

- `SharedHole`: kept under the content version and what `varies_with(request)` answers (the
  minute, the second, the date), in the shared cache and in this process;
- `OwnedHole`: kept under the key its owner names (`owner_key(*args)`) until the owner deletes
  it (the rating line, until the next rating); never copied into a process, where the owner's
  deletion could not reach.

Holes are declared in the setting `PAGE_CACHE_HOLES` (dotted paths to instances), not registered
by importing a module.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache as once

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class SharedHole:
    name: str
    render: Callable  # render(request, *args) -> HTML
    varies_with: Callable  # varies_with(request) -> str
    copy_locally = True

    def key(self, request, version, args):
        parts = ["hole", version, request.get_host(), translation.get_language(), self.name, *args]
        return ":".join(map(str, [*parts, self.varies_with(request)]))


@dataclass(frozen=True)
class OwnedHole:
    name: str
    render: Callable
    owner_key: Callable  # owner_key(*args) -> the cache key its owner deletes
    copy_locally = False

    def key(self, request, version, args):
        return self.owner_key(*args)


def template_renderer(template_name, with_request=True):
    """A hole's renderer from a template, which gets the tag's words as `hole_args`.

    `with_request=False` skips the context processors (CSRF token, settings…), which cost more than
    the small templates that need none of them."""

    def render(request, *args):
        return render_to_string(template_name, {"hole_args": args}, request=request if with_request else None)

    return render


@once
def declared_holes():
    holes = [import_string(path) for path in settings.PAGE_CACHE_HOLES]
    return {hole.name: hole for hole in holes}


def hole(name):
    return declared_holes()[name]


def render_hole(request, name, *args):
    html = hole(name).render(request, *args)
    marker = " ".join([name, *map(str, args)])
    return format_html("<!--hole {}-->{}<!--/hole-->", marker, html)
