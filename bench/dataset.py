"""Bulk benchmark content: news articles, a tenth as many legal documents, indexed for search.

Saving a Wagtail page one at a time (`add_child`, revisions, signals) costs tens of
milliseconds; 100,000 articles would take hours. Here the tree paths are computed the way
treebeard computes them, each batch goes in as a few multi-row INSERTs (the page rows, then
the article rows, tags and counters), and the search index takes the batch in one call. The
pages are live, published, public and without revisions, as imported content is.

Needs Django set up (bench scripts call `django.setup()` first) and the demo loaded.
"""

import datetime
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from bench import corpus
from legal_docs.models import DocumentType, Issuer, LegalDocumentIndexPage, LegalDocumentPage
from news.models import NewsIndexPage, NewsPage, NewsPageCounter, NewsPageTag

BATCH = 2000
LEGAL_DOCUMENTS_PER_ARTICLE = 0.1
LEGAL_SLUG_PREFIX = "bench-van-ban-"


def _next_step(parent):
    last_child = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    return Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1


def bulk_add_children(parent, pages):
    """Insert unsaved pages of one specific model under `parent`, as `add_child` would place them."""
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    step = _next_step(parent)
    for offset, page in enumerate(pages):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step + offset)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.draft_title = page.title
        page.translation_key = uuid.uuid4()
        page.numchild = 0
    # Django's bulk_create refuses multi-table models, so the two tables are filled one after
    # the other: the page rows (their ids come back), then the model's own rows.
    Page.objects.bulk_create(pages, batch_size=500)
    for page in pages:
        page.page_ptr_id = page.id
    model._base_manager.all()._batched_insert(pages, model._meta.local_concrete_fields, batch_size=500)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)


def _published(page, moment):
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.last_published_at = page.latest_revision_created_at = moment
    return page


def _add_articles(numbers, categories, tags, last_day):
    by_category = {}
    tag_rows = []
    for number in numbers:
        item = corpus.article(number, last_day)
        page = _published(
            NewsPage(
                title=item.title,
                slug=item.slug,
                lead=item.lead,
                body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in item.paragraphs],
                author=item.author,
                published_at=item.published_at,
            ),
            item.published_at,
        )
        page.bench_tag_names = item.tag_names
        by_category.setdefault(item.category_slug, []).append(page)
    articles = []
    for slug, pages in by_category.items():
        bulk_add_children(categories[slug], pages)
        articles.extend(pages)
    for page in articles:
        tag_rows.extend(NewsPageTag(content_object_id=page.id, tag=tags[name]) for name in page.bench_tag_names)
    NewsPageTag.objects.bulk_create(tag_rows, batch_size=1000)
    NewsPageCounter.objects.bulk_create(
        [NewsPageCounter(page_id=page.id, view_count=page.id % 997) for page in articles], batch_size=1000
    )
    return articles


def _add_legal_documents(numbers, index, document_types, issuers):
    pages = []
    for number in numbers:
        document_type = document_types[number % len(document_types)]
        issuer = issuers[number % len(issuers)]
        year = 2010 + number % 16
        issued_on = datetime.date(year, 1 + number % 12, 1 + number % 28)
        page = _published(
            LegalDocumentPage(
                title=f"{document_type.name} về xây dựng nông thôn mới, đợt {number}",
                slug=f"{LEGAL_SLUG_PREFIX}{number:06d}",
                number=f"{number + 1}/{year}/{document_type.abbreviation or 'VB'}-{issuer.abbreviation or 'UBND'}",
                summary=f"Về việc thực hiện tiêu chí nông thôn mới năm {year}, văn bản số {number + 1}.",
                document_type=document_type,
                issuer=issuer,
                issued_on=issued_on,
                effective_on=issued_on,
            ),
            datetime.datetime.combine(issued_on, datetime.time(8), tzinfo=corpus.HANOI),
        )
        page.set_derived_fields()
        pages.append(page)
    bulk_add_children(index, pages)
    return pages


def _index(pages):
    """One index call per batch, the pages read back as `update_index` reads them (tags prefetched)."""
    if pages:
        model = type(pages[0])
        indexed = model.get_indexed_objects().filter(pk__in=[page.pk for page in pages])
        get_search_backend().add_bulk(model, list(indexed))


def _bench_count(model, prefix):
    return model.objects.filter(slug__startswith=prefix).count()


def bench_article_count():
    return _bench_count(NewsPage, corpus.SLUG_PREFIX)


def grow(articles, log=print):
    """Top the bench content up to `articles` news articles (and a tenth as many legal documents)."""
    categories = {page.slug: page for page in NewsIndexPage.objects.filter(slug__in=corpus.category_slugs())}
    tags = {name: Tag.objects.get_or_create(name=name)[0] for name in corpus.tag_names()}
    legal_index = LegalDocumentIndexPage.objects.first()
    document_types = list(DocumentType.objects.order_by("pk"))
    issuers = list(Issuer.objects.order_by("pk"))
    last_day = timezone.now()
    have = bench_article_count()
    have_legal = _bench_count(LegalDocumentPage, LEGAL_SLUG_PREFIX)
    legal_target = int(articles * LEGAL_DOCUMENTS_PER_ARTICLE)
    started = time.perf_counter()
    while have < articles:
        count = min(BATCH, articles - have)
        legal_count = max(0, min(int(count * LEGAL_DOCUMENTS_PER_ARTICLE) + 1, legal_target - have_legal))
        with transaction.atomic():
            news = _add_articles(range(have, have + count), categories, tags, last_day)
            legal = (
                _add_legal_documents(range(have_legal, have_legal + legal_count), legal_index, document_types, issuers)
                if legal_count
                else []
            )
            _index(news)
            _index(legal)
        have += count
        have_legal += legal_count
        log(f"  {have:>7,} articles, {have_legal:>6,} legal documents ({time.perf_counter() - started:.0f} s)")
    return time.perf_counter() - started
