import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from polls.enums import ResultsVisibility
from polls.models import Ballot, PollPage

from .conftest import hours

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def vote_url(poll):
    return reverse("poll_vote", args=[poll.pk])


def test_poll_page_shows_the_question_and_an_accessible_form(client, poll):
    page = soup(client.get(poll.url))
    assert page.h1.get_text() == poll.title
    form = page.select_one("main form.poll-form")
    assert form["method"] == "post" and form["action"] == vote_url(poll)
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert form.fieldset.legend.get_text(strip=True) == "Câu trả lời của bạn"
    radios = form.select("input[type=radio][name=choices]")
    assert len(radios) == 3
    for radio in radios:
        assert form.select_one(f"label[for={radio['id']}]")


def test_multiple_choice_poll_uses_check_boxes_and_says_how_many(client, make_poll):
    poll = make_poll(max_choices=2)
    form = soup(client.get(poll.url)).select_one("main form.poll-form")
    assert len(form.select("input[type=checkbox][name=choices]")) == 3
    assert "Chọn tối đa 2 câu trả lời." in form.get_text()


def test_voting_without_javascript_redirects_to_the_results_with_a_message(poll):
    browser = Client(enforce_csrf_checks=True)
    page = soup(browser.get(poll.url))
    token = page.select_one("input[name=csrfmiddlewaretoken]")["value"]
    choice = poll.choice_list[1]
    response = browser.post(vote_url(poll), {"csrfmiddlewaretoken": token, "choices": str(choice.pk)})
    assert response.status_code == 302 and response["Location"] == poll.url
    after = soup(browser.get(poll.url))
    assert "Cảm ơn bạn: phiếu của bạn đã được ghi nhận." in after.select_one("[role=status]").get_text()
    assert not after.select("main form.poll-form")
    items = after.select(".poll-results__item")
    assert "1 phiếu (100%)" in items[1].get_text()
    assert "Tổng số: 1 phiếu" in after.select_one(".poll-results__total").get_text()


def test_voting_twice_from_one_browser_counts_once(client, poll):
    client.get(poll.url)  # the visitor cookie comes with the first page that has a form
    first, second = poll.choice_list[:2]
    client.post(vote_url(poll), {"choices": first.pk})
    response = client.post(vote_url(poll), {"choices": second.pk}, follow=True)
    assert "Bạn đã bình chọn trong cuộc thăm dò này." in response.content.decode()
    assert Ballot.objects.filter(poll=poll).count() == 1
    assert [choice.votes for choice in PollPage.objects.get(pk=poll.pk).choice_list] == [1, 0, 0]


def test_post_without_csrf_token_is_refused(poll):
    browser = Client(enforce_csrf_checks=True)
    browser.get(poll.url)
    response = browser.post(vote_url(poll), {"choices": poll.choice_list[0].pk})
    assert response.status_code == 403
    assert not Ballot.objects.exists()


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({}, "Chọn một câu trả lời."),
        # What the API says too: the form and the API follow the same rules (polls/voting.py).
        ({"choices": "999999"}, "Có câu trả lời không thuộc cuộc thăm dò này."),
        ({"choices": "abc"}, "Có câu trả lời không thuộc cuộc thăm dò này."),
    ],
)
def test_bad_form_input_gets_a_form_error(client, poll, data, error):
    response = client.post(vote_url(poll), data)
    assert response.status_code == 200
    errors = soup(response).select_one("main .poll-form__errors")
    assert error in errors.get_text()
    fieldset = soup(response).select_one("main form fieldset")
    assert errors["id"] in fieldset["aria-describedby"]
    assert not Ballot.objects.exists()


def test_too_many_answers_get_a_form_error(client, make_poll):
    poll = make_poll(max_choices=2)
    response = client.post(vote_url(poll), {"choices": [choice.pk for choice in poll.choice_list]})
    assert "Chọn tối đa 2 câu trả lời." in soup(response).select_one("main .poll-form__errors").get_text()
    assert not Ballot.objects.exists()


def test_vote_on_a_closed_poll_is_refused_with_the_reason(client, make_poll):
    poll = make_poll(opens_at=hours(-5), closes_at=hours(-1))
    response = client.post(vote_url(poll), {"choices": poll.choice_list[0].pk}, follow=True)
    assert "Cuộc thăm dò đã kết thúc lúc" in soup(response).select_one("[role=status]").get_text()
    assert not Ballot.objects.exists()


def test_vote_before_the_poll_opens_is_refused(client, make_poll):
    poll = make_poll(opens_at=hours(2))
    response = client.post(vote_url(poll), {}, follow=True)
    assert "Cuộc thăm dò sẽ mở lúc" in soup(response).select_one("[role=status]").get_text()
    assert not soup(response).select("main form.poll-form")


def test_vote_address_only_accepts_post(client, poll):
    response = client.get(vote_url(poll))
    assert response.status_code == 405


def test_results_stay_hidden_until_the_poll_closes_when_asked(client, make_poll):
    poll = make_poll(results_visibility=ResultsVisibility.AFTER_CLOSING)
    client.get(poll.url)
    response = client.post(vote_url(poll), {"choices": poll.choice_list[0].pk}, follow=True)
    page = soup(response)
    assert not page.select(".poll-results")
    assert "Kết quả được công bố khi cuộc thăm dò kết thúc." in page.select_one("main").get_text()


def test_drafts_and_private_polls_are_not_served(client, make_poll):
    draft = make_poll(live=False)
    assert client.get(vote_url(draft)).status_code == 404
    private = make_poll()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    response = client.post(vote_url(private), {"choices": private.choice_list[0].pk})
    # A login, not a vote: shared passwords are off, so a password restriction asks for a login.
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not Ballot.objects.exists()


def test_poll_index_lists_public_live_polls_newest_first(client, poll_index, make_poll):
    old = make_poll(title="Cũ", opens_at=hours(-50), closes_at=hours(-40))
    new = make_poll(title="Mới", opens_at=hours(-1))
    make_poll(title="Nháp", live=False)
    hidden = make_poll(title="Nội bộ")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x")
    page = soup(client.get(poll_index.url))
    assert [item.get_text(strip=True) for item in page.select(".poll-list h2")] == [new.title, old.title]
    assert "Đã kết thúc lúc" in page.select(".poll-list .meta")[1].get_text()


def test_poll_index_paginates_and_survives_bad_page_numbers(client, poll_index, make_poll):
    for _ in range(21):
        make_poll()
    assert len(soup(client.get(poll_index.url + "?page=2")).select(".poll-list li")) == 1
    assert client.get(poll_index.url + "?page=abc").status_code == 200


def page_queries(client, url, django_assert_max_num_queries, budget):
    client.get(url)  # warm: Wagtail caches the site root paths, the sidebar its partner links
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


# With the sidebar. The poll page adds two queries to the shell's: its answers with their
# counts, and its ballots (the total and this visitor's) in one aggregate.
POLL_PAGE_BUDGET = 12


@pytest.mark.usefixtures("uncached_pages")
def test_poll_page_costs_two_queries_more_than_a_plain_page(client, home_page, poll, django_assert_max_num_queries):
    section = StandardPageFactory(parent=home_page, title="Giới thiệu")
    plain = StandardPageFactory(parent=section, title="Liên hệ")
    assert plain.depth == poll.depth
    plain_count = page_queries(client, plain.url, django_assert_max_num_queries, POLL_PAGE_BUDGET)
    poll_count = page_queries(client, poll.url, django_assert_max_num_queries, POLL_PAGE_BUDGET)
    assert poll_count - plain_count <= 2


@pytest.mark.usefixtures("uncached_pages")
def test_poll_page_query_count_does_not_grow(client, poll, make_poll, django_assert_max_num_queries):
    poll.results_visibility = ResultsVisibility.ALWAYS
    poll.save_revision().publish()
    poll.record_ballot("c:other", [poll.choice_list[0].pk], poll.opens_at)
    few = page_queries(client, poll.url, django_assert_max_num_queries, POLL_PAGE_BUDGET)
    for index in range(10):
        more = make_poll(answers=[f"Ý kiến {number}" for number in range(8)])
        more.record_ballot(f"c:{index}", [more.choice_list[0].pk], more.opens_at)
        poll.record_ballot(f"c:{index}", [poll.choice_list[1].pk], poll.opens_at)
    page_queries(client, poll.url, django_assert_max_num_queries, few)


@pytest.mark.usefixtures("uncached_pages")
def test_poll_index_query_count_does_not_grow(client, poll_index, make_poll, django_assert_max_num_queries):
    make_poll()
    few = page_queries(client, poll_index.url, django_assert_max_num_queries, POLL_PAGE_BUDGET)
    for _ in range(15):
        make_poll()
    page_queries(client, poll_index.url, django_assert_max_num_queries, few)
