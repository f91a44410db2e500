import pytest
from bs4 import BeautifulSoup

from wagtail.models import Locale

from home.factories import StandardPageFactory
from organisation.factories import OfficialFactory, OrganisationPageFactory


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


def translate(page, locale, **fields):
    translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()  # publishing saved another instance
    return translation


@pytest.fixture
def two_languages(home_page, english):
    """Vietnamese home with an organisation page (in the menu) and an untranslated page, and
    the English home with the organisation page's translation."""
    organisation = OrganisationPageFactory(
        parent=home_page, title="Cơ cấu tổ chức", slug="co-cau-to-chuc", show_in_menus=True
    )
    OfficialFactory(page=organisation, name="Nguyễn Văn Việt", position="Chánh Văn phòng")
    about = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu", show_in_menus=True)
    home_en = translate(home_page, english, title="Home", slug="home-en")
    organisation_en = translate(organisation, english, title="Organisation", slug="organisation")
    return {
        "home": home_page,
        "organisation": organisation,
        "about": about,
        "home_en": home_en,
        "organisation_en": organisation_en,
    }
