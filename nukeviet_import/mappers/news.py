"""NukeViet's news module: categories, sources, tags and articles (`_rows`, never the per-category
copies `_{catid}`, which NukeViet keeps in step with `_rows`)."""

import math
import re
import time
from urllib.parse import urlsplit

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from taggit.models import Tag

from news.models import NewsIndexPage, NewsPage, NewsPageCounter, NewsSource

from ..context import SkipRow, checksum
from ..html import BodyConverter, plain_text
from ..links import link_target
from ..media import image_source, import_image
from ..pages import (
    DRAFT,
    EXPIRED,
    LIVE,
    SCHEDULED,
    free_slug,
    is_imported,
    moment,
    page_slug,
    redirect_old_paths,
    save_in_state,
)
from ..report import CREATED

# NukeViet 4 article statuses: 1 published, 2 scheduled, 3 expired; 0 waiting for approval,
# 4 saved as draft, 5 declined, 6 sent to the editor: not public.
PUBLISHED_STATUSES = {1, 2, 3}
EXPIRED_STATUS = 3
# homeimgthumb: 1 and 2 a file in the module's upload folder, 3 an address on another site.
REMOTE_IMAGE = 3
COUNTED = ("hitstotal", "total_rating", "click_rating")
# Counters NukeViet changes as visitors read, rate and comment: never a reason for a new revision.
COUNTERS = (*COUNTED, "hitscm")
DEFAULT_PER_PAGE = 20


def article_state(row, now):
    publish, expire = int(row.get("publtime") or 0), int(row.get("exptime") or 0)
    if int(row.get("status") or 0) not in PUBLISHED_STATUSES:
        return DRAFT
    if int(row["status"]) == EXPIRED_STATUS or (expire and expire <= now):
        return EXPIRED
    if publish > now:
        return SCHEDULED
    return LIVE


class NewsImporter:
    def __init__(self, ctx, home):
        self.ctx = ctx
        self.home = home
        self.module = ctx.news_module
        self.categories = {}
        self.category_pages = {}
        self.sources = {}
        self.article_pages = {
            source_id: int(record.object_id) for source_id, record in ctx._load("news_article").items()
        }
        self.pending_links = {}
        self.converter = BodyConverter(self._image_for, self._link_for)
        self.now = int(time.time())
        # `…/{category}/{alias}-{id}.html`, `op={category}/{alias}-{id}`: NukeViet finds the article
        # by its id even when the category or alias in the link are out of date.
        self._article_path = re.compile(r"[^/]+/[^/]*?-(\d+)(?:\.html?)?$", re.IGNORECASE)

    def table(self, name):
        return self.ctx.reader.table(f"{self.module}_{name}")

    def run(self):
        reader = self.ctx.reader
        if not reader.has_table(self.table("rows")):
            return
        self.categories = {row["catid"]: row for row in reader.all_rows(self.table("cat"), "parentid, weight")}
        rows = reader.all_rows(self.table("rows"), "id")
        self.listing_pages = self._listing_pages(rows)
        for catid in self.categories:
            self._import_category(catid, set())
        for row in reader.all_rows(self.table("sources"), "sourceid"):
            self.ctx.run_row("news_source", row["sourceid"], row["title"], lambda row=row: self._source(row))
        self.tags = self._tags()
        for row in rows:
            outcome = self.ctx.run_row("news_article", row["id"], row["title"], lambda row=row: self._article(row))
            if outcome is None and str(row["id"]) not in self.article_pages:
                category = self.categories.get(row["catid"]) or {"alias": "?"}
                address = self.ctx.addresses.canonical(
                    self.module, f"{category['alias']}/{row['alias']}-{row['id']}", ext=True
                )
                self.ctx.report.unmapped(address, _("its article #%(id)s was not imported") % {"id": row["id"]})
        self._tag_redirects()
        self._module_redirects()

    def _listing_pages(self, rows):
        """How many pages each category's list had on the old site (`/{category}/page-N`)."""
        per_page = int(self.ctx.reader.module_config(self.ctx.addresses.name(self.module)).get("per_page") or 0)
        per_page = per_page or DEFAULT_PER_PAGE
        counts = {}
        for row in rows:
            if int(row.get("status") or 0) != 1:
                continue
            catids = {
                row["catid"],
                *[int(c) for c in str(row.get("listcatid") or "").split(",") if c.strip().isdigit()],
            }
            for catid in catids:
                while catid and catid in self.categories:
                    counts[catid] = counts.get(catid, 0) + 1
                    catid = self.categories[catid]["parentid"]
        return {catid: max(1, math.ceil(count / per_page)) for catid, count in counts.items()}

    def _module_redirects(self):
        """The module's own front page, its feeds and its page-N: the portal's home and feed."""
        addresses = self.ctx.addresses
        self.ctx.redirect(addresses.forms(self.module), page=self.home)
        rss = addresses.alias(self.module, "rss")
        self.ctx.redirect(addresses.forms(self.module, rss), link=reverse("news_rss"))
        self.ctx.redirect(addresses.forms(self.module, addresses.alias(self.module, "search")), link=reverse("search"))
        # Lists the portal has no page for: said in the report, left to answer 404.
        reader = self.ctx.reader
        author = addresses.alias(self.module, "author")
        for row in reader.all_rows(self.table("author"), "id"):
            if row.get("alias"):
                self.ctx.report.unmapped(
                    addresses.canonical(self.module, f"{author}/{row['alias']}"),
                    _("the portal has no pages listing an author's articles"),
                )
        topic = addresses.alias(self.module, "topic")
        if (addresses.name(self.module), "topic") in addresses.aliases:
            self.ctx.report.unmapped(addresses.canonical(self.module, topic), _("the portal has no topics"))
        for row in reader.all_rows(self.table("topics"), "topicid"):
            self.ctx.report.unmapped(
                addresses.canonical(self.module, f"{topic}/{row['alias']}"), _("the portal has no topics")
            )

    # Categories ---------------------------------------------------------------------------

    def _import_category(self, catid, seen):
        if catid in self.category_pages or catid in seen:
            return
        seen.add(catid)
        row = self.categories[catid]
        parentid = row["parentid"]
        if parentid and parentid in self.categories:
            self._import_category(parentid, seen)
        self.ctx.run_row("news_category", catid, row["title"], lambda: self._category(row))

    def _category(self, row):
        parentid = row["parentid"]
        if not (row.get("title") or "").strip():
            raise SkipRow(_("it has no title"))
        parent = self.home
        if parentid:
            parent = self.category_pages.get(parentid)
            if parent is None:
                raise SkipRow(_("its parent category #%(id)s was not imported") % {"id": parentid})
        slug = page_slug(row["alias"], row["title"], f"danh-muc-{row['catid']}")
        digest = checksum(row, parent.pk)

        def fill(page):
            page.title = " ".join(row["title"].split())
            page.seo_title = (row.get("titlesite") or "")[:255]
            page.intro = plain_text(row.get("description") or "")
            page.search_description = page.intro
            return page

        def create():
            same_slug = NewsIndexPage.objects.child_of(parent).filter(slug=slug).first()
            if same_slug is not None and not is_imported(same_slug):
                # A category the portal already has (the demo's, an editor's): take it over.
                fill(same_slug).save_revision().publish()
                return same_slug
            page = fill(NewsIndexPage(slug=free_slug(parent, slug, suffix=str(row["catid"]))))
            return save_in_state(page, LIVE, parent=parent)

        def update(page):
            if page.get_parent().pk != parent.pk:
                page.move(parent, pos="last-child")
                page = NewsIndexPage.objects.get(pk=page.pk)
            fill(page).save_revision().publish()
            return page

        outcome, page = self.ctx.sync("news_category", row["catid"], digest, create, update, NewsIndexPage)
        self.category_pages[row["catid"]] = page
        alias = row["alias"]
        addresses = self.ctx.addresses
        redirect_old_paths(self.ctx, addresses.forms(self.module, alias), page=page)
        pages = self.listing_pages.get(row["catid"], 1)
        # NukeViet sends `page-1` and a page past the end back to the category itself.
        for number in range(1, pages + 2):
            link = f"{page.url}?page={number}" if 1 < number <= pages else page.url
            redirect_old_paths(self.ctx, addresses.forms(self.module, f"{alias}/page-{number}"), link=link)
            redirect_old_paths(self.ctx, addresses.forms(self.module, alias, query={"page": number}), link=link)
        rss = addresses.alias(self.module, "rss")
        redirect_old_paths(self.ctx, addresses.forms(self.module, f"{rss}/{alias}"), link=f"{page.url}rss/")
        return outcome

    # Sources and tags ---------------------------------------------------------------------

    def _source(self, row):
        name = " ".join((row.get("title") or "").split())[:255]
        if not name:
            raise SkipRow(_("the source has no name"))

        def create():
            source, _created = NewsSource.objects.get_or_create(name=name, defaults={"url": _url(row.get("link"))})
            return source

        def update(source):
            source.name, source.url = name, _url(row.get("link"))
            source.save()
            return source

        outcome, source = self.ctx.sync("news_source", row["sourceid"], checksum(row), create, update, NewsSource)
        self.sources[row["sourceid"]] = source
        return outcome

    def _tags(self):
        """{article id: [tag names]} from `_tags_id`, named as `_tags` names them."""
        reader = self.ctx.reader
        self.tag_rows = reader.all_rows(self.table("tags"))
        names = {}
        for row in self.tag_rows:
            names[row["tid"]] = (row.get("title") or row.get("keywords") or row["alias"].replace("-", " ")).strip()
        by_article = {}
        for row in reader.all_rows(self.table("tags_id"), "id, tid"):
            name = (names.get(row["tid"]) or row.get("keyword") or "").strip()
            if name:
                by_article.setdefault(row["id"], []).append(name[:100])
        self.tag_names = names
        return by_article

    def _tag_redirects(self):
        addresses = self.ctx.addresses
        public = NewsPage.objects.live().public()
        for row in self.tag_rows:
            name = self.tag_names.get(row["tid"])
            tag = Tag.objects.filter(name=name).first() if name else None
            op = f"tag/{row['alias']}"
            forms = addresses.forms(self.module, op)
            if tag is None or not tag.slug or not public.filter(tagged_items__tag=tag).exists():
                # The portal lists a tag only while a published article carries it.
                self.ctx.report.unmapped(
                    addresses.canonical(self.module, op),
                    _("no published article has the tag “%(tag)s”") % {"tag": name},
                )
                continue
            link = reverse("news_tag", args=[tag.slug])
            redirect_old_paths(self.ctx, forms, link=link)
            for number in (1, 2):
                redirect_old_paths(self.ctx, addresses.forms(self.module, f"{op}/page-{number}"), link=link)

    # Articles -----------------------------------------------------------------------------

    def _detail(self, article_id):
        # Table names come from reader.table(), which accepts only letters, digits and underscores.
        sql = f"SELECT * FROM `{self.table('detail')}` WHERE id = %s"  # noqa: S608
        rows = self.ctx.reader.select(sql, [article_id])
        return rows[0] if rows else {}

    def _article(self, row):
        article_id = row["id"]
        if not (row.get("title") or "").strip():
            raise SkipRow(_("it has no title"))
        category = self.category_pages.get(row["catid"])
        if category is None:
            raise SkipRow(_("its category #%(id)s was not imported") % {"id": row["catid"]})
        detail = self._detail(article_id)
        tags = self.tags.get(article_id) or _keywords(detail.get("keywords"))
        state = article_state(row, self.now)
        content = {key: value for key, value in row.items() if key not in COUNTERS}
        digest = checksum(content, detail, tags, category.pk, self.sources.get(row["sourceid"]) and row["sourceid"])
        converted = {}

        def fill(page):
            page.title = " ".join((row["title"] or "").split())
            page.lead = plain_text(row.get("hometext"))
            page.author = (row.get("author") or "").strip()[:255]
            page.source = self._source_of(row, detail)
            page.allow_rating = bool(row.get("allowed_rating"))
            page.published_at = moment(row.get("publtime")) or moment(row.get("addtime"))
            page.first_published_at = page.published_at if state in (LIVE, EXPIRED) else None
            page.go_live_at = moment(row["publtime"]) if state == SCHEDULED else None
            page.expire_at = moment(row.get("exptime"))
            page.seo_title = (detail.get("titlesite") or "")[:255]
            page.search_description = plain_text(detail.get("description") or "")
            page.featured_image = self._featured_image(row)
            page.featured_image_caption = (row.get("homeimgalt") or "").strip()[:500]
            result = self.converter.convert(detail.get("bodyhtml") or "")
            converted["links"] = result.unresolved_links
            page.body = result.blocks
            self._report_body(row, result)
            page.tags.set(tags)
            return page

        def create():
            page = fill(NewsPage())
            page.slug = free_slug(
                category, page_slug(row["alias"], row["title"], f"tin-{article_id}"), suffix=str(article_id)
            )
            return save_in_state(page, state, parent=category)

        def update(page):
            if page.get_parent().pk != category.pk:
                page.move(category, pos="last-child")
                page = NewsPage.objects.get(pk=page.pk)
            page = fill(page)
            page.slug = free_slug(
                category, page_slug(row["alias"], row["title"], f"tin-{article_id}"), page, str(article_id)
            )
            return save_in_state(page, state)

        outcome, page = self.ctx.sync("news_article", article_id, digest, create, update, NewsPage)
        self.article_pages[str(article_id)] = page.pk
        if converted.get("links"):
            self.pending_links[str(article_id)] = (row, detail, converted["links"])
        self._carry_counts(page, row, outcome)
        self._article_redirects(row, page, state)
        return outcome

    def _source_of(self, row, detail):
        source = self.sources.get(row.get("sourceid"))
        if source is not None:
            return source
        text = (detail.get("sourcetext") or "").strip()
        if not text:
            return None
        if text.startswith(("http://", "https://")):
            name, url = urlsplit(text).hostname or text, text
        else:
            name, url = text, ""
        source, _created = NewsSource.objects.get_or_create(name=name[:255], defaults={"url": url[:200]})
        return source

    def _featured_image(self, row):
        path = (row.get("homeimgfile") or "").strip()
        if not path:
            return None
        if int(row.get("homeimgthumb") or 0) == REMOTE_IMAGE or "://" in path:
            source = image_source(self.ctx, path)
        else:
            source = f"{self.ctx.addresses.upload_folder(self.module)}/{path.lstrip('/')}"
        if source is None:
            self.ctx.report.skip("image", path, row["title"], [_("the featured image is not a file or an address")])
            return None
        return import_image(self.ctx, source, row.get("homeimgalt") or row["title"])

    def _image_for(self, src):
        source = image_source(self.ctx, src)
        return import_image(self.ctx, source, "") if source else None

    def _report_body(self, row, result):
        for src in result.missing_images:
            if image_source(self.ctx, src) is None:
                self.ctx.report.skip("image", src, row["title"], [_("a photo in the article that is not a file")])
        for src in result.dropped_embeds:
            self.ctx.report.skip(
                "embed", src, row["title"], [_("an embedded frame that is not a video: kept as a link")]
            )

    def _link_for(self, href):
        """(new page id or None, new address or None, pending key or None) for a link to the old site."""
        return link_target(self.ctx, href, self._article_id, self.article_pages)

    def _article_id(self, path, query):
        """The article id in an old article address, whatever category or alias it names."""
        op = query.get("op", "") if query else ""
        for candidate in (op, path):
            match = self._article_path.search(candidate.strip("/"))
            if match and (not query or query.get("nv") == self.ctx.addresses.name(self.module)):
                return match.group(1)
        return None

    def _carry_counts(self, page, row, outcome):
        """Views and ratings: the old site's totals, plus whatever visitors added here since the
        last import (NewsPageCounter is outside revisions, so publishing never rewinds it)."""
        record = self.ctx.record("news_article", row["id"])
        new = {name: int(row.get(name) or 0) for name in COUNTED}
        old = record.counts if record and record.counts and outcome != CREATED else dict.fromkeys(COUNTED, 0)
        if new == old:
            return
        counter, _created = NewsPageCounter.objects.get_or_create(page=page)
        counter.view_count = max(0, counter.view_count + new["hitstotal"] - old.get("hitstotal", 0))
        counter.rating_total = max(0, counter.rating_total + new["total_rating"] - old.get("total_rating", 0))
        counter.rating_count = max(0, counter.rating_count + new["click_rating"] - old.get("click_rating", 0))
        counter.save()
        record.counts = new
        record.save(update_fields=["counts"])

    def _article_addresses(self, row, function=""):
        catids = [row["catid"]] + [int(c) for c in str(row.get("listcatid") or "").split(",") if c.strip().isdigit()]
        paths = []
        for catid in dict.fromkeys(catids):
            category = self.categories.get(catid)
            if category is None:
                continue
            tail = f"{function}{category['alias']}/{row['alias']}-{row['id']}"
            paths += self.ctx.addresses.forms(self.module, tail, ext=True)
        return paths

    def _article_redirects(self, row, page, state):
        """The article's addresses, its print and save-as-file views; none when the old site did
        not show it (NukeViet answered 404 there: the portal does not reveal its new address)."""
        addresses = self._article_addresses(row)
        alias = self.ctx.addresses.alias
        printed = self._article_addresses(row, f"{alias(self.module, 'print')}/")
        saved = self._article_addresses(row, f"{alias(self.module, 'savefile')}/")
        if state != LIVE:
            self.ctx.withhold(addresses + printed + saved)
            return
        redirect_old_paths(self.ctx, addresses + saved, page=page)
        redirect_old_paths(self.ctx, printed, link=f"{page.url}in/")

    def relink(self):
        """Articles linking to articles imported after them: convert their bodies again now."""
        for source_id, (row, detail, _links) in self.pending_links.items():
            page_id = self.article_pages.get(source_id)
            if page_id is None:
                continue

            def relink(row=row, detail=detail, page_id=page_id):
                page = NewsPage.objects.get(pk=page_id)
                before = page.body.get_prep_value()
                result = self.converter.convert(detail.get("bodyhtml") or "")
                for address in result.unresolved_links:
                    self.ctx.report.unmapped(
                        address, _("linked from article #%(id)s, leads to nothing imported") % {"id": row["id"]}
                    )
                page.body = result.blocks
                if page.body.get_prep_value() == before:
                    return None
                save_in_state(page, _current_state(page))
                return None

            self.ctx.run_row("news_article", row["id"], row["title"], relink)


def _current_state(page):
    if page.live:
        return LIVE
    if page.go_live_at and page.go_live_at > timezone.now():
        return SCHEDULED
    return EXPIRED if page.expired else DRAFT


def _url(value):
    value = (value or "").strip()
    return value[:200] if value.startswith(("http://", "https://")) else ""


def _keywords(text):
    """NukeViet turns an article's keywords into its tags when it has none (`keywords_tag`)."""
    return [word.strip()[:100] for word in (text or "").split(",") if word.strip()]
