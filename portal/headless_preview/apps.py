from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HeadlessPreviewConfig(AppConfig):
    name = "portal.headless_preview"
    label = "headless_preview"
    verbose_name = _("Headless preview")
