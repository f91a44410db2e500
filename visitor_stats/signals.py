import logging

from redis.exceptions import RedisError

from django.db.models.signals import post_delete, post_save

from .counting import get_store
from .models import DailyVisits, VisitorCounterSettings

logger = logging.getLogger(__name__)


def forget_totals(**kwargs):
    """An editor changed the starting total or a day's count: rebuild the cached totals."""
    try:
        get_store().forget_snapshot()
    except RedisError as exc:
        logger.warning("visitor statistics: could not drop the cached totals: %s", exc)


def connect(app_config):
    for model in (VisitorCounterSettings, DailyVisits):
        post_save.connect(forget_totals, sender=model, dispatch_uid=f"visitor-stats-save-{model.__name__}")
        post_delete.connect(forget_totals, sender=model, dispatch_uid=f"visitor-stats-delete-{model.__name__}")
