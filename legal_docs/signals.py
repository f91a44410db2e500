from django.db.models.signals import post_delete, post_save

from portal.fragments import bump_content_version, invalidate_on_change

from .models import CommentStatus, DocumentType, DraftComment, Issuer, Sector, Signer


def _comment_changed(sender, instance, **kwargs):
    # A moderator's decision can change a page; a pending comment (every visitor's post) cannot.
    if instance.status != CommentStatus.PENDING or kwargs.get("signal") is post_delete:
        bump_content_version()


def connect():
    # Filter choices and detail pages show these by name.
    invalidate_on_change(DocumentType, Issuer, Sector, Signer)
    post_save.connect(_comment_changed, sender=DraftComment, dispatch_uid="legal-docs-comment-saved")
    post_delete.connect(_comment_changed, sender=DraftComment, dispatch_uid="legal-docs-comment-deleted")
