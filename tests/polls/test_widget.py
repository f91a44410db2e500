import pytest
from bs4 import BeautifulSoup

from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageViewRestriction, Site

from .conftest import hours

pytestmark = pytest.mark.django_db


def widget(client, url="/"):
    return BeautifulSoup(client.get(url).content, "html.parser").select_one(".widget--poll")


def test_sidebar_shows_the_newest_open_poll_with_a_form(client, make_poll, home_page):
    make_poll(title="Cũ hơn", opens_at=hours(-30))
    newest = make_poll(title="Mới nhất", opens_at=hours(-1))
    make_poll(title="Chưa mở", opens_at=hours(3))
    make_poll(title="Đã đóng", opens_at=hours(-2), closes_at=hours(-1))
    box = widget(client)
    assert box.h2.get_text() == "Thăm dò ý kiến"
    assert box.form.fieldset.legend.get_text(strip=True) == "Mới nhất"
    assert box.form["action"] == reverse("poll_vote", args=[newest.pk])
    assert box.select_one("input[name=csrfmiddlewaretoken]")


def test_widget_form_posts_without_javascript_and_lands_on_the_results(client, make_poll):
    poll = make_poll(results_visibility="always")
    box = widget(client)
    choice = box.select("input[name=choices]")[2]["value"]
    response = client.post(box.form["action"], {"choices": choice}, follow=True)
    assert response.redirect_chain == [(poll.url, 302)]
    assert "1 phiếu (100%)" in BeautifulSoup(response.content, "html.parser").select(".poll-results__item")[2].text
    again = client.post(box.form["action"], {"choices": choice}, follow=True)
    assert "Bạn đã bình chọn trong cuộc thăm dò này." in again.content.decode()
    assert widget(client).select_one(".poll-widget__more a")["href"] == poll.url


def test_widget_is_hidden_without_an_open_public_poll(client, make_poll):
    assert widget(client) is None
    private = make_poll()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    make_poll(live=False)
    assert widget(client) is None


def test_cached_widget_follows_the_schedule_without_a_publish(client, make_poll, monkeypatch):
    make_poll(title="Sắp đóng", closes_at=hours(1))
    make_poll(title="Sắp mở", opens_at=hours(2), closes_at=hours(5))
    assert widget(client).form.fieldset.legend.get_text(strip=True) == "Sắp đóng"
    later = hours(3)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert widget(client).form.fieldset.legend.get_text(strip=True) == "Sắp mở"


def test_widget_hides_a_poll_made_private_after_it_was_cached(client, make_poll):
    poll = make_poll()
    assert widget(client) is not None
    PageViewRestriction.objects.create(page=poll, restriction_type=PageViewRestriction.LOGIN)
    assert widget(client) is None


def test_widget_stays_out_of_its_own_poll_page(client, poll):
    assert widget(client, poll.url) is None
    assert widget(client, "/search/") is not None


def test_widget_renders_without_a_request(make_poll):
    make_poll()
    assert Template("{% load polls_tags %}{% poll_widget %}").render(Context({})).strip() == ""


def test_widget_costs_no_query_once_cached_however_many_polls(make_poll, django_assert_num_queries):
    template = Template("{% load polls_tags %}{% poll_widget %}")
    request = RequestFactory().get("/")
    Site.find_for_request(request)  # as Wagtail's page view has already done
    make_poll()
    template.render(Context({"request": request}))  # fills the cache
    with django_assert_num_queries(0):
        template.render(Context({"request": request}))
    for index in range(10):
        poll = make_poll(answers=[f"Ý kiến {number}" for number in range(10)])
        poll.record_ballot(f"c:{index}", [poll.choice_list[0].pk], poll.opens_at)
    with django_assert_num_queries(2):  # publishing emptied the cache: the polls, their answers
        template.render(Context({"request": request}))
    with django_assert_num_queries(0):
        html = template.render(Context({"request": request}))
    assert html.count('type="radio"') == 10
