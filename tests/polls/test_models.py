import datetime

import pytest

from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import HomePage
from polls.enums import PollStatus, ResultsVisibility
from polls.factories import PollIndexPageFactory, PollPageFactory
from polls.models import Ballot, BallotChoice, ChoiceTally, PollChoice, PollIndexPage, PollPage
from polls.refusals import AlreadyVoted

from .conftest import hours

pytestmark = pytest.mark.django_db


class PollTreeRulesTest(WagtailPageTestCase):
    def test_polls_live_in_a_poll_index_under_the_home_page(self):
        self.assertAllowedParentPageTypes(PollIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PollIndexPage, {PollPage})
        self.assertAllowedParentPageTypes(PollPage, {PollIndexPage})
        self.assertAllowedSubpageTypes(PollPage, set())
        self.assertCanNotCreateAt(HomePage, PollPage)
        self.assertCanNotCreateAt(Page, PollIndexPage)

    def test_poll_page_is_routable(self):
        index = PollIndexPageFactory(parent=HomePage.objects.get())
        poll = PollPageFactory(parent=index)
        self.assertPageIsRoutable(poll)

    def test_editor_creates_a_poll_with_its_answers(self):
        self.login()
        index = PollIndexPageFactory(parent=HomePage.objects.get())
        self.assertCanCreate(
            index,
            PollPage,
            nested_form_data(
                {
                    "title": "Theo bạn thực hiện Chương trình OCOP nên phát triển theo hướng nào:",
                    "slug": "ocop",
                    "intro": rich_text("<p>Mỗi xã một sản phẩm.</p>"),
                    "choices": inline_formset([{"label": "Gắn với du lịch"}, {"label": "Thương mại điện tử"}]),
                    "max_choices": 1,
                    "opens_at": "2026-01-01 08:00",
                    "results_visibility": ResultsVisibility.AFTER_VOTING,
                }
            ),
        )
        poll = PollPage.objects.get(slug="ocop")
        assert [choice.label for choice in poll.choices.all()] == ["Gắn với du lịch", "Thương mại điện tử"]

    def test_a_poll_needs_two_answers_to_be_published(self):
        self.login()
        index = PollIndexPageFactory(parent=HomePage.objects.get())
        data = nested_form_data(
            {
                "title": "Một câu trả lời",
                "slug": "mot",
                "intro": rich_text(""),
                "choices": inline_formset([{"label": "Có"}], min=2),
                "max_choices": 1,
                "opens_at": "2026-01-01 08:00",
                "results_visibility": ResultsVisibility.ALWAYS,
            }
        )
        data["action-publish"] = "publish"
        response = self.client.post(f"/admin/pages/add/polls/pollpage/{index.pk}/", data)
        assert response.status_code == 200
        assert not PollPage.objects.filter(slug="mot", live=True).exists()


def test_poll_must_close_after_it_opens(poll):
    poll.opens_at, poll.closes_at = hours(1), hours(-1)
    with pytest.raises(ValidationError) as error:
        poll.full_clean()
    assert "closes_at" in error.value.message_dict


def test_status_follows_the_clock(make_poll):
    assert make_poll(opens_at=hours(1)).status == PollStatus.UPCOMING
    assert make_poll(opens_at=hours(-2), closes_at=hours(1)).status == PollStatus.OPEN
    assert make_poll(opens_at=hours(-2), closes_at=None).is_open
    assert make_poll(opens_at=hours(-2), closes_at=hours(-1)).status == PollStatus.CLOSED


def test_queryset_finds_open_and_closed_polls_newest_first(make_poll):
    old = make_poll(opens_at=hours(-48), closes_at=None)
    new = make_poll(opens_at=hours(-1), closes_at=hours(5))
    make_poll(opens_at=hours(2))
    closed = make_poll(opens_at=hours(-10), closes_at=hours(-5))
    assert list(PollPage.objects.open_now().newest_first()) == [new, old]
    assert list(PollPage.objects.closed()) == [closed]


@pytest.mark.parametrize(
    ("visibility", "closed", "voted", "visible"),
    [
        (ResultsVisibility.ALWAYS, False, False, True),
        (ResultsVisibility.AFTER_VOTING, False, False, False),
        (ResultsVisibility.AFTER_VOTING, False, True, True),
        (ResultsVisibility.AFTER_VOTING, True, False, True),
        (ResultsVisibility.AFTER_CLOSING, False, True, False),
        (ResultsVisibility.AFTER_CLOSING, True, False, True),
    ],
)
def test_results_visibility(make_poll, visibility, closed, voted, visible):
    poll = make_poll(results_visibility=visibility, opens_at=hours(-3), closes_at=hours(-1 if closed else 1))
    assert poll.results_visible(voted) is visible


def test_a_ballot_counts_each_of_its_answers(make_poll):
    poll = make_poll(max_choices=2)
    first, _, third = poll.choice_list
    poll.record_ballot("c:a", [first.pk, third.pk], timezone.now())
    poll.record_ballot("c:b", [third.pk], timezone.now())
    results = PollPage.objects.get(pk=poll.pk).results()
    assert results.total == 2
    assert [(choice.votes, choice.percent) for choice in results.choices] == [(1, 50.0), (0, 0.0), (2, 100.0)]


def test_one_ballot_per_visitor_is_a_database_constraint(make_poll):
    poll = make_poll()
    choice = poll.choice_list[0]
    poll.record_ballot("c:same", [choice.pk], timezone.now())
    with pytest.raises(AlreadyVoted):
        poll.record_ballot("c:same", [poll.choice_list[1].pk], timezone.now())
    assert Ballot.objects.count() == 1
    assert ChoiceTally.objects.get(choice=choice).votes == 1
    assert ChoiceTally.objects.filter(choice=poll.choice_list[1]).first() is None


def test_a_ballot_is_written_whole_or_not_at_all(make_poll, monkeypatch):
    poll = make_poll()
    choice = poll.choice_list[0]

    def fail(*args, **kwargs):
        raise DatabaseError("connection lost while counting")

    monkeypatch.setattr(BallotChoice.objects, "bulk_create", fail)
    with pytest.raises(DatabaseError):
        poll.record_ballot("c:half", [choice.pk], timezone.now())
    assert not Ballot.objects.exists()
    assert not ChoiceTally.objects.filter(votes__gt=0).exists()


def test_publishing_an_old_revision_keeps_the_vote_counts(make_poll):
    poll = make_poll()
    revision = poll.save_revision()
    choice = poll.choice_list[0]
    poll.record_ballot("c:v", [choice.pk], timezone.now())
    revision.publish()
    poll = PollPage.objects.get(pk=poll.pk)
    assert poll.results().choices[0].votes == 1
    assert PollChoice.objects.filter(page=poll).count() == 3


def test_prepare_for_visitor_loads_many_polls_in_three_queries(make_poll, django_assert_num_queries):
    polls = [make_poll() for _ in range(4)]
    polls[1].record_ballot("c:me", [polls[1].choice_list[0].pk], timezone.now())
    polls = list(PollPage.objects.filter(pk__in=[poll.pk for poll in polls]).order_by("pk"))
    with django_assert_num_queries(3):
        voted = PollPage.prepare_for_visitor(polls, "c:me")
        results = [poll.results() for poll in polls]
    assert voted == {polls[1].pk}
    assert [result.total for result in results] == [0, 1, 0, 0]


def test_closes_at_defaults_to_never(poll):
    assert poll.closes_at is None
    assert poll.opens_at <= timezone.now() + datetime.timedelta(seconds=1)
