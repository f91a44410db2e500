"""Exact counts under concurrent votes. Needs PostgreSQL: SQLite serialises writers."""

import datetime
import json
import random
import threading
import time

import pytest

from django.db import connection
from django.db.models import Sum
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.utils import timezone

from polls.models import Ballot, BallotChoice, ChoiceTally, PollPage
from portal.visitors import VISITOR_COOKIE, ensure_visitor_cookie
from tests.markers import MANY_CONNECTIONS

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    MANY_CONNECTIONS,
    pytest.mark.skipif("connection.vendor != 'postgresql'", reason="needs PostgreSQL (make test-postgres)"),
]


def new_visitor_cookie():
    return ensure_visitor_cookie(RequestFactory().get("/"), HttpResponse()).cookies[VISITOR_COOKIE].value


# The machine's PostgreSQL allows 100 connections; the test run needs a few of its own.
MAX_OPEN_CONNECTIONS = 60


def vote_together(poll, ballots, before_vote=None):
    """Send each (cookie, choice ids) from its own thread, released at once by a barrier."""
    barrier = threading.Barrier(len(ballots))
    connections = threading.BoundedSemaphore(MAX_OPEN_CONNECTIONS)
    statuses = [None] * len(ballots)

    def run(index, cookie, choice_ids):
        client = Client()
        client.cookies[VISITOR_COOKIE] = cookie
        barrier.wait()
        if before_vote:
            before_vote(index)
        with connections:
            try:
                response = client.post(
                    f"/api/portal/polls/{poll.pk}/votes",
                    json.dumps({"choices": choice_ids}),
                    content_type="application/json",
                )
                statuses[index] = (response.status_code, response.json().get("code"))
            finally:
                connection.close()

    threads = [threading.Thread(target=run, args=(index, *ballot)) for index, ballot in enumerate(ballots)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


@pytest.fixture(autouse=True)
def no_cap(settings):
    settings.POLLS_VOTES_PER_IP_PER_HOUR = 10_000


def test_hundred_concurrent_visitors_give_exact_counts(make_poll):
    poll = make_poll(max_choices=2)
    first, second, third = (choice.pk for choice in poll.choice_list)
    picks = [[first], [second, third], [first, third], [third]]
    ballots = [(new_visitor_cookie(), picks[index % 4]) for index in range(100)]
    statuses = vote_together(poll, ballots)
    assert statuses == [(201, None)] * 100
    assert Ballot.objects.filter(poll=poll).count() == 100
    votes = {tally.choice_id: tally.votes for tally in ChoiceTally.objects.filter(choice__page=poll)}
    assert votes == {first: 50, second: 25, third: 75}
    assert sum(votes.values()) == BallotChoice.objects.filter(ballot__poll=poll).count() == 150


def test_one_visitor_voting_from_many_tabs_at_once_counts_once(make_poll):
    poll = make_poll()
    cookie = new_visitor_cookie()
    statuses = vote_together(poll, [(cookie, [poll.choice_list[index % 3].pk]) for index in range(20)])
    assert sorted(statuses, key=str) == [(201, None)] + [(409, "already_voted")] * 19
    assert Ballot.objects.filter(poll=poll).count() == 1
    assert ChoiceTally.objects.filter(choice__page=poll).aggregate(total=Sum("votes"))["total"] == 1


def test_votes_racing_the_close_are_counted_or_refused_never_half_written(make_poll):
    poll = make_poll()
    ballots = [(new_visitor_cookie(), [poll.choice_list[index % 3].pk]) for index in range(60)]
    delays = [random.uniform(0, 1.5) for _ in ballots]  # spread around the close
    poll.closes_at = timezone.now() + datetime.timedelta(seconds=1)
    poll.save_revision().publish()
    poll = PollPage.objects.get(pk=poll.pk)
    statuses = vote_together(poll, ballots, before_vote=lambda index: time.sleep(delays[index]))
    assert set(statuses) == {(201, None), (409, "closed")}
    counted = statuses.count((201, None))
    assert Ballot.objects.filter(poll=poll).count() == counted
    assert BallotChoice.objects.filter(ballot__poll=poll).count() == counted
    assert (ChoiceTally.objects.filter(choice__page=poll).aggregate(total=Sum("votes"))["total"] or 0) == counted
    assert not Ballot.objects.filter(poll=poll, cast_at__gte=poll.closes_at).exists()
