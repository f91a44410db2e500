import io

import pytest

from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def empty_cache():
    from portal.fragments import forget_local_state

    cache.clear()
    forget_local_state()
    yield
    cache.clear()
    forget_local_state()


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
