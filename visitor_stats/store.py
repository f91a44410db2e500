"""Where visits are counted before the flush writes them to the database.

Each visit is one Lua script on Redis, atomic and a single round trip: the 30-minute "seen"
mark, the per-IP daily cap, the day's pending counters and the 5-minute "online" sorted sets.
Development and tests without a Redis server run the same scripts on fakeredis
(portal/caching/backends.py).

Times are passed in (`now`, seconds since the epoch) rather than read from the server's clock,
so the windows follow the application's clock and tests can move it. Expiry times only
collect garbage.
"""

import json
import secrets
from datetime import date

from django_redis import get_redis_connection

from django.core.cache import caches

DAY_KEY_TTL = 2 * 24 * 60 * 60

_RECORD_SCRIPT = """
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local state = nil
local seen = redis.call('GET', KEYS[1])
if seen then
  local separator = string.find(seen, ':', 1, true)
  local since = tonumber(string.sub(seen, separator + 1))
  if since and now >= since and now - since < window then
    state = string.sub(seen, 1, separator - 1)
  end
end
local counted = 0
if not state then
  local from_this_ip = redis.call('INCR', KEYS[2])
  if from_this_ip == 1 then redis.call('EXPIRE', KEYS[2], ARGV[7]) end
  if from_this_ip <= tonumber(ARGV[3]) then
    state = 'c'
    counted = 1
    redis.call('INCR', KEYS[3])
    if ARGV[4] == '1' then redis.call('INCR', KEYS[4]) end
    redis.call('SADD', KEYS[6], ARGV[6])
  else
    state = 'x'
  end
  redis.call('SET', KEYS[1], state .. ':' .. ARGV[1], 'EX', window)
end
if state == 'c' then
  redis.call('ZADD', KEYS[5], now, ARGV[5])
  redis.call('EXPIRE', KEYS[5], ARGV[8])
end
return counted
"""

_TAKE_SCRIPT = """
local visits = redis.call('GETDEL', KEYS[1]) or '0'
local bots = redis.call('GETDEL', KEYS[2]) or '0'
redis.call('SREM', KEYS[3], ARGV[1])
return {visits, bots}
"""

_UNLOCK_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def day_key(day):
    return day.strftime("%Y%m%d")


def parse_day(value):
    value = value.decode() if isinstance(value, bytes) else str(value)
    return date(int(value[:4]), int(value[4:6]), int(value[6:8]))


class RedisStore:
    """The counts in the Redis behind the cache `alias` (a django-redis cache)."""

    def __init__(self, alias):
        self.alias = alias
        self.cache = caches[alias]
        self._scripts = {}

    def _key(self, *parts):
        return self.cache.make_and_validate_key(":".join(("stats", *parts)))

    def _client(self):
        return get_redis_connection(self.alias, write=True)

    def _run(self, name, source, keys, args):
        client = self._client()
        if name not in self._scripts:
            self._scripts[name] = client.register_script(source)
        return self._scripts[name](keys=keys, args=args, client=client)

    def salt(self, day):
        key = self._key("salt", day_key(day))
        client = self._client()
        client.set(key, secrets.token_hex(16), nx=True, ex=DAY_KEY_TTL)
        return client.get(key).decode()

    def record(self, *, visitor, ip, day, bot, now, window, cap, online_window):
        keys = [
            self._key("seen", visitor),
            self._key("ip", day_key(day), ip),
            self._key("pending", day_key(day), "visits"),
            self._key("pending", day_key(day), "bots"),
            self._key("online", "bots" if bot else "guests"),
            self._key("pending-days"),
        ]
        args = [repr(float(now)), window, cap, int(bot), visitor, day_key(day), DAY_KEY_TTL, 2 * online_window]
        return bool(self._run("record", _RECORD_SCRIPT, keys, args))

    def pending_days(self):
        return sorted(parse_day(value) for value in self._client().smembers(self._key("pending-days")))

    def take(self, day):
        """The day's pending counts, reset to zero in the same atomic step."""
        keys = [
            self._key("pending", day_key(day), "visits"),
            self._key("pending", day_key(day), "bots"),
            self._key("pending-days"),
        ]
        visits, bots = self._run("take", _TAKE_SCRIPT, keys, [day_key(day)])
        return int(visits), int(bots)

    def give_back(self, day, visits, bots):
        with self._client().pipeline() as pipe:
            pipe.incrby(self._key("pending", day_key(day), "visits"), visits)
            pipe.incrby(self._key("pending", day_key(day), "bots"), bots)
            pipe.sadd(self._key("pending-days"), day_key(day))
            pipe.execute()

    def read(self, *, now, online_window, days):
        """Everything the figures need in one round trip: online counts, pending counts, snapshot."""
        since = now - online_window
        with self._client().pipeline(transaction=False) as pipe:
            pipe.zcount(self._key("online", "bots"), since, "+inf")
            pipe.zcount(self._key("online", "guests"), since, "+inf")
            for day in days:
                pipe.mget(self._key("pending", day_key(day), "visits"), self._key("pending", day_key(day), "bots"))
            pipe.get(self._key("snapshot"))
            results = pipe.execute()
        bots, guests, *pending, snapshot = results
        return {
            "bots": bots,
            "guests": guests,
            "pending": {day: (int(v or 0), int(b or 0)) for day, (v, b) in zip(days, pending, strict=True)},
            "snapshot": json.loads(snapshot) if snapshot else None,
        }

    def prune_online(self, now, online_window):
        with self._client().pipeline(transaction=False) as pipe:
            for kind in ("bots", "guests"):
                pipe.zremrangebyscore(self._key("online", kind), "-inf", f"({now - online_window}")
            pipe.execute()

    def set_snapshot(self, snapshot, timeout):
        self._client().set(self._key("snapshot"), json.dumps(snapshot), ex=timeout)

    def forget_snapshot(self):
        self._client().delete(self._key("snapshot"))

    def last_flush(self):
        value = self._client().get(self._key("last-flush"))
        return float(value) if value else None

    def mark_flushed(self, now):
        self._client().set(self._key("last-flush"), repr(float(now)), ex=DAY_KEY_TTL)

    def lock(self, token, timeout):
        return bool(self._client().set(self._key("flush-lock"), token, nx=True, ex=timeout))

    def unlock(self, token):
        self._run("unlock", _UNLOCK_SCRIPT, [self._key("flush-lock")], [token])
