from wagtail import hooks

from portal.page_cache import register_template_hole

from .panels import VisitorStatsPanel


@hooks.register("construct_homepage_panels")
def add_visitor_stats_panel(request, panels):
    panels.append(VisitorStatsPanel())


register_template_hole("visitor-stats", "visitor_stats/includes/sidebar_widget.html", with_request=False)
