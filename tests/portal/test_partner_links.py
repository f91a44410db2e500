"""Partner links of the sidebar: editor order, an optional date window, the Zalo QR code."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.utils import timezone

from portal.factories import PartnerLinkFactory
from portal.models import PartnerLink

pytestmark = pytest.mark.django_db


def sidebar_links(client):
    page = BeautifulSoup(client.get("/").content, "html.parser")
    return [link.get_text(strip=True) for link in page.select(".partner-links a")]


def days(count):
    return timezone.localdate() + datetime.timedelta(days=count)


def test_links_show_only_inside_their_date_window(client, home_page):
    PartnerLinkFactory(title="Luôn hiện", sort_order=1)
    PartnerLinkFactory(title="Đang trong hạn", shown_from=days(-1), shown_until=days(1), sort_order=2)
    PartnerLinkFactory(title="Hôm nay là ngày đầu", shown_from=days(0), sort_order=3)
    PartnerLinkFactory(title="Hôm nay là ngày cuối", shown_until=days(0), sort_order=4)
    PartnerLinkFactory(title="Chưa đến ngày", shown_from=days(1), sort_order=5)
    PartnerLinkFactory(title="Đã hết hạn", shown_until=days(-1), sort_order=6)
    expected = ["Luôn hiện", "Đang trong hạn", "Hôm nay là ngày đầu", "Hôm nay là ngày cuối"]
    assert sidebar_links(client) == expected
    assert [link.title for link in PartnerLink.objects.shown_on(days(0))] == expected


def test_links_appear_and_go_at_midnight_without_an_edit(client, home_page):
    PartnerLinkFactory(
        title="Tuần lễ OCOP", shown_from=datetime.date(2024, 11, 1), shown_until=datetime.date(2024, 11, 7)
    )
    hanoi = datetime.timezone(datetime.timedelta(hours=7))
    with time_machine.travel(datetime.datetime(2024, 10, 31, 23, 59, tzinfo=hanoi), tick=False):
        assert sidebar_links(client) == []  # fills the cache
    with time_machine.travel(datetime.datetime(2024, 11, 1, 0, 1, tzinfo=hanoi), tick=False):
        assert sidebar_links(client) == ["Tuần lễ OCOP"]
    with time_machine.travel(datetime.datetime(2024, 11, 8, 0, 1, tzinfo=hanoi), tick=False):
        assert sidebar_links(client) == []


def test_the_window_cannot_end_before_it_starts():
    link = PartnerLinkFactory.build(shown_from=days(3), shown_until=days(2))
    with pytest.raises(ValidationError) as refused:
        link.full_clean()
    assert "shown_until" in refused.value.message_dict


def test_demo_gives_the_zalo_link_its_qr_code_image(client, demo_site):
    link = PartnerLink.objects.get(title="MÃ QR CODE ZALO-BỘ NỘI VỤ")
    assert link.image is not None and link.image.width == link.image.height
    page = BeautifulSoup(client.get("/").content, "html.parser")
    first = page.select_one(".partner-links a")
    assert first["href"] == link.url
    assert first.img["alt"] == ""  # the visible title names the link
    assert first.get_text(strip=True) == link.title
