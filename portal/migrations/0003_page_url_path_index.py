"""An index on `wagtailcore_page.url_path`, which Wagtail leaves unindexed.

`portal.pages.route_in_one_query` finds the page a URL names by its url_path in one query;
without an index that query read every page row (15 ms at 100,000 articles on SQLite, and
growing with the content; bench/bench_scale.py). Page URLs are short, so a b-tree fits.
"""

from django.db import migrations

INDEX = "portal_page_url_path"


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_partner_link_dates"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (url_path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
