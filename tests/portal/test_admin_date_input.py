"""Dates the Vietnamese way in the admin (issue 26): dd/mm/yyyy HH:MM read, written and shown, in both
admin languages; what cannot be read is an error next to its field and changes nothing; a window that
ends on a day typed without a time includes the whole of that day.

`admin_date_fields()` finds every date field of every model the admin edits; the browser test
(tests/browser/test_admin_dates.py) types into each of them.
"""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from django.apps import apps
from django.conf import settings
from django.utils import formats, translation

from wagtail.admin.panels import get_edit_handler
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from legal_docs.factories import LegalDocumentIndexPageFactory
from legal_docs.models import DocumentType, Issuer, LegalDocumentPage
from polls.enums import PollStatus, ResultsVisibility
from polls.factories import PollIndexPageFactory
from polls.models import PollPage
from portal.admin_dates import END_OF_DAY, EndOfDayDateTimeInput

HA_TINH = ZoneInfo("Asia/Ho_Chi_Minh")
DATE_WIDGETS = (AdminDateInput, AdminDateTimeInput, AdminTimeInput)


def admin_date_fields():
    """{model: {field name: widget}} for each page type, snippet and setting whose admin form has dates.

    Fields of inline panels are named `relation.field`."""
    found = {}
    for model in apps.get_models():
        if issubclass(model, Page) and model is not Page:
            form_class = model.get_edit_handler().get_form_class()
        elif model in get_snippet_models() or model in settings_registry:
            form_class = get_edit_handler(model).get_form_class()
        else:
            continue
        fields = {name: field.widget for name, field in form_class.base_fields.items()}
        for relation, formset in getattr(form_class, "formsets", {}).items():
            fields |= {f"{relation}.{name}": field.widget for name, field in formset.form.base_fields.items()}
        dates = {name: widget for name, widget in fields.items() if isinstance(widget, DATE_WIDGETS)}
        if dates:
            found[model] = dates
    return found


def test_every_date_field_the_admin_edits_is_found():
    found = {model._meta.label: set(fields) for model, fields in admin_date_fields().items()}
    publishing = {"go_live_at", "expire_at"}
    for model in apps.get_models():
        if issubclass(model, Page) and model is not Page:
            assert publishing <= found[model._meta.label], model
    assert found["legal_docs.LegalDocumentPage"] == publishing | {
        "issued_on",
        "effective_on",
        "expires_on",
        "gazette_date",
        "comments_open_from",
        "comments_open_until",
    }
    assert found["polls.PollPage"] == publishing | {"opens_at", "closes_at"}
    assert found["news.NewsPage"] == publishing | {"published_at"}
    assert found["portal.PartnerLink"] == {"shown_from", "shown_until"}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_admin_date_widget_writes_and_reads_dd_mm_yyyy_monday_first(language):
    with translation.override(language):
        for model, fields in admin_date_fields().items():
            for name, widget in fields.items():
                where = f"{model._meta.label}.{name} ({language})"
                if isinstance(widget, AdminDateTimeInput):
                    assert widget.format == "%d/%m/%Y %H:%M", where
                    assert widget.get_config()["format"] == "d/m/Y H:i", where
                elif isinstance(widget, AdminDateInput):
                    assert widget.format == "%d/%m/%Y", where
                    assert widget.get_config()["format"] == "d/m/Y", where
                if not isinstance(widget, AdminTimeInput):
                    assert widget.get_config()["dayOfWeekStart"] == 1, where


@pytest.mark.parametrize("language", ["vi", "en"])
def test_django_reads_what_the_pickers_write_in_both_admin_languages(language):
    from django import forms

    with translation.override(language):
        # What Wagtail's own check (wagtailadmin.E003) asks; it is skipped since Django 5 removed USE_L10N.
        assert settings.WAGTAIL_DATE_FORMAT in formats.get_format("DATE_INPUT_FORMATS")
        assert settings.WAGTAIL_DATETIME_FORMAT in formats.get_format("DATETIME_INPUT_FORMATS")
        assert settings.WAGTAIL_TIME_FORMAT in formats.get_format("TIME_INPUT_FORMATS")
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1
        moment = forms.DateTimeField()
        day = forms.DateField()
        expected = datetime.datetime(2026, 12, 4, 7, 0, tzinfo=HA_TINH)
        for typed in ["04/12/2026 07:00", "4/12/2026 7:00", "04/12/2026 7h00", "04-12-2026 07:00", "2026-12-04 07:00"]:
            assert moment.clean(typed) == expected, typed
        assert moment.clean("15/11/2026") == datetime.datetime(2026, 11, 15, tzinfo=HA_TINH)
        for typed in ["15/11/2026", "15-11-2026", "15.11.2026", "2026-11-15"]:
            assert day.clean(typed) == datetime.date(2026, 11, 15), typed
        # Never month first, never a guessed century.
        for typed in ["11/15/2026", "31/02/2026", "15/11/26", "mai", "04/12/2026 25:00"]:
            with pytest.raises(forms.ValidationError):
                moment.clean(typed)
        # Shown the same way in lists and tooltips.
        assert formats.date_format(datetime.date(2026, 11, 15)) == "15/11/2026"
        assert formats.date_format(expected, "DATETIME_FORMAT") == "04/12/2026 07:00"
        assert formats.date_format(expected, "SHORT_DATETIME_FORMAT") == "04/12/2026 07:00"


def test_a_day_without_a_time_ends_a_window_at_the_end_of_that_day():
    widget = EndOfDayDateTimeInput()
    assert widget.value_from_datadict({"until": " 31/12/2026 "}, {}, "until") == datetime.datetime(
        2026, 12, 31, 23, 59, 59, 999000
    )
    assert widget.value_from_datadict({"until": "31/12/2026 17:00"}, {}, "until") == "31/12/2026 17:00"
    assert widget.value_from_datadict({"until": ""}, {}, "until") == ""
    assert widget.value_from_datadict({"until": "mai"}, {}, "until") == "mai"
    assert widget.format_value(datetime.datetime(2026, 12, 31, 23, 59, 59, 999000)) == "31/12/2026"
    assert widget.format_value(datetime.datetime(2026, 12, 31, 23, 59, 59, 999999)) == "31/12/2026"
    assert widget.format_value(datetime.datetime(2026, 12, 31, 17, 0)) == "31/12/2026 17:00"


def test_the_admin_loads_the_date_pickers_script_before_any_picker(admin_client):
    html = admin_client.get("/admin/").content.decode()
    tag = re.search(r'<script src="[^"]*portal/admin/date-pickers[^"]*\.js"></script>', html)
    assert tag, "the script is loaded as is, not deferred: pickers are made as the page is read"
    assert html.index("wagtailadmin/js/vendor/jquery.datetimepicker.js") < tag.start()


# --- Through the admin's own forms -------------------------------------------------------------------


@pytest.fixture
def documents(home_page):
    return LegalDocumentIndexPageFactory(parent=home_page, slug="van-ban")


def document_form(**fields):
    data = {
        "title": "Quyết định số 27/2026/QĐ-UBND",
        "slug": "qd-27-2026",
        "number": "27/2026/QĐ-UBND",
        "summary": "Ban hành Bộ tiêu chí xã nông thôn mới kiểu mẫu",
        "document_type": DocumentType.objects.get(abbreviation="QĐ").pk,
        "issuer": Issuer.objects.get_or_create(name="UBND tỉnh Hà Tĩnh", defaults={"abbreviation": "UBND"})[0].pk,
        "issued_on": "",
        "effective_on": "",
        "expires_on": "",
        "gazette_date": "",
        "comments_open_from": "",
        "comments_open_until": "",
        "attachments": inline_formset([]),
        "relations": inline_formset([]),
        "body": streamfield([("paragraph", rich_text("<p>Điều 1.</p>"))]),
    }
    data.update(fields)
    return nested_form_data(data)


def test_a_legal_document_keeps_the_dates_typed_the_vietnamese_way(admin_client, documents):
    response = admin_client.post(
        f"/admin/pages/add/legal_docs/legaldocumentpage/{documents.pk}/",
        document_form(issued_on="15/11/2026", effective_on="01/12/2026", gazette_date="4/12/2026"),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    document = LegalDocumentPage.objects.get(slug="qd-27-2026")
    assert document.issued_on == datetime.date(2026, 11, 15)
    assert document.effective_on == datetime.date(2026, 12, 1)
    assert document.gazette_date == datetime.date(2026, 12, 4)
    edit_form = admin_client.get(f"/admin/pages/{document.pk}/edit/").content.decode()
    assert 'name="issued_on" value="15/11/2026"' in edit_form


@pytest.mark.parametrize("typed", ["15/13/2026", "31/02/2026", "11/15/2026", "15/11/26", "mười lăm tháng mười một"])
def test_a_date_that_cannot_be_read_is_an_error_next_to_its_field_and_changes_nothing(admin_client, documents, typed):
    admin_client.post(
        f"/admin/pages/add/legal_docs/legaldocumentpage/{documents.pk}/", document_form(issued_on="15/11/2026")
    )
    document = LegalDocumentPage.objects.get(slug="qd-27-2026")
    revisions = document.revisions.count()

    response = admin_client.post(
        f"/admin/pages/{document.pk}/edit/", document_form(issued_on=typed, effective_on="20/11/2026")
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["issued_on"]
    assert "Nhập một ngày hợp lệ." in form.errors["issued_on"]
    # The editor's text comes back in the field, next to its error, for them to correct.
    html = response.content.decode()
    field = html.index('name="issued_on"')
    assert f'value="{typed}"' in html[field : field + 200]
    assert html.index("Nhập một ngày hợp lệ.", html.index('data-contentpath="issued_on"')) < field + 2000
    document = LegalDocumentPage.objects.get(pk=document.pk)
    assert document.revisions.count() == revisions
    assert document.get_latest_revision_as_object().issued_on == datetime.date(2026, 11, 15)
    assert document.get_latest_revision_as_object().effective_on == datetime.date(2026, 11, 15)


def test_a_comment_window_until_31_12_accepts_comments_all_of_that_day(admin_client, documents):
    response = admin_client.post(
        f"/admin/pages/add/legal_docs/legaldocumentpage/{documents.pk}/",
        document_form(
            number="",
            is_draft="on",
            issued_on="01/12/2026",
            comments_open_from="01/12/2026 08:00",
            comments_open_until="31/12/2026",
        ),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    draft = LegalDocumentPage.objects.get(slug="qd-27-2026")
    assert draft.comments_open_until == datetime.datetime.combine(datetime.date(2026, 12, 31), END_OF_DAY, HA_TINH)
    assert draft.accepts_comments(datetime.datetime(2026, 12, 31, 23, 59, 59, tzinfo=HA_TINH))
    assert not draft.accepts_comments(datetime.datetime(2027, 1, 1, 0, 0, tzinfo=HA_TINH))
    assert not draft.accepts_comments(datetime.datetime(2026, 12, 1, 7, 59, tzinfo=HA_TINH))
    # The form shows the day as it was typed, so saving again keeps the whole day.
    edit_form = admin_client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert 'name="comments_open_until" value="31/12/2026"' in edit_form
    assert 'name="comments_open_from" value="01/12/2026 08:00"' in edit_form


def test_a_time_typed_with_the_last_day_is_kept(admin_client, documents):
    admin_client.post(
        f"/admin/pages/add/legal_docs/legaldocumentpage/{documents.pk}/",
        document_form(
            number="",
            is_draft="on",
            issued_on="01/12/2026",
            comments_open_from="01/12/2026 08:00",
            comments_open_until="31/12/2026 17:00",
        ),
    )
    draft = LegalDocumentPage.objects.get(slug="qd-27-2026")
    assert draft.comments_open_until == datetime.datetime(2026, 12, 31, 17, 0, tzinfo=HA_TINH)


def test_a_poll_closing_on_31_12_takes_votes_all_of_that_day(admin_client, home_page):
    polls = PollIndexPageFactory(parent=home_page)
    response = admin_client.post(
        f"/admin/pages/add/polls/pollpage/{polls.pk}/",
        nested_form_data(
            {
                "title": "Theo bạn sản phẩm OCOP nào tiêu biểu nhất?",
                "slug": "ocop-tieu-bieu",
                "intro": rich_text(""),
                "choices": inline_formset([{"label": "Cam Bù Hương Sơn"}, {"label": "Kẹo cu đơ"}]),
                "max_choices": 1,
                "opens_at": "01/12/2026 08:00",
                "closes_at": "31/12/2026",
                "results_visibility": ResultsVisibility.AFTER_VOTING,
            }
        ),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    poll = PollPage.objects.get(slug="ocop-tieu-bieu")
    assert poll.opens_at == datetime.datetime(2026, 12, 1, 8, 0, tzinfo=HA_TINH)
    assert poll.status_at(datetime.datetime(2026, 12, 31, 23, 59, 59, tzinfo=HA_TINH)) == PollStatus.OPEN
    assert poll.status_at(datetime.datetime(2027, 1, 1, 0, 0, tzinfo=HA_TINH)) == PollStatus.CLOSED
    assert 'name="closes_at" value="31/12/2026"' in admin_client.get(f"/admin/pages/{poll.pk}/edit/").content.decode()
