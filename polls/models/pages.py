from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import Count, F, Prefetch, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from portal.admin_dates import EndOfDayDateTimeInput
from portal.pages import PortalPageQuerySet
from portal.search_index import FoldedSearchMixin
from portal.slugs import AsciiSlugMixin
from portal.visitors import visitor_key

from ..api_fields import PollChoicesField, PollResultsField
from ..enums import PollStatus, ResultsVisibility
from ..panels import PollResultsPanel
from ..refusals import AlreadyVoted, AnswersChanged
from ..results import PollResults
from .ballots import Ballot, BallotChoice, ChoiceTally

POLLS_PER_PAGE = 20


class PollIndexPage(AsciiSlugMixin, FoldedSearchMixin, Page):
    """The “Thăm dò ý kiến” section: every poll, newest first."""

    # Open/closed changes on the schedule, not on a publish.
    page_cache = False

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text shown above the list of polls."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["polls.PollPage"]

    class Meta:
        verbose_name = _("poll index page")
        verbose_name_plural = _("poll index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        polls = PollPage.objects.child_of(self).visible().newest_first()
        context["polls"] = Paginator(polls, POLLS_PER_PAGE).get_page(request.GET.get("page"))
        return context


class PollPageQuerySet(PortalPageQuerySet):
    def open_now(self):
        now = timezone.now()
        return self.filter(Q(opens_at__lte=now), Q(closes_at__isnull=True) | Q(closes_at__gt=now))

    def closed(self):
        return self.filter(closes_at__lte=timezone.now())

    def newest_first(self):
        return self.order_by("-opens_at", "-pk")

    def not_closed(self):
        return self.filter(Q(closes_at__isnull=True) | Q(closes_at__gt=timezone.now()))

    def with_choice_lists(self):
        """The polls with their answers (not their counts) as `choice_list`, in two queries."""
        return self.prefetch_related(Prefetch("choices", to_attr="choice_list"))


PollPageManager = PageManager.from_queryset(PollPageQuerySet)


class PollPage(AsciiSlugMixin, FoldedSearchMixin, Page):
    """One question (the page title) with its answers; visitors vote once each."""

    # What the page shows (form or results) depends on whether this visitor has voted.
    page_cache = False

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Optional background shown under the question on the poll's page."),
    )
    max_choices = models.PositiveSmallIntegerField(
        _("answers a visitor may pick"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("1 shows radio buttons (one answer); more shows check boxes, up to this many answers."),
    )
    opens_at = models.DateTimeField(
        _("opens at"),
        default=timezone.now,
        help_text=_("Visitors can vote from this time on. The poll is listed as soon as the page is published."),
    )
    closes_at = models.DateTimeField(
        _("closes at"),
        null=True,
        blank=True,
        help_text=_("Voting stops at this time. Leave empty to keep the poll open until you set one."),
    )
    results_visibility = models.CharField(
        _("show results"),
        max_length=20,
        choices=ResultsVisibility.choices,
        default=ResultsVisibility.AFTER_VOTING,
        help_text=_("Who sees the counts. Once the poll closes, “after the visitor votes” shows them to everyone."),
    )

    objects = PollPageManager()

    content_panels = [
        TitleFieldPanel("title", heading=_("Question"), help_text=_("The question, as visitors will read it.")),
        FieldPanel("intro"),
        InlinePanel(
            "choices",
            heading=_("Answers"),
            label=_("answer"),
            min_num=2,
            help_text=_("Removing an answer that already has votes also removes those votes."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("max_choices"),
                FieldPanel("opens_at"),
                FieldPanel(
                    "closes_at",
                    widget=EndOfDayDateTimeInput(),
                    help_text=_(
                        "Voting stops at this time; a day without a time, such as 31/12/2026, keeps the poll open "
                        "all that day. Leave empty to keep the poll open until you set one."
                    ),
                ),
                FieldPanel("results_visibility"),
            ],
            heading=_("Voting"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList([PollResultsPanel(heading=_("Results"))], heading=_("Results")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields("choices", [index.SearchField("label")]),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    api_fields = [
        APIField("question"),
        APIField("intro"),
        APIField("choices", serializer=PollChoicesField(source="*")),
        APIField("max_choices"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("is_open"),
        APIField("results_visibility"),
        APIField("results", serializer=PollResultsField(source="*")),
    ]

    parent_page_types = ["polls.PollIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("poll")
        verbose_name_plural = _("polls")

    def clean(self):
        super().clean()
        if self.closes_at and self.opens_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The poll must close after it opens.")})

    @property
    def question(self):
        return self.title

    def status_at(self, moment):
        if moment < self.opens_at:
            return PollStatus.UPCOMING
        if self.closes_at is not None and moment >= self.closes_at:
            return PollStatus.CLOSED
        return PollStatus.OPEN

    @property
    def status(self):
        return self.status_at(timezone.now())

    @property
    def is_open(self):
        return self.status == PollStatus.OPEN

    def results_visible(self, has_voted):
        if self.results_visibility == ResultsVisibility.ALWAYS:
            return True
        closed = self.status == PollStatus.CLOSED
        if self.results_visibility == ResultsVisibility.AFTER_VOTING:
            return has_voted or closed
        return closed

    @property
    def hidden_results_reason(self):
        if self.results_visibility == ResultsVisibility.AFTER_VOTING:
            return _("The results are shown after you vote.")
        return _("The results are shown when the poll closes.")

    @cached_property
    def choice_list(self):
        prefetch_related_objects([self], choices_with_tallies())
        return list(self.choices.all())

    @cached_property
    def ballot_total(self):
        return self.ballots.count()

    def results(self):
        choices = self.choice_list
        return PollResults.from_choices(choices, self.ballot_total + votes_before_portal(choices))

    def stored_results(self):
        """The results in the database, whatever answers the draft being edited holds."""
        choices = list(PollChoice.objects.filter(page_id=self.pk).select_related("tally"))
        total = Ballot.objects.filter(poll_id=self.pk).count() + votes_before_portal(choices)
        return PollResults.from_choices(choices, total)

    def has_ballot_from(self, visitor):
        return self.ballots.filter(visitor=visitor).exists()

    def count_ballots(self, visitor):
        """Count the ballots and tell whether `visitor` cast one of them, in one query."""
        counts = self.ballots.aggregate(total=Count("pk"), mine=Count("pk", filter=Q(visitor=visitor)))
        self.ballot_total = counts["total"]
        return counts["mine"] > 0

    @classmethod
    def prepare_for_visitor(cls, polls, visitor):
        """Load answers, counts, totals and this visitor's ballots for many polls in three
        queries; returns the ids of the polls the visitor has voted in."""
        prefetch_related_objects(polls, choices_with_tallies())
        totals = dict(
            Ballot.objects.filter(poll__in=polls)
            .values("poll")
            .annotate(total=Count("pk"))
            .values_list("poll", "total")
        )
        for poll in polls:
            poll.ballot_total = totals.get(poll.pk, 0)
        return set(Ballot.objects.filter(poll__in=polls, visitor=visitor).values_list("poll_id", flat=True))

    def record_ballot(self, visitor, choice_ids, cast_at):
        """Write a ballot and count its answers in one transaction: all of it or nothing."""
        choice_ids = sorted(choice_ids)  # one lock order in every transaction: no deadlocks
        try:
            with transaction.atomic():
                ballot = Ballot.objects.create(poll=self, visitor=visitor, cast_at=cast_at)
                BallotChoice.objects.bulk_create([BallotChoice(ballot=ballot, choice_id=pk) for pk in choice_ids])
                ChoiceTally.objects.bulk_create([ChoiceTally(choice_id=pk) for pk in choice_ids], ignore_conflicts=True)
                ChoiceTally.objects.filter(choice_id__in=choice_ids).update(votes=F("votes") + 1)
        except IntegrityError as exc:
            if self.has_ballot_from(visitor):
                raise AlreadyVoted from exc
            if PollChoice.objects.filter(page=self, pk__in=choice_ids).count() < len(choice_ids):
                # An editor removed an answer between the form and the vote.
                raise AnswersChanged from exc
            raise  # the database failed for another reason; nothing was written
        return ballot

    @classmethod
    def api_queryset(cls, queryset):
        """What the pages API (portal.api) loads with a listing: the locale every item's meta
        reads, and the answers with their counts; totals and ballots come in PollField."""
        return queryset.select_related("locale").prefetch_related(choices_with_tallies())

    def get_context(self, request, *args, **kwargs):
        """The vote form (polls_tags.vote_form) while this visitor may vote, else the reason; the
        results when they may see them."""
        context = super().get_context(request, *args, **kwargs)
        has_voted = self.count_ballots(visitor_key(request))
        status = self.status
        context.update(
            status=status,
            has_voted=has_voted,
            can_vote=status == PollStatus.OPEN and not has_voted,
            results=self.results() if self.results_visible(has_voted) else None,
        )
        return context


class PollChoice(Orderable):
    page = ParentalKey(PollPage, on_delete=models.CASCADE, related_name="choices", verbose_name=_("poll"))
    label = models.CharField(_("answer"), max_length=255)

    panels = [FieldPanel("label")]
    api_fields = [APIField("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return self.label

    @property
    def votes(self):
        """Ballots cast here plus the votes the old site counted before the portal."""
        try:
            return self.tally.votes + self.tally.votes_before_portal
        except ObjectDoesNotExist:
            return 0

    @property
    def votes_before_portal(self):
        try:
            return self.tally.votes_before_portal
        except ObjectDoesNotExist:
            return 0


def votes_before_portal(choices):
    """The old site's votes in a poll. NukeViet counted each answer and took their sum as the total
    it computed shares of, so those votes count in the total as one voter each."""
    return sum(choice.votes_before_portal for choice in choices)


def choices_with_tallies():
    return Prefetch("choices", queryset=PollChoice.objects.select_related("tally"))
