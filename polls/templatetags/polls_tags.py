from django import template

from wagtail.models import Site

from ..forms import VoteForm
from ..models import PollPage

register = template.Library()


@register.inclusion_tag("polls/includes/poll_widget.html", takes_context=True)
def poll_widget(context):
    """The newest open poll of this site, with its vote form, for the sidebar of every page."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {}
    poll = PollPage.objects.live().public().open_now().in_site(site).newest_first().first_with_choices()
    current = context.get("page")
    # On the poll's own page the sidebar would repeat its form.
    if poll is None or (current is not None and current.pk == poll.pk):
        return {}
    # Whether this visitor has voted is left to the vote itself (it answers “already voted”),
    # which keeps the widget, shown on every page, at two queries.
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "poll": poll,
        "form": VoteForm(poll, auto_id="poll-widget-%s"),
    }
