"""Counts of the hits per content type and per year, for the filters beside the results."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils import timezone


def content_type_counts(results):
    """[(label, "app.model", count)], largest first."""
    counts = results.facet("content_type_id")
    facets = []
    for content_type_id, count in counts.items():
        content_type = ContentType.objects.get_for_id(content_type_id)
        model = content_type.model_class()
        if model is not None:
            facets.append((model._meta.verbose_name_plural, f"{content_type.app_label}.{content_type.model}", count))
    return sorted(facets, key=lambda facet: (-facet[2], str(facet[0])))


def year_counts(results):
    """[(year, count)], newest first, by the year each page was first published."""
    compiler = results.query_compiler
    if hasattr(compiler, "get_config") and hasattr(compiler, "search"):
        # The database backends: group the matching rows in SQL, as their own facet() does.
        matched = compiler.search(compiler.get_config(results.backend), None, None)
        rows = (
            matched.order_by()
            .annotate(year=ExtractYear("first_published_at"))
            .values("year")
            .annotate(count=Count("pk"))
        )
        counts = {row["year"]: row["count"] for row in rows if row["year"]}
    else:
        counts = {}
        for published_at, count in results.facet("first_published_at").items():
            if published_at:
                year = timezone.localtime(published_at).year
                counts[year] = counts.get(year, 0) + count
    return sorted(counts.items(), reverse=True)


def content_type_for(label):
    """The ContentType an `app.model` filter value names, or None."""
    app_label, _, model = (label or "").partition(".")
    if not app_label or not model:
        return None
    try:
        return ContentType.objects.get_by_natural_key(app_label, model)
    except ContentType.DoesNotExist:
        return None


def year_range(year):
    start = timezone.make_aware(datetime.datetime(year, 1, 1))
    return start, timezone.make_aware(datetime.datetime(year + 1, 1, 1))
