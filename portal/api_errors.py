"""What the interaction API's errors and shared inputs look like, for the operations' OpenAPI.

Every write can be refused before its view runs: by the origin and body-size guard
(`InteractionGuardMiddleware`: 403, 413), by django-ninja when the body is not JSON (400) or does
not fit the operation's schema (422, `detail` then lists the problems), and by the database
when it fails half-way (503, nothing written; `portal.api.database_unavailable`). Operations declare these
with `**WRITE_ERRORS`, so clients (and schemathesis) find them in `/api/portal/openapi.json`.
"""

from typing import Annotated, Any

from ninja import Path, Schema
from pydantic import BeforeValidator, Field


class ErrorOut(Schema):
    detail: str


class InvalidInputOut(Schema):
    detail: Any = Field(description="A message, or the list of what is wrong with the input.")


WRITE_ERRORS = {400: ErrorOut, 403: ErrorOut, 413: ErrorOut, 422: InvalidInputOut, 503: ErrorOut}


# A page id in a path: beyond a 32-bit id no page exists, and SQLite cannot even compare it.
PageId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _whole_number(value):
    # JSON has one number type: 4.0 is the integer 4 (JSON Schema agrees), 4.5 and "4" are not.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def json_int(**constraints):
    """A strict integer (no "4", no true) that takes 4.0 as 4; constraints as pydantic's Field."""
    # The validator comes last so that it runs first and the schema keeps the constraints.
    return Annotated[int, Field(strict=True, **constraints), BeforeValidator(_whole_number)]
