"""Timing one URL in-process, the same way for every benchmark table. Import after django.setup()."""

import statistics
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext


def time_url(get, url, runs):
    """`get(url)` once to warm (fragments, renditions), once counting its queries, then `runs`
    times timed. Returns (the counted response, queries, median ms, p95 ms)."""
    get(url)
    with CaptureQueriesContext(connection) as queries:
        response = get(url)
    # Read now: every later request clears Django's query log.
    query_count = len(queries)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return response, query_count, statistics.median(timings), timings[max(0, int(len(timings) * 0.95) - 1)]
