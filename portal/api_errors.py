"""What the interaction API's errors and shared inputs look like, for the operations' OpenAPI.

Every write can be refused before its view runs: by the origin and body-size guard
(`InteractionGuardMiddleware`: 403, 413), by django-ninja when the body is not JSON (400) or does
not fit the operation's schema (422, `detail` then lists the problems), and by the database
when it fails half-way (503, nothing written; `portal.api.database_unavailable`). Operations declare these
with `**WRITE_ERRORS`, so clients (and schemathesis) find them in `/api/portal/openapi.json`.
"""

from typing import Annotated, Any

from ninja import Schema
from ninja.errors import HttpError
from pydantic import BeforeValidator, Field


class ErrorOut(Schema):
    """Every error of the interaction API: a message for people, a code for programs."""

    detail: Any = Field(description="A message; for input that does not fit the schema, the list of what is wrong.")
    code: str | None = Field(
        None, description="Which refusal it is (the operation's description lists them); absent for other errors."
    )


WRITE_ERRORS = {400: ErrorOut, 403: ErrorOut, 413: ErrorOut, 422: ErrorOut, 503: ErrorOut}


# Pages are numbered in a 32-bit column: a larger id names no page (and SQLite cannot compare
# ids past 64 bits). Paths take `{int:page_id}`, so anything but digits names no page either.
MAX_PAGE_ID = 2**31 - 1


def page_or_404(pages, page_id, missing):
    """The page with this id among `pages`; a 404 saying `missing` for any id that names none."""
    page = pages.filter(pk=page_id).first() if page_id <= MAX_PAGE_ID else None
    if page is None:
        raise HttpError(404, missing)
    return page


def _whole_number(value):
    # JSON has one number type: 4.0 is the integer 4 (JSON Schema agrees), 4.5 and "4" are not.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def json_int(**constraints):
    """A strict integer (no "4", no true) that takes 4.0 as 4; constraints as pydantic's Field."""
    # The validator comes last so that it runs first and the schema keeps the constraints.
    return Annotated[int, Field(strict=True, **constraints), BeforeValidator(_whole_number)]
