from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SongsConfig(AppConfig):
    name = "songs"
    verbose_name = _("Songs")

    def ready(self):
        from . import signals

        signals.connect(self)
