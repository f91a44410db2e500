"""Do the public URLs stay as cheap at 100,000 articles as at 1,000? One table per database.

For each database (SQLite and PostgreSQL when reachable, side by side: one core each, so
timings taken while the other database builds are noisier) the demo is loaded into a fresh
benchmark database, then bench/dataset.py grows it to 1,000, 10,000 and 100,000 news
articles (a tenth as many legal documents); at each size every URL is timed in-process, as an
anonymous visitor with the page cache off: queries, median and p95 milliseconds, bytes.

BENCH_SCALE_SIZES (default 1000,10000,100000) and BENCH_SCALE_DATABASES (sqlite,postgres)
choose what runs; BENCH_SCALE_POSTGRES_URL names the PostgreSQL database to (re)create
(postgres://postgres@127.0.0.1:5432/ntm_bench_scale). Not a test: timings are noisy and
depend on the machine. Run with `make bench`.
"""

import io
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "test-results" / "bench-scale"
SIZES = [int(size) for size in os.environ.get("BENCH_SCALE_SIZES", "1000,10000,100000").split(",")]
DATABASES = os.environ.get("BENCH_SCALE_DATABASES", "sqlite,postgres").split(",")
POSTGRES_URL = os.environ.get("BENCH_SCALE_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/ntm_bench_scale")
RUNS = int(os.environ.get("BENCH_SCALE_RUNS", "10"))
# modelsearch ranks SQLite hits with one full-text query per hit: past this it takes minutes.
SQLITE_SEARCH_LIMIT = 1000
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (bench) Firefox/133.0"}


def database_url(kind):
    if kind == "postgres":
        return POSTGRES_URL
    return f"sqlite:///{WORK / 'bench.sqlite3'}"


def recreate(kind):
    """An empty database for this run; False when the server is not there."""
    WORK.mkdir(parents=True, exist_ok=True)
    if kind == "sqlite":
        (WORK / "bench.sqlite3").unlink(missing_ok=True)
        return True
    import psycopg
    from psycopg import sql

    parts = urlsplit(POSTGRES_URL)
    server = urlunsplit(("postgresql", parts.netloc, "/postgres", parts.query, ""))
    name = parts.path.lstrip("/")
    try:
        with psycopg.connect(server, autocommit=True, connect_timeout=5) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            admin.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(sql.Identifier(name)))
    except psycopg.OperationalError as error:
        print(f"(PostgreSQL not reachable at {server}: skipped)\n{error}")
        return False
    return True


def urls():
    from bench.corpus import SLUG_PREFIX
    from legal_docs.models import LegalDocumentIndexPage
    from news.models import NewsIndexPage, NewsPage
    from polls.models import PollPage

    article = NewsPage.objects.live().filter(slug__startswith=SLUG_PREFIX).order_by("-published_at").first()
    biggest = max(NewsIndexPage.objects.live(), key=lambda category: category.numchild)
    legal_index = LegalDocumentIndexPage.objects.get()
    return [
        ("article", article.url),
        ("home", "/"),
        ("category, page 1", biggest.url),
        ("category, page 500", f"{biggest.url}?page=500"),
        ("legal index, filtered", f"{legal_index.url}?year=2024&status=in_force&q=quyet"),
        ("poll page", PollPage.objects.live().first().url),
        ("API listing, 20", "/api/v2/pages/?type=news.NewsPage&fields=lead,featured_image,tags&limit=20"),
        ("API detail, fields=*", f"/api/v2/pages/{article.pk}/?fields=*"),
        ("search", "/search/?q=nong+thon+moi"),
    ]


def measure(client, url):
    from bench.timing import time_url

    response, queries, median, p95 = time_url(lambda address: client.get(address, **BROWSER), url, RUNS)
    return queries, median, p95, len(response.content)


def run_one_database(kind):
    """Child process: Django set up on this database; builds the sizes and prints the table."""
    os.environ["DATABASE_URL"] = database_url(kind)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    sys.path.insert(0, str(ROOT))
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from bench import dataset

    settings.PAGE_CACHE_ENABLED = False
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    print(f"{connection.vendor}: migrated and demo loaded in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    rows = []
    skipped_search = False
    for size in SIZES:
        seconds = dataset.grow(size, log=lambda line: print(f"{connection.vendor}: {line.strip()}", file=sys.stderr))
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        else:
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(f"{connection.vendor}: {size:,} articles ready (+{seconds:.0f} s)", file=sys.stderr)
        client = Client()
        for label, url in urls():
            if label == "search" and connection.vendor == "sqlite" and size > SQLITE_SEARCH_LIMIT:
                skipped_search = True
                continue
            rows.append((size, label, url, *measure(client, url)))
    print(f"\nPublic URLs as content grows, {connection.vendor}, in-process, uncached, {RUNS} runs each (warm)")
    print(f"{'what':<24}{'articles':>9}{'queries':>9}{'median ms':>11}{'p95 ms':>9}{'bytes':>9}")
    for size, label, _url, queries, median, p95, size_bytes in sorted(rows, key=lambda row: (row[1], row[0])):
        print(f"{label:<24}{size:>9,}{queries:>9}{median:>11.1f}{p95:>9.1f}{size_bytes:>9,}")
    if skipped_search:
        print(
            f"search: not timed past {SQLITE_SEARCH_LIMIT:,} articles on SQLite, whose full-text ranking"
            " grows with the square of the hits (production search runs on PostgreSQL)"
        )


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--database":
        run_one_database(sys.argv[2])
        return
    # One process per database (Django reads its database settings once, at setup), both at
    # once: each build keeps one core busy. Progress goes to stderr, the tables come at the end.
    children = [
        subprocess.Popen([sys.executable, __file__, "--database", kind], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        for kind in DATABASES
        if recreate(kind)
    ]
    tables = [child.communicate()[0] for child in children]
    if any(child.returncode for child in children):
        raise SystemExit("bench_scale: a database run failed (see above)")
    print("".join(tables))


if __name__ == "__main__":
    main()
