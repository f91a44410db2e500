from django import template
from django.utils import timezone

from wagtail.models import Site

from portal.caching.fragments import cached

from ..enums import PollStatus
from ..forms import VoteForm
from ..models import PollPage

register = template.Library()

# Polls not yet closed, kept in the cache; which one is open is decided per request, so a
# poll opening or closing on its schedule shows without waiting for a publish.
WIDGET_CANDIDATES = 10


def _widget_candidates(site):
    polls = PollPage.objects.in_site(site).visible().not_closed().newest_first()
    return list(polls.with_choice_lists()[:WIDGET_CANDIDATES])


@register.simple_tag
def vote_form(poll):
    """The vote form of the poll's own page."""
    return VoteForm(poll)


@register.inclusion_tag("polls/includes/poll_widget.html", takes_context=True)
def poll_widget(context):
    """The newest open poll of this site, with its vote form, for the sidebar of every page."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {}
    now = timezone.now()
    candidates = cached("poll-widget", site.pk, compute=lambda: _widget_candidates(site))
    poll = next((poll for poll in candidates if poll.status_at(now) == PollStatus.OPEN and poll.choice_list), None)
    # On the poll's own page the sidebar would repeat its form. As a page cache hole the
    # widget is told the page's id instead of getting the page.
    current = context.get("page")
    current_id = current.pk if current is not None else int((context.get("hole_args") or [0])[0])
    if poll is None or current_id == poll.pk:
        return {}
    # Whether this visitor has voted is left to the vote itself (it answers “already voted”),
    # which keeps the widget, shown on every page, free of queries.
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "poll": poll,
        "form": VoteForm(poll, auto_id="poll-widget-%s"),
    }
