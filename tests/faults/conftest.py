import os
from contextlib import contextmanager

import pytest

from django.db import connection


@pytest.fixture
def poll(home_page):
    from polls.factories import PollIndexPageFactory, PollPageFactory

    return PollPageFactory(parent=PollIndexPageFactory(parent=home_page), title="Bạn đánh giá thế nào về OCOP?")


@pytest.fixture
def article(home_page):
    from news.factories import NewsIndexPageFactory, NewsPageFactory

    category = NewsIndexPageFactory(parent=home_page, title="Tin tức - Sự kiện", slug="tin-tuc")
    return NewsPageFactory(parent=category, title="Xã Cẩm Bình đạt chuẩn nông thôn mới", slug="cam-binh")


@contextmanager
def database_fails_on(model, event):
    """The database itself refuses every `event` ("INSERT" or "UPDATE") on `model`'s table, with
    a trigger raising an error, as a real fault mid-transaction would: PL/pgSQL's RAISE EXCEPTION
    on PostgreSQL, RAISE(ABORT) on SQLite. Removed afterwards."""
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE OR REPLACE FUNCTION ntm_fault_injected() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'fault injected by the test: % on %', TG_OP, TG_TABLE_NAME; END $$"
            )
            cursor.execute(
                f"CREATE TRIGGER ntm_fault BEFORE {event} ON {table} FOR EACH ROW EXECUTE FUNCTION ntm_fault_injected()"
            )
        elif connection.vendor == "sqlite":
            cursor.execute(
                f"CREATE TRIGGER ntm_fault BEFORE {event} ON {table} "
                "BEGIN SELECT RAISE(ABORT, 'fault injected by the test'); END"
            )
        else:
            pytest.fail(f"no fault injection for {connection.vendor}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(
                f"DROP TRIGGER ntm_fault ON {table}" if connection.vendor == "postgresql" else "DROP TRIGGER ntm_fault"
            )


def require_service(message):
    """Fail on CI (it must run every fault test), skip elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(message + " CI must run this test.")
    pytest.skip(message)
