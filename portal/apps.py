from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from . import admin_language, signals  # noqa: F401

        # Vietnamese where Wagtail's admin bypasses the catalogues (issue 26); also registers its hooks.
        admin_language.install()
