"""The Content-Security-Policy middleware: nothing may frame the portal, not even the portal,
except where Wagtail itself frames an answer in its admin (the live preview)."""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's policy, with `frame-ancestors` decided last, on the finished answer:
    `'self'` where Wagtail's preview views set `X-Frame-Options: SAMEORIGIN` for the admin's
    preview iframe, `'none'` everywhere else. Last, because a preview is rendered through the
    whole middleware stack once more, and because answers bringing their own stricter policy
    (Wagtail's documents: `default-src 'none'`, which does not cover framing) keep it."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        policy = response.get(HEADER)
        if policy is not None:
            ancestors = "'self'" if response.get("X-Frame-Options") == "SAMEORIGIN" else "'none'"
            directives = [part.strip() for part in policy.split(";") if part.strip()]
            directives = [part for part in directives if not part.startswith("frame-ancestors")]
            response[HEADER] = "; ".join([*directives, f"frame-ancestors {ancestors}"])
        return response
