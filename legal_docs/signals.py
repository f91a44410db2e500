from django.db.models.signals import post_delete, post_migrate, post_save

from wagtail.search.backends import get_search_backend

from portal.caching.version import bump_content_version, invalidate_on_change

from .models import CommentStatus, DocumentType, DraftComment, Issuer, Sector, Signer


def _comment_changed(sender, instance, **kwargs):
    # A moderator's decision can change a page; a pending comment (every visitor's post) cannot.
    if instance.status != CommentStatus.PENDING or kwargs.get("signal") is post_delete:
        bump_content_version()


def index_document_types(sender, using, **kwargs):
    """The document types migration 0002 seeded were saved without signals, so the search
    behind the admin's choosers could not find them. Indexing all of them is idempotent."""
    types = list(DocumentType.objects.using(using))
    if types:
        get_search_backend().add_bulk(DocumentType, types)


def connect(app_config):
    # Filter choices and detail pages show these by name.
    invalidate_on_change(DocumentType, Issuer, Sector, Signer)
    post_save.connect(_comment_changed, sender=DraftComment, dispatch_uid="legal-docs-comment-saved")
    post_delete.connect(_comment_changed, sender=DraftComment, dispatch_uid="legal-docs-comment-deleted")
    post_migrate.connect(index_document_types, sender=app_config, dispatch_uid="legal-docs-index-types")
