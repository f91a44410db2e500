from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class DailyVisits(models.Model):
    """The durable count of one day (Asia/Ho_Chi_Minh), added to from the cache by the flush."""

    date = models.DateField(_("date"), unique=True)
    visits = models.PositiveBigIntegerField(_("visits"), default=0, help_text=_("Every counted visit, bots included."))
    bot_visits = models.PositiveBigIntegerField(_("search engine visits"), default=0)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")

    def __str__(self):
        return f"{self.date:%d/%m/%Y}: {self.visits}"

    @property
    def guest_visits(self):
        return self.visits - self.bot_visits


@register_setting(icon="view")
class VisitorCounterSettings(BaseGenericSetting):
    """One counter for the whole installation, as NukeViet had: statistics are not per site."""

    starting_total = models.PositiveBigIntegerField(
        _("starting total"),
        default=0,
        help_text=_(
            "Visits counted before this portal started counting, e.g. the old NukeViet site's "
            "“Tổng lượt truy cập” on the day of the switch. The total shown is this number plus every "
            "day counted here."
        ),
    )

    panels = [FieldPanel("starting_total")]

    class Meta:
        verbose_name = _("visitor counter")

    def __str__(self):
        return str(self._meta.verbose_name)
