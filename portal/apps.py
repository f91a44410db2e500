from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db import models

        from wagtail.admin.forms.models import register_form_field_override

        from . import admin_language, signals
        from .slugs import AsciiSlugInput

        signals.connect(self)
        # ASCII addresses from Vietnamese titles, for every page (issue 26).
        register_form_field_override(models.SlugField, override={"widget": AsciiSlugInput})

        # Vietnamese where Wagtail's admin bypasses the catalogues (issue 26); also registers its hooks.
        admin_language.install()
