"""A GIN index on the expression Wagtail's PostgreSQL search filters by.

The database backend matches `(title || body) @@ query`, but only indexes `title` and `body`
separately, so every search scanned the whole index table, and with no statistics for the
expression PostgreSQL guessed one match and nested-looped over every page (55 s for
"nong thon moi" over 20,000 articles; bench/bench_search.py). Nothing to do elsewhere.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )
        schema_editor.execute("ANALYZE wagtailsearch_indexentry")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]
