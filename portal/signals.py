from django.db.models.signals import post_delete, post_save, pre_save

from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction, Site
from wagtail.signals import post_page_move

from .caching.version import bump_content_version, invalidate_on_change, page_changed
from .models import PartnerLink, SiteSettings
from .slugs import give_new_tags_ascii_slugs


def connect(app_config):
    """Receivers are connected here, from each app's `AppConfig.ready()`, and nowhere else."""
    post_save.connect(page_changed, dispatch_uid="fragments-page-saved")
    post_delete.connect(page_changed, dispatch_uid="fragments-page-deleted")
    post_page_move.connect(bump_content_version, dispatch_uid="fragments-moved")
    # Privacy and site changes alter every menu and list; partner links and settings are on every page.
    invalidate_on_change(PartnerLink, SiteSettings, PageViewRestriction, Site)
    # Pages show documents (blocks, legal documents' files) only while their collection is public
    # (portal/privacy.py): a document, a collection or a collection's restriction changing changes them.
    invalidate_on_change(get_document_model(), Collection, CollectionViewRestriction)
    # ASCII addresses for new tags, as for pages (issue 26).
    pre_save.connect(give_new_tags_ascii_slugs, sender=Tag, dispatch_uid="portal-tag-ascii-slug")
