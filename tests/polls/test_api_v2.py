import pytest

from django.test import Client

from polls.enums import ResultsVisibility

from .conftest import hours

pytestmark = pytest.mark.django_db

LISTING = "/api/v2/pages/?type=polls.PollPage&fields=*"


def test_poll_fields_in_the_pages_api(client, make_poll):
    poll = make_poll(
        results_visibility=ResultsVisibility.ALWAYS, intro="<p>Mỗi xã một sản phẩm</p>", closes_at=hours(5)
    )
    poll.record_ballot("c:x", [poll.choice_list[0].pk], hours(0))
    [item] = client.get(LISTING).json()["items"]
    assert item["question"] == poll.title
    assert item["intro"] == "<p>Mỗi xã một sản phẩm</p>"
    assert item["choices"] == [{"id": choice.pk, "label": choice.label} for choice in poll.choice_list]
    assert item["max_choices"] == 1 and item["is_open"] is True
    assert item["opens_at"] and item["closes_at"]
    assert item["results"]["total"] == 1
    assert item["results"]["choices"][0] == {
        "id": poll.choice_list[0].pk,
        "label": poll.choice_list[0].label,
        "votes": 1,
        "percent": 100.0,
    }


def test_results_are_null_while_hidden_from_this_visitor(make_poll):
    poll = make_poll(results_visibility=ResultsVisibility.AFTER_VOTING)
    voter = Client()
    voter.post(
        f"/api/portal/polls/{poll.pk}/votes", {"choices": [poll.choice_list[0].pk]}, content_type="application/json"
    )
    assert voter.get(f"/api/v2/pages/{poll.pk}/?fields=*").json()["results"]["total"] == 1
    assert Client(REMOTE_ADDR="198.51.100.9").get(f"/api/v2/pages/{poll.pk}/").json()["results"] is None


def test_listing_query_count_does_not_grow(client, make_poll, django_assert_max_num_queries):
    make_poll(results_visibility=ResultsVisibility.ALWAYS)
    client.get(LISTING)
    with django_assert_max_num_queries(12) as few:
        assert client.get(LISTING).status_code == 200
    few_count = len(few.captured_queries)  # read now: the next request empties Django's query log
    for index in range(8):
        poll = make_poll(results_visibility=ResultsVisibility.ALWAYS, answers=[f"Ý {n}" for n in range(6)])
        poll.record_ballot(f"c:{index}", [poll.choice_list[0].pk], hours(0))
    client.get(LISTING)  # warm again: publishing emptied the cached parts (the site's roots)
    with django_assert_max_num_queries(few_count):
        assert len(client.get(LISTING).json()["items"]) == 9
