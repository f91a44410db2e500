"""Poll fields of the Wagtail API v2 (`/api/v2/pages/?type=polls.PollPage&fields=*`)."""

from dataclasses import asdict

from rest_framework.fields import Field
from rest_framework.serializers import ListSerializer

from portal.visitors import visitor_key


class PollField(Field):
    """Reads the whole poll page. On a listing, the first poll field to run loads the
    answers, counts and this visitor's ballots of every poll in the response at once, so
    the number of queries does not grow with the number of polls."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def voted_in(self, page):
        voted = self.context.setdefault("polls_voted_in", {})
        if page.pk not in voted:
            parent = getattr(self.parent, "parent", None)
            listing = parent if isinstance(parent, ListSerializer) else None
            polls = [poll for poll in listing.instance if isinstance(poll, type(page))] if listing else [page]
            voted_in = type(page).prepare_for_visitor(polls, visitor_key(self.context["request"]))
            voted.update((poll.pk, poll.pk in voted_in) for poll in polls)
        return voted[page.pk]


class PollChoicesField(PollField):
    def to_representation(self, page):
        self.voted_in(page)
        return [{"id": choice.pk, "label": choice.label} for choice in page.choice_list]


class PollResultsField(PollField):
    """The results, or null while they are hidden from this visitor."""

    def to_representation(self, page):
        if not page.results_visible(self.voted_in(page)):
            return None
        return asdict(page.results())
