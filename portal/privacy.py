"""What anonymous visitors may see of pages and documents that other content refers to, and the
portal's rule for shared passwords.

A public page is live and under no view restriction; a public document is in a collection with
no view restriction (its own or an ancestor's). Blocks and attachments that point at anything
else render as nothing, in HTML, print views and the API alike (issue 18): a title or a file
name is content too.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, PageViewRestriction


def _page_restrictions():
    """[(path, restriction type)] of every page view restriction, shared until the content
    changes (a restriction's save or delete moves the content version): asking costs no query."""
    from .caching.fragments import cached

    def compute():
        return [tuple(row) for row in PageViewRestriction.objects.values_list("page__path", "restriction_type")]

    return cached("page-view-restrictions", compute=compute)


def _private_collection_ids():
    """The ids of collections under a view restriction (their own or an ancestor's), shared the same way."""
    from .caching.fragments import cached

    def compute():
        paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
        if not paths:
            return []
        condition = Q(pk__in=[])
        for path in paths:
            condition |= Q(path__startswith=path)
        return sorted(Collection.objects.filter(condition).values_list("pk", flat=True))

    return set(cached("private-collection-ids", compute=compute))


def _restriction_types(page):
    return {kind for path, kind in _page_restrictions() if page.path.startswith(path)}


def is_public_page(page):
    if page is None or not page.live:
        return False
    if page.alias_of_id:
        # An alias follows its original's restrictions too (rare: ask Wagtail).
        return not page.get_view_restrictions().exists()
    return not _restriction_types(page)


def is_public_document(document):
    return document is not None and document.collection_id not in _private_collection_ids()


def exclude_private_documents(queryset, document_path=""):
    """Drop rows whose document (`document_path`, e.g. "document__", or "" for documents
    themselves) is in a collection under a view restriction, as one subquery."""
    restricted_path = Subquery(Collection.objects.filter(pk=OuterRef("collection_id")).values("path")[:1])
    restricting = CollectionViewRestriction.objects.annotate(restricted_path=restricted_path).filter(
        restricted_path=Substr(OuterRef(f"{document_path}collection__path"), 1, Length("restricted_path"))
    )
    return queryset.filter(~Exists(restricting))


# Shared passwords. Settings switch them off (WAGTAIL_PRIVATE_PAGE_OPTIONS and
# WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS), which only hides the choice in the admin: Wagtail
# still honours a password restriction made before, or by a script or an import, and its
# password form has no lockout. Here such a restriction is a login restriction, and the
# password form is gone.


def shared_page_passwords():
    return settings.WAGTAIL_PRIVATE_PAGE_OPTIONS.get("SHARED_PASSWORD", True)


def shared_document_passwords():
    return settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS.get("SHARED_PASSWORD", True)


def _login_instead_of_password(restrictions, request):
    if request.user.is_authenticated:
        return None
    if any(restriction.restriction_type == BaseViewRestriction.PASSWORD for restriction in restrictions):
        login_url = getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", None) or reverse("wagtailcore_login")
        response = redirect_to_login(request.get_full_path(), login_url)
        add_never_cache_headers(response)
        return response
    return None


def password_page_needs_login(page, request, serve_args, serve_kwargs):
    """`before_serve_page`: with shared passwords off, a password-protected page asks for a login."""
    if shared_page_passwords():
        return None
    if not page.alias_of_id and BaseViewRestriction.PASSWORD not in _restriction_types(page):
        return None  # the common case, without a query
    restrictions = page.get_view_restrictions()
    response = _login_instead_of_password(restrictions, request)
    if response is None and request.user.is_authenticated:
        # Logged in is enough: Wagtail's own check, which runs next, then lets the user through.
        for restriction in restrictions:
            if restriction.restriction_type == BaseViewRestriction.PASSWORD:
                restriction.mark_as_passed(request)
    return response


def password_document_needs_login(document, request):
    """`before_serve_document`: the same for documents in a password-protected collection."""
    if shared_document_passwords():
        return None
    restrictions = document.collection.get_view_restrictions()
    response = _login_instead_of_password(restrictions, request)
    if response is None and request.user.is_authenticated:
        for restriction in restrictions:
            if restriction.restriction_type == BaseViewRestriction.PASSWORD:
                restriction.mark_as_passed(request)
    return response


def page_password_form(request, *args, **kwargs):
    """Wagtail's page password form, answered 404 while shared passwords are off: there is no
    password to guess (and so no guessing to count)."""
    if shared_page_passwords():
        from wagtail.views import authenticate_with_password

        return authenticate_with_password(request, *args, **kwargs)
    raise Http404


def document_password_form(request, *args, **kwargs):
    if shared_document_passwords():
        from wagtail.documents.views.serve import authenticate_with_password

        return authenticate_with_password(request, *args, **kwargs)
    raise Http404
