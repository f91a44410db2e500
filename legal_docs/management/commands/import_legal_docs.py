from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from legal_docs.importing import ImportFileError, LegalDocumentImporter, read_rows
from legal_docs.models import LegalDocumentIndexPage


class Command(BaseCommand):
    help = (
        "Import legal documents from a .csv or .xlsx file, all or nothing: when any row is refused, "
        "nothing is imported and every refused row is reported with its reasons."
    )
    leave_locale_alone = True

    def add_arguments(self, parser):
        parser.add_argument("file", help="The spreadsheet: first row headers (Số ký hiệu, Trích yếu, …).")
        parser.add_argument("--index", type=int, help="Id of the legal document index page to import under.")
        parser.add_argument(
            "--files-dir", help="Where the attachment paths in “Tệp đính kèm” start (default: the file's folder)."
        )
        parser.add_argument(
            "--skip-existing", action="store_true", help="Skip rows whose number the issuer already has."
        )
        parser.add_argument("--dry-run", action="store_true", help="Check every row and report; import nothing.")

    def handle(self, *args, **options):
        with translation.override(settings.LANGUAGE_CODE):
            self._import(options)

    def _import(self, options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("“%(path)s” does not exist.") % {"path": path})
        index_page = self._index_page(options["index"])
        try:
            rows = read_rows(path)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        importer = LegalDocumentImporter(
            index_page, options["files_dir"] or path.parent, skip_existing=options["skip_existing"]
        )
        report = importer.run(rows, dry_run=options["dry_run"])
        for number in report.skipped:
            self.stdout.write(_("Skipped %(number)s: already on the portal.") % {"number": number})
        if not report.ok:
            for row in report.rejected:
                self.stderr.write(str(row))
            raise CommandError(
                _("Nothing was imported: %(rejected)s of %(total)s rows were refused. Correct them and run again.")
                % {"rejected": len(report.rejected), "total": len(rows)}
            )
        if report.new_signers:
            self.stdout.write(_("New signers: %(names)s.") % {"names": ", ".join(report.new_signers)})
        message = (
            _("Checked: %(count)s documents would be imported.")
            if options["dry_run"]
            else _("Imported %(count)s documents under “%(index)s”.")
        )
        self.stdout.write(self.style.SUCCESS(message % {"count": len(report.created), "index": index_page.title}))

    @staticmethod
    def _index_page(index_id):
        indexes = LegalDocumentIndexPage.objects.all()
        if index_id is not None:
            indexes = indexes.filter(pk=index_id)
        found = list(indexes[:2])
        if not found:
            raise CommandError(_("There is no legal document index page to import under: create one first."))
        if len(found) > 1:
            raise CommandError(_("There are several legal document index pages: choose one with --index ID."))
        return found[0]
