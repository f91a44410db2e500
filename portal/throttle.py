"""Fixed-window counters in the shared cache: atomic on Redis, per process on local memory."""

from django.core.cache import cache


def allow(scope, ident, limit, window_seconds):
    """Count one hit for `ident` in `scope`; False once it passes `limit` in the window.

    With the cache unreachable it allows: the database's unique constraints still hold,
    and refusing every visitor because Redis is down would be worse.
    """
    key = f"throttle:{scope}:{ident}"
    # None from add() or incr(): the cache is unreachable (its errors are ignored, and logged).
    if cache.add(key, 1, timeout=window_seconds) is not False:
        return True
    try:
        count = cache.incr(key)
    except ValueError:
        # The window expired between add() and incr(): this hit opens a new one.
        cache.add(key, 1, timeout=window_seconds)
        return True
    return count is None or count <= limit
