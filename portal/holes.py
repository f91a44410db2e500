from django.utils import timezone

from .caching.holes import SharedHole, template_renderer

# Links have display dates: the list is checked each day, so a link appears or goes at midnight.
partner_links = SharedHole(
    "partner-links",
    template_renderer("includes/partner_links.html", with_request=False),
    varies_with=lambda request: timezone.localdate().isoformat(),
)
