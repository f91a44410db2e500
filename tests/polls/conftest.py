import datetime

import pytest

from django.utils import timezone


@pytest.fixture
def poll_index(home_page):
    from polls.factories import PollIndexPageFactory

    return PollIndexPageFactory(parent=home_page)


@pytest.fixture
def make_poll(poll_index):
    """An open single-answer poll with three answers; keyword arguments override fields."""
    from polls.factories import PollPageFactory

    def make(**fields):
        return PollPageFactory(parent=poll_index, **fields)

    return make


@pytest.fixture
def poll(make_poll):
    return make_poll(title="Theo bạn thực hiện Chương trình OCOP nên phát triển theo hướng nào:")


def hours(count):
    return timezone.now() + datetime.timedelta(hours=count)
