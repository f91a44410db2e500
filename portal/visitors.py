"""Who is this anonymous visitor? One answer shared by ratings, polls and statistics.

A visitor is a signed first-party cookie holding a random id. Clients that send no
cookie (scripts, API clients, a browser's very first post) fall back to a keyed hash of
their IP address, so the raw address is never stored.

`client_ip` is the one place that says which address a request comes from; the visitor key,
every per-address limit (votes, ratings, comments, statistics) and django-axes' admin lockout
(`AXES_CLIENT_IP_CALLABLE`) all ask it. `is_bot` is the one answer to "is this a robot?", for
view counts and visitor statistics alike.
"""

import functools
import hashlib
import hmac
import ipaddress
import re
import secrets

import crawleruseragents

from django.conf import settings
from django.core import signing

from .internals import csrf_cookie_pending

VISITOR_COOKIE = "ntm_visitor"
_COOKIE_SALT = "portal.visitors"
_COOKIE_MAX_AGE = 60 * 60 * 24 * 365 * 2


@functools.lru_cache(maxsize=8)
def _networks(entries):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _parse(address):
    try:
        return ipaddress.ip_address(address.strip())
    except ValueError:
        return None


def is_trusted_proxy(address):
    """Whether `address` is one of the reverse proxies in PORTAL_TRUSTED_PROXIES."""
    parsed = _parse(address)
    networks = _networks(tuple(settings.PORTAL_TRUSTED_PROXIES))
    return parsed is not None and any(parsed in network for network in networks)


def client_ip(request):
    """The address of the client: the socket's peer, unless that peer is a trusted proxy.

    `X-Forwarded-For` is read only when the connection comes from an address listed in
    PORTAL_TRUSTED_PROXIES, and then right to left, at most PORTAL_TRUSTED_PROXY_COUNT entries,
    each step only while the hop that appended it is itself a trusted proxy: what a client
    writes further left never counts. A client that reaches gunicorn directly (not through
    the proxy) is its socket address, whatever header it forges.
    """
    address = request.META.get("REMOTE_ADDR", "")
    hops = settings.PORTAL_TRUSTED_PROXY_COUNT
    if hops <= 0 or not is_trusted_proxy(address):
        return address
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for _hop in range(hops):
        if not forwarded or not is_trusted_proxy(address):
            break
        appended = forwarded.pop()
        if _parse(appended) is None:
            break  # a proxy never appends garbage: keep the last address known to be real
        address = str(_parse(appended))
    return address


def hashed_ip(request, purpose="visitor"):
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{purpose}:{client_ip(request)}".encode(), hashlib.sha256)
    return digest.hexdigest()[:40]


def visitor_cookie_key(request):
    """The key this visitor's signed cookie carries, or None."""
    # Asked several times per request (statistics, view count, cookie); the signature is checked once.
    if not hasattr(request, "_visitor_cookie_key"):
        try:
            value = request.get_signed_cookie(VISITOR_COOKIE, salt=_COOKIE_SALT)
        except (KeyError, signing.BadSignature):
            value = ""
        request._visitor_cookie_key = value if value[:2] in {"c:", "i:"} and len(value) <= 64 else None
    return request._visitor_cookie_key


def visitor_key(request):
    """A stable key for this visitor: the one its cookie carries, else `i:` + hashed IP."""
    return visitor_cookie_key(request) or f"i:{hashed_ip(request)}"


def browsing_visitor_key(request):
    """The key of a visitor reading pages: its cookie's, else a new one that the response must
    hand out with `ensure_visitor_cookie`, so that its next page is not a new visitor."""
    key = visitor_cookie_key(request)
    if key is None:
        if not hasattr(request, "new_visitor_key"):
            request.new_visitor_key = f"c:{secrets.token_hex(16)}"
        key = request.new_visitor_key
    return key


def ensure_visitor_cookie(request, response, key=None):
    """Give a visitor without a cookie one: a fresh random key, or the `key` an action was
    just recorded under, so the same client is the same visitor next time whatever its IP."""
    if visitor_cookie_key(request) is None and VISITOR_COOKIE not in response.cookies:
        response.set_signed_cookie(
            VISITOR_COOKIE,
            key or getattr(request, "new_visitor_key", None) or f"c:{secrets.token_hex(16)}",
            salt=_COOKIE_SALT,
            max_age=_COOKIE_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


class VisitorCookieMiddleware:
    """Give a visitor cookie with every page that renders a form (the pages that set a CSRF
    cookie), so a browser's first vote or rating is already counted by cookie, not by IP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if csrf_cookie_pending(request) and not request.path.startswith(f"/{settings.PORTAL_ADMIN_URL}"):
            ensure_visitor_cookie(request, response)
        return response


# Substrings of the User-Agent of scripts and link-preview robots, which the crawler list
# below leaves out (curl, python-requests, headless browsers, Zalo's link preview).
_BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|bingpreview|facebookexternalhit|zalo.*link|coccoc|mediapartners|"
    r"headless|python-requests|curl/|wget|httpclient|go-http-client|java/|okhttp|scrapy",
    re.IGNORECASE,
)
MAX_USER_AGENT_LENGTH = 512


@functools.lru_cache(maxsize=4096)
def _in_crawler_list(user_agent):
    # The community-maintained crawler-user-agents list (over 1,500 crawlers, pinned in
    # requirements.txt: upgrade it to learn new bots). A tenth of a millisecond per unknown
    # User-Agent, so answers are remembered per User-Agent string.
    return crawleruseragents.is_crawler(user_agent)


def is_bot(request):
    """A search engine, a link preview or a script: never counted as a reader or a visit."""
    user_agent = request.META.get("HTTP_USER_AGENT", "")[:MAX_USER_AGENT_LENGTH]
    return not user_agent or bool(_BOT_PATTERN.search(user_agent)) or _in_crawler_list(user_agent)
