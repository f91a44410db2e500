"""Demo statistics: the seed's total (90.185.982) and the 30 days before today, so the
dashboard's chart has something to show."""

import random
from datetime import timedelta

from django.utils import timezone

from .counting import local_date
from .models import DailyVisits, VisitorCounterSettings

SEED_TOTAL = 90_185_982
HISTORY_DAYS = 30


def load(log):
    counter = VisitorCounterSettings.load()
    if counter.starting_total or DailyVisits.objects.exists():
        log("visitor statistics already there")
        return
    today = local_date(timezone.now())
    numbers = random.Random(20181025)  # noqa: S311 - the same demo history on every machine
    history = [
        DailyVisits(
            date=today - timedelta(days=back),
            visits=(visits := numbers.randint(24_000, 36_000)),
            bot_visits=visits // 150,
        )
        for back in range(HISTORY_DAYS, 0, -1)
    ]
    DailyVisits.objects.bulk_create(history)
    # As a site moving from NukeViet would: its total so far, less the days imported above.
    counter.starting_total = SEED_TOTAL - sum(day.visits for day in history)
    counter.save()
    log(f"visitor statistics: {HISTORY_DAYS} days of history, total {SEED_TOTAL:,}")
