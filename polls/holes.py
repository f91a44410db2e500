from django.utils import timezone

from portal.caching.holes import SharedHole, template_renderer


def _minute(request):
    return timezone.now().strftime("%Y%m%d%H%M")


# The widget is the same for every visitor (the vote itself answers "already voted"); the
# minute in its key lets a poll open or close on schedule within a minute.
poll_widget = SharedHole("poll-widget", template_renderer("polls/includes/sidebar_widget.html"), varies_with=_minute)
