from django.template.loader import render_to_string

from portal.caching.holes import OwnedHole

from .interactions import rating_line_key
from .models import NewsPageCounter


def rating_summary(request, page_id):
    totals = NewsPageCounter.objects.filter(page_id=page_id).values("rating_total", "rating_count").first()
    return render_to_string("news/includes/rating_summary.html", totals or {"rating_total": 0, "rating_count": 0})


# On a page served from the page cache the rating line comes from the cache until the next rating.
rating_line = OwnedHole("news-rating", rating_summary, owner_key=rating_line_key)
