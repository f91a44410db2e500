from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitorStatsConfig(AppConfig):
    name = "visitor_stats"
    verbose_name = _("Visitor statistics")

    def ready(self):
        from . import signals

        signals.connect(self)
