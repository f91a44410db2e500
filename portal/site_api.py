from ninja import Router, Schema

from django.utils import timezone

from wagtail.models import Site

from .images import PARTNER_LINK_RENDITION, image_api_representation
from .models import PartnerLink, SiteSettings

router = Router(tags=["site"])


class PartnerLinkOut(Schema):
    title: str
    url: str
    image: dict | None


class FooterOut(Schema):
    office_name: str
    tagline: str
    editor_in_chief: str
    deputy_editor: str
    address: str
    phone: str
    email: str


class SiteOut(Schema):
    site_name: str
    footer: FooterOut
    partner_links: list[PartnerLinkOut]


@router.get("", response=SiteOut, summary="Site identity, footer and partner links")
def site_info(request):
    site = Site.find_for_request(request)
    site_settings = SiteSettings.for_site(site)
    links = PartnerLink.objects.shown_on(timezone.localdate()).select_related("image")
    return {
        "site_name": site.site_name if site else "",
        "footer": site_settings,
        "partner_links": [
            {
                "title": link.title,
                "url": link.url,
                "image": image_api_representation(link.image, PARTNER_LINK_RENDITION, alt=link.title),
            }
            for link in links
        ],
    }
