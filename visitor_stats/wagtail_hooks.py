from django.utils import timezone

from wagtail import hooks

from portal.page_cache import register_template_hole

from .panels import VisitorStatsPanel


@hooks.register("construct_homepage_panels")
def add_visitor_stats_panel(request, panels):
    panels.append(VisitorStatsPanel())


def _second(request):
    return int(timezone.now().timestamp())


# The figures are the same for everyone at a given moment: pages served from the page cache in
# the same second share one reading of them.
register_template_hole(
    "visitor-stats", "visitor_stats/includes/sidebar_widget.html", with_request=False, shared_by=_second
)
