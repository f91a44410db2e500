from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "Disallow: /api/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@csrf_exempt  # it changes nothing; a POST to a mistyped API address is a JSON 404, not an HTML 403
def api_not_found(request, rest=""):
    """Unknown addresses under /api/ answer like the APIs do, not with the HTML 404 page."""
    return JsonResponse({"detail": _("Not found.")}, status=404)
