import datetime

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

import wagtail_factories

from .models import Ballot, BallotChoice, ChoiceTally, PollChoice, PollIndexPage, PollPage


class PollIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thăm dò ý kiến"
    intro = "<p>Ý kiến của bạn giúp Văn phòng điều phối làm tốt hơn.</p>"

    class Meta:
        model = PollIndexPage


class PollPageFactory(wagtail_factories.PageFactory):
    """An open poll; `answers=[...]` sets its answers (three by default)."""

    title = factory.Faker("sentence", nb_words=8, locale="vi_VN")
    max_choices = 1
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = None

    class Meta:
        model = PollPage
        skip_postgeneration_save = True

    @factory.post_generation
    def answers(poll, create, extracted, **kwargs):
        if not create:
            return
        labels = extracted if extracted is not None else ["Rất đồng ý", "Đồng ý", "Chưa đồng ý"]
        for order, label in enumerate(labels):
            PollChoice.objects.create(page=poll, label=label, sort_order=order)


class PollChoiceFactory(DjangoModelFactory):
    page = factory.SubFactory(PollPageFactory, answers=[])
    label = factory.Faker("sentence", nb_words=5, locale="vi_VN")
    sort_order = factory.Sequence(int)

    class Meta:
        model = PollChoice


class ChoiceTallyFactory(DjangoModelFactory):
    choice = factory.SubFactory(PollChoiceFactory)
    votes = 0

    class Meta:
        model = ChoiceTally


class BallotFactory(DjangoModelFactory):
    """A bare ballot row; to count a vote as visitors do, use `PollPage.record_ballot`."""

    poll = factory.SubFactory(PollPageFactory)
    visitor = factory.Sequence(lambda n: f"c:{n:032x}")
    cast_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Ballot


class BallotChoiceFactory(DjangoModelFactory):
    ballot = factory.SubFactory(BallotFactory)
    choice = factory.SubFactory(PollChoiceFactory, page=factory.SelfAttribute("..ballot.poll"))

    class Meta:
        model = BallotChoice
