"""Images without real alt text: an article is not published while one of its images has none (the
alt text empty or a file name such as "IMG_2031"), its draft is still saved; the content checker of
the editor and of the userbar has a rule for it."""

import json
import re

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage
from portal.alt_text import ALT_TEXT_RULE, FILE_NAME_PATTERN, is_real_alt_text, looks_like_file_name

pytestmark = pytest.mark.django_db

NO_ALT_TEXT = "chưa có văn bản thay thế thực sự"
NO_DESCRIPTION = "chưa có mô tả thực sự"
ALT_TEXT = "Lãnh đạo tỉnh trao bằng công nhận xã đạt chuẩn nông thôn mới"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def article(home_page):
    category = NewsIndexPageFactory(parent=home_page, title="Tin tức", slug="tin-tuc")
    return NewsPageFactory(parent=category, title="Hội nghị tổng kết", slug="hoi-nghi-tong-ket", live=False)


@pytest.fixture
def camera_image():
    """Uploaded as it came off the camera: its title is its file name, no description."""
    return ImageFactory(title="IMG_2031", file__filename="IMG_2031.jpg")


@pytest.fixture
def described_image():
    return ImageFactory(title="Hội nghị", file__filename="anh-hoi-nghi.jpg", description=ALT_TEXT)


def image_block(image, alt_text="", decorative=False, caption=""):
    return ("image", captioned_image(image, alt_text, decorative, caption))


def captioned_image(image, alt_text="", decorative=False, caption=""):
    return {"image": {"image": image.pk, "decorative": decorative, "alt_text": alt_text}, "caption": caption}


def gallery_block(*images):
    """A gallery of captioned images, as the editor's form posts a list block."""
    items = {
        str(index): {"value": image, "deleted": "", "order": str(index), "id": ""} for index, image in enumerate(images)
    }
    return ("gallery", {"title": "", "images": {**items, "count": str(len(images))}})


def paragraph_with_image(image, alt_text):
    return (
        "paragraph",
        rich_text(f'<p>Ảnh:</p><embed embedtype="image" id="{image.pk}" alt="{alt_text}" format="left"/>'),
    )


def edit(client, article, blocks=(), featured_image=None, action="action-publish"):
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": "Sáng nay, Ban Chỉ đạo tỉnh tổ chức hội nghị.",
        "featured_image": featured_image.pk if featured_image else "",
        "body": streamfield(list(blocks)),
        "tags": "",
        "allow_rating": "on",
    }
    if action:
        data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), nested_form_data(data))


def published(article):
    return NewsPage.objects.get(pk=article.pk).live


def block_error(response, *path):
    """The message the editor reads at a block of the body: path of block indexes and child names."""
    error = response.context["form"].errors.as_data()["body"][0]
    for step in path:
        error = error.block_errors[step]
    return " ".join(error.messages)


def body_errors_shown(response):
    """The body's errors as the page editor gets them: its block widget's script reads them from here."""
    widget = BeautifulSoup(response.content, "html.parser").select_one("div#body[data-w-block-arguments-value]")
    _value, errors = json.loads(widget["data-w-block-arguments-value"])
    return json.dumps(errors, ensure_ascii=False)


@pytest.mark.parametrize(
    "text",
    ["IMG_2031", "anh-hoi-nghi.jpg", "anh-hoi-nghi", "DSC0001", "P1010001", "PXL_20240501_083012", "20240501", " ", ""],
)
def test_file_names_and_nothing_are_not_alt_text(text):
    assert not is_real_alt_text(text)


@pytest.mark.parametrize("text", [ALT_TEXT, "Toàn cảnh hội nghị", "Logo", "Ảnh chụp màn hình 2024-05-01 lúc 10.15"])
def test_sentences_are_alt_text(text):
    assert is_real_alt_text(text)
    assert not re.search(FILE_NAME_PATTERN, text, re.IGNORECASE)  # as the browser's check reads it


def test_the_name_of_the_images_own_file_is_not_alt_text(camera_image):
    camera_image.file.name = "original_images/hoinghi.jpg"
    assert not looks_like_file_name("hoinghi")
    assert not is_real_alt_text("hoinghi", camera_image)
    assert not is_real_alt_text("HOINGHI", camera_image)


def test_publishing_an_article_whose_photo_has_a_file_name_for_alt_text_is_refused(admin_client, article, camera_image):
    response = edit(admin_client, article, [image_block(camera_image, alt_text="IMG_2031")])
    assert response.status_code == 200
    assert not published(article)
    message = block_error(response, 0, "image", "alt_text")
    assert "Ảnh “IMG_2031” chưa có văn bản thay thế thực sự" in message
    assert "trước khi xuất bản hoặc gửi duyệt" in message
    # Shown at the image's alt text field, in the editor's StreamField.
    assert message in body_errors_shown(response)


def test_the_draft_is_saved_all_the_same(admin_client, article, camera_image):
    response = edit(admin_client, article, [image_block(camera_image, alt_text="IMG_2031")], action=None)
    assert response.status_code == 302
    draft = NewsPage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert draft.body[0].value["image"].contextual_alt_text == "IMG_2031"
    assert not published(article)


def test_submitting_it_for_approval_is_refused_too(admin_client, article, camera_image):
    response = edit(admin_client, article, [image_block(camera_image, alt_text="IMG_2031")], action="action-submit")
    assert response.status_code == 200
    assert NO_ALT_TEXT in block_error(response, 0, "image", "alt_text")
    assert not NewsPage.objects.get(pk=article.pk).workflow_in_progress


def test_real_alt_text_and_decorative_images_are_published(admin_client, article, camera_image, described_image):
    blocks = [
        image_block(camera_image, alt_text=ALT_TEXT),
        image_block(camera_image, decorative=True),
        gallery_block(captioned_image(camera_image, "Toàn cảnh"), captioned_image(described_image, ALT_TEXT)),
        paragraph_with_image(camera_image, alt_text=""),  # decorative
    ]
    response = edit(admin_client, article, blocks, featured_image=described_image)
    assert response.status_code == 302, response.context["form"].errors
    assert published(article)


def test_every_undescribed_image_is_named_where_it_is(admin_client, article, camera_image, described_image):
    blocks = [
        image_block(described_image, alt_text=ALT_TEXT),
        gallery_block(captioned_image(described_image, ALT_TEXT), captioned_image(camera_image, "DSC0001")),
        paragraph_with_image(camera_image, alt_text="IMG_2031"),
    ]
    response = edit(admin_client, article, blocks, featured_image=described_image)
    assert response.status_code == 200
    assert not published(article)
    errors = response.context["form"].errors.as_data()["body"][0].block_errors
    assert sorted(errors) == [1, 2]  # not the described photo
    assert sorted(errors[1].block_errors["images"].block_errors) == [1]  # the gallery's second photo
    assert "“IMG_2031”" in block_error(response, 1, "images", 1, "image", "alt_text")
    assert block_error(response, 2).startswith("Trong đoạn này, văn bản thay thế của ảnh “IMG_2031” chỉ là tên tệp.")


@pytest.mark.parametrize("description", ["", "IMG_2031.jpg"])
def test_a_featured_image_without_a_real_description_is_refused(admin_client, article, camera_image, description):
    camera_image.description = description
    camera_image.save()
    response = edit(admin_client, article, featured_image=camera_image)
    assert response.status_code == 200
    assert not published(article)
    page = BeautifulSoup(response.content, "html.parser")
    field = page.select_one("[data-field-wrapper]:has(#id_featured_image)")
    assert f"Ảnh “IMG_2031” {NO_DESCRIPTION}" in field.get_text()
    # A draft keeps it.
    assert edit(admin_client, article, featured_image=camera_image, action=None).status_code == 302


def axe_configuration(html):
    page = BeautifulSoup(html, "html.parser")
    script = page.select_one("template#wagtail-userbar-template").decode_contents()
    return json.loads(BeautifulSoup(script, "html.parser").select_one("#checker-axe-configuration").string)


def test_the_content_checker_flags_file_names_with_its_own_rule(admin_client, article, camera_image):
    article.body = [("image", {"image": {"image": camera_image, "alt_text": "IMG_2031", "decorative": False}})]
    article.save_revision().publish()
    configuration = axe_configuration(admin_client.get(article.url).content)
    rule = next(rule for rule in configuration["spec"]["rules"] if rule["id"] == ALT_TEXT_RULE)
    assert rule["selector"] == "img"
    assert rule["all"] == ["has-alt", "check-image-alt-text"]
    # Wagtail's own check, with our pattern, for this rule only; it replaces Wagtail's rule.
    options = configuration["options"]
    assert options["rules"][ALT_TEXT_RULE]["checks"]["check-image-alt-text"]["options"]["pattern"] == FILE_NAME_PATTERN
    assert ALT_TEXT_RULE in options["runOnly"]
    assert "alt-text-quality" not in options["runOnly"]
    assert configuration["messages"][ALT_TEXT_RULE]["error_name"] == "Ảnh chưa có văn bản thay thế thực sự"
    assert "tên tệp" in configuration["messages"][ALT_TEXT_RULE]["help_text"]
    # The article's photo is what it would flag.
    page = BeautifulSoup(admin_client.get(article.url).content, "html.parser")
    alts = [img["alt"] for img in page.select("main img")]
    assert "IMG_2031" in alts
    assert re.search(FILE_NAME_PATTERN, "IMG_2031", re.IGNORECASE)


def test_the_editors_checks_panel_has_the_rule(admin_client, article):
    """The panel runs the checker in the preview of the page being edited."""
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    data = nested_form_data(
        {"title": article.title, "slug": article.slug, "body": streamfield([]), "tags": "", "allow_rating": "on"}
    )
    assert admin_client.post(preview, data).json()["is_valid"] is True
    configuration = axe_configuration(admin_client.get(preview, {"in_preview_panel": "true"}).content)
    assert ALT_TEXT_RULE in configuration["options"]["runOnly"]
