from wagtail.models import PageViewRestriction, Site

from .fragments import invalidate_on_change
from .models import PartnerLink, SiteSettings

# Privacy and site changes alter every menu and list; partner links and settings are on every page.
invalidate_on_change(PartnerLink, SiteSettings, PageViewRestriction, Site)
