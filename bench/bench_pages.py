"""In-process timings of the public URLs: queries, median and p95 milliseconds, bytes.

Not a test: timings are noisy and depend on the machine. Run with `make bench`.
"""

import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import warnings

import django

warnings.filterwarnings("ignore", message="No directory at")

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bench.timing import time_url  # noqa: E402

RUNS = 50
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (bench) Firefox/133.0"}


def demo_urls():
    from legal_docs.models import LegalDocumentIndexPage
    from news.models import NewsPage
    from polls.models import PollPage

    article = NewsPage.objects.live().order_by("-published_at").first()
    return [
        ("home", "/"),
        ("article", article.url),
        ("category", article.get_parent().url),
        ("legal index, filtered", LegalDocumentIndexPage.objects.get().url + "?year=2024&status=in_force&q=quyet"),
        ("poll page", PollPage.objects.live().first().url),
        ("search", "/search/?q=nong+thon+moi"),
        ("API listing, 20 articles", "/api/v2/pages/?type=news.NewsPage&fields=lead,featured_image,tags&limit=20"),
        ("API detail, fields=*", f"/api/v2/pages/{article.pk}/?fields=*"),
        ("site API", "/api/portal/site"),
    ]


def measure(client, url):
    response, queries, median, p95 = time_url(lambda address: client.get(address, **BROWSER), url, RUNS)
    return queries, median, p95, len(response.content)


def table(title, urls):
    print(f"\n{title}")
    print(f"{'what':<28}{'URL':<58}{'queries':>8}{'median ms':>11}{'p95 ms':>9}{'bytes':>9}")
    for label, url in urls:
        queries, median, p95, size = measure(Client(), url)
        print(f"{label:<28}{url[:56]:<58}{queries:>8}{median:>11.1f}{p95:>9.1f}{size:>9}")


def main():
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0)
    try:
        call_command("load_demo", stdout=io.StringIO())
        urls = demo_urls()
        settings.PAGE_CACHE_ENABLED = False
        table(f"Public URLs, uncached, in-process, {connection.vendor}, {RUNS} runs each (warm)", urls)
        settings.PAGE_CACHE_ENABLED = True
        table(f"The same with the page cache (anonymous), {connection.vendor}", urls[:5])
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
