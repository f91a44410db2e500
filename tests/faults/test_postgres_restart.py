"""PostgreSQL restarts under a running gunicorn: the next requests succeed.

gunicorn runs as in production (portal.settings.production, portal/gunicorn.conf.py, two
workers of two threads, persistent connections: CONN_MAX_AGE) against a database of its own,
`ntm_faults_<random>`, created and dropped here. After a few requests every worker holds a connection;
then every server process of that database is terminated with pg_terminate_backend(), which is
what clients see when the server restarts (the shared server itself is not restarted: other
tests and people use it). Every request after that must answer 200: Django's connection health
check (CONN_HEALTH_CHECKS) finds the dead connection before the request uses it and reconnects.

Needs PostgreSQL, whichever database the rest of the suite runs on: skipped without it, except
on CI (CI=1), where it fails.
"""

import os
import uuid
from pathlib import Path

import pytest

from .conftest import require_service
from .servers import gunicorn, manage, production_env, request

ROOT = Path(__file__).resolve().parents[2]
DATABASE = f"ntm_faults_{uuid.uuid4().hex[:8]}"  # unique: parallel test runs never share it
# JSON answers that read the database on every request; HTML pages need collectstatic's manifest.
URLS = ["/api/v2/pages/", "/api/portal/site", "/api/portal/stats/visitors"]


def server_url():
    """The PostgreSQL server of the suite's DATABASE_URL, or the local one."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        url = "postgres://postgres@127.0.0.1:5432/postgres"
    return url.rsplit("/", 1)[0]


def admin_connection():
    import psycopg

    try:
        return psycopg.connect(server_url() + "/postgres", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        require_service(f"PostgreSQL is not reachable at {server_url()} ({error}).")


@pytest.fixture(scope="module")
def database():
    with admin_connection() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')
    try:
        yield f"{server_url()}/{DATABASE}"
    finally:
        with admin_connection() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')


@pytest.fixture(scope="module")
def gunicorn_server(database, tmp_path_factory):
    work = tmp_path_factory.mktemp("gunicorn")
    env = production_env(DATABASE_URL=database, MEDIA_ROOT=str(work / "media"), PAGE_CACHE_ENABLED="0")
    manage(env, "migrate", "--noinput")
    with gunicorn(env, work) as server:
        yield server


def get(url):
    status, _headers, body = request(url)
    return status, body


def server_processes(connection):
    rows = connection.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [DATABASE]
    ).fetchall()
    return {pid for (pid,) in rows}


def test_requests_succeed_after_every_database_connection_is_killed(gunicorn_server):
    base, log = gunicorn_server
    for _ in range(4):  # each URL a few times, so both workers and their threads hold a connection
        for url in URLS:
            assert get(base + url)[0] == 200, url

    with admin_connection() as connection:
        before = server_processes(connection)
        assert before, "gunicorn keeps no connection open: CONN_MAX_AGE is not in effect"
        killed = connection.execute(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()) AS terminated WHERE done",
            [DATABASE],
        ).fetchone()[0]
        assert killed == len(before)

        failures = []
        for _ in range(4):
            for url in URLS:
                status, body = get(base + url)
                if status != 200:
                    failures.append((url, status, body[:200]))
        assert not failures, f"{failures}\n{log.read_text(errors='replace')[-3000:]}"
        # The answers came from new connections, not from somewhere else.
        after = server_processes(connection)
        assert after and not after & before
