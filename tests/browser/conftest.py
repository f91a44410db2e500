"""Real-browser tests: Playwright for Python driving Debian's Chromium against pytest-django's live server.

One Chromium for all the browser tests of a run; each test gets fresh browser contexts (cookies,
storage) and a freshly loaded demo site. The live server needs a transactional database (the server
reads what the test wrote), so each test starts from the migrations' data (serialized rollback) and
loads the demo itself, about 8 s: that is why the tests here are few and each walks a whole flow.
Screenshots of each flow's end (and of a failed test's last screens) go to test-results/screenshots/.

`make browser` installs Chromium (apt-get) and axe-core (npm ci); nothing is downloaded here.
"""

import io
import os
import re
import threading
from pathlib import Path

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connections
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-results" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
# Server answers slower than this fail the test instead of hanging CI.
TIMEOUT_MS = 15_000
ADMIN_PASSWORD = "mat-khau-thu-nghiem-2026"


class SharedChromium:
    """One Chromium for a run of consecutive browser tests, stopped when a test from elsewhere comes next.

    Playwright's sync API marks an asyncio loop as running on this thread between its calls. Django
    then takes the thread for an async context: it refuses ORM calls (unless DJANGO_ALLOW_ASYNC_UNSAFE)
    and asgiref hands out a second set of database connections, without the serialized test data and
    apart from the ones the live server shares. So while Chromium runs, the thread keeps its own
    connections and the flag is set; both are undone when it stops, before the rest of the suite runs.
    """

    def __init__(self):
        self.manager = self.chromium = None
        self.previous_flag = None

    def start(self):
        if self.chromium is not None:
            return self.chromium
        if not os.access(CHROMIUM, os.X_OK):
            pytest.fail(f"Chromium not found at {CHROMIUM}: run `make browser` (apt-get install chromium).")
        from playwright.sync_api import expect, sync_playwright

        own_connections = {alias: connections[alias] for alias in connections}
        self.previous_flag = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
        self.manager = sync_playwright()
        playwright = self.manager.start()
        for alias, connection in own_connections.items():
            connections[alias] = connection
        # The machine cannot download Playwright's own browser build: Debian's Chromium it is.
        args = ["--no-sandbox"] if os.geteuid() == 0 else []
        self.chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
        # Assertions wait as long as actions do: Playwright's own 5 s fails saves on a busy machine.
        expect.set_options(timeout=TIMEOUT_MS)
        return self.chromium

    def stop(self):
        if self.manager is None:
            return
        try:
            if self.chromium is not None:
                self.chromium.close()
        finally:
            self.manager.__exit__()
            self.manager = self.chromium = None
            if self.previous_flag is None:
                os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
            else:
                os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = self.previous_flag


SHARED_CHROMIUM = SharedChromium()


def is_browser_test(item):
    return item is not None and Path(str(item.path)).is_relative_to(Path(__file__).parent)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    if "site_url" in getattr(item, "fixturenames", ()):
        # Before any fixture is torn down: pytest-django's database helper, which empties the
        # database, was set up by an autouse fixture ahead of ours and so is torn down after them.
        SERVER_GATE.close()
    result = yield
    # After the test's fixtures are gone, and before the live server stops at the end of the session.
    if not is_browser_test(nextitem):
        SHARED_CHROMIUM.stop()
    return result


# On SQLite the test database lives in memory, and the live server's threads share the test's one
# connection to it. Two threads using it at once (the page editor autosaves while the editor clicks
# "Submit"; the test reads the database while the browser still loads a page's scripts) interleave
# their statements and fail with "database table is locked". So the server handles one request at a
# time, from the first byte to the response's close(), and the test takes the same lock
# (`server_idle()`) around its own queries. PostgreSQL gives each thread its own connection: no lock.
SERVER_LOCK = threading.RLock()


class ServerGate:
    """Whether the live server passes requests to the site: shut before the test database is emptied.

    A browser context closed at the end of a test may have sent a request (an autosave, a beacon)
    the server has not handled yet. Handled during or after the emptying, it would write rows that
    break the flush ("FOREIGN KEY constraint failed") or outlive it into the next test's data. So the
    gate is shut, once the request in hand is done, until the next test opens it; requests meanwhile
    get a 503 without touching the database.
    """

    def __init__(self):
        self.is_open = False

    def open(self):
        with SERVER_LOCK:
            self.is_open = True

    def close(self):
        with SERVER_LOCK:
            self.is_open = False


SERVER_GATE = ServerGate()


def between_tests(environ, start_response):
    start_response("503 Service Unavailable", [("Content-Type", "text/plain; charset=utf-8")])
    return [b"The test database is being reset."]


class OneRequestAtATime:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        SERVER_LOCK.acquire()
        try:
            application = self.application if SERVER_GATE.is_open else between_tests
            response = application(environ, start_response)
        except BaseException:
            SERVER_LOCK.release()
            raise
        return ReleaseOnClose(response)


class ReleaseOnClose:
    """The response, releasing the lock when the server closes it (request_finished runs then)."""

    def __init__(self, response):
        self.response = response
        self.released = False

    def __iter__(self):
        return iter(self.response)

    def close(self):
        try:
            if hasattr(self.response, "close"):
                self.response.close()
        finally:
            if not self.released:
                self.released = True
                SERVER_LOCK.release()


def server_idle():
    """Hold the live server between requests while the test itself uses the database."""
    return SERVER_LOCK


@pytest.fixture(scope="session")
def live_server(request, django_db_setup):
    """pytest-django's live server (same address rules), serialising requests on in-memory SQLite.

    It needs the test database first: on SQLite it hands the server threads the test's connection to
    the in-memory database, which exists only once django_db_setup has made it.
    """
    from pytest_django.live_server_helper import LiveServer

    addr = request.config.getvalue("liveserver") or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    server = LiveServer(addr, start=False)
    if server.thread.connections_override:
        static_handler = server.thread.static_handler
        server.thread.static_handler = lambda application: OneRequestAtATime(static_handler(application))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def browser(live_server):
    """Chromium, headless; the live server (and the test database) is up before it starts."""
    return SHARED_CHROMIUM.start()


@pytest.fixture
def site_url(live_server, django_db_serialized_rollback):
    """The live server's base URL; its database holds what the migrations made, nothing more.

    The server takes requests from here to the test's teardown (see ServerGate)."""
    SERVER_GATE.open()
    return live_server.url


@pytest.fixture
def demo(site_url):
    """The demo site (`manage.py load_demo`) behind the live server; returns the server's base URL."""
    call_command("load_demo", stdout=io.StringIO())
    return site_url


@pytest.fixture
def open_page(browser, site_url, request):
    """Open a page in a browser context of its own (a visitor, an editor...); all closed after the test.

    A failed test leaves a screenshot of each of its pages' last screen in test-results/screenshots/.
    """
    pages = request.node.open_pages = []

    def open_page(viewport=DESKTOP, user=None, **options):
        context = browser.new_context(
            base_url=site_url, locale="vi-VN", viewport=viewport, accept_downloads=True, **options
        )
        context.set_default_timeout(TIMEOUT_MS)
        if user is not None:
            context.add_cookies([session_cookie(user, site_url)])
        page = context.new_page()
        # A page that throws is a bug even when the flow still works; so is anything the
        # Content-Security-Policy blocks (Chromium reports it on the console).
        page.js_errors = []
        page.csp_violations = []
        page.on("pageerror", lambda error: page.js_errors.append(str(error)))
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text and page.csp_violations.append(f"{page.url}: {message.text}")
            ),
        )
        pages.append(page)
        return page

    yield open_page
    blocked = []
    for number, page in enumerate(pages, start=1):
        if getattr(request.node, "call_failed", False) and not page.is_closed():
            screenshot(page, f"FAILED-{request.node.name}-{number}")
        blocked += page.csp_violations
        page.context.close()
    if blocked and not getattr(request.node, "call_failed", False):
        pytest.fail("the Content-Security-Policy blocked:\n" + "\n".join(blocked))


@pytest.fixture
def page(demo, open_page):
    return open_page()


@pytest.fixture
def phone_page(demo, open_page):
    return open_page(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)


def session_cookie(user, base_url):
    """Log `user` in without the login form (the form itself is tested in the editor flow)."""
    client = Client()
    client.force_login(user)
    host = re.sub(r"^https?://", "", base_url).split(":")[0]
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host, "path": "/"}


@pytest.fixture
def site_admin(site_url):
    return get_user_model().objects.create_superuser("quantri", "quantri@example.vn", ADMIN_PASSWORD)


@pytest.fixture
def admin_page(demo, open_page, site_admin):
    """A browser already logged in to the Wagtail admin as a superuser (Vietnamese, the default)."""
    return open_page(user=site_admin)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.call_failed = report.failed
        if report.failed and (errors := form_errors(getattr(item, "open_pages", []))):
            report.sections.append(("admin form errors", "\n".join(errors)))
    return report


# Each error an admin form shows, with the label of its field and the tab it sits on, so a failed
# save explains itself in the test output (an error on a tab the test never opens is invisible).
FORM_ERRORS_JS = r"""() => {
    const found = [];
    for (const message of document.querySelectorAll('.messages .error, .help-critical')) {
        found.push(`message: ${message.innerText.trim()}`);
    }
    for (const error of document.querySelectorAll('.error-message')) {
        const field = error.closest('[data-field-wrapper], .w-field__wrapper, [data-contentpath]');
        const label = field?.querySelector('label, legend, .w-field__label')?.innerText.trim()
            || field?.dataset.contentpath || 'form';
        const tab = error.closest('[role=tabpanel]');
        const tabLabel = tab && document.getElementById(tab.getAttribute('aria-labelledby'));
        const tabName = tabLabel?.innerText.replace(/\s+/g, ' ').trim();
        found.push(`${label}${tabName ? ` (tab ${tabName})` : ''}: ${error.innerText.trim()}`);
    }
    return found;
}"""


def form_errors(pages):
    errors = []
    for page in pages:
        if page.is_closed():
            continue
        try:
            errors += [f"{page.url}: {error}" for error in page.evaluate(FORM_ERRORS_JS)]
        except Exception as error:  # a page still navigating cannot be read; say so rather than hide the test's failure
            errors.append(f"{page.url}: could not read its errors ({error})")
    return errors


def screenshot(page, name):
    """Save the whole page under test-results/screenshots/ for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def horizontal_overflow(page):
    """How many CSS pixels the page is wider than the window (0: no sideways scrolling)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page):
    """Run axe-core on the current page at WCAG 2.1 A/AA; a readable list of what it found."""
    if not AXE.exists():
        pytest.fail(f"axe-core not found at {AXE}: run `make browser` (npm ci).")
    # evaluate() runs outside the page's Content-Security-Policy, which forbids inline scripts on public pages.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS
    )

    def where(node):
        return " ".join(node["target"]) + ": " + node["failureSummary"].replace("\n", " ")

    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(where(node) for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]
