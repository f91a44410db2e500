"""Vietnamese formats: Django's `vi` locale defines no input formats and starts weeks on Sunday.

The admin's date pickers (WAGTAIL_DATE_FORMAT, WAGTAIL_DATETIME_FORMAT in the settings) write the
first format of each list; the others accept what editors type by hand. Years have four digits:
"15/11/26" is refused rather than guessed. Public pages spell their formats out in the templates.
"""

DATE_FORMAT = "d/m/Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday (Thứ hai)

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 15/11/2026, 5/1/2026
    "%d-%m-%Y",  # 15-11-2026
    "%d.%m.%Y",  # 15.11.2026
]
TIME_INPUT_FORMATS = [
    "%H:%M",  # 07:00, 7:00
    "%H:%M:%S",  # 07:00:00
    "%Hh%M",  # 7h30
    "%Hh",  # 7h
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",  # 04/12/2026 07:00
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %Hh%M",  # 04/12/2026 7h30
    "%d/%m/%Y %Hh",
    "%d-%m-%Y %H:%M",
    "%d-%m-%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%H:%M %d/%m/%Y",  # 07:00 04/12/2026, the order of Django's former `vi` display
]

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
