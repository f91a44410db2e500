"""The admin dashboard's statistics panel: the six figures and 30 days of visits."""

from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.admin.ui.components import Component

from .counting import local_date
from .figures import current_figures, daily_history
from .formatting import format_count

CHART_DAYS = 30
CHART_WIDTH = 600
CHART_HEIGHT = 160
CHART_TOP = 14  # room for the maximum's label


class VisitorStatsPanel(Component):
    name = "visitor_stats"
    template_name = "visitor_stats/admin/dashboard_panel.html"
    # Last: what waits for the person (approvals, drafts, comments) comes first.
    order = 400

    def get_context_data(self, parent_context):
        today = local_date(timezone.now())
        history = daily_history(today, CHART_DAYS)
        highest = max((visits for _, visits, _ in history), default=0)
        slot = CHART_WIDTH / len(history)
        bars = []
        for index, (day, visits, bots) in enumerate(history):
            height = round((CHART_HEIGHT - CHART_TOP) * visits / highest, 1) if highest else 0
            bars.append(
                {
                    "x": round(index * slot + 1, 1),
                    "y": round(CHART_HEIGHT - height, 1),
                    "width": round(slot - 2, 1),
                    "height": height,
                    "day": day,
                    "visits": visits,
                    "bots": bots,
                }
            )
        total = sum(visits for _, visits, _ in history)
        return {
            "figures": current_figures(),
            "bars": bars,
            "width": CHART_WIDTH,
            "height": CHART_HEIGHT,
            "highest": highest,
            "description": _(
                "Visits per day from %(first)s to %(last)s: %(total)s in all, at most %(highest)s in a day."
            )
            % {
                "first": f"{history[0][0]:%d/%m/%Y}",
                "last": f"{history[-1][0]:%d/%m/%Y}",
                "total": format_count(total),
                "highest": format_count(highest),
            },
        }
