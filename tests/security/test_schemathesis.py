"""schemathesis against the interaction API's own OpenAPI schema (`/api/portal/openapi.json`).

The schema is loaded from the served endpoint and every operation is tested in-process against the
portal's WSGI application, on the demo site, with all of schemathesis' checks: no answer is a 5xx,
every status code is documented for its operation, every body and content type matches what is
documented, and input the schema allows is accepted while input it forbids is refused.

Each operation gets at least 500 generated requests, valid and invalid ones. Path ids are drawn at
random and from the demo's published articles, polls and draft documents, so the answers behind a
real id (ratings, votes, results, comments, their refusals) are exercised as well as the 404s.

schemathesis' own pytest integration (`from_fixture`) does not run under pytest 9 (it sets
`Node._nodeid`, which pytest 9 no longer has), so the cases come from its documented Hypothesis
strategies (`APIOperation.as_strategy`), run with `case.call_and_validate()` as its plugin would.
"""

import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase
from hypothesis import strategies as st
from schemathesis import GenerationMode

from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from legal_docs.models import LegalDocumentPage
from news.models import NewsPage
from polls.models import PollPage
from portal.api import portal_api

pytestmark = pytest.mark.django_db

SCHEMA_URL = "/api/portal/openapi.json"
EXAMPLES = 500
OPERATIONS = [
    f"{method.upper()} {path}"
    for path, methods in portal_api.get_openapi_schema(path_prefix="/api/portal/")["paths"].items()
    for method in methods
]
SETTINGS = hypothesis.settings(
    max_examples=EXAMPLES,
    derandomize=True,  # the same requests on every run
    database=None,  # nothing written to .hypothesis/
    deadline=None,
    # A failure is reported with the request that caused it; shrinking it can take minutes.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


# Which ids are a poll's answers, and how many one ballot may hold, is data the schema cannot
# state: a schema-valid ballot naming another poll's answer is refused with 422 "invalid_choices"
# (the HTML form's rule, tests/polls/test_api.py). Every other status stays as schemathesis expects.
CONFIG = """
[[operations]]
include-path = "/api/portal/polls/{page_id}/votes"
checks.positive_data_acceptance.expected-statuses = ["2xx", "3xx", "401", "403", "404", "409", "422", "429", "5xx"]
"""


@pytest.fixture
def keep_the_test_connection():
    """Requests reach the WSGI handler directly, which closes "old" database connections when a
    request starts and ends, and so the test's transaction with the demo (PostgreSQL; SQLite's
    in-memory database is never closed). Django's test client keeps it open the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def portal_schema(demo_site, keep_the_test_connection):
    return schemathesis.openapi.from_wsgi(
        SCHEMA_URL, get_wsgi_application(), config=schemathesis.Config.from_str(CONFIG)
    )


@pytest.fixture
def real_page_ids(demo_site):
    ids = {
        *NewsPage.objects.live().values_list("pk", flat=True)[:5],
        *PollPage.objects.live().values_list("pk", flat=True),
        *LegalDocumentPage.objects.live().values_list("pk", flat=True)[:5],
    }
    assert len(ids) > 3
    return sorted(ids)


@pytest.fixture
def real_ballots(demo_site):
    """(poll id, one of its answers' ids): ballots that can be counted."""
    return [(poll.pk, choice.pk) for poll in PollPage.objects.live() for choice in poll.choice_list]


def test_the_served_schema_lists_every_operation(portal_schema):
    served = {result.ok().label for result in portal_schema.get_all_operations()}
    assert served == set(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_interaction_api_answers_as_documented(portal_schema, real_page_ids, real_ballots, label):
    operation = portal_schema.find_operation_by_label(label)
    strategies = [operation.as_strategy(generation_mode=mode) for mode in GenerationMode]
    if "{page_id}" in operation.path:
        strategies += [
            st.sampled_from(real_page_ids).flatmap(
                lambda page_id, mode=mode: operation.as_strategy(
                    generation_mode=mode, path_parameters={"page_id": page_id}
                )
            )
            for mode in GenerationMode
        ]
    if operation.path.endswith("/votes"):
        strategies.append(
            st.sampled_from(real_ballots).flatmap(
                lambda ballot: operation.as_strategy(
                    path_parameters={"page_id": ballot[0]}, body={"choices": [ballot[1]]}
                )
            )
        )
    sent = []

    @SETTINGS
    @hypothesis.given(case=st.one_of(strategies))
    def run(case):
        sent.append(case)
        case.call_and_validate()

    run()
    if operation.path_parameters or operation.query or operation.body:
        assert len(sent) >= EXAMPLES
    else:
        # Nothing to vary: Hypothesis stops once it has sent the one request there is.
        assert sent
