from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db.models.signals import post_delete, post_save

from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .models import LegalDocumentPage

SIDEBAR_FRAGMENT = "legal_docs_latest"


def forget_sidebar(**kwargs):
    cache.delete(make_template_fragment_key(SIDEBAR_FRAGMENT))


def connect():
    for signal in (page_published, page_unpublished, post_delete, page_slug_changed):
        signal.connect(forget_sidebar, sender=LegalDocumentPage, dispatch_uid=f"legal_docs_sidebar_{id(signal)}")
    # Moving a document or restricting a section changes links and visibility of any page.
    post_page_move.connect(forget_sidebar, dispatch_uid="legal_docs_sidebar_move")
    for signal in (post_save, post_delete):
        signal.connect(forget_sidebar, sender=PageViewRestriction, dispatch_uid=f"legal_docs_sidebar_pvr_{id(signal)}")
