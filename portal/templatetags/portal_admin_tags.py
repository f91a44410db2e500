"""Template tags of the portal's overrides of Wagtail admin templates."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def admin_site_name():
    """The portal's name as the admin shows it (WAGTAIL_SITE_NAME), e.g. on the login page."""
    return settings.WAGTAIL_SITE_NAME
