from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import PartnerLink


@receiver([post_save, post_delete], sender=PartnerLink)
def forget_partner_links(**kwargs):
    cache.delete(make_template_fragment_key("partner_links"))
