"""Privacy: a canary crawl as an anonymous visitor finds nothing that is not published for everyone.

On top of the demo site, content nobody outside the office may see is planted, each piece carrying
canary words of its own in its title, text and file name: a draft, a page for logged-in users and
its child, a password-protected page, an expired page, a published page whose newer unpublished
revision has a canary title, the same kinds of news articles (they feed RSS, listings and sidebars),
a private legal document (the sidebar's "Văn bản ban hành") and a document in a private collection.
Then everything an anonymous client can ask for is fetched: the read API (lists with every field,
details, find, search), the documents and images APIs, the site search, the sitemap, RSS feeds, the
document download address, the home page and every category page. No answer may hold a canary.

tests/search/test_search.py has the search-only version; this one crawls every public surface.
"""

import datetime
import json

import pytest

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.models import StandardPage
from legal_docs.factories import LegalDocumentPageFactory
from legal_docs.models import Issuer, LegalDocumentIndexPage
from news.factories import NewsPageFactory
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db

# One lower-case ASCII word per secret, so that search engines index each as a word of its own.
KINDS = [
    "draftpage",
    "loginpage",
    "loginchild",
    "passwordpage",
    "expiredpage",
    "revisionpage",
    "draftarticle",
    "privatearticle",
    "privatesection",
    "sectionarticle",
    "expiredarticle",
    "revisionarticle",
    "privatelegal",
    "privatedoc",
]
CANARIES = {kind: f"canary{kind}" for kind in KINDS}
ALL_WORDS = [f"{word}{part}" for word in CANARIES.values() for part in ("title", "text", "file", "tag")]
TAGGED = ["draftarticle", "privatearticle", "sectionarticle", "expiredarticle"]
NEVER_PLANTED = "canaryneverplanted"
PUBLIC_REVISION_TITLE = "Trang công khai có bản sửa chưa xuất bản"
PUBLIC_ARTICLE_TITLE = "Bài viết công khai có bản sửa chưa xuất bản"


def title(kind):
    return f"Nội dung {CANARIES[kind]}title"


def text(kind):
    return f"Đoạn văn bí mật {CANARIES[kind]}text."


def paragraph(kind):
    return [("paragraph", f"<p>{text(kind)}</p>")]


def expire(page):
    page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save_revision().publish()


@pytest.fixture
def planted(demo_site):
    """The secrets, planted on the demo site; returns {kind: object} (pages and the document)."""
    home = demo_site
    plants = {}

    def standard(kind, parent=home, **fields):
        page = StandardPage(title=title(kind), slug=CANARIES[kind], intro=text(kind), body=paragraph(kind), **fields)
        parent.add_child(instance=page)
        plants[kind] = page
        return page

    standard("draftpage", live=False)
    login = standard("loginpage")
    PageViewRestriction.objects.create(page=login, restriction_type=PageViewRestriction.LOGIN)
    standard("loginchild", parent=login)
    password = standard("passwordpage")
    PageViewRestriction.objects.create(page=password, restriction_type=PageViewRestriction.PASSWORD, password="x")
    expire(standard("expiredpage"))
    revised = standard("revisionpage")
    revised.title = PUBLIC_REVISION_TITLE
    revised.intro, revised.body = "Giới thiệu công khai.", []
    revised.save_revision().publish()
    revised.title, revised.intro, revised.body = title("revisionpage"), text("revisionpage"), paragraph("revisionpage")
    revised.save_revision()  # not published

    category = NewsIndexPage.objects.live().filter(depth=home.depth + 1).first()

    def article(kind, parent=category, **fields):
        page = NewsPageFactory(
            parent=parent, title=title(kind), slug=CANARIES[kind], lead=text(kind), body=paragraph(kind), **fields
        )
        plants[kind] = page
        if kind in TAGGED:  # a tag only secret articles carry
            page.tags.add(f"{CANARIES[kind]}tag")
            if page.live:
                page.save_revision().publish()
            else:
                page.save()
        return page

    article("draftarticle", live=False)
    private = article("privatearticle")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    section = NewsIndexPage(
        title=title("privatesection"), slug=CANARIES["privatesection"], intro=text("privatesection")
    )
    category.add_child(instance=section)
    plants["privatesection"] = section
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    article("sectionarticle", parent=section)
    expire(article("expiredarticle"))
    revised_article = article("revisionarticle")
    revised_article.title, revised_article.lead = PUBLIC_ARTICLE_TITLE, "Tóm tắt công khai."
    revised_article.body = []
    revised_article.save_revision().publish()
    revised_article.title, revised_article.lead = title("revisionarticle"), text("revisionarticle")
    revised_article.body = paragraph("revisionarticle")
    revised_article.save_revision()

    # Issued today, so it would head the "Văn bản ban hành" sidebar if it leaked there.
    legal = LegalDocumentPageFactory(
        parent=LegalDocumentIndexPage.objects.get(),
        title=title("privatelegal"),
        summary=text("privatelegal"),
        number="99/2026/QĐ-UBND",
        issuer=Issuer.objects.first(),
        issued_on=timezone.localdate(),
    )
    PageViewRestriction.objects.create(page=legal, restriction_type=PageViewRestriction.LOGIN)
    plants["privatelegal"] = legal

    call_command("publish_scheduled")  # unpublishes the expired ones, as the cron job does

    collection = Collection.get_first_root_node().add_child(name="Hồ sơ nội bộ")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    document = get_document_model()(title=title("privatedoc"), collection=collection)
    document.file.save(
        f"{CANARIES['privatedoc']}file.pdf", ContentFile(f"%PDF-1.4 {text('privatedoc')}".encode()), save=True
    )
    plants["privatedoc"] = document

    for kind in ["expiredpage", "expiredarticle"]:
        plants[kind].refresh_from_db()
        assert not plants[kind].live and plants[kind].expired
    return plants


def canaries_in(body):
    return sorted({word for word in ALL_WORDS if word in body})


class Crawler:
    """An anonymous client that remembers every answer it got."""

    def __init__(self, client):
        self.client = client
        self.answers = {}

    def get(self, url, data=None, echoed=None):
        """`echoed`: the word the address itself names (a tag's), which its page may show."""
        response = self.client.get(url, data)
        key = url + ("?" + "&".join(f"{name}={value}" for name, value in data.items()) if data else "")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        self.answers[key] = (response, body.decode("utf-8", "replace"), echoed)
        return response

    def api_items(self, url, data):
        """Every item of a paginated API v2 listing."""
        items, offset = [], 0
        while True:
            response = self.get(url, {**data, "offset": offset, "limit": 20})
            assert response.status_code == 200, (url, data, response.content[:300])
            page = response.json()
            items += page["items"]
            offset += 20
            if offset >= page["meta"]["total_count"]:
                return items

    def text(self, key):
        return self.answers[key][1]

    def leaks(self):
        """{address: canary words} for every answer holding one."""
        found = {}
        for key, (_response, body, echoed) in self.answers.items():
            if key.startswith("/search/?q="):
                # The search page shows its query: as often as a word nobody planted, and no hit.
                query = key.removeprefix("/search/?q=")
                body = body.replace(query, "", self.text(f"/search/?q={NEVER_PLANTED}").count(NEVER_PLANTED))
            elif echoed:
                body = body.replace(echoed, "")
            if words := canaries_in(body):
                found[key] = words
        return found


@pytest.fixture
def crawler(client):
    return Crawler(client)


PAGE_TYPES = [
    "home.HomePage",
    "home.StandardPage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "legal_docs.LegalDocumentIndexPage",
    "legal_docs.LegalDocumentPage",
    "polls.PollPage",
]


def test_an_anonymous_crawl_finds_no_canary(client, planted, crawler):
    planted_pages = {kind: plant for kind, plant in planted.items() if kind != "privatedoc"}
    document = planted["privatedoc"]

    # The read API: every listing with all fields, by type and across types.
    listed = crawler.api_items("/api/v2/pages/", {"fields": "*"})
    for page_type in PAGE_TYPES:
        listed += crawler.api_items("/api/v2/pages/", {"type": page_type, "fields": "*"})
    listed_ids = {item["id"] for item in listed}
    assert len(listed_ids) > 40  # the crawl saw the demo site
    secret_ids = {page.pk for kind, page in planted_pages.items() if not kind.startswith("revision")}
    assert not listed_ids & secret_ids
    # The published page behind the unpublished revision is listed, with its published title.
    assert {PUBLIC_REVISION_TITLE, PUBLIC_ARTICLE_TITLE} <= {item["title"] for item in listed}

    for kind, page in planted_pages.items():
        if kind.startswith("revision"):
            detail = crawler.get(f"/api/v2/pages/{page.pk}/")
            assert detail.status_code == 200 and detail.json()["title"] in {PUBLIC_REVISION_TITLE, PUBLIC_ARTICLE_TITLE}
            continue
        assert crawler.get(f"/api/v2/pages/{page.pk}/").status_code == 404, kind
        assert crawler.get("/api/v2/pages/find/", {"html_path": page.url_path[len("/home") :]}).status_code == 404
        assert crawler.get("/api/v2/pages/find/", {"id": page.pk}).status_code == 404, kind
        # Its own address: a login form or a 404, never the page. Shared passwords are off, so a
        # password restriction made before (or by a script) asks for a login too (issue 18).
        assert crawler.get(page.url).status_code in {302, 404}, kind

    # Documents and images, listed with all fields and asked for one by one.
    documents = crawler.api_items("/api/v2/documents/", {"fields": "*"})
    assert document.pk not in {item["id"] for item in documents}
    assert crawler.get(f"/api/v2/documents/{document.pk}/").status_code == 404
    crawler.api_items("/api/v2/images/", {"fields": "*"})
    # The download address answers with a login form, not the file.
    download = crawler.get(document.url)
    assert download.status_code in {302, 401, 403, 404}
    assert b"%PDF" not in download.content

    # Headless preview needs a token: anonymous clients get nothing.
    for kind in ["draftpage", "revisionarticle"]:
        assert crawler.get("/api/v2/page_preview/", {"id": planted[kind].pk}).status_code in {400, 401, 403, 404}

    # Searches, for every canary word and for "canary" itself.
    searches = ["canary", *ALL_WORDS]
    for query in searches:
        for url in ["/api/v2/pages/", "/api/v2/documents/"]:
            assert crawler.get(url, {"search": query, "fields": "*"}).json()["items"] == [], (url, query)
        crawler.get("/search/", {"q": query})
    crawler.get("/search/", {"q": NEVER_PLANTED})
    # The secret articles' tags: no public article carries them, so they do not exist (issue 18).
    for kind in TAGGED:
        assert crawler.get(f"/tag/{CANARIES[kind]}tag/", echoed=f"{CANARIES[kind]}tag").status_code == 404, kind

    # Sitemap, RSS (the site's and every category's), home, every category and the legal index.
    crawler.get("/sitemap.xml")
    crawler.get("/rss/")
    categories = list(NewsIndexPage.objects.live().public())
    for category in categories:
        crawler.get(category.url)
        crawler.get(category.url + "rss/")
    crawler.get("/")
    crawler.get(LegalDocumentIndexPage.objects.get().url)
    crawler.get("/en/")

    assert len(crawler.answers) > 150
    assert all(response.status_code < 500 for response, _body, _echoed in crawler.answers.values())
    assert "<urlset" in crawler.text("/sitemap.xml")
    assert "<rss" in crawler.text("/rss/")
    leaks = crawler.leaks()
    assert not leaks, json.dumps(leaks, ensure_ascii=False, indent=1)


def test_the_canaries_sing_once_content_is_public(client, planted):
    """The crawl could find the canaries if they leaked: made public, they show up where it looked."""
    PageViewRestriction.objects.filter(page__in=[planted["loginpage"], planted["privatearticle"]]).delete()
    CollectionViewRestriction.objects.all().delete()
    api = client.get("/api/v2/pages/", {"search": CANARIES["loginpage"] + "title"}).json()
    assert [item["title"] for item in api["items"]] == [title("loginpage")]
    category = planted["privatearticle"].get_parent()
    assert CANARIES["privatearticle"] + "title" in client.get(category.url + "rss/").content.decode()
    assert client.get(f"/api/v2/documents/{planted['privatedoc'].pk}/").status_code == 200
    assert client.get(planted["privatedoc"].url).status_code == 200


@pytest.fixture
def referring(planted):
    """Public content pointing at the secrets: an article whose related links name the draft, the
    login page and the expired page, whose document block holds the private-collection document,
    and a published legal document with that document attached (issue 18)."""
    from legal_docs.models import DocumentAttachment

    category = NewsIndexPage.objects.live().public().filter(depth=planted["draftpage"].depth + 1).first()
    body = [
        ("paragraph", "<p>Bài viết công khai dẫn tới nội dung riêng tư.</p>"),
        *[("related_link", {"page": planted[kind], "url": "", "title": ""}) for kind in REFERRED_PAGES],
        ("document", {"document": planted["privatedoc"], "title": ""}),
        ("related_link", {"page": None, "url": "https://example.gov.vn/", "title": "Cổng thông tin tỉnh"}),
    ]
    article = NewsPageFactory(parent=category, title="Bài viết có liên kết", slug="bai-viet-co-lien-ket", body=body)
    legal = LegalDocumentPageFactory(
        parent=LegalDocumentIndexPage.objects.get(),
        title="Văn bản công khai có tệp riêng tư",
        number="98/2026/QĐ-UBND",
        issuer=Issuer.objects.first(),
        issued_on=timezone.localdate(),
    )
    DocumentAttachment.objects.create(page=legal, document=planted["privatedoc"])
    legal.save_revision().publish()
    return article, legal


REFERRED_PAGES = ["draftpage", "loginpage", "expiredpage", "draftarticle"]


def test_references_to_drafts_and_private_documents_render_as_nothing(client, planted, referring, crawler):
    article, legal = referring
    document = planted["privatedoc"]
    for url in [
        article.url,
        article.url + "in/",
        legal.url,
        f"/api/v2/pages/{article.pk}/",
        f"/api/v2/pages/{legal.pk}/",
    ]:
        assert crawler.get(url).status_code == 200, url
    for url in ["/api/v2/pages/", f"/api/v2/pages/?type=news.NewsPage&fields=*&id={article.pk}"]:
        crawler.get(url, {"type": "legal_docs.LegalDocumentPage", "fields": "*"} if url == "/api/v2/pages/" else None)
    # Nothing names the secrets: no title, no address, no file name.
    secret_urls = [planted[kind].url for kind in REFERRED_PAGES if planted[kind].url] + [
        document.url,
        document.filename,
    ]
    for key, (_response, body, _echoed) in crawler.answers.items():
        assert not canaries_in(body), (key, canaries_in(body))
        assert not [url for url in secret_urls if url in body], key
    # The public link next to them is still there, in the page and in the API.
    assert "Cổng thông tin tỉnh" in crawler.text(article.url)
    stream = crawler.answers[f"/api/v2/pages/{article.pk}/"][0].json()["body"]
    assert [block["type"] for block in stream] == ["paragraph", "related_link"]
    assert crawler.answers[f"/api/v2/pages/{legal.pk}/"][0].json()["attachments"] == []
    # The attachment's download address is gone too.
    assert client.get(f"{legal.url}tai-ve/{document.pk}/").status_code == 404


def test_references_show_once_their_target_is_public(client, planted, referring):
    """The test above could see the references: made public, they appear."""
    article, legal = referring
    CollectionViewRestriction.objects.all().delete()
    PageViewRestriction.objects.filter(page=planted["loginpage"]).delete()
    html = client.get(article.url).content.decode()
    assert title("loginpage") in html and title("privatedoc") in html
    assert title("privatedoc") in client.get(legal.url).content.decode()


def test_a_password_restriction_asks_for_a_login_and_takes_no_password(client, planted, django_user_model):
    """Shared passwords are off: a password restriction made before still guards the page, as a login
    restriction, and its password form is gone, so no password can be guessed (issue 18)."""
    page = planted["passwordpage"]
    restriction = PageViewRestriction.objects.get(page=page)
    response = client.get(page.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    form = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    answers = {client.post(form, {"password": f"sai-{n}", "return_url": page.url}).status_code for n in range(30)}
    assert answers == {404}
    assert client.post(form, {"password": "x", "return_url": page.url}).status_code == 404
    response = client.get(page.url)
    assert response.status_code == 302 and text("passwordpage") not in response.content.decode()

    # The same for a document in a password-protected collection.
    collection = Collection.get_first_root_node().add_child(name="Hồ sơ có mật khẩu")
    protected = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    document = get_document_model()(title="Tài liệu có mật khẩu", collection=collection)
    document.file.save("tai-lieu-mat-khau.pdf", ContentFile(b"%PDF-1.4 bi mat"), save=True)
    response = client.get(document.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert client.post(f"/documents/authenticate_with_password/{protected.pk}/", {"password": "x"}).status_code == 404
    assert b"bi mat" not in client.get(document.url).content

    # Logged in, the page and the document open: the restriction is a login restriction.
    client.force_login(django_user_model.objects.create_user("canbo", "canbo@example.vn", "mat-khau-dai-2026"))
    assert text("passwordpage") in client.get(page.url).content.decode()
    response = client.get(document.url)
    assert response.status_code == 200


def test_a_featured_article_nobody_may_read_is_no_featured_article(client, planted, crawler):
    """A category featuring an article that is not public: the API names no featured article,
    in the detail, with nested fields, and in listings with every field (issue 18)."""
    category = NewsIndexPage.objects.live().public().filter(depth=planted["draftpage"].depth + 1).first()
    for kind in ["draftarticle", "privatearticle", "sectionarticle", "expiredarticle"]:
        category.featured_article = planted[kind]
        category.save_revision().publish()
        for url, data in [
            (f"/api/v2/pages/{category.pk}/", None),
            (f"/api/v2/pages/{category.pk}/", {"fields": "featured_article(title,lead,body)"}),
            (f"/api/v2/pages/{category.pk}/", {"fields": "featured_article(*)"}),
            ("/api/v2/pages/", {"type": "news.NewsIndexPage", "fields": "*"}),
            ("/api/v2/pages/", {"type": "news.NewsIndexPage", "fields": "featured_article(*)"}),
        ]:
            response = crawler.get(url, data)
            assert response.status_code == 200, (kind, url, data)
            answer = response.json()
            items = answer.get("items", [answer])
            featured = [item["featured_article"] for item in items if item["id"] == category.pk]
            assert featured == [None], (kind, url, data)
        assert not crawler.leaks(), crawler.leaks()
        assert title(kind) not in client.get(category.url).content.decode(), kind


def test_a_featured_article_shows_once_it_is_public(client, planted):
    category = NewsIndexPage.objects.live().public().filter(depth=planted["draftpage"].depth + 1).first()
    category.featured_article = planted["privatearticle"]
    category.save_revision().publish()
    PageViewRestriction.objects.filter(page=planted["privatearticle"]).delete()
    answer = client.get(f"/api/v2/pages/{category.pk}/", {"fields": "featured_article(title,lead)"}).json()
    assert answer["featured_article"]["title"] == title("privatearticle")
    assert answer["featured_article"]["lead"] == text("privatearticle")
