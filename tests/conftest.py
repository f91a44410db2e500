import io

import pytest
from pytest_django.plugin import pytest_collection_modifyitems as django_test_order
from pytest_django.plugin import validate_django_db

from django.core.cache import cache
from django.core.management import call_command


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests run in random order (pytest-randomly, seed in the header; `-p no:randomly` to turn it off),
    within the groups Django requires: tests that leave the database as they found it first, then the
    ones that empty it at their end (transactional ones, the live server's). pytest-django sorts them so
    before the shuffle; sorting again (a stable sort) keeps the shuffle inside each group.

    A transactional test without serialized rollback goes last of all: the flush that ends it lets the
    migrations' post_migrate handlers write content types again, and a serialized-rollback test after it
    would then fail to restore its own copy of them (UNIQUE constraint on django_content_type)."""
    django_test_order(items)
    items.sort(key=empties_the_database_for_good)


def empties_the_database_for_good(item):
    marker = item.get_closest_marker("django_db")
    if marker is None:
        return "transactional_db" in item.fixturenames and "django_db_serialized_rollback" not in item.fixturenames
    transaction, _reset_sequences, _databases, serialized_rollback, _available_apps = validate_django_db(marker)
    return transaction and not serialized_rollback


def forget_process_state():
    """What a process keeps between requests, and so between tests (the live server runs in this process):

    - the shared cache (local memory in tests: page cache, fragments, throttles, visitor counts);
    - this process's copies of it (content version, fragments, pages, page-cache holes);
    - the active language, which a test or a request handled on this thread may have switched;
    - the visitor statistics' memos: the day's salts for hashing addresses, the last flush check.

    Django's content-type cache stays: the serialized rollback restores the same rows with the same
    ids, and a cold cache would make the restore's own signal handlers insert them first.
    """
    from django.conf import settings
    from django.utils import translation

    from portal.fragments import forget_local_state
    from visitor_stats import counting, figures

    cache.clear()
    forget_local_state()
    translation.activate(settings.LANGUAGE_CODE)
    counting._salts.clear()
    figures.reset_flush_check()


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


@pytest.fixture
def demo_site(db):
    """The customer's site as `make run` builds it."""
    call_command("load_demo", stdout=io.StringIO())
    from wagtail.models import Locale

    from home.models import HomePage

    return HomePage.objects.get(locale=Locale.get_default())


@pytest.fixture
def uncached_pages(settings):
    """Query budgets are about rendering a page, not about serving it from the page cache."""
    settings.PAGE_CACHE_ENABLED = False
