from wagtail import hooks

from .panels import VisitorStatsPanel


@hooks.register("construct_homepage_panels")
def add_visitor_stats_panel(request, panels):
    panels.append(VisitorStatsPanel())
