from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Build the demo site from the customer's current portal. Idempotent: "
        "a second run changes nothing and duplicates nothing."
    )

    def handle(self, *args, **options):
        # Every project app may ship a `demo` module with `load(log)`; they run in
        # INSTALLED_APPS order, so later apps can rely on the pages earlier ones built. Then each
        # module's optional `arrange(log)` runs, once every page is there (e.g. the menu's order).
        with transaction.atomic():
            demos = []
            for app_config in apps.get_app_configs():
                try:
                    module = import_module(f"{app_config.name}.demo")
                except ModuleNotFoundError as exc:
                    if exc.name != f"{app_config.name}.demo":
                        raise
                    continue
                log = self._log_for(app_config.label)
                module.load(log)
                demos.append((module, log))
            for module, log in demos:
                if hasattr(module, "arrange"):
                    module.arrange(log)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def _log_for(self, label):
        return lambda message: self.stdout.write(f"[{label}] {message}")
