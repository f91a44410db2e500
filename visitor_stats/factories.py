import datetime

import factory
from factory.django import DjangoModelFactory

from .models import DailyVisits, VisitorCounterSettings


class DailyVisitsFactory(DjangoModelFactory):
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    visits = factory.Faker("pyint", min_value=100, max_value=40_000)
    bot_visits = factory.LazyAttribute(lambda o: o.visits // 100)

    class Meta:
        model = DailyVisits
        django_get_or_create = ["date"]


class VisitorCounterSettingsFactory(DjangoModelFactory):
    starting_total = factory.Faker("pyint", min_value=0, max_value=100_000_000)

    class Meta:
        model = VisitorCounterSettings
