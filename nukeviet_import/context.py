"""State shared by the module importers: the source, the stored ids, the report, the files."""

import hashlib
import json
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import capfirst

from .models import ImportedObject
from .report import CREATED, UNCHANGED, UPDATED

# Raise it when a mapper changes what it makes of the same rows: every object is then updated once.
MAPPER_VERSION = 1


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
    def __init__(self, reader, report, upload_dir=None, dry_run=False, news_module="news", laws_module="laws"):
        self.reader = reader
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
        self.file_outcomes[(kind, relative)] = outcome

    def finish(self):
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
        """Import one row behind its own savepoint: a bad row is reported and leaves nothing behind."""
        try:
            with transaction.atomic():
                outcome = handler()
        except (SkipRow, ValidationError, ValueError, OSError) as error:
            self.forget_unsaved()
            self.report.skip(kind, source_id, label, error_messages(error))
            return None
        except Exception as error:  # a migration goes on past any single bad row
            self.forget_unsaved()
            self.report.skip(kind, source_id, label, [f"{error.__class__.__name__}: {error}"])
            return None
        if outcome:
            self.report.count(kind, outcome)
        return outcome


__all__ = ["CREATED", "UNCHANGED", "UPDATED", "ImportContext", "SkipRow", "checksum"]
