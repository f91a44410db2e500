import csv
import io

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("bientap", "bientap@example.vn", "mat-khau"))
    return client


@pytest.fixture
def voted_poll(make_poll):
    poll = make_poll(answers=['=HYPERLINK("http://x")', "Đồng ý", "Chưa đồng ý"])
    first, second, _ = poll.choice_list
    for index in range(3):
        poll.record_ballot(f"c:{index}", [second.pk], poll.opens_at)
    poll.record_ballot("c:9", [first.pk], poll.opens_at)
    return poll


def test_edit_view_has_a_results_tab(editor_client, voted_poll):
    page = BeautifulSoup(
        editor_client.get(reverse("wagtailadmin_pages:edit", args=[voted_poll.pk])).content, "html.parser"
    )
    table = page.select_one("table.listing")
    rows = [[cell.get_text(strip=True) for cell in row.select("td, th")] for row in table.select("tbody tr, tfoot tr")]
    assert rows[1] == ["Đồng ý", "3", "75%"]
    assert rows[-1][:2] == ["Tổng số phiếu", "4"]
    assert page.select_one(f"a[href='{reverse('polls_results_csv', args=[voted_poll.pk])}']")


def test_create_view_has_no_results_yet(editor_client, poll_index):
    response = editor_client.get(reverse("wagtailadmin_pages:add", args=["polls", "pollpage", poll_index.pk]))
    assert response.status_code == 200
    assert "polls_results_csv" not in response.content.decode()


def test_results_export_as_csv_for_spreadsheets(editor_client, voted_poll):
    response = editor_client.get(reverse("polls_results_csv", args=[voted_poll.pk]))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["Câu trả lời", "Số phiếu", "Tỷ lệ (%)"]
    assert rows[1] == ['\'=HYPERLINK("http://x")', "1", "25.0"]
    assert rows[2] == ["Đồng ý", "3", "75.0"]
    assert rows[-1] == ["Tổng số phiếu", "4", ""]


def test_results_export_needs_edit_permission(client, django_user_model, voted_poll):
    reader = django_user_model.objects.create_user("docgia", "docgia@example.vn", "mat-khau")
    group = Group.objects.create(name="Chỉ vào trang quản trị")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    reader.groups.add(group)
    client.force_login(reader)
    response = client.get(reverse("polls_results_csv", args=[voted_poll.pk]))
    assert response.status_code in (302, 403)
    assert "Đồng ý" not in response.content.decode()
    client.logout()
    assert client.get(reverse("polls_results_csv", args=[voted_poll.pk])).status_code == 302


def test_unknown_poll_export_is_404(editor_client):
    assert editor_client.get(reverse("polls_results_csv", args=[999999])).status_code == 404
