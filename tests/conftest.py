import io

import pytest

from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def demo_site(db):
    """The customer's site as `make run` builds it."""
    call_command("load_demo", stdout=io.StringIO())
    from home.models import HomePage

    return HomePage.objects.get()
