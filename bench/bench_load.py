"""Requests per second through gunicorn (2 workers) under wrk, and the article page's weight.

Not a test: numbers depend on the machine and on what else runs on it. Production settings,
Redis for the cache, the demo content in PostgreSQL (BENCH_DATABASE_URL). Each row runs wrk
for a few seconds with 16 connections. Two ceilings answer the article's number of bytes from
the same gunicorn: a trivial Django view behind the same middleware (what a cached page is
measured against), and a bare WSGI answer bypassing Django (what the server itself can do).
"Returning reader" sends the visitor and CSRF cookies a browser keeps after its first page;
without them every request is a new visitor (its view counted, cookies handed out). The POST vote row sends
each vote from another address (X-Forwarded-For behind one trusted proxy), so every vote is
accepted; the ballots counted afterwards must equal the answers.

Run with `make bench` (installs wrk with apt-get when missing and root).
"""

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections import namedtuple
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "test-results" / "bench-load"
PORT = int(os.environ.get("BENCH_PORT", "8791"))
DURATION = os.environ.get("BENCH_DURATION", "8s")
CONNECTIONS = "16"
REQUEST_HEADERS = {"X-Forwarded-Proto": "https", "User-Agent": "Mozilla/5.0 (bench) Firefox/133.0"}
# PostgreSQL, as in production: SQLite serialises the writes of two workers (view counts).
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ntm_bench_load")
HEADERS = [part for name, value in REQUEST_HEADERS.items() for part in ("-H", f"{name}: {value}")]


def server_env(page_cache):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        SECRET_KEY="bench-only-secret-key-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11"),
        PAGE_CACHE_ENABLED="1" if page_cache else "0",
        MEDIA_ROOT=str(WORK / "media"),
        WEB_CONCURRENCY="2",
        GUNICORN_THREADS="1",
        HOST="127.0.0.1",
        PORT=str(PORT),
        LOG_LEVEL="WARNING",
        TRUSTED_PROXY_COUNT="1",
        BENCH_CEILING_BYTES=os.environ.get("BENCH_CEILING_BYTES", "20000"),
    )
    return env


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def create_database():
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    with psycopg.connect(DATABASE_URL.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def prepare():
    WORK.mkdir(parents=True, exist_ok=True)
    if DATABASE_URL.startswith("postgres"):
        create_database()
    env = server_env(page_cache=True)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput")
    subprocess.run(["redis-cli", "-n", "11", "flushdb"], check=False, stdout=subprocess.DEVNULL)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, stdout=subprocess.DEVNULL)
        return
    sys.exit("wrk is missing: apt-get install wrk")


class Server:
    def __init__(self, page_cache, ceiling_bytes):
        self.env = server_env(page_cache)
        self.env["BENCH_CEILING_BYTES"] = str(ceiling_bytes)
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "portal/gunicorn.conf.py",
                "--access-logfile",
                "/dev/null",
                "bench.wsgi_ceiling:application",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/__ceiling__", timeout=1).read()
                return self
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"gunicorn did not start on port {PORT} (BENCH_PORT chooses another)")

    def __exit__(self, *exc):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=20)


def wrk(path, script=None, extra_headers=()):
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", *HEADERS]
    for header in extra_headers:
        command += ["-H", header]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run(
        [*command, f"http://127.0.0.1:{PORT}{path}"], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    return Row(rate, latency.get("50", "?"), latency.get("99", "?"), int(errors.group(1)) if errors else 0, requests)


Row = namedtuple("Row", "rate p50 p99 errors requests")

# Each wrk thread numbers its requests; every vote comes from its own address, new in every run.
VOTE_SCRIPT = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local sent = 0
function request()
  sent = sent + 1
  local address = string.format("2001:db8:%x:%x::%x", RUN, tid, sent)
  local headers = {["Content-Type"] = "application/json", ["X-Forwarded-For"] = address}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  return wrk.format("POST", nil, headers, BODY)
end
"""


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.styles, self.scripts, self.images = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.styles.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag == "img" and attrs.get("src"):
            self.images.append(attrs["src"])


def fetch(path):
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", headers=REQUEST_HEADERS)
    with urllib.request.urlopen(request) as response:
        return response.read()


def page_weight(path):
    html = fetch(path)
    assets = Assets()
    assets.feed(html.decode())
    css = sum(len(fetch(url)) for url in assets.styles)
    js = sum(len(fetch(url)) for url in assets.scripts)
    # nginx serves media in production, not gunicorn: read the files.
    images = sum((WORK / url.lstrip("/")).stat().st_size for url in assets.images if url.startswith("/media/"))
    return len(html), css, js, images


def signed_visitor_cookie():
    """The cookie a browser keeps after its first page: the same visitor, counted once."""
    from django.core import signing

    from portal.visitors import _COOKIE_SALT, VISITOR_COOKIE

    return signing.get_cookie_signer(salt=VISITOR_COOKIE + _COOKIE_SALT).sign("c:" + "b" * 32)


def main():
    ensure_wrk()
    prepare()
    sys.path.insert(0, str(ROOT))
    os.environ.update(server_env(page_cache=True))
    import django

    django.setup()
    from news.models import NewsPage
    from polls.models import Ballot, PollPage
    from portal.visitors import VISITOR_COOKIE

    article = NewsPage.objects.live().order_by("-published_at").first().url
    poll = PollPage.objects.live().first()
    listing = "/api/v2/pages/?type=news.NewsPage&fields=lead,featured_image,tags&limit=20"
    vote_path = f"/api/portal/polls/{poll.pk}/votes"
    returning_reader = f"Cookie: {VISITOR_COOKIE}={signed_visitor_cookie()}; csrftoken={'r' * 32}"
    vote_script = WORK / "vote.lua"
    vote_script.write_text(
        f"BODY = '{{\"choices\": [{poll.choice_list[0].pk}]}}'\nRUN = {random.randrange(1, 0xFFFF)}\n{VOTE_SCRIPT}"
    )
    with Server(page_cache=True, ceiling_bytes=20000):
        article_bytes = len(fetch(article))
    rows = []
    for cached in (True, False):
        with Server(page_cache=cached, ceiling_bytes=article_bytes):
            label = "cached" if cached else "uncached"
            if cached:
                rows.append(("ceiling: bare WSGI, same bytes", wrk("/__ceiling__")))
                rows.append(("ceiling: trivial Django view, same bytes", wrk("/__ceiling_django__/")))
            if cached:
                rows.append(("article, cached, returning reader", wrk(article, extra_headers=[returning_reader])))
                rows.append(("article, cached, new visitor each time", wrk(article)))
            else:
                rows.append(("article, uncached, new visitor each time", wrk(article)))
            rows.append((f"home, {label}", wrk("/")))
            if cached:
                rows.append(("API listing, 20 articles", wrk(listing)))
                ballots_before = Ballot.objects.filter(poll=poll).count()
                votes = wrk(vote_path, vote_script)
                rows.append(("POST vote, each from a new visitor", votes))
                ballots = Ballot.objects.filter(poll=poll).count() - ballots_before
                weight = page_weight(article)
    ceiling = rows[1][1].rate
    print(f"\ngunicorn, 2 workers, wrk -t2 -c{CONNECTIONS} -d{DURATION}, {os.cpu_count()} cores; noisy")
    print(f"{'what':<42}{'requests/s':>11}{'of view':>9}{'p50':>10}{'p99':>10}{'non-2xx':>9}")
    for label, row in rows:
        share = f"{row.rate / ceiling:.0%}"
        print(f"{label:<42}{row.rate:>11.0f}{share:>9}{row.p50:>10}{row.p99:>10}{row.errors:>9}")
    print(
        f"'of view': share of the trivial Django view's rate. Votes: {votes.requests - votes.errors:,} answered 201, "
        f"{ballots:,} ballots stored (wrk does not count answers still in flight when it stops)"
    )
    html, css, js, images = weight
    print(
        f"\nArticle page weight: HTML {html:,} B + CSS {css:,} B + JS {js:,} B = {html + css + js:,} B "
        f"without images (budget 60 KB, NukeViet 551 KB); images {images:,} B"
    )


if __name__ == "__main__":
    main()
