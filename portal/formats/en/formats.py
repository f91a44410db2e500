"""English admin, Vietnamese office: the same day-first dates as `vi` (never Django's US month-first
"%m/%d/%Y", which would read 04/12/2026 as 12 April), Monday first. Numbers stay English."""

from ..vi.formats import (  # noqa: F401
    DATE_FORMAT,
    DATE_INPUT_FORMATS,
    DATETIME_FORMAT,
    DATETIME_INPUT_FORMATS,
    FIRST_DAY_OF_WEEK,
    SHORT_DATE_FORMAT,
    SHORT_DATETIME_FORMAT,
    TIME_FORMAT,
    TIME_INPUT_FORMATS,
)
