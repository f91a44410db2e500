"""Counting visits, as NukeViet's "Thống kê" did, without storing who visited.

- A visitor is its visitor cookie, else its IP address and User-Agent; either is hashed with a
  salt that changes every day (kept only in the cache), so the stored keys cannot be linked to
  an address, nor one day's visitors to the next day's.
- A visitor adds one visit at most once per 30 minutes; "online" is the distinct visitors of
  the last 5 minutes, search engines apart.
- One IP address adds at most PORTAL_VISITS_PER_IP_PER_DAY visits a day, however many cookies
  or User-Agents it makes up.
"""

import hashlib
import hmac
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from portal.caching.memo import Memo
from portal.internals import csrf_cookie_pending
from portal.visitors import browsing_visitor_key, hashed_ip, is_bot, visitor_cookie_key

from .store import RedisStore

STATS_TIME_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
VISIT_WINDOW = 30 * 60
ONLINE_WINDOW = 5 * 60
# A day's salt is read from the shared cache once per this many seconds per process.
_salts = Memo(600, limit=1)


def get_store():
    return RedisStore(settings.VISITOR_STATS_CACHE)


def local_date(now):
    return timezone.localtime(now, STATS_TIME_ZONE).date()


def month_start(day):
    return day.replace(day=1)


def _salt(store, day):
    salt = _salts.get(day)
    if salt is None:
        salt = store.salt(day)
        _salts.set(day, salt)
    return salt


def _salted(salt, value):
    return hmac.new(salt.encode(), value.encode(), hashlib.sha256).hexdigest()[:32]


def _user_agent_tag(request):
    return hashlib.sha256(request.META.get("HTTP_USER_AGENT", "").encode()).hexdigest()[:12]


def visitor_identity(request, bot):
    """Who this visitor is, before salting.

    Robots keep no cookies, so they are their address and User-Agent. A browser is its cookie;
    on its first page, the key of the cookie this response hands out (the portal gives one with
    every page holding a form), so its second page is the same visitor; failing both, its
    address and User-Agent.
    """
    if not bot:
        key = visitor_cookie_key(request)
        if key:
            return key
        if csrf_cookie_pending(request):
            return browsing_visitor_key(request)
    return f"a:{hashed_ip(request, purpose='visitor-stats')}:{_user_agent_tag(request)}"


def record_visit(request, now=None, store=None):
    """Count this page view; True when it added a visit. Raises if the cache is unreachable."""
    now = now or timezone.now()
    store = store or get_store()
    day = local_date(now)
    bot = is_bot(request)
    salt = _salt(store, day)
    return store.record(
        visitor=_salted(salt, visitor_identity(request, bot)),
        ip=_salted(salt, "ip:" + hashed_ip(request, purpose="visitor-stats")),
        day=day,
        bot=bot,
        now=now.timestamp(),
        window=VISIT_WINDOW,
        cap=settings.PORTAL_VISITS_PER_IP_PER_DAY,
        online_window=ONLINE_WINDOW,
    )


@dataclass(frozen=True)
class VisitorFigures:
    online: int
    bots: int
    guests: int
    today: int
    month: int
    total: int


def yesterday(day):
    return day - timedelta(days=1)
