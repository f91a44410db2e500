"""Answers for requests no view should see and for failures: JSON `{"detail": …}` under /api/,
a small page everywhere else. They are rendered without the database, which may be what failed."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.encoding import escape_uri_path
from django.utils.translation import gettext as _

# The longest request target (path and query) answered. gunicorn reads request lines up to
# 8,190 bytes (its limit_request_line at most), so a target a little longer gets this answer
# rather than gunicorn's HTML 414; beyond that gunicorn (or nginx) refuses the line itself.
MAX_TARGET_LENGTH = 8000
RETRY_AFTER_SECONDS = 30


def error_response(request, status, title, message, retry_after=None):
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=status)
    else:
        html = render_to_string("error.html", {"title": title, "message": message})
        response = HttpResponse(html, status=status)
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


def database_unavailable(request):
    return error_response(
        request,
        503,
        _("Temporarily unavailable"),
        _("The database is not available right now. Please try again shortly."),
        retry_after=RETRY_AFTER_SECONDS,
    )


def server_error(request):
    """handler500: an outage (the database stopped or restarting) is a 503 the client may retry."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return database_unavailable(request)
    return error_response(
        request,
        500,
        _("Server error"),
        _("Sorry, something went wrong on our side. The problem has been logged; please try again in a few minutes."),
    )


def _has_nul(request):
    if "\x00" in request.path:
        return True
    return any("\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in values)


class RequestGuardMiddleware:
    """Refuses, before any view, what no page or API can answer: a NUL character in the address
    (PostgreSQL cannot even compare it) and an overlong address. Under /api/ it also answers a
    method the view does not take in JSON, as every other API error is."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if len(escape_uri_path(request.path)) + len(request.META.get("QUERY_STRING", "")) > MAX_TARGET_LENGTH:
            return error_response(
                request,
                414,
                _("Address too long"),
                _("The address is longer than %(max)s characters.") % {"max": MAX_TARGET_LENGTH},
            )
        if _has_nul(request):
            return error_response(
                request, 400, _("Bad request"), _("The address contains a character that is not allowed (NUL).")
            )
        response = self.get_response(request)
        if (
            response.status_code == 405
            and request.path.startswith("/api/")
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            allowed = response.get("Allow", "")
            response = JsonResponse(
                {"detail": _("The method %(method)s is not allowed here.") % {"method": request.method}}, status=405
            )
            if allowed:
                response["Allow"] = allowed
        return response
