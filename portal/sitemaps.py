"""sitemap.xml: every live, public page of the site, in every content language."""

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from .pages import exclude_private


class PortalSitemap(Sitemap):
    """Wagtail's sitemap walks the default site root only; with translations, each language
    has its own root (the English home), so every translation of the root is walked. Pages
    that exist in several languages name each other (`hreflang` alternates)."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = Q()
        for root in roots:
            under_a_root |= Q(path__startswith=root.path)
        pages = Page.objects.live().filter(under_a_root)
        return exclude_private(pages).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # Wagtail's own loop, remembering which page each address belongs to.
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        urls, keys, last_mods = [], [], set()
        for item in self.paginator.page(page).object_list.iterator():
            for url_info in item.get_sitemap_urls(self.request):
                urls.append(url_info)
                keys.append((item.translation_key, languages[item.locale_id]))
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)

        by_key = {}
        for url_info, (key, language) in zip(urls, keys, strict=True):
            by_key.setdefault(key, []).append((language, url_info))
        for translations in by_key.values():
            if len(translations) > 1:
                alternates = [{"lang_code": language, "location": url["location"]} for language, url in translations]
                for _language, url in translations:
                    url["alternates"] = alternates
        return urls
