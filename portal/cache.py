import logging
import time
from functools import wraps

from redis.exceptions import RedisError

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

_WARN_EVERY_SECONDS = 60
_last_warning = 0.0


def _warn(exc):
    global _last_warning
    now = time.monotonic()
    if now - _last_warning > _WARN_EVERY_SECONDS:
        _last_warning = now
        logger.warning("Redis cache unavailable, serving without it: %s", exc)


def _survive(fallback):
    def decorator(method):
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as exc:
                _warn(exc)
                return fallback(*args, **kwargs) if callable(fallback) else fallback

        return wrapper

    return decorator


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client builds a new `redis.Redis` for every cache call (a tenth of a millisecond
    each, several per page served from the page cache); one per connection pool is enough, as
    `redis.Redis` is thread-safe."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(index))
        return client


class ResilientRedisCache(RedisCache):
    """Django's RedisCache that treats an unreachable Redis as an empty cache.

    Pages must keep answering when Redis is down: reads miss, writes are dropped.
    `incr`/`decr` still raise, because a counter that silently stops counting is a
    bug its caller has to decide about.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    get = _survive(lambda key, default=None, version=None: default)(RedisCache.get)
    get_many = _survive({})(RedisCache.get_many)
    has_key = _survive(False)(RedisCache.has_key)
    set = _survive(None)(RedisCache.set)
    add = _survive(False)(RedisCache.add)
    touch = _survive(False)(RedisCache.touch)
    set_many = _survive(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    delete = _survive(False)(RedisCache.delete)
    delete_many = _survive(None)(RedisCache.delete_many)
    clear = _survive(False)(RedisCache.clear)
