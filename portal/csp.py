"""The Content-Security-Policy middleware: nothing may frame the portal, not even the portal,
except where Wagtail itself frames an answer in its admin (the live preview); no inline script
runs anywhere but in the admin, which Wagtail still builds with a few."""

from csp.constants import HEADER, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

from django.conf import settings


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's policy, with `frame-ancestors` decided last, on the finished answer:
    `'self'` where Wagtail's preview views set `X-Frame-Options: SAMEORIGIN` for the admin's
    preview iframe, `'none'` everywhere else. Last, because a preview is rendered through the
    whole middleware stack once more, and because answers bringing their own stricter policy
    (Wagtail's documents: `default-src 'none'`, which does not cover framing) keep it."""

    def get_policy_parts(self, request, response, report_only=False):
        # The public site (pages, the APIs' docs, documents) runs only the portal's own script
        # files; Wagtail's admin renders inline <script>s (date pickers, inline panels), so its
        # answers, the live preview included, allow them (issue 18).
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(f"/{settings.PORTAL_ADMIN_URL}"):
            update = dict(parts.update or {})
            update["script-src"] = [*update.get("script-src", []), UNSAFE_INLINE]
            parts.update = update
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        policy = response.get(HEADER)
        if policy is not None:
            ancestors = "'self'" if response.get("X-Frame-Options") == "SAMEORIGIN" else "'none'"
            directives = [part.strip() for part in policy.split(";") if part.strip()]
            directives = [part for part in directives if not part.startswith("frame-ancestors")]
            response[HEADER] = "; ".join([*directives, f"frame-ancestors {ancestors}"])
        return response
