from django.utils import timezone
from django.utils.translation import pgettext

# Monday first, as datetime.weekday() counts.
_WEEKDAYS = (
    lambda: pgettext("weekday", "Monday"),
    lambda: pgettext("weekday", "Tuesday"),
    lambda: pgettext("weekday", "Wednesday"),
    lambda: pgettext("weekday", "Thursday"),
    lambda: pgettext("weekday", "Friday"),
    lambda: pgettext("weekday", "Saturday"),
    lambda: pgettext("weekday", "Sunday"),
)


def weekday_name(value):
    return _WEEKDAYS[value.weekday()]()


def format_nukeviet_datetime(value):
    """`Thứ năm - 25/10/2018 12:18`: the date line visitors know from the old portal."""
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{weekday_name(value)} - {value:%d/%m/%Y %H:%M}"
