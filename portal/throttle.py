"""Fixed-window counters in the shared cache: atomic on Redis, per process on local memory."""

import logging

from redis.exceptions import RedisError

from django.core.cache import cache

logger = logging.getLogger(__name__)


def allow(scope, ident, limit, window_seconds):
    """Count one hit for `ident` in `scope`; False once it passes `limit` in the window.

    With the cache unreachable it allows: the database's unique constraints still hold,
    and refusing every visitor because Redis is down would be worse.
    """
    key = f"throttle:{scope}:{ident}"
    try:
        if cache.add(key, 1, timeout=window_seconds):
            return True
        return cache.incr(key) <= limit
    except ValueError:
        # The window expired between add() and incr(): this hit opens a new one.
        cache.add(key, 1, timeout=window_seconds)
        return True
    except RedisError as exc:
        logger.warning("throttle %s unavailable, allowing: %s", scope, exc)
        return True
