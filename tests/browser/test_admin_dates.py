"""Dates typed the Vietnamese way in the admin, in Chromium (issue 26).

Every date field of every model the admin edits (found by `admin_date_fields()`, so a new one is typed
into too) takes "dd/mm/yyyy HH:MM", keeps it as typed when leaving the field, and stores that moment;
what cannot be read stays as typed and is refused next to its field; one calendar at a time, Monday first.
"""

import datetime
import re

from playwright.sync_api import expect

from django.urls import reverse

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, RevisionMixin

from legal_docs.models import LegalDocumentPage
from portal.admin_dates import END_OF_DAY, EndOfDayDateTimeInput
from tests.portal.test_admin_date_input import HA_TINH, admin_date_fields

from .conftest import screenshot, server_idle

# The days typed: after the 12th, so that a month read as the day is an error, never another date.
FIRST_DAY = datetime.date(2027, 11, 13)
# Which demo page of a type to edit, where the first one will not do: an issued document's number
# carries its year, which a new issue date would contradict; a draft has no number.
EDITED = {LegalDocumentPage: {"is_draft": True}}
SCHEDULE_DIALOG = "#schedule-publishing-dialog"


def typed_and_expected(index, widget):
    """What an editor types into the `index`-th date field of a form, and what the database must hold.

    Each field gets a later day than the one before, as the forms want (effective after issued,
    closing after opening, expiry after go-live)."""
    day = FIRST_DAY + datetime.timedelta(days=index)
    if isinstance(widget, EndOfDayDateTimeInput):
        return f"{day:%d/%m/%Y}", datetime.datetime.combine(day, END_OF_DAY, HA_TINH)
    if isinstance(widget, AdminDateTimeInput):
        return f"{day:%d/%m/%Y} 07:{index:02d}", datetime.datetime.combine(day, datetime.time(7, index), HA_TINH)
    assert isinstance(widget, AdminDateInput), f"no Vietnamese way to type into a {type(widget).__name__} yet"
    return f"{day:%d/%m/%Y}", day


def edited_object(model):
    with server_idle():
        if issubclass(model, Page):
            instance = model.objects.filter(**EDITED.get(model, {})).order_by("pk").first()
        elif model in settings_registry:
            return None, reverse("wagtailsettings:edit", args=[model._meta.app_label, model._meta.model_name])
        else:
            instance = model.objects.order_by("pk").first()
        assert instance is not None, f"the demo has no {model._meta.label} to edit: add one, or make one here"
        return instance, AdminURLFinder().get_edit_url(instance)


def stored(model, instance):
    with server_idle():
        if instance is None:  # a setting
            return model.objects.get()
        instance = model.objects.get(pk=instance.pk)
        if isinstance(instance, RevisionMixin) and instance.latest_revision_id:
            return instance.get_latest_revision_as_object()
        return instance


def status_panel(page, opened):
    """Open or close the editor's status side panel (Wagtail reopens the one an editor left open)."""
    toggle = page.locator("[data-side-panel-toggle=status]")
    if toggle.count() == 0:  # snippets and settings without one
        return
    panel = page.locator("[data-side-panel=status]")
    if (panel.get_attribute("hidden") is None) != opened:
        toggle.click()
    if opened:
        expect(panel).to_be_visible()
    else:  # `hidden` comes at the end of the closing animation
        expect(panel).to_have_attribute("hidden", "")


def reveal(page, field):
    """Make `field` reachable as an editor would: open the publishing schedule, or the field's tab."""
    if field.evaluate(f"e => !!e.closest('{SCHEDULE_DIALOG}')"):
        if not page.locator(SCHEDULE_DIALOG).is_visible():
            status_panel(page, opened=True)
            page.locator("[data-side-panel=status]").get_by_role("button", name="Đặt lịch đăng").click()
            expect(page.locator(SCHEDULE_DIALOG)).to_be_visible()
        return
    tab = field.evaluate("e => e.closest('[role=tabpanel]')?.getAttribute('aria-labelledby')")
    if tab and not field.is_visible():
        page.locator(f"#{tab}").click()
    expect(field).to_be_visible()


def leave_editor(page):
    """Leave the editor while the test runs: it tells the server it left (editing sessions), which
    arriving after the test would write to the database the next test is being loaded into."""
    page.goto("/admin/")
    page.wait_for_load_state("networkidle")


def type_date(page, field, text):
    """Type like a person, then leave the field (where the picker used to swap the text for 'now')."""
    field.click()
    field.fill("")
    field.press_sequentially(text)
    field.press("Tab")
    expect(field).to_have_value(text)


def test_every_date_field_of_the_admin_takes_dates_typed_the_vietnamese_way(admin_page):
    page = admin_page
    checked = []
    for model, widgets in admin_date_fields().items():
        inline = [name for name in widgets if "." in name]
        assert not inline, f"{model._meta.label}: dates in inline panels ({inline}) need a step in this test"
        instance, url = edited_object(model)
        page.goto(url)
        expect(page.locator("body")).to_have_class(re.compile(r"\bready\b"))  # the admin's scripts are set up
        status_panel(page, opened=False)  # Wagtail reopens it as it was left: it narrows the form
        expected = {}
        in_dialog = []
        for index, (name, widget) in enumerate(widgets.items()):
            field = page.locator(f"#id_{name}")
            if field.evaluate(f"e => !!e.closest('{SCHEDULE_DIALOG}')"):
                in_dialog.append((index, name, widget))
                continue
            reveal(page, field)
            text, expected[name] = typed_and_expected(index, widget)
            type_date(page, field, text)
        for index, name, widget in in_dialog:
            field = page.locator(f"#id_{name}")
            reveal(page, field)
            text, expected[name] = typed_and_expected(index, widget)
            type_date(page, field, text)
        screenshot(page, f"admin-dates-{model._meta.label}")
        if in_dialog:
            page.locator(SCHEDULE_DIALOG).get_by_role("button", name="Lưu lịch đăng").click()
        else:
            page.locator("footer").get_by_role("button", name="Lưu", exact=True).click()
        expect(page.locator(".messages .success").first).to_be_visible()

        saved = stored(model, instance)
        assert {name: getattr(saved, name) for name in expected} == expected, model._meta.label
        checked.append(model._meta.label)
    assert {"legal_docs.LegalDocumentPage", "polls.PollPage", "news.NewsPage", "portal.PartnerLink"} <= set(checked)
    leave_editor(page)
    assert not page.js_errors


def test_what_cannot_be_read_stays_as_typed_and_one_calendar_opens_at_a_time(admin_page):
    page = admin_page
    with server_idle():
        draft = LegalDocumentPage.objects.filter(is_draft=True).order_by("pk").first()
        issued_on = draft.get_latest_revision_as_object().issued_on
        revisions = draft.revisions.count()
    page.goto(f"/admin/pages/{draft.pk}/edit/")
    expect(page.locator("body")).to_have_class(re.compile(r"\bready\b"))
    calendars = page.locator(".xdsoft_datetimepicker:visible")

    # Weeks start on Monday (Thứ 2), as Vietnamese calendars do.
    page.locator("#id_issued_on").click()
    expect(calendars).to_have_count(1)
    expect(calendars.locator(".xdsoft_calendar th").first).to_have_text("Thứ 2")
    # Going to the next date field before its calendar even opened: still one calendar.
    page.locator("#id_effective_on").click()
    page.locator("#id_expires_on").click()
    page.wait_for_timeout(300)
    expect(calendars).to_have_count(1)
    page.locator("#id_title").click()
    expect(calendars).to_have_count(0)
    # The same in the publishing schedule's dialog, whose clicks never reach the page's body.
    reveal(page, page.locator("#id_go_live_at"))
    page.locator("#id_go_live_at").click()
    expect(calendars).to_have_count(1)
    page.keyboard.press("Tab")  # its calendar covers the next field: the keyboard it is
    expect(page.locator("#id_expire_at")).to_be_focused()
    page.wait_for_timeout(300)
    expect(calendars).to_have_count(1)
    screenshot(page, "admin-dates-one-calendar")
    # Leaving the last field for the save button closes its calendar, even within the 100 ms it
    # takes to open: nothing covers the button.
    page.keyboard.press("Tab")
    page.wait_for_timeout(300)
    expect(calendars).to_have_count(0)
    page.keyboard.press("Escape")
    expect(page.locator(SCHEDULE_DIALOG)).to_be_hidden()

    # 31 February is not replaced by today: it stays for the editor to see, through autosave too.
    page.wait_for_timeout(2_000)  # the editor notices changes 2 s after loading
    type_date(page, page.locator("#id_issued_on"), "31/02/2027")
    page.wait_for_timeout(1_500)  # autosave tries, and is refused
    expect(page.locator("#id_issued_on")).to_have_value("31/02/2027")
    page.locator("footer").get_by_role("button", name="Lưu bản nháp").click()
    error = page.locator("[data-contentpath=issued_on] .error-message")
    expect(error).to_have_text("Nhập một ngày hợp lệ.")
    expect(page.locator("#id_issued_on")).to_have_value("31/02/2027")
    screenshot(page, "admin-dates-refused")
    with server_idle():
        draft = LegalDocumentPage.objects.get(pk=draft.pk)
        assert draft.revisions.count() == revisions
        assert draft.get_latest_revision_as_object().issued_on == issued_on
    leave_editor(page)
    assert not page.js_errors
