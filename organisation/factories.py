import factory

import wagtail_factories

from portal.demo_pages import site_root

from .models import Official, OrganisationPage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = "Cơ cấu tổ chức"
    intro = factory.Faker("sentence", locale="vi_VN")
    address = factory.Faker("address", locale="vi_VN")
    phone = factory.Faker("numerify", text="0239#######")
    email = factory.Faker("email")

    class Meta:
        model = OrganisationPage


class OfficialFactory(factory.django.DjangoModelFactory):
    page = factory.LazyFunction(lambda: OrganisationPageFactory(parent=site_root()))
    name = factory.Faker("name", locale="vi_VN")
    position = "Chuyên viên"
    unit = "Văn phòng Điều phối"
    phone = factory.Faker("numerify", text="09########")
    email = factory.Faker("email")

    class Meta:
        model = Official
