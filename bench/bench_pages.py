"""In-process timings of the public URLs: queries, median and p95 milliseconds, bytes.

Not a test: timings are noisy and depend on the machine. Run with `make bench`.
"""

import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import warnings

import django

warnings.filterwarnings("ignore", message="No directory at")

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

URLS = ["/", "/api/v2/pages/", "/api/portal/site", "/search/?q=nong+thon"]
RUNS = 50


def measure(client, url):
    client.get(url)  # warm
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    # Read now: every later request clears Django's query log.
    query_count = len(queries)
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return query_count, statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(response.content)


def main():
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0)
    try:
        call_command("load_demo", stdout=io.StringIO())
        client = Client()
        print(f"\nPublic URLs, in-process, {connection.vendor}, {RUNS} runs each (warm)")
        print(f"{'URL':<32}{'queries':>8}{'median ms':>11}{'p95 ms':>9}{'bytes':>9}")
        for url in URLS:
            queries, median, p95, size = measure(client, url)
            print(f"{url:<32}{queries:>8}{median:>11.1f}{p95:>9.1f}{size:>9}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
