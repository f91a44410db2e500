"""The portal's WSGI application, plus `/__ceiling__`: BENCH_CEILING_BYTES bytes answered without
Django, the most this gunicorn can serve. Used by bench_load.py only, never deployed."""

import os

from portal.wsgi import application as portal_application

BODY = b"x" * int(os.environ.get("BENCH_CEILING_BYTES", "20000"))


def application(environ, start_response):
    if environ.get("PATH_INFO") == "/__ceiling__":
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))])
        return [BODY]
    return portal_application(environ, start_response)
