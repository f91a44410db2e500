from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import ContentStreamBlock
from portal.pages import route_in_one_query
from portal.search_index import FoldedSearchMixin
from portal.slugs import AsciiSlugMixin


class HomePage(AsciiSlugMixin, FoldedSearchMixin, Page):
    """The front page: an introduction and editable content; the widgets come from the sidebar."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short welcome shown above the home page content."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def route(self, request, path_components):
        if path_components:
            return route_in_one_query(self, request, path_components)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        """The sections the apps add through the `home_page_sections` hook, in hook order: each
        hook takes the request and returns a dict with the `template` to include and its context
        (news: the latest articles), or None to show nothing."""
        context = super().get_context(request, *args, **kwargs)
        sections = (section_for(request) for section_for in hooks.get_hooks("home_page_sections"))
        context["sections"] = [section for section in sections if section]
        return context

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(AsciiSlugMixin, FoldedSearchMixin, Page):
    """A fixed page such as “Giới thiệu” or “Liên hệ”: an introduction and free content."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences shown in bold."))
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
