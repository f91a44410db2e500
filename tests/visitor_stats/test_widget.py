"""The "Thống kê" box, the API and the admin dashboard panel."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.template import Context, Template
from django.utils import timezone

from visitor_stats.figures import current_figures, flush
from visitor_stats.formatting import format_count
from visitor_stats.models import DailyVisits, VisitorCounterSettings

from .conftest import BROWSER

pytestmark = pytest.mark.django_db

WIDGET = Template("{% load visitor_stats_tags %}{% visitor_stats_widget %}")


def test_counts_are_written_the_vietnamese_way():
    assert [format_count(n) for n in (0, 7, 999, 1000, 30_318, 90_185_982)] == [
        "0",
        "7",
        "999",
        "1.000",
        "30.318",
        "90.185.982",
    ]
    assert format_count(None) == ""


def widget_rows(html):
    box = BeautifulSoup(html, "html.parser").select_one(".widget--stats")
    return box, [
        (row.dt.get_text(strip=True), row.dd.get_text(strip=True)) for row in box.select(".visitor-stats__row")
    ]


def test_sidebar_shows_the_six_figures_of_the_seed(client, home_page):
    VisitorCounterSettings.objects.create(starting_total=90_185_982 - 30_318)
    DailyVisits.objects.create(date=timezone.localdate(), visits=30_318 - 1)
    response = client.get("/", HTTP_USER_AGENT=BROWSER)  # counted after the page is rendered
    box, rows = widget_rows(client.get("/", HTTP_USER_AGENT=BROWSER).content)
    assert box.h2.get_text() == "Thống kê"
    assert rows == [
        ("Đang truy cập", "1"),
        ("Máy chủ tìm kiếm", "0"),
        ("Khách viếng thăm", "1"),
        ("Hôm nay", "30.318"),
        ("Tháng hiện tại", "30.318"),
        ("Tổng lượt truy cập", "90.185.982"),
    ]
    assert response.status_code == 200


def test_the_widget_reads_the_cache_with_at_most_one_query(django_assert_num_queries, any_cache):
    VisitorCounterSettings.objects.create(starting_total=1_000)
    DailyVisits.objects.create(date=timezone.localdate() - datetime.timedelta(days=1), visits=5)
    with django_assert_num_queries(1):  # cold: the database's totals, in one query
        WIDGET.render(Context({}))
    with django_assert_num_queries(0):  # then from the cache
        html = WIDGET.render(Context({}))
    assert widget_rows(html)[1][-1] == ("Tổng lượt truy cập", "1.005")
    flush()  # the flush keeps the cached totals fresh
    with django_assert_num_queries(0):
        WIDGET.render(Context({}))


def test_editing_the_starting_total_shows_at_once(any_cache):
    settings = VisitorCounterSettings.objects.create(starting_total=10)
    assert current_figures().total == 10
    settings.starting_total = 90_185_982
    settings.save()
    assert current_figures().total == 90_185_982


def test_api_gives_the_six_figures(client, home_page):
    VisitorCounterSettings.objects.create(starting_total=100)
    client.get("/", HTTP_USER_AGENT=BROWSER)
    response = client.get("/api/portal/stats/visitors")
    assert response.status_code == 200
    assert response.json() == {"online": 1, "bots": 0, "guests": 1, "today": 1, "month": 1, "total": 101}
    schema = client.get("/api/portal/openapi.json").json()
    assert "/api/portal/stats/visitors" in schema["paths"]


def test_dashboard_panel_charts_thirty_days_accessibly(admin_client, any_cache):
    today = timezone.localdate()
    for back in range(40):
        DailyVisits.objects.create(date=today - datetime.timedelta(days=back), visits=1_000 + back, bot_visits=back)
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    panel = page.select_one("#visitor-stats") or page.find(id=lambda value: value and "visitor-stats" in value)
    assert panel is not None
    chart = page.select_one(".visitor-stats-panel__chart svg")
    assert chart["role"] == "img"
    labelled_by = chart["aria-labelledby"].split()
    assert chart.find("title")["id"] in labelled_by and chart.find("desc")["id"] in labelled_by
    assert "30" in chart.find("title").get_text()
    assert len(chart.select("rect")) == 30
    rows = page.select(".visitor-stats-panel__table tbody tr")
    assert len(rows) == 30
    assert rows[0].th.get_text() == f"{today:%d/%m/%Y}" and rows[0].td.get_text() == "1.000"
    assert rows[-1].td.get_text() == "1.029"
    assert "," not in " ".join(rect["height"] for rect in chart.select("rect"))  # SVG numbers, not Vietnamese ones


def test_demo_shows_the_seed_total(demo_site, any_cache):
    assert (
        VisitorCounterSettings.load().starting_total + sum(DailyVisits.objects.values_list("visits", flat=True))
        == 90_185_982
    )
    assert current_figures().total == 90_185_982
    assert DailyVisits.objects.count() == 30


def test_editors_set_the_starting_total_in_the_admin(admin_client, any_cache):
    url = admin_client.get("/admin/settings/visitor_stats/visitorcountersettings/", follow=True).redirect_chain[-1][0]
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"starting_total": "90185982"})
    assert response.status_code == 302
    assert current_figures().total == 90_185_982
