from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the header and footer show: the office behind the portal and its editors."""

    office_name = models.CharField(
        _("office name"),
        max_length=255,
        help_text=_("Shown in capitals at the top of the footer, e.g. the coordination office's full name."),
    )
    tagline = models.CharField(
        _("tagline"), max_length=255, blank=True, help_text=_("A short line under the site name in the header.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editor_in_chief = models.CharField(
        _("editor-in-chief"),
        max_length=255,
        blank=True,
        help_text=_("Name and position, e.g. “Nguyễn Văn Việt - Chánh Văn phòng”."),
    )
    deputy_editor = models.CharField(_("deputy editor-in-chief"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=100, blank=True)
    fax = models.CharField(_("fax"), max_length=100, blank=True)
    email = models.EmailField(_("email"), blank=True)
    licence = models.CharField(
        _("licence"),
        max_length=255,
        blank=True,
        help_text=_(
            "The portal's licence, e.g. “Giấy phép số 12/GP-STTTT ngày 05/03/2024 của Sở Thông tin và Truyền thông”."
        ),
    )
    legal_notice = models.CharField(
        _("legal notice"),
        max_length=255,
        blank=True,
        help_text=_("The last line of the footer, e.g. “Ghi rõ nguồn khi phát hành lại thông tin từ cổng này”."),
    )

    select_related = ["logo"]

    panels = [
        MultiFieldPanel(
            [FieldPanel("office_name"), FieldPanel("tagline"), FieldPanel("logo")],
            heading=_("Office"),
        ),
        MultiFieldPanel(
            [FieldPanel("editor_in_chief"), FieldPanel("deputy_editor")],
            heading=_("Editorial board"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]), FieldPanel("email")],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel("licence"), FieldPanel("legal_notice")], heading=_("Licence")),
    ]

    class Meta:
        verbose_name = _("site settings")

    def __str__(self):
        return self.office_name


class PartnerLinkQuerySet(models.QuerySet):
    def shown_on(self, day):
        """The links whose optional date window (`shown_from`–`shown_until`, both days included) holds `day`."""
        return self.filter(
            Q(shown_from__isnull=True) | Q(shown_from__lte=day),
            Q(shown_until__isnull=True) | Q(shown_until__gte=day),
        )


class PartnerLink(Orderable):
    """A link to another agency's site, shown in the sidebar as the old portal did."""

    title = models.CharField(_("title"), max_length=255)
    url = models.URLField(_("address (URL)"), max_length=500)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo or QR code"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Shown above the title, e.g. the agency's logo or a QR code of its address."),
    )
    shown_from = models.DateField(
        _("shown from"), null=True, blank=True, help_text=_("Optional. The first day the link is shown.")
    )
    shown_until = models.DateField(
        _("shown until"), null=True, blank=True, help_text=_("Optional. The last day the link is shown.")
    )

    objects = PartnerLinkQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("url"),
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("shown_from"), FieldPanel("shown_until")], heading=_("When it is shown")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("partner link")
        verbose_name_plural = _("partner links")

    def __str__(self):
        return self.title

    def is_shown_on(self, day):
        return (self.shown_from is None or self.shown_from <= day) and (
            self.shown_until is None or day <= self.shown_until
        )

    def clean(self):
        super().clean()
        if self.shown_from and self.shown_until and self.shown_until < self.shown_from:
            raise ValidationError({"shown_until": _("The last day cannot be before the first day.")})
