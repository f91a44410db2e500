"""Uploads written to storage while their form is validated (documents, images, songs).

Kept apart from portal.uploads, which needs Wagtail's admin forms: songs' model module imports
its form, and with it this mixin, while the models are still loading.
"""

import logging
import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


class StoredUploadMixin:
    """Store the form's upload (`stored_field`) while the form is validated, once everything else
    about it is valid: a full disk or an unreachable storage is then a form error, in Vietnamese,
    with no database row and no partly written file left (issue 18 for images and songs)."""

    stored_field = "file"

    def _post_clean(self):
        file_errors = self._errors.get(self.stored_field)
        file_errors = file_errors.copy() if file_errors else None
        super()._post_clean()
        if file_errors:
            # Wagtail's Document.clean() then checks the extension of the file the form refused,
            # which is none ("File extension “” is not allowed"): the first reason is enough.
            self._errors[self.stored_field] = file_errors
            return
        if self._errors or self.stored_field not in self.changed_data:
            return
        upload = self.cleaned_data.get(self.stored_field)
        if upload:
            self._store(upload)

    def _store(self, upload):
        """Write the upload to storage now; on failure leave nothing behind and say so."""
        field_file = getattr(self.instance, self.stored_field)
        field, storage = field_file.field, field_file.storage
        # The name the storage will use (it keeps a free name as it is), known beforehand so a
        # partly written file can be removed: Django's storage leaves it when a write fails.
        name = storage.get_available_name(
            field.generate_filename(self.instance, os.path.basename(upload.name)), max_length=field.max_length
        )
        try:
            # Under exactly that name: a storage that adds a random part to each new name
            # (portal.storage, for documents) must not pick another one here.
            stored = storage.save(name, upload, max_length=field.max_length)
        except OSError as error:
            logger.error("Could not store the uploaded file %s: %s", name, error)
            self._remove_partial(storage, name)
            setattr(self.instance, self.stored_field, None)
            self.add_error(
                self.stored_field,
                ValidationError(
                    _(
                        "“%(name)s” could not be saved: the server has no space left for files, or its file "
                        "storage is not available. Nothing was uploaded. Please tell the site administrator."
                    )
                    % {"name": os.path.basename(upload.name)},
                    code="storage_failed",
                ),
            )
            return
        setattr(self.instance, self.stored_field, stored)
        # Stored; Wagtail then reads the size, hash and dimensions through the field's file: let
        # that be the upload, which Django closes after the request, not a new handle on the copy.
        getattr(self.instance, self.stored_field).file = upload

    @staticmethod
    def _remove_partial(storage, name):
        try:
            if storage.exists(name):
                storage.delete(name)
        except OSError as error:
            logger.error("Could not remove the partly written file %s: %s", name, error)
