"""Every API the portal serves: Wagtail's read API (v2) and the interaction API (django-ninja)."""

import logging
import re
from collections import defaultdict

from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import DatabaseError
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404, JsonResponse
from django.http.request import split_domain_port
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from wagtail import blocks
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import RelatedField, RichTextFieldSerializer
from wagtail.api.v2.serializers import StreamField as StreamFieldSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site
from wagtail.rich_text import get_rewriter
from wagtail.rich_text.pages import PageLinkHandler

from .api_search import AccentInsensitiveSearchFilter
from .caching.fragments import cached
from .errors import RETRY_AFTER_SECONDS
from .internals import page_without_specific, query_parameters_hidden, remember_site
from .pages import exclude_private, in_site_trees
from .site_api import router as site_router

logger = logging.getLogger(__name__)

# Filters the apps add to /api/v2/pages/ (settings.PORTAL_PAGES_API_FILTERS), each declaring its
# `query_parameters`.
APP_PAGE_FILTERS = [import_string(path) for path in settings.PORTAL_PAGES_API_FILTERS]


class PortalFieldsFilter(FieldsFilter):
    """Wagtail's `?field=value` filter, leaving alone the parameters an app filter interprets
    itself (`?document_type=QĐ` means an abbreviation, not a foreign-key id)."""

    def filter_queryset(self, request, queryset, view):
        claimed = view.app_filter_parameters & request.GET.keys()
        if not claimed:
            return super().filter_queryset(request, queryset, view)
        with query_parameters_hidden(request, claimed):
            return super().filter_queryset(request, queryset, view)


# Past this, databases overflow (SQLite) or refuse (PostgreSQL's bigint) the OFFSET.
MAX_OFFSET = 10**9


class PortalPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(_("offset cannot be higher than %(max)s") % {"max": MAX_OFFSET})
        return super().paginate_queryset(queryset, request, view)


class PortalErrorsMixin:
    """Wagtail answers `{"message": …}`; the portal's APIs answer `{"detail": …}`: give both."""

    pagination_class = PortalPagination

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if isinstance(response.data, dict) and "message" in response.data:
            response.data.setdefault("detail", response.data["message"])
            if not response.data["detail"]:
                # An Http404 without a message: DRF's, for a `?format=` it does not know.
                response.data["message"] = response.data["detail"] = _("Not found.")
        return response

    @classmethod
    def with_portal_search(cls, backends):
        return [AccentInsensitiveSearchFilter if backend is SearchFilter else backend for backend in backends]


class PortalPagesAPIViewSet(PortalErrorsMixin, PagesAPIViewSet):
    app_filter_parameters = frozenset().union(*(backend.query_parameters for backend in APP_PAGE_FILTERS))
    filter_backends = [
        PortalFieldsFilter if backend is FieldsFilter else backend
        for backend in PortalErrorsMixin.with_portal_search(PagesAPIViewSet.filter_backends)
    ]
    # App filters run before Wagtail's search filter, which must stay last.
    filter_backends[-1:-1] = APP_PAGE_FILTERS
    known_query_parameters = PagesAPIViewSet.known_query_parameters | app_filter_parameters

    def get_base_queryset(self):
        """Live pages of the requested site (all its locales), none under a view restriction:
        the API serves anonymous clients. One query, where Wagtail's own takes four."""
        site = self.requested_site()
        if site is None:
            return Page.objects.none()
        return in_site_trees(exclude_private(Page.objects.live()), site)

    def requested_site(self):
        """The site named by `?site=`, else the one the request was sent to. The latter is kept
        per address and content version (saving a site moves it): Wagtail asks the database
        on every request."""
        if self.request.GET.get("site"):
            try:
                return SiteFilterValidator(site=self.request.GET["site"], request=self.request).site_obj
            except ValueError as error:
                raise BadRequestError(str(error)) from error
        hostname = split_domain_port(self.request.get_host())[0]
        port = self.request.get_port()
        site = cached("api-site", hostname, port, compute=lambda: Site.find_for_request(self.request))
        remember_site(self.request, site)
        return site

    # A page model may define `api_queryset(queryset)` to load, in a fixed number of queries,
    # what its API fields read; listings and details of that type then use it.
    def get_queryset(self):
        # Every item's meta names its locale: one join, not one query per item.
        queryset = super().get_queryset().select_related("locale")
        if hasattr(queryset.model, "api_queryset"):
            queryset = queryset.model.api_queryset(queryset)
        return queryset

    @cached_property
    def _specific_object(self):
        page = page_without_specific(self)
        model = page.specific_class
        if model is None:
            return page
        queryset = model.objects.filter(pk=page.pk).select_related("locale")
        if hasattr(model, "api_queryset"):
            queryset = model.api_queryset(queryset)
        return queryset.get()

    def get_object(self):
        return self._specific_object

    def find_object(self, queryset, request):
        page_id = request.GET.get("id")
        if page_id is not None:
            if not re.fullmatch(r"[0-9]{1,18}", page_id):
                raise BadRequestError(_("id must be a page id (a whole number)"))
            if int(page_id) >= 2**31:
                return None  # no page has it, and SQLite cannot compare it
        return super().find_object(queryset, request)

    def get_serializer(self, instance, many=False, **kwargs):
        """The serializer of a listing or a detail, once what its fields read is loaded."""
        if many:
            instance = list(instance)
        serializer = super().get_serializer(instance, many=many, **kwargs)
        fields = serializer.child.fields if many else serializer.fields
        prepare_items(instance if many else [instance], fields, serializer.context)
        return serializer


# Loading what an answer's fields read, once for all its items ----------------------------------
#
# A listing of 20 pages must cost what a listing of 5 costs. Before a listing (or a detail) is
# serialized, what the requested fields read beyond each page's own row is loaded for every
# item at once:
# - an API field that defines `prepare_items(items)` loads its own data (a news article's
#   category, a legal document's taxonomies);
# - StreamField content: each block type's objects (images, documents, pages) in one query for
#   all the items, as Wagtail does within one stream;
# - rich text (RichTextField and rich text blocks): expanded to HTML in one pass, each link and
#   embed handler called once with the tags of every item, as Wagtail calls it once per text;
# - relations to other objects that Wagtail serializes itself (`featured_article`, also with
#   nested fields such as `featured_article(title)`): one query, through the related model's
#   `api_queryset` when it has one, then prepared in turn.
# Every page an answer holds is also in `context["pages_by_path"]`, where a field looking for a
# page by its place in the tree (a parent) finds it without a query.


def prepare_items(items, fields, context, rich_text=None):
    items = [item for item in items if item is not None]
    top = rich_text is None
    if top:
        rich_text = RichTextBatch()
    if items:
        pages_by_path = context.setdefault("pages_by_path", {})
        pages_by_path.update((item.path, item) for item in items if isinstance(item, Page))
        for field in fields.values():
            if hasattr(field, "prepare_items"):
                field.prepare_items(items)
            elif isinstance(field, StreamFieldSerializer):
                streams = [getattr(item, field.source) for item in items]
                convert_streams(streams)
                rich_text.add_streams(streams)
            elif isinstance(field, RichTextFieldSerializer):
                rich_text.add_attributes(items, field.source)
            elif isinstance(field, RelatedField):
                related = load_related(items, field.source)
                prepare_items(related, field.serializer_class(context=context).fields, context, rich_text)
    if top and context.get("_wagtail_rich_text_format") == "html":
        rich_text.expand()


def load_related(items, name):
    model = items[0]._meta.get_field(name).related_model
    queryset = model._default_manager.all()
    if issubclass(model, Page):
        # A reference to a draft or private page reads as no reference (None) to anonymous clients.
        queryset = exclude_private(queryset.live()).select_related("locale")
    if hasattr(model, "api_queryset"):
        queryset = model.api_queryset(queryset)
    prefetch_related_objects(items, Prefetch(name, queryset=queryset))
    return [getattr(item, name) for item in items]


def convert_streams(streams):
    """Turn the stored content of many streams into blocks together: each block type's
    `bulk_to_python` once for all of them (Wagtail calls it once per type and stream)."""
    places = defaultdict(list)
    for stream in streams:
        if isinstance(stream, blocks.StreamValue) and stream.is_lazy:
            for index, raw in enumerate(stream.raw_data):
                places[raw["type"]].append((stream, index))
    for type_name, found in places.items():
        block = found[0][0].stream_block.child_blocks[type_name]
        values = block.bulk_to_python([stream.raw_data[index]["value"] for stream, index in found])
        for (stream, index), value in zip(found, values, strict=True):
            stream[index] = blocks.StreamValue.StreamChild(block, value, id=stream.raw_data[index].get("id"))


def rich_texts_in(block, value):
    """The RichText values inside a block's value, at any depth."""
    if isinstance(block, blocks.RichTextBlock):
        if value is not None:
            yield value
    elif isinstance(block, blocks.StreamBlock):
        for child in value or ():
            yield from rich_texts_in(child.block, child.value)
    elif isinstance(block, blocks.ListBlock):
        for item in value or ():
            yield from rich_texts_in(block.child_block, item)
    elif isinstance(block, blocks.StructBlock) and isinstance(value, blocks.StructValue):
        for name, child_block in block.child_blocks.items():
            yield from rich_texts_in(child_block, value.get(name))


class RichTextBatch:
    """Rich text of many items turned into front-end HTML together. The expanded HTML replaces
    the stored HTML in the (unsaved) items, where Wagtail's serializers expand it again: HTML
    without `linktype` or `embedtype` tags is left as it is."""

    def __init__(self):
        self.sources = []
        self.setters = []

    def add(self, source, setter):
        if source:
            self.sources.append(source)
            self.setters.append(setter)

    def add_attributes(self, items, name):
        for item in items:
            self.add(getattr(item, name), lambda html, item=item: setattr(item, name, html))

    def add_streams(self, streams):
        for stream in streams:
            if isinstance(stream, blocks.StreamValue):
                for rich_text in rich_texts_in(stream.stream_block, stream):
                    self.add(rich_text.source, lambda html, rich_text=rich_text: setattr(rich_text, "source", html))

    def expand(self):
        htmls = self.sources
        for rewriter in get_rewriter().rewriters:
            htmls = rewrite_together(rewriter, htmls)
        for setter, html in zip(self.setters, htmls, strict=True):
            setter(html)


def rewrite_together(rewriter, htmls):
    """What `rewriter` (a Wagtail TagRewriter) makes of each of `htmls`, asking each tag type's
    handler once for the tags of all of them."""
    found = [rewriter.extract_tags(html) for html in htmls]
    by_type = defaultdict(list)
    for tags in found:
        for tag_type, matches in tags.items():
            by_type[tag_type] += matches
    replacements = {}
    for tag_type, matches in by_type.items():
        attrs_list = [match.attrs for match in matches]
        if tag_type == "page" and rewriter.bulk_rules.get("page") == PageLinkHandler.expand_db_attributes_many:
            new_tags = expand_page_links(attrs_list)
        else:
            new_tags = rewriter.get_tag_replacements(tag_type, attrs_list)
        replacements.update((id(match), new_tag) for match, new_tag in zip(matches, new_tags, strict=False))
    rewritten = []
    for html, tags in zip(htmls, found, strict=True):
        matches = sorted((match for matches in tags.values() for match in matches), key=lambda match: match.start)
        parts, end = [], 0
        for match in matches:
            if id(match) in replacements:
                parts += [html[end : match.start], replacements[id(match)]]
                end = match.end
        rewritten.append("".join(parts) + html[end:])
    return rewritten


def expand_page_links(attrs_list):
    """Wagtail's page links (`PageLinkHandler`) for many tags at once: the same `<a href>` to the
    page's live translation in the active language, or to the page. Wagtail looks the active
    locale up once per link; here the pages and their locales come in one query, and
    translations, when a link needs one, in one more."""
    ids = [str(attrs.get("id", "")) for attrs in attrs_list]
    numbers = {pk for pk in ids if pk.isdigit()}
    pages = {str(page.pk): page for page in Page.objects.filter(pk__in=numbers).select_related("locale")}
    wanted = active_language_code()
    if wanted is not None:
        elsewhere = {page.translation_key for page in pages.values() if page.locale.language_code != wanted}
        if elsewhere:
            translations = {
                page.translation_key: page
                for page in Page.objects.filter(
                    translation_key__in=elsewhere, locale__language_code=wanted, live=True
                ).specific(defer=True)
            }
            pages = {pk: translations.get(page.translation_key, page) for pk, page in pages.items()}
    return [f'<a href="{escape(pages[pk].specific_deferred.url)}">' if pk in pages else "<a>" for pk in ids]


def active_language_code():
    """The language of `Locale.get_active()`, without its query; None when pages are not
    translated (then every link goes to its own page, as in Wagtail)."""
    if not settings.WAGTAIL_I18N_ENABLED:
        return None
    for language in (translation.get_language(), settings.LANGUAGE_CODE):
        try:
            return get_supported_content_language_variant(language)
        except LookupError:
            continue
    return None


class PortalImagesAPIViewSet(PortalErrorsMixin, ImagesAPIViewSet):
    filter_backends = PortalErrorsMixin.with_portal_search(ImagesAPIViewSet.filter_backends)


class PortalDocumentsAPIViewSet(PortalErrorsMixin, DocumentsAPIViewSet):
    filter_backends = PortalErrorsMixin.with_portal_search(DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)


portal_api = NinjaAPI(
    title="NTM Portal interaction API",
    version="1",
    description='Votes, ratings, comments and statistics: everything a client writes. Errors are JSON `{"detail": …}`.',
    urls_namespace="portal_api",
    docs_url="/docs",
)
portal_api.add_router("/site", site_router)
portal_api.add_router("/news", "news.api.router")
portal_api.add_router("/legal-documents", "legal_docs.api.router")
portal_api.add_router("/polls", "polls.api.router")
portal_api.add_router("/stats", "visitor_stats.api.router")
portal_api.add_router("/songs", "songs.api.router")


@portal_api.exception_handler(Http404)
def not_found(request, exc):
    return portal_api.create_response(request, {"detail": _("Not found.")}, status=404)


@portal_api.exception_handler(ValidationError)
def invalid_input(request, exc):
    return portal_api.create_response(request, {"detail": exc.errors}, status=422)


@portal_api.exception_handler(AuthenticationError)
def unauthenticated(request, exc):
    return portal_api.create_response(request, {"detail": _("Authentication required.")}, status=401)


@portal_api.exception_handler(HttpError)
def http_error(request, exc):
    detail = str(exc)
    if exc.status_code == 400 and isinstance(exc.__cause__, Exception) and detail.startswith("Cannot parse"):
        # django-ninja's own words for a body that is not JSON, which it does not translate.
        detail = _("The request body is not valid JSON.")
    return portal_api.create_response(request, {"detail": detail}, status=exc.status_code)


@portal_api.exception_handler(DatabaseError)
def database_unavailable(request, exc):
    """A write the database refused half-way was rolled back whole (each one is a transaction):
    say so in JSON, never with Django's HTML error page."""
    logger.error("Database error on %s %s", request.method, request.path, exc_info=exc)
    if request.method in InteractionGuardMiddleware.WRITE_METHODS:
        detail = _("The database is not available right now, so nothing was recorded. Please try again shortly.")
    else:
        detail = _("The database is not available right now. Please try again shortly.")
    response = portal_api.create_response(request, {"detail": detail}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class InteractionGuardMiddleware:
    """For the interaction API's writes: a page on another site may not post with a visitor's
    cookies (the Origin must be this site or a configured CORS client), and a body too large
    for Django is answered in the API's JSON, not with Django's HTML error page."""

    WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in self.WRITE_METHODS and request.path.startswith("/api/portal/"):
            origin = request.headers.get("Origin")
            if (
                origin
                and origin != f"{request.scheme}://{request.get_host()}"
                and origin not in set(settings.CORS_ALLOWED_ORIGINS)
            ):
                return JsonResponse({"detail": _("Requests from other sites are not accepted.")}, status=403)
            try:
                request.body  # noqa: B018 - read now, so an oversized body is refused here
            except RequestDataTooBig:
                return JsonResponse({"detail": _("The request body is too large.")}, status=413)
        return self.get_response(request)
