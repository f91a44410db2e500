"""Site search over 20,000 news articles on PostgreSQL: hits, queries, median and p95 milliseconds.

The search page `/search/?q=` and the read API's `?search=` are timed in-process, as an
anonymous visitor. The articles live in a database of their own, `ntm_bench_search`, on the
server DATABASE_URL names when it is a PostgreSQL one (else postgres://postgres@127.0.0.1:5432);
BENCH_SEARCH_DATABASE_URL names another database outright. The first run creates it, migrates
it, loads the demo and tops the news up to 20,000 articles with bench/dataset.py (a few
minutes); later runs reuse it as it is. Drop it with `dropdb ntm_bench_search` to start again.
An SQL statement running over BENCH_SEARCH_STATEMENT_TIMEOUT seconds (10; 0 for no limit) is
cancelled and its query reported as "timeout".
Not a test: timings are noisy and depend on the machine. Run with `make bench`.
"""

import io
import logging
import os
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

DATABASE_NAME = "ntm_bench_search"
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432"
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}


def bench_database_url():
    """Never the database DATABASE_URL itself names: that is someone's site, not 20,000 fakes."""
    if os.environ.get("BENCH_SEARCH_DATABASE_URL"):
        return os.environ["BENCH_SEARCH_DATABASE_URL"]
    server = urlsplit(os.environ.get("DATABASE_URL", ""))
    if server.scheme not in POSTGRES_SCHEMES:
        server = urlsplit(DEFAULT_SERVER)
    return urlunsplit(("postgres", server.netloc, f"/{DATABASE_NAME}", server.query, ""))


DATABASE_URL = bench_database_url()
# Read by the settings when Django starts, just below.
os.environ["DATABASE_URL"] = DATABASE_URL

warnings.filterwarnings("ignore", message="No directory at")

django.setup()

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import OperationalError, connection  # noqa: E402
from django.test import Client  # noqa: E402

from wagtail.search.models import IndexEntry  # noqa: E402

from bench import dataset  # noqa: E402
from bench.timing import time_url  # noqa: E402
from news.models import NewsPage  # noqa: E402

ARTICLES = 20_000
RUNS = 30
# Past this, a search is broken rather than slow; without a limit a bad plan takes hours here.
STATEMENT_TIMEOUT = float(os.environ.get("BENCH_SEARCH_STATEMENT_TIMEOUT", "10"))

# A pasted paragraph: the search page keeps its first 200 characters and 32 words.
PASTED = (
    "Ban Chỉ đạo xây dựng nông thôn mới huyện đã kiểm tra thực tế tại các thôn và yêu cầu các phòng ban bám "
    "sát cơ sở tháo gỡ khó khăn cho người dân trong việc chỉnh trang nhà cửa xây dựng hàng rào xanh đường hoa "
    "vườn mẫu khu dân cư kiểu mẫu sản phẩm OCOP hợp tác xã chuỗi giá trị chuyển đổi số"
)
LONG_QUERY = " ".join((PASTED.split() * 5)[:300])
QUERIES = [
    ("nong thon moi", "page"),
    ("nông thôn mới", "page"),
    ("duc binh", "page"),
    ("Đức Bình", "page"),
    ("4414", "page"),
    ("15/2024/QĐ-UBND", "page"),
    ("san pham ocop", "page"),
    ("biogas", "page"),
    (LONG_QUERY, "page"),
    ("nong thon moi", "API"),
    ("nông thôn mới", "API"),
]


def ensure_database(url):
    """Create the benchmark database when it is missing; True when it was created."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = urlunsplit(("postgresql", parts.netloc, "/postgres", parts.query, ""))
    with psycopg.connect(server, autocommit=True, connect_timeout=5) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return False
        admin.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(sql.Identifier(name)))
        return True


def unindexed_articles():
    news_type = ContentType.objects.get_for_model(NewsPage)
    return NewsPage.objects.count() - IndexEntry.objects.filter(content_type=news_type).count()


def prepare():
    """The database with the demo and ARTICLES news articles, all indexed; the seconds it took."""
    started = time.perf_counter()
    if ensure_database(DATABASE_URL):
        print(f"Created database {DATABASE_NAME}", flush=True)
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    changed = False
    if dataset.bench_article_count() < ARTICLES:
        print(f"Adding news articles up to {ARTICLES:,} (once; the database is reused afterwards)", flush=True)
        dataset.grow(ARTICLES)
        changed = True
    if unindexed_articles() > 0:
        print("Building the search index", flush=True)
        index_started = time.perf_counter()
        call_command("update_index", verbosity=1)
        print(f"  index built ({time.perf_counter() - index_started:.0f} s)", flush=True)
        changed = True
    if changed:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def search_url(query, where):
    if where == "API":
        return "/api/v2/pages/?" + urlencode({"search": query})
    return "/search/?" + urlencode({"q": query})


def hit_count(response, where):
    if where == "API":
        return response.json()["meta"]["total_count"]
    return response.context_data.get("total", 0)


class StatementTimeout(Exception):
    pass


def get(client, url):
    """The response, or StatementTimeout when one of its SQL statements ran past the limit."""
    try:
        return client.get(url)
    except OperationalError as error:
        if isinstance(error.__cause__, psycopg.errors.QueryCanceled):
            raise StatementTimeout from error
        raise


def measure(client, url, where):
    response, queries, median, p95 = time_url(lambda address: get(client, address), url, RUNS)
    return hit_count(response, where), queries, median, p95


def limit_statements(seconds):
    """Every later connection cancels a statement after `seconds` (0: no limit)."""
    options = connection.settings_dict.setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} -c statement_timeout={int(seconds * 1000)}".strip()
    connection.close()


def label(query):
    if len(query.split()) > 20:
        return f"({len(query.split())} words)"
    return query


def main():
    try:
        seconds = prepare()
    except psycopg.OperationalError as error:
        print(f"(PostgreSQL not reachable for {DATABASE_URL}: search bench skipped)\n{error}")
        return
    articles = NewsPage.objects.live().count()
    print(f"Database {connection.settings_dict['NAME']} ready in {seconds:.1f} s")
    limit_statements(STATEMENT_TIMEOUT)
    client = Client()
    print(f"\nSite search, in-process, {connection.vendor}, {articles:,} live news articles, {RUNS} runs each (warm)")
    print(f"{'query':<20}{'where':<6}{'hits':>7}{'queries':>9}{'median ms':>11}{'p95 ms':>9}")
    timed_out = False
    for query, where in QUERIES:
        try:
            # A timed-out request is an error, logged with its traceback: reported in the table instead.
            logging.disable(logging.ERROR)
            hits, queries, median, p95 = measure(client, search_url(query, where), where)
        except StatementTimeout:
            timed_out = True
            print(f"{label(query):<20}{where:<6}{'-':>7}{'-':>9}{'timeout':>11}{'-':>9}")
            continue
        finally:
            logging.disable(logging.NOTSET)
        print(f"{label(query):<20}{where:<6}{hits:>7}{queries:>9}{median:>11.1f}{p95:>9.1f}")
    if timed_out:
        print(
            f"timeout: an SQL statement of the request ran over {STATEMENT_TIMEOUT:g} s and was cancelled"
            " (BENCH_SEARCH_STATEMENT_TIMEOUT=0 waits however long it takes)"
        )


if __name__ == "__main__":
    main()
