from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NukeVietImportConfig(AppConfig):
    name = "nukeviet_import"
    verbose_name = _("Import from NukeViet")
