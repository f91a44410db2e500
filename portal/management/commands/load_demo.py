from importlib import import_module
from urllib.parse import urlsplit

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Site


class Command(BaseCommand):
    help = (
        "Build the demo site from the customer's current portal. Idempotent: "
        "a second run changes nothing and duplicates nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-url",
            help="The address the site answers at (make run passes http://HOST:PORT): the default site takes "
            "its host and port, so page, API and image addresses point at it.",
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
            if options["site_url"]:
                self._answer_at(options["site_url"])
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def _log_for(self, label):
        return lambda message: self.stdout.write(f"[{label}] {message}")

    def _answer_at(self, url):
        address = urlsplit(url)
        if address.scheme not in ("http", "https") or not address.hostname:
            raise CommandError(f"--site-url needs an address such as http://127.0.0.1:8000, not {url!r}")
        site = Site.objects.get(is_default_site=True)
        site.hostname = address.hostname
        site.port = address.port or (443 if address.scheme == "https" else 80)
        site.save()
        self.stdout.write(f"[portal] the site answers at {url}")
