from django.utils import timezone

from portal.caching.holes import SharedHole, template_renderer


def _second(request):
    return int(timezone.now().timestamp())


# The figures are the same for everyone at a given moment: pages served from the page cache in
# the same second share one reading of them.
figures = SharedHole(
    "visitor-stats",
    template_renderer("visitor_stats/includes/sidebar_widget.html", with_request=False),
    varies_with=_second,
)
