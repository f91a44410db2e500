"""Every field a headless client can ask of /api/v2/pages/ costs a fixed number of queries.

For every page type and every one of its API fields (read from the model's `api_fields`, so a
new field or page type is covered as soon as it is declared), alone, as `fields=*` and, for a
relation to another page, with nested fields (`featured_article(title)`): the listing of that
type costs the same at 5 items as at 20 and stays within its budget, and one item's detail
within its own. The items carry what their fields show (images, files, tags, relations,
ballots, officials…), spread over several parents, and bodies like the portal's content
(paragraphs with links to pages and files, headings, photos, tables, quotes, videos).

A body may hold every kind of block and link; each kind costs one more query for the whole
answer, never one per item: `test_every_block_and_link_costs_the_same_at_5_and_20_items`.
Loading all this ahead changes no answer: `test_loading_ahead_changes_no_answer`.
"""

import itertools

import pytest

from django.utils import timezone

from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, get_page_models

from home.factories import HomePageFactory, StandardPageFactory
from legal_docs.factories import (
    DocumentAttachmentFactory,
    DocumentRelationFactory,
    DownloadCountFactory,
    LegalDocumentIndexPageFactory,
    LegalDocumentPageFactory,
    PdfDocumentFactory,
    SectorFactory,
    SignerFactory,
)
from news.factories import NewsIndexPageFactory, NewsPageFactory, NewsRatingFactory, NewsSourceFactory, TagFactory
from organisation.factories import OfficialFactory, OrganisationPageFactory
from polls.factories import PollIndexPageFactory, PollPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

LISTING_BUDGET = 8
DETAIL_BUDGET = 10
FEW, MANY = 5, 20
PARENTS = 3  # items of a type are spread over this many parents


class Content:
    """What the items share and link to, and the bodies they carry."""

    def __init__(self, home, every_block=False):
        self.home = home
        self.every_block = every_block
        self.images = [Image.objects.create(title=f"Ảnh {n}", file=get_test_image_file()) for n in range(4)]
        self.files = [PdfDocumentFactory() for _ in range(2)]
        self.numbers = itertools.count()

    def image(self):
        return self.images[next(self.numbers) % len(self.images)]

    def slug(self):
        return f"trang-{next(self.numbers)}"

    def rich_text(self):
        # Linked pages are home pages: a link to a page of another type would add to its listing.
        html = (
            f'<p>Theo <a linktype="page" id="{self.home.pk}">kế hoạch</a> và '
            f'<a linktype="document" id="{self.files[0].pk}">quyết định</a>.</p>'
        )
        if self.every_block:
            html += f'<embed embedtype="image" id="{self.image().pk}" format="fullwidth" alt="Ảnh"/>'
        return html

    def body(self, photos=True):
        """As editors and the NukeViet import make them; the full text of a legal document
        (`photos=False`) is text, headings and tables."""
        image = {"image": self.image(), "decorative": False, "alt_text": "Ảnh"}
        body = [
            ("paragraph", self.rich_text()),
            ("heading", {"text": "Kết quả", "level": "h2"}),
            ("table", {"data": [["Xã", "Tiêu chí"], ["Phú Lộc", "19"]], "first_row_is_table_header": True}),
            ("quote", {"text": "Nông thôn mới là sự nghiệp của toàn dân.", "attribution": "Ban Chỉ đạo"}),
            ("video", {"video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": ""}),
        ]
        if photos or self.every_block:
            body.append(("image", {"image": image, "caption": "Chú thích"}))
        if self.every_block:
            body += [
                ("gallery", {"title": "Ảnh", "images": [{"image": image, "caption": ""}] * 2}),
                ("document", {"document": self.files[1], "title": ""}),
                ("related_link", {"page": self.home, "url": "", "title": ""}),
            ]
        return body


def news_article(content, parent):
    article = NewsPageFactory(
        slug=content.slug(),
        parent=parent,
        featured_image=content.image(),
        featured_image_caption="Ảnh",
        source=NewsSourceFactory(logo=content.image()),
        body=content.body(),
    )
    article.tags.add(TagFactory(name="OCOP"), TagFactory(name=f"xã {article.pk}"))
    NewsRatingFactory(page=article, stars=4)
    return article


def news_pages(content, count):
    categories = [NewsIndexPageFactory(slug=content.slug(), parent=content.home) for _ in range(PARENTS)]
    return [news_article(content, categories[n % PARENTS]) for n in range(count)]


def news_index_pages(content, count):
    """Categories, every other one inside the one before, each featuring an article of its own."""
    made = []
    for n in range(count):
        parent = made[-1] if made and n % 2 else content.home
        category = NewsIndexPageFactory(slug=content.slug(), parent=parent)
        category.featured_article = news_article(content, category)
        category.save()
        made.append(category)
    return made


def legal_document_pages(content, count):
    indexes = [LegalDocumentIndexPageFactory(slug=content.slug(), parent=content.home) for _ in range(PARENTS)]
    made = []
    for n in range(count):
        document = LegalDocumentPageFactory(
            slug=content.slug(),
            parent=indexes[n % PARENTS],
            signer=SignerFactory(name=f"Người ký {n} {content.slug()}"),
            sectors=[SectorFactory(), SectorFactory()],
            body=content.body(photos=False),
        )
        attachment = DocumentAttachmentFactory(page=document, document=content.files[0])
        DownloadCountFactory(page=document, document=attachment.document, count=3)
        if made:
            DocumentRelationFactory(source=document, target=made[-1])
        made.append(document)
    return made


def legal_document_index_pages(content, count):
    return [LegalDocumentIndexPageFactory(slug=content.slug(), parent=content.home) for _ in range(count)]


def poll_pages(content, count):
    indexes = [PollIndexPageFactory(slug=content.slug(), parent=content.home) for _ in range(PARENTS)]
    made = []
    for n in range(count):
        poll = PollPageFactory(slug=content.slug(), parent=indexes[n % PARENTS], intro=content.rich_text())
        poll.record_ballot(f"c:{n:032x}", [poll.choice_list[0].pk], timezone.now())
        made.append(poll)
    return made


def poll_index_pages(content, count):
    return [
        PollIndexPageFactory(slug=content.slug(), parent=content.home, intro=content.rich_text()) for _ in range(count)
    ]


def home_pages(content, count):
    """The site's own home page is one of them; the others stand in for it, under it."""
    made = []
    if not content.home.body:
        content.home.intro = content.rich_text()
        content.home.body = content.body()
        content.home.save()
        made.append(content.home)
    while len(made) < count:
        made.append(
            HomePageFactory(slug=content.slug(), parent=content.home, intro=content.rich_text(), body=content.body())
        )
    return made


def standard_pages(content, count):
    made = []
    for n in range(count):
        parent = made[-1] if made and n % 2 else content.home
        made.append(StandardPageFactory(slug=content.slug(), parent=parent, body=content.body()))
    return made


def organisation_pages(content, count):
    made = []
    for _ in range(count):
        page = OrganisationPageFactory(slug=content.slug(), parent=content.home, functions=content.body())
        OfficialFactory.create_batch(2, page=page, photo=content.image())
        made.append(page)
    return made


# How to add `count` more items of each page type.
BUILDERS = {
    "news.NewsPage": news_pages,
    "news.NewsIndexPage": news_index_pages,
    "legal_docs.LegalDocumentPage": legal_document_pages,
    "legal_docs.LegalDocumentIndexPage": legal_document_index_pages,
    "polls.PollPage": poll_pages,
    "polls.PollIndexPage": poll_index_pages,
    "home.HomePage": home_pages,
    "home.StandardPage": standard_pages,
    "organisation.OrganisationPage": organisation_pages,
}


def label(model):
    return f"{model._meta.app_label}.{model.__name__}"


PAGE_TYPES = {label(model): model for model in get_page_models() if model is not Page}


def model_field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:  # not a model field: a property
        return None


def field_selections(model):
    """`*`, every API field alone, and nested fields of each relation to another page."""
    selections = ["*"]
    for api_field in model.api_fields:
        selections.append(api_field.name)
        related = getattr(model_field(model, api_field.name), "related_model", None)
        if api_field.serializer is None and related is not None and issubclass(related, Page):
            selections += [f"{api_field.name}(title)", f"{api_field.name}(*)"]
    return selections


def content_fields(model):
    """The API fields holding rich text or blocks."""
    return [
        api_field.name
        for api_field in model.api_fields
        if isinstance(model_field(model, api_field.name), (RichTextField, StreamField))
    ]


SELECTIONS = [
    (page_type, fields) for page_type, model in sorted(PAGE_TYPES.items()) for fields in field_selections(model)
]
CONTENT_FIELDS = [
    (page_type, field) for page_type, model in sorted(PAGE_TYPES.items()) for field in content_fields(model)
]


def test_every_page_type_has_a_builder():
    assert set(PAGE_TYPES) == set(BUILDERS)
    assert CONTENT_FIELDS, "no page type declares rich text or blocks in its API fields"


class Measure:
    def __init__(self, client, django_assert_max_num_queries):
        self.client = client
        self.assert_max_num_queries = django_assert_max_num_queries

    def __call__(self, url, budget=1000):
        """Queries of a warm request (the site's root paths and renditions are made once)."""
        response = self.client.get(url)
        assert response.status_code == 200, (url, response.content[:500])
        with self.assert_max_num_queries(budget, info=url) as captured:
            response = self.client.get(url)
        assert response.status_code == 200, url
        return len(captured), response.json()

    def listing(self, page_type, fields, content, made, budget=1000):
        """Queries of the listing with FEW items, then with MANY (`made` grows)."""
        url = f"/api/v2/pages/?type={page_type}&fields={fields}&limit={MANY}"
        counts = []
        for total in (FEW, MANY):
            made += BUILDERS[page_type](content, total - len(made))
            count, data = self(url, budget)
            assert data["meta"]["total_count"] == total
            counts.append(count)
        return counts


@pytest.fixture
def measure(client, django_assert_max_num_queries):
    return Measure(client, django_assert_max_num_queries)


@pytest.mark.parametrize(("page_type", "fields"), SELECTIONS, ids=[f"{t}-{f}" for t, f in SELECTIONS])
def test_field_costs_the_same_at_5_and_20_items(measure, home_page, page_type, fields):
    made = []
    few, many = measure.listing(page_type, fields, Content(home_page), made, budget=LISTING_BUDGET)
    assert many == few, f"fields={fields}: {few} queries for {FEW} items, {many} for {MANY}"
    measure(f"/api/v2/pages/{made[-1].pk}/?fields={fields}", budget=DETAIL_BUDGET)


@pytest.mark.parametrize(("page_type", "field"), CONTENT_FIELDS, ids=[f"{t}-{f}" for t, f in CONTENT_FIELDS])
def test_every_block_and_link_costs_the_same_at_5_and_20_items(measure, home_page, page_type, field):
    few, many = measure.listing(page_type, field, Content(home_page, every_block=True), [])
    assert many == few, f"fields={field}: {few} queries for {FEW} items, {many} for {MANY}"


@pytest.mark.parametrize("page_type", sorted(PAGE_TYPES))
def test_loading_ahead_changes_no_answer(client, home_page, page_type, monkeypatch):
    """The answers are those of Wagtail's serializers reading every item on their own."""
    made = BUILDERS[page_type](Content(home_page, every_block=True), 3)
    urls = [f"/api/v2/pages/?type={page_type}&fields={fields}" for fields in field_selections(PAGE_TYPES[page_type])]
    urls += [f"/api/v2/pages/{made[-1].pk}/?fields={fields}" for fields in field_selections(PAGE_TYPES[page_type])]
    prepared = {url: client.get(url).json() for url in urls}
    monkeypatch.setattr("portal.api.prepare_items", lambda *args, **kwargs: None)
    for url in urls:
        assert client.get(url).json() == prepared[url], url


def test_links_in_rich_text_go_to_the_translation_in_the_active_language(client, home_page, monkeypatch):
    """As Wagtail's page links do: to the live translation in the language being served, else to
    the linked page itself."""
    from wagtail.models import Locale

    english = Locale.objects.get(language_code="en")

    def translate(page, **fields):
        translation = page.copy_for_translation(english).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        return Page.objects.get(pk=translation.pk)

    home_en = translate(home_page, title="Home", slug="home-en")
    only_english = StandardPageFactory(parent=home_en, title="Only in English", slug="only-english")
    withdrawn = StandardPageFactory(parent=home_page, title="Đã gỡ", slug="da-go")
    withdrawn_en = translate(withdrawn, title="Withdrawn", slug="withdrawn")
    withdrawn.unpublish()
    links = "".join(
        f'<a linktype="page" id="{page.pk}">{page.title}</a>' for page in (home_en, only_english, withdrawn_en)
    )
    PollIndexPageFactory(parent=home_page, slug="tham-do", intro=f"<p>{links}</p>")
    url = "/api/v2/pages/?type=polls.PollIndexPage&fields=intro"
    intro = client.get(url).json()["items"][0]["intro"]
    assert intro == (
        '<p><a href="/">Home</a><a href="/en/only-english/">Only in English</a>'
        '<a href="/en/withdrawn/">Withdrawn</a></p>'
    )
    monkeypatch.setattr("portal.api.prepare_items", lambda *args, **kwargs: None)
    assert client.get(url).json()["items"][0]["intro"] == intro
