import factory

import wagtail_factories

from .models import Official, OrganisationPage


def _default_home():
    from wagtail.models import Locale

    from home.models import HomePage

    return HomePage.objects.filter(locale=Locale.get_default()).first()


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = "Cơ cấu tổ chức"
    intro = factory.Faker("sentence", locale="vi_VN")
    address = factory.Faker("address", locale="vi_VN")
    phone = factory.Faker("numerify", text="0239#######")
    email = factory.Faker("email")

    class Meta:
        model = OrganisationPage


class OfficialFactory(factory.django.DjangoModelFactory):
    page = factory.LazyFunction(lambda: OrganisationPageFactory(parent=_default_home()))
    name = factory.Faker("name", locale="vi_VN")
    position = "Chuyên viên"
    unit = "Văn phòng Điều phối"
    phone = factory.Faker("numerify", text="09########")
    email = factory.Faker("email")

    class Meta:
        model = Official
