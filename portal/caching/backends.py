"""The cache settings: django-redis on a real Redis in production, on fakeredis without one.

An unreachable Redis is an empty cache (`IGNORE_EXCEPTIONS`): reads miss, writes are dropped,
pages keep answering; the failure is logged once a minute (portal/logs.py). Without `REDIS_URL`
(development, tests) the same client runs on fakeredis, a Redis in this process, so the visitor
statistics' Lua scripts run unchanged.
"""


def redis_cache(location, key_prefix):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": key_prefix,
        "TIMEOUT": 300,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            # A dead Redis must cost a page milliseconds, not the default socket timeout.
            "SOCKET_CONNECT_TIMEOUT": 0.25,
            "SOCKET_TIMEOUT": 0.5,
        },
    }


def in_process_redis_cache(name):
    """A Redis of this process only (fakeredis): for development and tests, never several workers."""
    from fakeredis import FakeRedisConnection

    cache = redis_cache(f"redis://{name}:6379/0", key_prefix=name)
    cache["OPTIONS"]["CONNECTION_POOL_KWARGS"] = {"connection_class": FakeRedisConnection}
    return cache
