import factory

import wagtail_factories

from .models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Trang chủ"
    intro = "<p>Chào mừng đến với Cổng thông tin Nông thôn mới.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=3, locale="vi_VN")
    intro = factory.Faker("sentence", locale="vi_VN")

    class Meta:
        model = StandardPage
