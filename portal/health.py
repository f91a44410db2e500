"""Health checks for a load balancer or systemd: JSON, never cached, cheap.

- `/healthz`: the process answers (no database, no cache): restart it if this fails.
- `/readyz`: the database answers and every migration is applied: send it traffic only while this
  is 200; 503 says which check failed. Redis unreachable is "degraded", still 200: pages are
  served without the cache.
"""

import secrets

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

from .caching.memo import Memo

# Migrations do not come unapplied: once all are applied, this process asks again only hourly
# (reading the migration files costs tens of milliseconds).
_migrated = Memo(60 * 60, limit=1)


def _answer(status, checks=None, degraded=False):
    body = {"status": "unavailable" if status != 200 else "degraded" if degraded else "ok"}
    if checks is not None:
        body["checks"] = checks
    response = JsonResponse(body, status=status)
    add_never_cache_headers(response)
    return response


def healthz(request):
    return _answer(200)


def _database():
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
    return "ok"


def _cache():
    # The cache ignores an unreachable Redis (portal/caching/backends.py): a value that does not come
    # back is the sign. A key per probe: probes of several servers sharing the Redis run at once.
    token = secrets.token_hex(8)
    key = f"portal:readyz:{token}"
    cache.set(key, token, timeout=10)
    answer = cache.get(key)
    cache.delete(key)
    return "ok" if answer == token else "unreachable"


def _migrations():
    if _migrated.get("all"):
        return "ok"
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return "pending"
    _migrated.set("all", True)
    return "ok"


def readyz(request):
    checks = {}
    try:
        checks["database"] = _database()
        checks["migrations"] = _migrations()
    except DatabaseError:
        checks["database"] = "unreachable"
    checks["cache"] = _cache()
    # Without Redis the portal still serves every page (slower, uncached): ready, but degraded. Every
    # server shares the Redis, so failing them all on it would turn that into an outage.
    ready = checks["database"] == "ok" and checks["migrations"] == "ok"
    return _answer(200 if ready else 503, checks, degraded=checks["cache"] != "ok")
