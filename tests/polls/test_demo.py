import io

import pytest

from django.core.management import call_command

from polls.models import Ballot, PollChoice, PollIndexPage, PollPage

pytestmark = pytest.mark.django_db


def test_demo_has_the_seed_poll_open_and_a_closed_poll_with_results(client, demo_site):
    index = PollIndexPage.objects.get()
    assert index.show_in_menus and index.get_parent().specific == demo_site
    ocop = PollPage.objects.get(title="Theo bạn thực hiện Chương trình OCOP nên phát triển theo hướng nào:")
    assert ocop.live and ocop.is_open and len(ocop.choice_list) == 5
    [closed] = PollPage.objects.closed()
    results = closed.results()
    assert results.total == Ballot.objects.filter(poll=closed).count() > 0
    assert "Thăm dò ý kiến" in client.get("/").content.decode()
    assert "poll-results" in client.get(closed.url).content.decode()


def test_demo_loads_twice_without_duplicates(demo_site):
    counts = (PollPage.objects.count(), PollChoice.objects.count(), Ballot.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (PollPage.objects.count(), PollChoice.objects.count(), Ballot.objects.count()) == counts
