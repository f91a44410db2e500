"""The portal's URLs plus `/__ceiling_django__/`: BENCH_CEILING_BYTES bytes from a trivial
Django view, through the same middleware as every page. Used by bench_load.py only."""

import os

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns

BODY = b"x" * int(os.environ.get("BENCH_CEILING_BYTES", "20000"))


def trivial_view(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("__ceiling_django__/", trivial_view), *portal_urlpatterns]
