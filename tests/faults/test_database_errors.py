"""A vote or a rating is never half-written when the database fails in the middle of it.

The database itself fails (a trigger raising an error, see conftest.database_fails_on) on the
second write of the request: the answer counts' UPDATE, the ballot's answers' INSERT, the
article's rating totals' UPDATE. The client gets a clean answer, JSON `{"detail": …}` from the
API or a message on the page from the HTML forms, and nothing of the request is left in the
database: no ballot without its counts, no rating without its totals. Runs on SQLite and on
PostgreSQL (`make test-postgres`).
"""

import pytest

from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from news.models import NewsPageCounter, NewsRating
from polls.models import Ballot, BallotChoice, ChoiceTally

from .conftest import database_fails_on

pytestmark = pytest.mark.django_db

BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Android 14) Chrome/130 Mobile"}


def vietnamese(message):
    with translation.override("vi"):
        return gettext(message)


def visitor(address):
    return Client(REMOTE_ADDR=address, **BROWSER)


def api_vote(client, poll, choice):
    return client.post(f"/api/portal/polls/{poll.pk}/votes", {"choices": [choice.pk]}, content_type="application/json")


def api_rate(client, article, stars):
    return client.post(f"/api/portal/news/{article.pk}/ratings", {"stars": stars}, content_type="application/json")


def poll_state(poll):
    return (
        sorted(Ballot.objects.filter(poll=poll).values_list("visitor", flat=True)),
        BallotChoice.objects.filter(ballot__poll=poll).count(),
        {tally.choice_id: tally.votes for tally in ChoiceTally.objects.filter(choice__page=poll)},
    )


def rating_state(article):
    counter = NewsPageCounter.objects.get(page=article)
    return NewsRating.objects.filter(page=article).count(), counter.rating_total, counter.rating_count


def assert_clean_json_error(response):
    assert response.status_code == 503, response.content
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"] == vietnamese(
        "The database is not available right now, so nothing was recorded. Please try again shortly."
    )


@pytest.mark.parametrize(
    ("model", "event"), [(ChoiceTally, "UPDATE"), (BallotChoice, "INSERT")], ids=["counting", "ballot-answers"]
)
def test_a_vote_through_the_api_is_written_whole_or_not_at_all(poll, model, event):
    first, second = poll.choice_list[0], poll.choice_list[1]
    assert api_vote(visitor("203.0.113.1"), poll, first).status_code == 201
    before = poll_state(poll)
    assert before[1:] == (1, {first.pk: 1})

    late = visitor("203.0.113.2")
    with database_fails_on(model, event):
        assert_clean_json_error(api_vote(late, poll, second))
    assert poll_state(poll) == before

    # Nothing half-written stands in the way: the same visitor votes once the database is back.
    assert api_vote(late, poll, second).status_code == 201
    assert poll_state(poll)[1:] == (2, {first.pk: 1, second.pk: 1})


def test_a_rating_through_the_api_is_written_whole_or_not_at_all(article):
    assert api_rate(visitor("203.0.113.1"), article, 5).status_code == 201
    before = rating_state(article)
    assert before == (1, 5, 1)

    late = visitor("203.0.113.2")
    with database_fails_on(NewsPageCounter, "UPDATE"):
        assert_clean_json_error(api_rate(late, article, 2))
    assert rating_state(article) == before

    assert api_rate(late, article, 2).status_code == 201
    assert rating_state(article) == (2, 7, 2)


def test_the_poll_pages_form_says_the_vote_was_not_counted(poll):
    choice = poll.choice_list[0]
    browser = visitor("203.0.113.3")
    with database_fails_on(ChoiceTally, "UPDATE"):
        response = browser.post(reverse("poll_vote", args=[poll.pk]), {"choices": choice.pk})
    assert response.status_code == 302
    assert poll_state(poll) == ([], 0, {})
    page = browser.get(response["Location"]).content.decode()
    assert vietnamese("Your vote could not be recorded (database error). Please try again shortly.") in page
    # The form is still there: this visitor has not voted.
    assert 'name="choices"' in page


def test_the_articles_rating_form_says_the_rating_was_not_counted(article):
    browser = visitor("203.0.113.4")
    with database_fails_on(NewsPageCounter, "UPDATE"):
        response = browser.post(reverse("news_rate", args=[article.pk]), {"stars": 4})
    assert response.status_code == 302
    assert rating_state(article) == (0, 0, 0)
    page = browser.get(response["Location"]).content.decode()
    assert vietnamese("Your rating could not be recorded (database error). Please try again shortly.") in page
