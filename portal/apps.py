from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db import models
        from django.db.models.signals import pre_save

        from taggit.models import Tag
        from wagtail.admin.forms.models import register_form_field_override

        from . import admin_language, signals  # noqa: F401
        from .slugs import AsciiSlugInput, give_new_tags_ascii_slugs

        # ASCII addresses from Vietnamese titles, for every page and tag (issue 26).
        register_form_field_override(models.SlugField, override={"widget": AsciiSlugInput})
        pre_save.connect(give_new_tags_ascii_slugs, sender=Tag)

        # Vietnamese where Wagtail's admin bypasses the catalogues (issue 26); also registers its hooks.
        admin_language.install()
