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
        # INSTALLED_APPS order, so later apps can rely on the pages earlier ones built.
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                try:
                    module = import_module(f"{app_config.name}.demo")
                except ModuleNotFoundError as exc:
                    if exc.name != f"{app_config.name}.demo":
                        raise
                    continue
                module.load(lambda message, label=app_config.label: self.stdout.write(f"[{label}] {message}"))
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
