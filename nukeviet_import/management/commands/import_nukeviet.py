from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from nukeviet_import.importer import MODULES, run_import
from nukeviet_import.reader import SourceError


class Command(BaseCommand):
    help = (
        "Import a NukeViet 4 site (news, legal documents, polls, visitor total) from its MySQL database, "
        "with redirects from the old addresses. Run it again to bring over what changed: nothing is duplicated."
    )
    leave_locale_alone = True

    def add_arguments(self, parser):
        parser.add_argument("--database", required=True, help="mysql://user:password@host[:port]/database")
        parser.add_argument("--prefix", default="nv4", help="NukeViet's table prefix (default nv4).")
        parser.add_argument("--lang", default="vi", help="The site language whose tables are read (default vi).")
        parser.add_argument("--upload-dir", help="NukeViet's uploads folder, for photos and attached files.")
        parser.add_argument("--news-module", default="news", help="The news module's name (default news).")
        parser.add_argument("--laws-module", default="laws", help="The laws module's name (default laws).")
        parser.add_argument("--only", action="append", choices=MODULES, help="Import only this module (repeatable).")
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; write nothing.")
        parser.add_argument(
            "--rewrite-file",
            choices=("yes", "no"),
            help="Whether the old server had NukeViet's rewrite rules (check_rewrite_file); when not given, "
            "addresses with and without /index.php/ are both redirected.",
        )
        parser.add_argument(
            "--no-remote-images",
            action="store_true",
            help="Do not download photos from other sites; report them instead.",
        )

    def handle(self, *args, **options):
        with translation.override(settings.LANGUAGE_CODE):
            self._import(options)

    def _import(self, options):
        upload_dir = options["upload_dir"]
        if upload_dir and not Path(upload_dir).is_dir():
            raise CommandError(_("The upload folder “%(path)s” does not exist.") % {"path": upload_dir})
        try:
            report = run_import(
                options["database"],
                prefix=options["prefix"],
                lang=options["lang"],
                upload_dir=upload_dir,
                dry_run=options["dry_run"],
                news_module=options["news_module"],
                laws_module=options["laws_module"],
                modules=tuple(options["only"] or MODULES),
                explicit=tuple(options["only"] or ()),
                check_rewrite_file={"yes": True, "no": False}.get(options["rewrite_file"]),
                fetch_remote=not options["no_remote_images"],
            )
        except SourceError as error:
            raise CommandError(str(error)) from error
        for line in report.lines():
            self.stdout.write(line)
        if options["dry_run"]:
            summary = _("Dry run: %(created)s objects would be created and %(updated)s updated; nothing was written.")
        else:
            summary = _("Import finished: %(created)s objects created, %(updated)s updated, %(unchanged)s unchanged.")
        self.stdout.write(
            self.style.SUCCESS(
                summary
                % {
                    "created": report.total("created"),
                    "updated": report.total("updated"),
                    "unchanged": report.total("unchanged"),
                }
            )
        )
        if report.skipped:
            self.stdout.write(
                self.style.WARNING(
                    _("%(count)s rows were skipped: see the list above.") % {"count": len(report.skipped)}
                )
            )
        if report.unmapped_addresses:
            self.stdout.write(
                self.style.WARNING(
                    _("%(count)s old addresses could not be redirected: see the list above.")
                    % {"count": len(report.unmapped_addresses)}
                )
            )
