import pytest

from django.http import HttpResponse
from django.test import RequestFactory

from portal.throttle import allow
from portal.visitors import VISITOR_COOKIE, client_ip, ensure_visitor_cookie, visitor_key


@pytest.fixture
def rf():
    return RequestFactory()


def test_cookieless_clients_are_known_by_a_hash_of_their_ip(rf):
    first = visitor_key(rf.get("/", REMOTE_ADDR="203.0.113.7"))
    again = visitor_key(rf.get("/", REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="other"))
    other = visitor_key(rf.get("/", REMOTE_ADDR="203.0.113.8"))
    assert first == again != other
    assert first.startswith("i:") and "203.0.113.7" not in first


def test_cookie_identifies_a_browser_wherever_it_connects_from(rf):
    response = ensure_visitor_cookie(rf.get("/"), HttpResponse())
    cookie = response.cookies[VISITOR_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    home = rf.get("/", REMOTE_ADDR="203.0.113.7")
    home.COOKIES[VISITOR_COOKIE] = cookie.value
    office = rf.get("/", REMOTE_ADDR="198.51.100.1")
    office.COOKIES[VISITOR_COOKIE] = cookie.value
    assert visitor_key(home) == visitor_key(office) and visitor_key(home).startswith("c:")


def test_a_cookieless_client_keeps_the_key_its_action_was_recorded_under(rf):
    first = rf.post("/", REMOTE_ADDR="203.0.113.7")
    key = visitor_key(first)
    response = ensure_visitor_cookie(first, HttpResponse(), key=key)
    later = rf.post("/", REMOTE_ADDR="198.51.100.1")
    later.COOKIES[VISITOR_COOKIE] = response.cookies[VISITOR_COOKIE].value
    assert visitor_key(later) == key


def test_forged_cookie_falls_back_to_the_ip(rf):
    request = rf.get("/", REMOTE_ADDR="203.0.113.7")
    request.COOKIES[VISITOR_COOKIE] = "c0ffee:forged"
    assert visitor_key(request).startswith("i:")


def test_forwarded_for_is_ignored_unless_proxies_are_declared(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    settings.PORTAL_TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.PORTAL_TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "10.0.0.2"  # 10.0.0.2 is not a declared proxy: its header is the client's word
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_ip(request) == "203.0.113.9"  # the spoofable left part is never used


def test_throttle_counts_within_the_window():
    results = [allow("test", "visitor-1", limit=3, window_seconds=60) for _ in range(5)]
    assert results == [True, True, True, False, False]
    assert allow("test", "visitor-2", limit=3, window_seconds=60)
