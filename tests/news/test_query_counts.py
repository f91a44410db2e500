"""Public news pages cost a fixed number of queries, sidebar included, however much news there is."""

import pytest

from news.factories import TagFactory

pytestmark = pytest.mark.django_db

ARTICLE_BUDGET = 12
LISTING_BUDGET = 12
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 Firefox/133.0"}


def queries_for(client, url, budget, django_assert_max_num_queries):
    client.get(url, **BROWSER)  # warm: site root paths, renditions, the visitor's view marker
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url, **BROWSER).status_code == 200
    return len(captured)


def add_articles(make_article, count, first=0):
    tags = [TagFactory(name=f"chủ đề {number}") for number in range(3)]
    for number in range(first, first + count):
        article = make_article(title=f"Bài {number}")
        article.tags.add(tags[number % 3])


@pytest.mark.parametrize("url_of", ["article", "category", "home", "tag", "print"])
@pytest.mark.usefixtures("uncached_pages")
def test_news_pages_do_not_grow_with_content(client, demo_site, make_article, url_of, django_assert_max_num_queries):
    add_articles(make_article, 10)
    subject = make_article(title="Bài được đo")
    tag = TagFactory(name="chủ đề 0")
    subject.tags.add(tag)
    subject.save_revision().publish()
    urls = {
        "article": subject.url,
        "category": subject.get_parent().url,
        "home": "/",
        "tag": f"/tag/{tag.slug}/",
        "print": subject.url + "in/",
    }
    budget = ARTICLE_BUDGET if url_of in {"article", "print"} else LISTING_BUDGET
    few = queries_for(client, urls[url_of], budget, django_assert_max_num_queries)
    add_articles(make_article, 190, first=10)
    assert queries_for(client, urls[url_of], budget, django_assert_max_num_queries) == few
