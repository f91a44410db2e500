"""PostgreSQL stopped under a running gunicorn: cached pages keep answering, the rest says 503.

A PostgreSQL cluster of the test's own (tests/faults/servers.py: initdb in a temporary folder,
its own port) holds the demo site; gunicorn serves it with production settings and the page
cache in Redis (under a key prefix of its own). Visitors read the home page, categories,
articles and legal documents, which stores them in the page cache. Then the cluster is stopped
as a crashed server is (`pg_ctl stop -m immediate`) and, while it is down:

- every page in the page cache answers 200, the whole page, to new and returning visitors (the
  article's view count, which would need the database, is simply not counted);
- every API that needs the database answers JSON 503 with a message and `Retry-After`, reads
  and writes alike (the visitor figures, kept in Redis, may still answer);
- a page that is not cached answers the portal's 503 page, in Vietnamese, with `Retry-After`.

Then the cluster is started again and every request answers as before at once (issue 18, item 9).
"""

import json
import re
import uuid

import pytest

from .conftest import require_service
from .servers import Cluster, gunicorn, manage, production_env, request

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(scope="module")
def redis_prefix():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        require_service(f"Redis is not reachable at {REDIS_URL} ({error}).")
    prefix = f"ntm-outage-{uuid.uuid4().hex[:8]}"
    yield prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.fixture(scope="module")
def cluster():
    cluster = Cluster()
    try:
        cluster.create()
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture(scope="module")
def site(cluster, redis_prefix, tmp_path_factory):
    work = tmp_path_factory.mktemp("outage")
    env = production_env(
        DATABASE_URL=cluster.url,
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=redis_prefix,
        MEDIA_ROOT=str(work / "media"),
        STATIC_ROOT=str(work / "static"),
        PAGE_CACHE_ENABLED="1",
    )
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    with gunicorn(env, work) as (base, log):
        yield base, log


def read_json(base, path):
    status, _headers, body = request(base + path)
    assert status == 200, (path, body[:300])
    return json.loads(body)


def page_paths(base):
    """Home, every category, three articles, the legal documents' index and two documents."""

    def paths(page_type, limit):
        items = read_json(base, f"/api/v2/pages/?type={page_type}&limit={limit}")["items"]
        return [re.sub(r"^https?://[^/]+", "", item["meta"]["html_url"]) for item in items]

    return [
        "/",
        *paths("news.NewsIndexPage", 20),
        *paths("news.NewsPage", 3),
        *paths("legal_docs.LegalDocumentIndexPage", 1),
        *paths("legal_docs.LegalDocumentPage", 2),
    ]


def test_cached_pages_answer_while_the_database_is_down_and_apis_say_503(site, cluster):
    base, log = site
    pages = page_paths(base)
    assert len(pages) >= 8
    titles = {}
    for path in pages:
        for _ in range(2):
            status, headers, body = request(base + path)
            assert status == 200, (path, body[:300])
        assert headers["X-Page-Cache"] == "hit", path
        titles[path] = re.search(rb"<h1[^>]*>(.*?)</h1>", body, re.DOTALL).group(1)
    article = read_json(base, "/api/v2/pages/?type=news.NewsPage&limit=1")["items"][0]
    poll = read_json(base, "/api/v2/pages/?type=polls.PollPage&limit=1")["items"][0]
    apis = [
        ("GET", "/api/v2/pages/", None),
        ("GET", f"/api/v2/pages/{article['id']}/", None),
        ("GET", "/api/v2/pages/?type=news.NewsPage&fields=*", None),
        ("GET", "/api/v2/images/", None),
        ("GET", "/api/v2/documents/", None),
        ("GET", "/api/portal/site", None),
        ("GET", f"/api/portal/polls/{poll['id']}/results", None),
        ("POST", f"/api/portal/news/{article['id']}/ratings", b'{"stars": 5}'),
    ]

    reads = [path for method, path, _data in apis if method == "GET"] + ["/search/?q=ocop"]
    before = {path: request(base + path)[0] for path in reads}
    assert all(status < 500 for status in before.values()), before

    cluster.stop()
    try:
        wrong = []
        for path in pages:  # each twice: once by a new visitor, once more by a returning one
            for _ in range(2):
                status, headers, body = request(base + path)
                if status != 200 or titles[path] not in body or headers["X-Page-Cache"] != "hit":
                    wrong.append((path, status, body[:200]))
        for method, path, data in apis:
            status, headers, body = request(base + path, data=data, method=method)
            answer = json.loads(body) if headers.get("Content-Type", "").startswith("application/json") else None
            if status != 503 or not (answer and answer.get("detail")) or headers.get("Retry-After") != "30":
                wrong.append((method, path, status, body[:200]))
        status, headers, body = request(base + "/search/?q=ocop")
        if status != 503 or headers.get("Retry-After") != "30" or "Tạm thời gián đoạn".encode() not in body:
            wrong.append(("/search/", status, body[:300]))
        # The process is alive (a supervisor leaves it be), but not ready (a load balancer looks elsewhere).
        status, _headers, body = request(base + "/healthz")
        if status != 200:
            wrong.append(("/healthz", status, body[:300]))
        status, _headers, body = request(base + "/readyz")
        if status != 503 or json.loads(body)["checks"]["database"] != "unreachable":
            wrong.append(("/readyz", status, body[:300]))
        assert not wrong, f"{wrong}\n{log.read_text(errors='replace')[-3000:]}"
    finally:
        cluster.start()

    # Back at once: the first requests after the restart find a new connection and answer as before.
    failures = []
    for path, expected in [*((path, 200) for path in pages), *before.items()]:
        status, _headers, body = request(base + path)
        if status != expected:
            failures.append((path, status, body[:200]))
    assert not failures, f"{failures}\n{log.read_text(errors='replace')[-3000:]}"


def test_an_address_longer_than_the_portal_takes_gets_its_json_414(site):
    """gunicorn reads the line (limit_request_line 8190), the portal answers it (issue 18, item 8)."""
    base, _log = site
    status, headers, body = request(base + "/api/v2/pages/?search=" + "x" * 8_100)
    assert status == 414
    assert headers["Content-Type"] == "application/json"
    assert json.loads(body) == {"detail": "Địa chỉ dài quá 8000 ký tự."}
