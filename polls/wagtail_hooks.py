from django.urls import path
from django.utils import timezone

from wagtail import hooks

from portal.page_cache import register_template_hole

from .admin_views import results_csv


@hooks.register("register_admin_urls")
def register_results_csv_url():
    return [path("polls/<int:page_id>/results.csv", results_csv, name="polls_results_csv")]


def _minute(request):
    return timezone.now().strftime("%Y%m%d%H%M")


# The widget is the same for every visitor (the vote itself answers "already voted"); the
# minute in its key lets a poll open or close on schedule within a minute.
register_template_hole("poll-widget", "polls/includes/sidebar_widget.html", shared_by=_minute)
