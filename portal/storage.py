"""Where uploaded files live: media in MEDIA_ROOT, documents outside it (issue 18).

The web server serves MEDIA_ROOT at /media/ to anyone. Documents may be in a private collection,
so they must never be there: their files live in PORTAL_DOCUMENTS_ROOT (by default a
`private-documents` folder next to MEDIA_ROOT), each under a random folder name, and are only
ever sent by Wagtail's document view, after its privacy check. Their names in the database keep
the `documents/` prefix Wagtail gives them; only where the bytes are differs.
"""

import contextlib
import os
import posixpath
import secrets
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils._os import safe_join

DOCUMENTS_PREFIX = "documents/"
# 96 random bits: the folder name cannot be guessed, and the file keeps its own name for downloads.
TOKEN_BYTES = 12


def documents_root():
    configured = settings.PORTAL_DOCUMENTS_ROOT
    if configured:
        return Path(configured)
    media = Path(settings.MEDIA_ROOT)
    return media.parent / "private-documents"


def is_document(name):
    return str(name).replace("\\", "/").startswith(DOCUMENTS_PREFIX)


class PortalMediaStorage(FileSystemStorage):
    """Django's file storage, with documents kept outside MEDIA_ROOT under unguessable names."""

    def path(self, name):
        if is_document(name):
            return safe_join(documents_root(), name)
        return super().path(name)

    def url(self, name):
        if is_document(name):
            # No public address: Wagtail's serve view (which checks privacy) falls back to
            # streaming the file when the storage has no URL for it.
            raise NotImplementedError("documents are served by Wagtail's document view only")
        return super().url(name)

    def generate_filename(self, filename):
        name = super().generate_filename(filename)
        if is_document(name):
            folder, base = posixpath.split(name.replace("\\", "/"))
            name = posixpath.join(folder, secrets.token_urlsafe(TOKEN_BYTES), base)
        return name

    def _save(self, name, content):
        saved = super()._save(name, content)
        if not is_document(name):
            return saved
        # FileSystemStorage gives the name relative to MEDIA_ROOT; a document's is relative to
        # the documents' root, like the name it was asked to save.
        full_path = os.path.normpath(os.path.join(self.location, saved))
        return os.path.relpath(full_path, documents_root()).replace(os.sep, "/")

    def _ensure_location_group_id(self, full_path):
        # Django gives a new file the group of MEDIA_ROOT; a document's is the documents' root.
        root = documents_root()
        if not Path(full_path).is_relative_to(root):
            return super()._ensure_location_group_id(full_path)
        if os.name == "posix" and os.stat(full_path).st_gid != os.stat(root).st_gid:
            with contextlib.suppress(PermissionError):
                os.chown(full_path, uid=-1, gid=os.stat(root).st_gid)


def move_documents_out_of_media(document_model, storage=None):
    """Move document files still in MEDIA_ROOT (stored before issue 18) to the documents' root,
    under a random folder, and rename them in the database. Returns how many were moved."""
    from django.core.files.storage import default_storage

    storage = storage or default_storage
    if not isinstance(storage, PortalMediaStorage):
        return 0
    moved = 0
    media_root = Path(settings.MEDIA_ROOT)
    for document in document_model.objects.exclude(file="").iterator():
        old_name = document.file.name
        old_path = media_root / old_name
        if not is_document(old_name) or not old_path.is_file():
            continue
        new_name = storage.generate_filename(posixpath.join("documents", posixpath.basename(old_name)))
        new_path = Path(storage.path(new_name))
        new_path.parent.mkdir(parents=True, exist_ok=True)
        if _same_device(old_path, new_path.parent):
            os.replace(old_path, new_path)
        else:
            _copy_then_remove(old_path, new_path)
        document_model.objects.filter(pk=document.pk).update(file=new_name)
        moved += 1
    return moved


def _same_device(path, folder):
    return os.stat(path).st_dev == os.stat(folder).st_dev


def _copy_then_remove(source, target):
    import shutil

    shutil.copy2(source, target)
    os.remove(source)
