import datetime
from zoneinfo import ZoneInfo

from django.template import Context, Template
from django.utils import translation

from portal.dates import format_nukeviet_datetime

SEED_MOMENT = datetime.datetime(2018, 10, 25, 5, 18, tzinfo=datetime.UTC)  # 12:18 in Hà Tĩnh


def test_seed_date_line_in_vietnamese():
    with translation.override("vi"):
        assert format_nukeviet_datetime(SEED_MOMENT) == "Thứ năm - 25/10/2018 12:18"


def test_every_weekday_has_its_vietnamese_name():
    names = []
    with translation.override("vi"):
        for day in range(22, 29):  # Monday 22 to Sunday 28 October 2018
            moment = datetime.datetime(2018, 10, day, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
            names.append(format_nukeviet_datetime(moment).split(" - ")[0])
    assert names == ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def test_local_midnight_keeps_the_local_date():
    # 17:30 UTC on the 24th is already the 25th in Vietnam.
    moment = datetime.datetime(2018, 10, 24, 17, 30, tzinfo=datetime.UTC)
    with translation.override("vi"):
        assert format_nukeviet_datetime(moment) == "Thứ năm - 25/10/2018 00:30"


def test_english_stays_possible():
    with translation.override("en"):
        assert format_nukeviet_datetime(SEED_MOMENT) == "Thursday - 25/10/2018 12:18"


def test_template_filter_and_empty_value():
    template = Template("{% load portal_tags %}[{{ when|nukeviet_datetime }}][{{ missing|nukeviet_datetime }}]")
    with translation.override("vi"):
        html = template.render(Context({"when": SEED_MOMENT, "missing": None}))
    assert html == "[Thứ năm - 25/10/2018 12:18][]"
