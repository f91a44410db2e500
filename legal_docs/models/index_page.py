from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page

from portal.search_index import FoldedSearchMixin
from portal.slugs import AsciiSlugMixin


class LegalDocumentIndexPage(AsciiSlugMixin, FoldedSearchMixin, Page):
    """“Văn bản ban hành”: every document under it, filtered, searched and paginated."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences above the list."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["legal_docs.LegalDocumentPage"]

    class Meta:
        verbose_name = _("legal document index")
        verbose_name_plural = _("legal document indexes")
