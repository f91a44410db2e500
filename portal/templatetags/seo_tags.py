"""What search engines and social networks read in a page's head, and the language switch.

Everything here comes from live, public pages and the office's public settings; previews
compute it afresh and never store it, so a draft's words never reach the shared cache.
"""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language

from wagtail.models import Page, Site

from portal.caching.fragments import cached
from portal.pages import exclude_private
from portal.structured_data import office_data

register = template.Library()

DESCRIPTION_LENGTH = 200
# Open Graph wants JPEG or PNG at about 1.91:1; WebP is not read by every network.
SOCIAL_IMAGE_RENDITION = "fill-1200x630|format-jpeg|jpegquality-80"
# Fields a page may have that say what it is about, best first.
DESCRIPTION_FIELDS = ("search_description", "lead", "summary", "intro")
OG_LOCALES = {"vi": "vi_VN", "en": "en_GB"}
# Inside <script>, these could end the element or start a comment (as Django's json_script).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_for_script(data):
    """JSON safe to put inside a <script> element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 (escaped above)


def language_names():
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES)


def _is_preview(request):
    return bool(getattr(request, "is_preview", False))


def _description(page):
    for name in DESCRIPTION_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            text = " ".join(strip_tags(value).split())
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""


def _locale_homes(site):
    """Each content language's home page URL: the site root and its live translations."""
    roots = exclude_private(site.root_page.get_translations(inclusive=True).live()).select_related("locale")
    return {root.locale.language_code: root.get_url() for root in roots}


def _translations(page, request):
    """{language: (URL, absolute URL)} of the live, public translations of a page, itself included."""
    pages = exclude_private(page.get_translations(inclusive=True).live()).select_related("locale")
    return {
        translation.locale.language_code: (translation.get_url(request), translation.get_full_url(request))
        for translation in pages
    }


def page_translations(page, request):
    if not isinstance(page, Page) or page.pk is None:
        return {}
    if _is_preview(request):
        return _translations(page, request)
    return cached("translations", page.pk, request.get_host(), compute=lambda: _translations(page, request))


def locale_homes(request):
    site = Site.find_for_request(request)
    return cached("locale-homes", site.pk, compute=lambda: _locale_homes(site)) if site else {}


@register.simple_tag(takes_context=True)
def home_url(context):
    """The home page in the language of the current page."""
    return locale_homes(context["request"]).get(get_language(), "/")


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to this page in the other languages, or to their home page when it has no
    translation: plain links, so the switch works without JavaScript."""
    request = context["request"]
    homes = locale_homes(request)
    translations = page_translations(context.get("page"), request)
    current = get_language()
    links = []
    for code, name in language_names().items():
        url = translations[code][0] if code in translations else homes.get(code)
        if url or code == current:
            links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"languages": links if len(links) > 1 else []}


def _image(image, request, alt=""):
    if image is None:
        return None
    rendition = image.get_rendition(SOCIAL_IMAGE_RENDITION)
    url = rendition.url
    if not url.startswith(("http://", "https://")):  # local media; S3 gives absolute URLs
        url = request.build_absolute_uri(url)
    return {"url": url, "width": rendition.width, "height": rendition.height, "alt": alt}


def _page_seo(page, request, office):
    url = page.get_full_url(request)
    description = _description(page)
    image = _image(getattr(page, "featured_image", None), request, getattr(page, "featured_image_caption", ""))
    if image is None and office is not None and office.logo_id:
        image = _image(office.logo, request, office.office_name)
    structured = None
    if hasattr(page, "structured_data"):
        structured = page.structured_data(office=office, url=url, description=description, image=image)
    elif page.depth == 2:
        structured = office_data(office, url)
    og_type = getattr(page, "og_type", "website")
    return {
        "title": page.seo_title or page.title,
        "description": description,
        "canonical": url,
        "type": og_type,
        "published": getattr(page, "published_at", None) if og_type == "article" else None,
        "image": image,
        "structured_data": json.dumps(structured, cls=DjangoJSONEncoder) if structured else "",
    }


@register.simple_tag(takes_context=True)
def page_seo(context, office=None):
    """Title, description, canonical URL, social image, hreflang alternates and JSON-LD."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return None
    if _is_preview(request):
        seo = _page_seo(page, request, office)
    else:
        key = (page.pk, get_language(), request.get_host())
        seo = cached("seo", *key, compute=lambda: _page_seo(page, request, office))
    seo = dict(seo)
    if seo["structured_data"]:
        seo["structured_data"] = json_for_script(json.loads(seo["structured_data"]))
    current = get_language()
    seo["locale"] = OG_LOCALES.get(current, current)
    seo["other_locales"] = [OG_LOCALES.get(code, code) for code in language_names() if code != current]
    translations = page_translations(page, request)
    if len(translations) > 1:
        default = settings.LANGUAGE_CODE
        seo["alternates"] = [{"language": code, "url": urls[1]} for code, urls in translations.items()]
        if default in translations:
            seo["alternates"].append({"language": "x-default", "url": translations[default][1]})
    return seo
