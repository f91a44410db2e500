"""The office's organisation page: functions and duties, and its officials' contacts
(Decree 42/2022/NĐ-CP, Art. 7), as a page and through the API."""

from rest_framework.fields import Field

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.blocks import ContentStreamBlock
from portal.images import image_api_representation
from portal.search_index import FoldedSearchMixin
from portal.slugs import AsciiSlugMixin
from portal.structured_data import postal_address, without_empty

# Officials' photos: small portraits, the same size on the page and in the API.
PORTRAIT_RENDITION = "fill-160x200|format-webp"


class OfficialsField(Field):
    """The officials in their order, each photo as a ready rendition."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, officials):
        return [
            {
                "name": official.name,
                "position": official.position,
                "unit": official.unit,
                "phone": official.phone,
                "email": official.email,
                "photo": image_api_representation(official.photo, PORTRAIT_RENDITION, alt=""),
            }
            for official in officials.all()
        ]


class OrganisationPage(AsciiSlugMixin, FoldedSearchMixin, Page):
    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences shown in bold."))
    functions = StreamField(ContentStreamBlock(), verbose_name=_("functions and duties"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("functions"),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")], heading=_("Office contact")),
        InlinePanel("officials", heading=_("Officials"), label=_("official")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("functions"),
        index.RelatedFields("officials", [index.SearchField("name"), index.SearchField("position")]),
    ]
    api_fields = [
        APIField("intro"),
        APIField("functions"),
        APIField("address"),
        APIField("phone"),
        APIField("email"),
        APIField("officials", serializer=OfficialsField()),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]
    # One per home page, so one per language.
    max_count_per_parent = 1

    @classmethod
    def api_queryset(cls, queryset):
        return queryset.prefetch_related("officials__photo__renditions")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["officials"] = self.officials.select_related("photo").prefetch_related("photo__renditions")
        return context

    def structured_data(self, *, office, url, description, image):
        return without_empty(
            {
                "@context": "https://schema.org",
                "@type": "GovernmentOrganization",
                "name": office.office_name if office and office.office_name else self.title,
                "url": url,
                "description": description,
                "address": postal_address(self.address),
                "telephone": self.phone,
                "email": self.email,
                "employee": [
                    {"@type": "Person", "name": official.name, "jobTitle": official.position}
                    for official in self.officials.all()
                ],
            }
        )

    class Meta:
        verbose_name = _("organisation page")
        verbose_name_plural = _("organisation pages")


class Official(Orderable):
    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="officials")
    name = models.CharField(_("full name"), max_length=255)
    position = models.CharField(_("position"), max_length=255)
    unit = models.CharField(_("unit"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("unit"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("photo"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("official")
        verbose_name_plural = _("officials")

    def __str__(self):
        return f"{self.name} – {self.position}"
