from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from portal.blocks import ContentStreamBlock
from portal.caching.fragments import cached
from portal.images import THUMBNAIL_RENDITION, ImageRenditionsField
from portal.pages import PortalPageManager, PortalPageQuerySet
from portal.search_index import FoldedSearchMixin
from portal.slugs import AsciiSlugMixin

from .admin_forms import NewsPageForm
from .feeds import NewsFeed
from .serializers import CategorySerializer, RatingSerializer, SourceSerializer, TagListSerializer
from .structured_data import news_article

ARTICLES_PER_PAGE = 12
NEIGHBOURS_SHOWN = 5
RELATED_SHOWN = 5


class NewsSource(models.Model):
    """Where an article comes from ("Nguồn tin"): a newspaper, a district office."""

    name = models.CharField(_("name"), max_length=255, unique=True)
    url = models.URLField(_("address (URL)"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("logo")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("news source")
        verbose_name_plural = _("news sources")

    def __str__(self):
        return self.name


class NewsPageQuerySet(PortalPageQuerySet):
    def for_listing(self):
        """With what every list of articles shows: image, its renditions, counters; no body."""
        return (
            self.defer_streamfields()
            .select_related("featured_image", "counter")
            .prefetch_related("featured_image__renditions")
        )

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def with_thumbnails(self):
        """A list whose images already hold their listing rendition, so that a cached copy of
        the list renders without asking the database for renditions again."""
        articles = list(self)
        for article in articles:
            if article.featured_image:
                article.featured_image.get_rendition(THUMBNAIL_RENDITION)
        return articles


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(AsciiSlugMixin, FoldedSearchMixin, RoutablePageMixin, Page):
    """A news category ("Tin tức - Sự kiện"); categories nest, and list their sub-categories' articles too."""

    intro = models.TextField(_("introduction"), blank=True)
    featured_article = models.ForeignKey(
        "news.NewsPage",
        verbose_name=_("featured article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown above the list. Leave empty to list the newest first."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("featured_article")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("featured_article")]

    objects = PortalPageManager()

    parent_page_types = ["home.HomePage", "news.NewsIndexPage"]
    subpage_types = ["news.NewsIndexPage", "news.NewsPage"]

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def articles(self):
        return NewsPage.objects.descendant_of(self).visible().for_listing().newest_first()

    @cached_property
    def visible_featured_article(self):
        if self.featured_article_id is None:
            return None
        return NewsPage.objects.visible().for_listing().filter(pk=self.featured_article_id).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        featured = self.visible_featured_article
        if featured:
            articles = articles.exclude(pk=featured.pk)
        context["featured"] = featured
        context["articles"] = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
        context["subcategories"] = NewsIndexPage.objects.child_of(self).visible()
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("rss/")
    def rss(self, request):
        return NewsFeed(articles=self.articles)(request, category=self)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(AsciiSlugMixin, FoldedSearchMixin, RoutablePageMixin, Page):
    """An article, with the fields NukeViet editors know."""

    og_type = "article"  # Open Graph (portal/templatetags/seo_tags.py)

    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("The date shown on the article. Filled in on first publication when left empty."),
    )
    lead = models.TextField(
        _("lead"), blank=True, help_text=_("The bold opening paragraph, plain text. Also used in listings and feeds.")
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image_caption = models.CharField(_("featured image caption"), max_length=500, blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)
    author = models.CharField(_("author"), max_length=255, blank=True)
    source = models.ForeignKey(
        NewsSource, verbose_name=_("source"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    allow_rating = models.BooleanField(_("allow rating"), default=True)

    objects = NewsPageManager()

    base_form_class = NewsPageForm
    content_panels = Page.content_panels + [
        FieldPanel("category", disable_comments=True),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("featured_image"), FieldPanel("featured_image_caption")], heading=_("Featured image")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("source"), FieldPanel("tags"), FieldPanel("published_at")],
            heading=_("About the article"),
        ),
        FieldPanel("allow_rating"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("published_at"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("published_at"),
        APIField("lead"),
        APIField("featured_image", serializer=ImageRenditionsField()),
        APIField("featured_image_caption"),
        APIField("body"),
        APIField("author"),
        APIField("source", serializer=SourceSerializer()),
        APIField("tags", serializer=TagListSerializer()),
        APIField("category", serializer=CategorySerializer()),
        APIField("allow_rating"),
        APIField("rating", serializer=RatingSerializer(source="*")),
        APIField("view_count"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @classmethod
    def api_queryset(cls, queryset):
        return queryset.select_related("featured_image", "counter", "source__logo").prefetch_related(
            "featured_image__renditions", "tags"
        )

    def save(self, *args, **kwargs):
        if self.live and self.published_at is None:
            self.published_at = self.go_live_at or self.first_published_at or timezone.now()
        creating = self._state.adding
        super().save(*args, **kwargs)
        if creating:
            NewsPageCounter.objects.get_or_create(page=self)

    @property
    def view_count(self):
        return self.counter.view_count if self.has_counter else 0

    @property
    def rating_total(self):
        return self.counter.rating_total if self.has_counter else 0

    @property
    def rating_count(self):
        return self.counter.rating_count if self.has_counter else 0

    @property
    def rating_average(self):
        return round(self.rating_total / self.rating_count, 2) if self.rating_count else 0

    @property
    def has_counter(self):
        try:
            return self.counter is not None
        except NewsPageCounter.DoesNotExist:
            return False

    def neighbours(self):
        """(newer, older): articles of the same category next to this one in publication order."""
        siblings = NewsPage.objects.sibling_of(self, inclusive=False).visible().defer_streamfields()
        moment = self.published_at or timezone.now()
        newer = siblings.filter(Q(published_at__gt=moment) | Q(published_at=moment, pk__gt=self.pk))
        older = siblings.filter(Q(published_at__lt=moment) | Q(published_at=moment, pk__lt=self.pk))
        return (
            list(newer.order_by("published_at", "pk")[:NEIGHBOURS_SHOWN]),
            list(older.newest_first()[:NEIGHBOURS_SHOWN]),
        )

    def related_articles(self, tag_ids):
        if not tag_ids:
            return []
        return list(
            NewsPage.objects.visible()
            .defer_streamfields()
            .filter(tagged_items__tag_id__in=tag_ids)
            .exclude(pk=self.pk)
            .distinct()
            .newest_first()[:RELATED_SHOWN]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tags = list(self.tags.all())
        context["tags"] = tags
        if self.pk is None:  # the preview of an article not saved yet has no neighbours
            context["newer"], context["older"], context["related"] = [], [], []
        else:
            context["newer"], context["older"], context["related"] = cached(
                "article-links",
                self.pk,
                compute=lambda: (*self.neighbours(), self.related_articles([t.pk for t in tags])),
            )
        return context

    def structured_data(self, **described):
        return news_article(self, **described)

    @path("in/")
    def print_view(self, request):
        return self.render(request, template="news/news_page_print.html")


class NewsPageCounter(models.Model):
    """Views and rating totals, outside the page so that publishing a revision never rewinds them."""

    page = models.OneToOneField(NewsPage, on_delete=models.CASCADE, primary_key=True, related_name="counter")
    view_count = models.PositiveIntegerField(_("views"), default=0)
    rating_total = models.PositiveIntegerField(_("rating points"), default=0)
    rating_count = models.PositiveIntegerField(_("ratings"), default=0)

    class Meta:
        verbose_name = _("article counter")
        verbose_name_plural = _("article counters")

    def __str__(self):
        return str(self.page_id)


class NewsRating(models.Model):
    page = models.ForeignKey(NewsPage, on_delete=models.CASCADE, related_name="ratings")
    visitor = models.CharField(_("visitor"), max_length=64)
    stars = models.PositiveSmallIntegerField(_("stars"))
    created_at = models.DateTimeField(_("rated at"), auto_now_add=True)

    class Meta:
        verbose_name = _("article rating")
        verbose_name_plural = _("article ratings")
        constraints = [
            models.UniqueConstraint(fields=["page", "visitor"], name="news_rating_one_per_visitor"),
            models.CheckConstraint(condition=Q(stars__gte=1, stars__lte=5), name="news_rating_stars_1_to_5"),
        ]

    def __str__(self):
        return f"{self.page_id}: {self.stars}"
