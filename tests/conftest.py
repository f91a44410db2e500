import io

import pytest
from pytest_django.plugin import pytest_collection_modifyitems as django_test_order
from pytest_django.plugin import validate_django_db

from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(items):
    """Tests run in random order (pytest-randomly, seed in the header; `-p no:randomly` to turn it off),
    within the groups Django requires: tests that leave the database as they found it first, then the
    ones that empty it at their end (transactional ones, the live server's). pytest-django sorts them so
    before the shuffle; sorting again (a stable sort) keeps the shuffle inside each group.

    A transactional test without serialized rollback goes last of all: the flush that ends it lets the
    migrations' post_migrate handlers write content types again, and a serialized-rollback test after it
    would then fail to restore its own copy of them (UNIQUE constraint on django_content_type).

    On several processes (pytest-xdist, `--dist loadgroup`), each group below goes whole to one worker,
    and the groups are handed out in the order their first test has here: so every worker keeps that
    order, and a module's demo is loaded once. A test that names its own group keeps it (tests/markers.py)."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(parallel_group(item)))
    yield
    django_test_order(items)
    items.sort(key=empties_the_database_for_good)
    demo_readers_last_in_their_module(items)


def parallel_group(item):
    """A module's tests share a worker; its transactional ones go apart, by whether they restore the
    database (serialized rollback, queued first) or leave it empty (queued last)."""
    module = item.module.__name__
    if not is_transactional(item):
        return module
    return f"{'emptying' if empties_the_database_for_good(item) else 'restoring'}:{module}"


def empties_the_database_for_good(item):
    marker = item.get_closest_marker("django_db")
    if marker is None:
        return "transactional_db" in item.fixturenames and "django_db_serialized_rollback" not in item.fixturenames
    transaction, _reset_sequences, _databases, serialized_rollback, _available_apps = validate_django_db(marker)
    return transaction and not serialized_rollback


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and validate_django_db(marker)[0]:
        return True
    return "transactional_db" in item.fixturenames or "live_server" in item.fixturenames


def demo_readers_last_in_their_module(items):
    """Within each run of one module's tests, the tests that read the demo site come last.

    The demo is loaded once for them (`demo_for_module`) and stays until the module ends, so the
    module's other tests must have run before it appears. Runs split where transactional tests begin:
    those never share the module's demo (they empty the database).
    """
    start = 0
    while start < len(items):
        end = start
        run = (items[start].module, is_transactional(items[start]))
        while end < len(items) and (items[end].module, is_transactional(items[end])) == run:
            end += 1
        items[start:end] = sorted(items[start:end], key=lambda item: "demo_site" in item.fixturenames)
        start = end


def forget_process_state():
    """What a process keeps between requests, and so between tests (the live server runs in this process):

    - the caches (local memory and the in-process Redis in tests: page cache, fragments, throttles,
      visit counts);
    - every per-process memo (portal/caching/memo.py: content version, copies of pages, fragments
      and holes, view markers, the day's salt, the last flush check, log throttles);
    - the active language, which a test or a request handled on this thread may have switched.

    Django's content-type cache stays: the serialized rollback restores the same rows with the same
    ids, and a cold cache would make the restore's own signal handlers insert them first.
    """
    from django.conf import settings
    from django.utils import translation

    from portal.caching.memo import forget_process_memos

    for each_cache in caches.all():
        each_cache.clear()
    forget_process_memos()
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fresh_process_state():
    """Every test starts, and leaves the next one, with nothing remembered: see forget_process_state."""
    forget_process_state()
    yield
    forget_process_state()


@pytest.fixture
def home_page(db):
    from wagtail.models import Locale

    from home.models import HomePage

    return HomePage.objects.get(locale=Locale.get_default())


@pytest.fixture(scope="module")
def demo_for_module(django_db_setup, django_db_blocker):
    """The demo, loaded once for a module's tests that read it (about 8 s on SQLite, more on PostgreSQL).

    It is loaded inside a transaction that is rolled back when the module ends; each test's own
    transaction nests inside it (a savepoint), so what a test changes is undone before the next, as
    with Django's `TestCase.setUpTestData`. The module's other tests run before it (see
    `demo_readers_last_in_their_module`), so they never see it.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_site(request, demo_for_module, db):
    """The customer's site as `make run` builds it."""
    if is_transactional(request.node):
        pytest.fail("demo_site is shared by a module's tests inside a transaction: a transactional test loads its own.")
    from wagtail.models import Locale

    from home.models import HomePage

    return HomePage.objects.get(locale=Locale.get_default())


@pytest.fixture
def uncached_pages(settings):
    """Query budgets are about rendering a page, not about serving it from the page cache."""
    settings.PAGE_CACHE_ENABLED = False
