from django import template

from ..figures import current_figures
from ..formatting import format_count

register = template.Library()


@register.filter
def vi_count(value):
    """30318 → "30.318"."""
    return format_count(value)


@register.inclusion_tag("visitor_stats/includes/stats_widget.html")
def visitor_stats_widget():
    """The six figures, rendered on the server from the cache: no query while it is warm."""
    return {"figures": current_figures()}
