import datetime
from zoneinfo import ZoneInfo

import pytest

from news.factories import NewsIndexPageFactory, NewsPageFactory

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def category(home_page):
    return NewsIndexPageFactory(parent=home_page, title="Tin tức - Sự kiện", slug="tin-tuc")


@pytest.fixture
def make_article(category):
    """Articles one hour apart, newest last, unless told otherwise."""
    start = datetime.datetime(2024, 5, 1, 8, 0, tzinfo=HANOI)
    made = []

    def make(parent=None, **fields):
        fields.setdefault("published_at", start + datetime.timedelta(hours=len(made)))
        article = NewsPageFactory(parent=parent or category, **fields)
        made.append(article)
        return article

    return make


@pytest.fixture
def article(make_article):
    return make_article(title="Bài viết thử nghiệm", slug="bai-viet")
