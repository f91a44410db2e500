"""State shared by the module importers: the source, the stored ids, the report, the files."""

import hashlib
import json
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail.contrib.redirects.models import Redirect

from .addresses import SiteAddresses, normalise
from .models import ImportedObject
from .report import CREATED, UNCHANGED, UPDATED

# Raise it when a mapper changes what it makes of the same rows: every object is then updated once.
# 2: text decoded from NukeViet's escaping, counters left out of the checksums.
MAPPER_VERSION = 2
REDIRECT_BATCH = 500


class SkipRow(Exception):
    """This row cannot be imported; the message says why, for the report."""


def checksum(*parts):
    data = json.dumps([MAPPER_VERSION, *parts], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def error_messages(error, model=None):
    """An error as the report shows it: each message with the field it is about, named as editors know it."""
    if isinstance(error, ValidationError):
        if hasattr(error, "error_dict"):
            labels = {field.name: str(field.verbose_name) for field in model._meta.fields} if model else {}
            return [
                message if name == "__all__" else f"{capfirst(labels.get(name, name))}: {message}"
                for name, messages in error.message_dict.items()
                for message in messages
            ]
        return error.messages
    return [str(error) or error.__class__.__name__]


class ImportContext:
    def __init__(
        self,
        reader,
        report,
        upload_dir=None,
        dry_run=False,
        news_module="news",
        laws_module="laws",
        addresses=None,
        fetch_remote=True,
    ):
        self.reader = reader
        self.addresses = addresses or SiteAddresses(lang=reader.lang)
        self.fetch_remote = fetch_remote
        self.source = reader.source_label
        self.lang = reader.lang
        self.report = report
        self.upload_dir = Path(upload_dir).resolve() if upload_dir else None
        self.dry_run = dry_run
        self.news_module = news_module
        self.laws_module = laws_module
        self._records = {}
        # Files read in this run, by path under the upload folder: one import per file.
        self.files = {}
        # What became of each file, counted once at the end however many rows use it.
        self.file_outcomes = {}
        # Files already reported as unusable: one line in the report each.
        self.refused_files = set()
        # Old address (as Redirect stores it) → (page id, link): written together at the end.
        self.redirects = {}
        # Old addresses of pages the old site did not show (drafts, scheduled, expired): no
        # redirect may reveal where they went; one left by an earlier import is removed.
        self.withheld = set()
        # What the row being imported adds; kept only when the row commits.
        self._row = None

    # Stored ids ---------------------------------------------------------------------------

    def _load(self, kind):
        if kind not in self._records:
            self._records[kind] = {
                record.source_id: record
                for record in ImportedObject.objects.filter(source_database=self.source, kind=kind).select_related(
                    "content_type"
                )
            }
        return self._records[kind]

    def record(self, kind, source_id):
        return self._load(kind).get(str(source_id))

    def target(self, kind, source_id, model=None):
        """The object a row became, or None when it was never imported or has been deleted since."""
        record = self.record(kind, source_id)
        if record is None:
            return None
        model = model or record.content_type.model_class()
        return model._default_manager.filter(pk=record.object_id).first()

    def remember(self, kind, source_id, obj, digest, counts=None):
        records = self._load(kind)
        record = records.get(str(source_id))
        content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        if record is None:
            record = ImportedObject(source_database=self.source, kind=kind, source_id=str(source_id))
        record.content_type = content_type
        record.object_id = str(obj.pk)
        record.checksum = digest
        if counts is not None:
            record.counts = counts
        record.save()
        records[str(source_id)] = record
        return record

    def forget_unsaved(self):
        """A row's savepoint was rolled back, with any record it wrote: read them again when needed."""
        self._records = {}
        self.files = {}

    def file_outcome(self, kind, relative, outcome):
        target = self._row["file_outcomes"] if self._row is not None else self.file_outcomes
        target[(kind, relative)] = outcome

    def stored_file(self, field_file):
        """A file written to media storage by this row: removed again if the row is rolled back."""
        if self._row is not None:
            self._row["files"].append((field_file.storage, field_file.name))

    # Old addresses ------------------------------------------------------------------------

    def redirect(self, addresses, page=None, link=None):
        """Old addresses that lead to `page` (followed if it moves) or to `link`."""
        target = (page.pk if page is not None else None, "" if page is not None else link)
        new_url = normalise(page.url) if page is not None and page.url else normalise(link or "/")
        wanted = self._row["redirects"] if self._row is not None else self.redirects
        for address in dict.fromkeys(addresses):
            old_path = normalise(address)
            if old_path == new_url:
                continue  # the new page answers at the old address itself
            if len(old_path) > 255:
                self.report.unmapped(address, _("the old address is longer than 255 characters"))
                continue
            wanted.setdefault(old_path, target)

    def withhold(self, addresses):
        """Old addresses NukeViet answered 404 (a page not public there): none redirects."""
        wanted = self._row["withheld"] if self._row is not None else self.withheld
        wanted.update(normalise(address) for address in addresses)

    def resolve(self, address):
        """(page id, link) an old address already redirects to, or None."""
        old_path = normalise(address)
        found = self.redirects.get(old_path)
        if found is None and self._row is not None:
            found = self._row["redirects"].get(old_path)
        if found is None and "?" in old_path:
            # NukeViet ignores parameters it does not know (a `&page=`, a tracking tag).
            return None
        return found

    def write_redirects(self):
        wanted = self.redirects
        paths = list(wanted)
        existing = {}
        for start in range(0, len(paths), REDIRECT_BATCH):
            chunk = paths[start : start + REDIRECT_BATCH]
            existing.update({r.old_path: r for r in Redirect.objects.filter(site=None, old_path__in=chunk)})
        new, changed = [], []
        for old_path, (page_id, link) in wanted.items():
            redirect = existing.get(old_path)
            if redirect is None:
                new.append(
                    Redirect(
                        old_path=old_path, site=None, redirect_page_id=page_id, redirect_link=link, is_permanent=True
                    )
                )
                self.report.count("redirect", CREATED)
            elif (redirect.redirect_page_id, redirect.redirect_link, redirect.is_permanent) == (page_id, link, True):
                self.report.count("redirect", UNCHANGED)
            else:
                redirect.redirect_page_id, redirect.redirect_link, redirect.is_permanent = page_id, link, True
                changed.append(redirect)
                self.report.count("redirect", UPDATED)
        hidden = sorted(self.withheld - set(wanted))
        for start in range(0, len(hidden), REDIRECT_BATCH):
            Redirect.objects.filter(site=None, old_path__in=hidden[start : start + REDIRECT_BATCH]).delete()
        Redirect.objects.bulk_create(new, batch_size=REDIRECT_BATCH)
        Redirect.objects.bulk_update(
            changed, ["redirect_page", "redirect_link", "is_permanent"], batch_size=REDIRECT_BATCH
        )

    def finish(self):
        with transaction.atomic():
            self.write_redirects()
        for (kind, _relative), outcome in self.file_outcomes.items():
            self.report.count(kind, outcome)
        self.file_outcomes = {}

    # Rows ---------------------------------------------------------------------------------

    def sync(self, kind, source_id, digest, create, update, model=None):
        """Create the object a row becomes, update it when the row changed, or leave it.

        Returns (outcome, object); `create()` and `update(obj)` return the saved object.
        """
        record = self.record(kind, source_id)
        existing = self.target(kind, source_id, model) if record else None
        if existing is not None and record.checksum == digest:
            return UNCHANGED, existing
        try:
            if existing is None:
                obj, outcome = create(), CREATED
            else:
                obj, outcome = update(existing), UPDATED
        except ValidationError as error:
            raise SkipRow("; ".join(error_messages(error, model))) from error
        self.remember(kind, source_id, obj, digest)
        return outcome, obj

    def run_row(self, kind, source_id, label, handler):
        """Import one row behind its own savepoint: a bad row is reported and leaves nothing behind,
        neither objects nor files in media storage nor counts in the report."""
        outer, self._row = self._row, {"redirects": {}, "files": [], "file_outcomes": {}, "withheld": set()}
        try:
            with transaction.atomic():
                outcome = handler()
        except Exception as error:  # a migration goes on past any single bad row
            row, self._row = self._row, outer
            self._discard(row)
            if isinstance(error, (SkipRow, ValidationError, ValueError, OSError)):
                reasons = error_messages(error)
            else:
                reasons = [f"{error.__class__.__name__}: {error}"]
            self.report.skip(kind, source_id, label, reasons)
            return None
        row, self._row = self._row, outer
        self._keep(row)
        if outcome:
            self.report.count(kind, outcome)
        return outcome

    def _keep(self, row):
        if self._row is not None:  # a row inside a row: its parent decides
            for key in ("redirects", "file_outcomes"):
                self._row[key].update(row[key])
            self._row["files"] += row["files"]
            self._row["withheld"] |= row["withheld"]
            return
        for old_path, target in row["redirects"].items():
            self.redirects.setdefault(old_path, target)
        self.withheld |= row["withheld"]
        self.file_outcomes.update(row["file_outcomes"])

    def _discard(self, row):
        self.forget_unsaved()
        for storage, name in row["files"]:
            storage.delete(name)


__all__ = ["CREATED", "UNCHANGED", "UPDATED", "ImportContext", "SkipRow", "checksum"]
