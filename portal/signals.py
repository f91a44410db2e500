from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction, Site

from .fragments import invalidate_on_change
from .models import PartnerLink, SiteSettings

# Privacy and site changes alter every menu and list; partner links and settings are on every page.
invalidate_on_change(PartnerLink, SiteSettings, PageViewRestriction, Site)
# Pages show documents (blocks, legal documents' files) only while their collection is public
# (portal/privacy.py): a document, a collection or a collection's restriction changing changes them.
invalidate_on_change(get_document_model(), Collection, CollectionViewRestriction)
