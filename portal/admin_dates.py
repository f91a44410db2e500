"""Dates in the admin (issue 26): the pickers' script, and closing times that include their last day.

The formats themselves live in the settings (WAGTAIL_DATE_FORMAT, WAGTAIL_DATETIME_FORMAT) and in
portal/formats/ (what Django reads). `portal.wagtail_hooks` imports this module to register the hook.
"""

import datetime

from django.conf import settings
from django.templatetags.static import static
from django.utils.formats import get_format
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.widgets import AdminDateTimeInput

# The last millisecond: revisions keep datetimes as JSON, which Django writes to the millisecond, so a
# window saved as a draft and published later still ends exactly here.
END_OF_DAY = datetime.time(23, 59, 59, 999000)
LAST_SECOND = datetime.time(23, 59, 59)


@hooks.register("insert_global_admin_js")
def date_picker_script():
    """Not deferred: it must run after jquery.datetimepicker.js and before the first picker is made."""
    return format_html('<script src="{}"></script>', static("portal/admin/date-pickers.js"))


def day_without_time(value):
    """The date `value` names when it is a day written without a time ("31/12/2026"), else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    for date_format in get_format("DATE_INPUT_FORMATS"):
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    return None


class EndOfDayDateTimeInput(AdminDateTimeInput):
    """The end of a window (comments until, voting until): a day typed without a time means the whole
    of that day, in the editor's time zone, so "31/12/2026" accepts comments until 23:59:59 on 31/12.

    Stored as 23:59:59.999 local time, which the field shows as the day alone, so saving the form
    again keeps the whole day. A time typed with the day is kept as typed.
    """

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        day = day_without_time(value)
        if day is None:
            return value
        # Naive: DateTimeField makes it aware in the current (the editor's) time zone.
        return datetime.datetime.combine(day, END_OF_DAY)

    def format_value(self, value):
        # Forms drop the microseconds of the values they show: the day's last second is its end.
        if isinstance(value, datetime.datetime) and value.time() >= LAST_SECOND:
            return value.strftime(settings.WAGTAIL_DATE_FORMAT)
        return super().format_value(value)
