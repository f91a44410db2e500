"""The six figures of the "Thống kê" widget, and the flush that makes counts durable.

Reading costs no query while the cache holds a snapshot of the database's totals (the flush
refreshes it every minute): figures = snapshot + counts still pending in the cache. Without
one, a single query rebuilds it.
"""

import logging
import secrets

from redis.exceptions import RedisError

from django.conf import settings
from django.db import transaction
from django.db.models import F, Func, IntegerField, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from portal.caching.memo import Memo

from .counting import ONLINE_WINDOW, VisitorFigures, get_store, local_date, month_start, yesterday
from .models import DailyVisits, VisitorCounterSettings

logger = logging.getLogger(__name__)

SNAPSHOT_TIMEOUT = 10 * 60
FLUSH_LOCK_TIMEOUT = 30
# How often one process asks the cache whether a flush is due.
_flush_checked = Memo(10, limit=1)


def _sum_of_visits(**filters):
    # SUM without GROUP BY: one number for the subquery.
    rows = DailyVisits.objects.filter(**filters).order_by()
    return Coalesce(
        Subquery(rows.annotate(sum=Func(F("visits"), function="SUM")).values("sum")[:1]),
        0,
        output_field=IntegerField(),
    )


def database_totals(day):
    """Today, this month and the total (with the starting total) in the database: one query."""
    first = month_start(day)
    row = (
        VisitorCounterSettings.objects.annotate(
            today=_sum_of_visits(date=day),
            month=_sum_of_visits(date__gte=first, date__lte=day),
            counted=_sum_of_visits(date__lte=day),
        )
        .values("starting_total", "today", "month", "counted")
        .first()
    )
    if row is None:  # the settings were never saved: no starting total
        row = DailyVisits.objects.aggregate(
            today=Coalesce(Sum("visits", filter=Q(date=day)), 0),
            month=Coalesce(Sum("visits", filter=Q(date__gte=first, date__lte=day)), 0),
            counted=Coalesce(Sum("visits", filter=Q(date__lte=day)), 0),
        )
        row["starting_total"] = 0
    return {
        "date": day.isoformat(),
        "today": row["today"],
        "month": row["month"],
        "total": row["starting_total"] + row["counted"],
    }


def refresh_snapshot(day, store=None):
    snapshot = database_totals(day)
    try:
        (store or get_store()).set_snapshot(snapshot, SNAPSHOT_TIMEOUT)
    except RedisError as exc:
        logger.warning("visitor statistics: could not cache the totals: %s", exc)
    return snapshot


def current_figures(now=None):
    """Online (bots, guests), today, this month and total; 0 or 1 query."""
    now = now or timezone.now()
    day = local_date(now)
    days = [day, yesterday(day)]
    store = get_store()
    try:
        live = store.read(now=now.timestamp(), online_window=ONLINE_WINDOW, days=days)
    except RedisError as exc:
        logger.warning("visitor statistics: cache unavailable, showing stored totals only: %s", exc)
        return _stored_figures(day)
    snapshot = live["snapshot"]
    if snapshot is None or snapshot.get("date") != day.isoformat():
        snapshot = refresh_snapshot(day, store)
    pending = live["pending"]
    today_visits = pending.get(day, (0, 0))[0]
    earlier_visits = pending.get(yesterday(day), (0, 0))[0]
    same_month = yesterday(day) >= month_start(day)
    return VisitorFigures(
        online=live["bots"] + live["guests"],
        bots=live["bots"],
        guests=live["guests"],
        today=snapshot["today"] + today_visits,
        month=snapshot["month"] + today_visits + (earlier_visits if same_month else 0),
        total=snapshot["total"] + today_visits + earlier_visits,
    )


def _stored_figures(day):
    totals = database_totals(day)
    return VisitorFigures(
        online=0, bots=0, guests=0, today=totals["today"], month=totals["month"], total=totals["total"]
    )


def _add_to_day(day, visits, bots):
    with transaction.atomic():
        DailyVisits.objects.bulk_create([DailyVisits(date=day)], ignore_conflicts=True)
        DailyVisits.objects.filter(date=day).update(visits=F("visits") + visits, bot_visits=F("bot_visits") + bots)


def flush(now=None, store=None):
    """Move the counts pending in the cache to DailyVisits rows; returns {date: (visits, bots)}.

    Each day's counts are taken and reset in one atomic step, so concurrent flushes never add
    the same visit twice; if the database refuses them, they go back to the cache.
    """
    now = now or timezone.now()
    store = store or get_store()
    moved = {}
    for day in store.pending_days():
        visits, bots = store.take(day)
        if not (visits or bots):
            continue
        try:
            _add_to_day(day, visits, bots)
        except Exception:
            store.give_back(day, visits, bots)
            raise
        moved[day] = (visits, bots)
    store.prune_online(now.timestamp(), ONLINE_WINDOW)
    refresh_snapshot(local_date(now), store)
    store.mark_flushed(now.timestamp())
    return moved


def flush_if_due(now=None, store=None):
    """Flush when the last flush is older than VISITOR_STATS_FLUSH_INTERVAL and no other
    process is flushing; called by the middleware, so the cron job is a safety net."""
    if _flush_checked.get("checked"):
        return None
    _flush_checked.set("checked", True)
    now = now or timezone.now()
    store = store or get_store()
    last = store.last_flush()
    if last is not None and now.timestamp() - last < settings.VISITOR_STATS_FLUSH_INTERVAL:
        return None
    token = secrets.token_hex(8)
    if not store.lock(token, FLUSH_LOCK_TIMEOUT):
        return None
    try:
        return flush(now, store)
    finally:
        store.unlock(token)


def daily_history(day, days=30):
    """[(date, visits, bot_visits)] for the `days` days up to `day`, pending counts included."""
    first = day.toordinal() - days + 1
    rows = {row.date: row for row in DailyVisits.objects.filter(date__gte=day.fromordinal(first), date__lte=day)}
    try:
        pending = get_store().read(now=timezone.now().timestamp(), online_window=ONLINE_WINDOW, days=[day])["pending"]
    except RedisError:
        pending = {}
    history = []
    for ordinal in range(first, day.toordinal() + 1):
        date = day.fromordinal(ordinal)
        row = rows.get(date)
        visits, bots = (row.visits, row.bot_visits) if row else (0, 0)
        extra_visits, extra_bots = pending.get(date, (0, 0))
        history.append((date, visits + extra_visits, bots + extra_bots))
    return history
