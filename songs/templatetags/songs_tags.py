from django import template

from portal.caching.fragments import cached

from ..listing import sidebar_songs

register = template.Library()


@register.inclusion_tag("songs/includes/songs_widget.html")
def songs_widget():
    """ "Hát về nông thôn mới": the live songs, from the fragment cache (no query while warm)."""
    return {"songs": cached("songs", compute=sidebar_songs)}
