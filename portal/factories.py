import factory
from factory.django import DjangoModelFactory

from wagtail.models import Site

from .models import PartnerLink, SiteSettings


class SiteSettingsFactory(DjangoModelFactory):
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    office_name = factory.Faker("company", locale="vi_VN")
    editor_in_chief = factory.Faker("name", locale="vi_VN")
    deputy_editor = factory.Faker("name", locale="vi_VN")
    address = factory.Faker("address", locale="vi_VN")
    phone = factory.Faker("phone_number", locale="vi_VN")
    email = factory.Faker("email")

    class Meta:
        model = SiteSettings
        django_get_or_create = ["site"]


class PartnerLinkFactory(DjangoModelFactory):
    title = factory.Faker("company", locale="vi_VN")
    url = factory.Faker("url")
    sort_order = factory.Sequence(int)

    class Meta:
        model = PartnerLink
