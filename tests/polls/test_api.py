import json

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

from polls.enums import ResultsVisibility
from polls.models import Ballot, ChoiceTally

from .conftest import hours

pytestmark = pytest.mark.django_db


def post_vote(client, poll_id, body, **extra):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(f"/api/portal/polls/{poll_id}/votes", data, content_type="application/json", **extra)


def test_vote_answers_201_with_the_results(client, poll):
    choice = poll.choice_list[2]
    response = post_vote(client, poll.pk, {"choices": [choice.pk]})
    assert response.status_code == 201
    data = response.json()
    assert data["total"] == 1
    assert data["choices"][2] == {"id": choice.pk, "label": choice.label, "votes": 1, "percent": 100.0}


def test_second_vote_from_the_same_client_is_409_and_counts_once(client, poll):
    first, second = poll.choice_list[:2]
    assert post_vote(client, poll.pk, {"choices": [first.pk]}).status_code == 201
    response = post_vote(client, poll.pk, {"choices": [second.pk]})
    assert response.status_code == 409
    assert response.json()["code"] == "already_voted"
    assert Ballot.objects.count() == 1 and ChoiceTally.objects.get(choice=first).votes == 1


def test_api_client_with_the_browser_cookie_is_the_same_visitor(poll):
    browser = Client(REMOTE_ADDR="203.0.113.7")
    browser.get(poll.url)
    cookie = browser.cookies["ntm_visitor"].value
    browser.post(reverse("poll_vote", args=[poll.pk]), {"choices": poll.choice_list[0].pk})
    app = Client(REMOTE_ADDR="198.51.100.20")
    app.cookies["ntm_visitor"] = cookie
    response = post_vote(app, poll.pk, {"choices": [poll.choice_list[1].pk]})
    assert response.status_code == 409
    cookieless = Client(REMOTE_ADDR="198.51.100.20")
    assert post_vote(cookieless, poll.pk, {"choices": [poll.choice_list[1].pk]}).status_code == 201


@pytest.mark.parametrize(
    ("fields", "code", "words"),
    [
        ({"opens_at": hours(2)}, "not_open", "sẽ mở lúc"),
        ({"opens_at": hours(-3), "closes_at": hours(-1)}, "closed", "đã kết thúc lúc"),
    ],
)
def test_vote_outside_the_voting_time_is_409_saying_which(client, make_poll, fields, code, words):
    poll = make_poll(**fields)
    response = post_vote(client, poll.pk, {"choices": [poll.choice_list[0].pk]})
    assert response.status_code == 409
    assert response.json()["code"] == code and words in response.json()["detail"]
    assert not Ballot.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        {"choices": []},
        {"choices": "1"},
        {"choices": ["1"]},
        {"choices": [True]},
        {"choices": [1.5]},
        {"choices": [{"id": 1}]},
        {"choices": None},
        {},
        {"choices": list(range(51))},
        {"choices": [10**30]},
    ],
    ids=repr,
)
def test_malformed_votes_are_422_json(client, poll, body):
    response = post_vote(client, poll.pk, body)
    assert response.status_code == 422, response.content
    assert "detail" in response.json()
    assert not Ballot.objects.exists()


def test_unparseable_body_is_a_json_4xx(client, poll):
    response = post_vote(client, poll.pk, "{not json")
    assert 400 <= response.status_code < 500
    assert "detail" in response.json()


def test_choice_of_another_poll_duplicates_and_too_many_are_422(client, make_poll):
    poll, other = make_poll(max_choices=2), make_poll()
    first, second, third = (choice.pk for choice in poll.choice_list)
    for body, words in [
        ({"choices": [other.choice_list[0].pk]}, "không thuộc cuộc thăm dò này"),
        ({"choices": [first, first]}, "chỉ được chọn một lần"),
        ({"choices": [first, second, third]}, "tối đa 2"),
        ({"choices": []}, "Chọn một câu trả lời"),
    ]:
        response = post_vote(client, poll.pk, body)
        assert response.status_code == 422
        assert response.json()["code"] == "invalid_choices" and words in response.json()["detail"]
    assert post_vote(client, poll.pk, {"choices": [third, first]}).status_code == 201


def test_unknown_unpublished_and_private_polls_are_404(client, make_poll):
    draft = make_poll(live=False)
    private = make_poll()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for page_id in [999999, draft.pk, private.pk, 10**30, private.get_parent().pk]:
        for response in [
            post_vote(client, page_id, {"choices": [1]}),
            client.get(f"/api/portal/polls/{page_id}/results"),
        ]:
            assert response.status_code == 404
            assert response.json()["detail"]
    assert client.get("/api/portal/polls/abc/results").status_code == 404


def test_votes_over_the_per_ip_cap_are_429(make_poll, settings):
    settings.POLLS_VOTES_PER_IP_PER_HOUR = 3
    poll, other = make_poll(), make_poll()
    statuses = [post_vote(Client(), poll.pk, {"choices": [poll.choice_list[0].pk]}).status_code for _ in range(4)]
    assert statuses == [201, 409, 409, 429]  # one IP without a cookie is one visitor, so repeats are refused too
    browsers = []
    for _ in range(4):
        browser = Client(REMOTE_ADDR="203.0.113.50")
        browser.cookies["ntm_visitor"] = Client().get(poll.url).cookies["ntm_visitor"].value
        browsers.append(post_vote(browser, other.pk, {"choices": [other.choice_list[0].pk]}).status_code)
    assert browsers == [201, 201, 201, 429]
    assert (
        post_vote(Client(REMOTE_ADDR="203.0.113.51"), other.pk, {"choices": [other.choice_list[0].pk]}).status_code
        == 201
    )
    assert Ballot.objects.filter(poll=other).count() == 4


def test_results_are_403_while_hidden_and_200_after_voting(client, make_poll):
    poll = make_poll(results_visibility=ResultsVisibility.AFTER_VOTING)
    response = client.get(f"/api/portal/polls/{poll.pk}/results")
    assert response.status_code == 403
    assert response.json()["code"] == "results_hidden"
    post_vote(client, poll.pk, {"choices": [poll.choice_list[0].pk]})
    assert client.get(f"/api/portal/polls/{poll.pk}/results").json()["total"] == 1


def test_results_hidden_until_closing_are_not_sent_with_the_vote(client, make_poll):
    poll = make_poll(results_visibility=ResultsVisibility.AFTER_CLOSING)
    response = post_vote(client, poll.pk, {"choices": [poll.choice_list[0].pk]})
    assert response.status_code == 201
    assert set(response.json()) == {"detail"}
    assert client.get(f"/api/portal/polls/{poll.pk}/results").status_code == 403


def test_closed_poll_results_are_public(client, make_poll):
    poll = make_poll(results_visibility=ResultsVisibility.AFTER_CLOSING, opens_at=hours(-5), closes_at=hours(-1))
    poll.record_ballot("c:x", [poll.choice_list[1].pk], hours(-2))
    data = client.get(f"/api/portal/polls/{poll.pk}/results").json()
    assert data["total"] == 1 and [choice["votes"] for choice in data["choices"]] == [0, 1, 0]


def test_openapi_schema_documents_the_poll_endpoints(client):
    paths = client.get("/api/portal/openapi.json").json()["paths"]
    votes = paths["/api/portal/polls/{page_id}/votes"]["post"]
    assert {"201", "404", "409", "422", "429"} <= set(votes["responses"])
    assert {"200", "403", "404"} <= set(paths["/api/portal/polls/{page_id}/results"]["get"]["responses"])
