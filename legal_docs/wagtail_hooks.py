from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.options import modeladmin_register

from .dashboard import PendingCommentsPanel
from .models import DocumentType, Issuer, LegalDocumentPage, Sector, Signer
from .moderation import DraftCommentAdmin

NUMBER_MATCHES_SHOWN_FIRST = 5


class DocumentTypeViewSet(SnippetViewSet):
    model = DocumentType
    icon = "doc-full"
    list_display = ["name", "abbreviation"]
    search_fields = ["name", "abbreviation"]


class IssuerViewSet(SnippetViewSet):
    model = Issuer
    icon = "group"
    list_display = ["name", "abbreviation"]
    search_fields = ["name", "abbreviation"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    list_display = ["name"]
    search_fields = ["name"]


class SignerViewSet(SnippetViewSet):
    model = Signer
    icon = "user"
    list_display = ["name", "position"]
    search_fields = ["name", "position"]


class LegalTaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Legal documents")
    menu_icon = "doc-full-inverse"
    menu_order = 240
    items = [DocumentTypeViewSet, IssuerViewSet, SectorViewSet, SignerViewSet]


register_snippet(LegalTaxonomyGroup)
modeladmin_register(DraftCommentAdmin)


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    panels.append(PendingCommentsPanel())


@hooks.register("search_best_matches")
def documents_with_this_number(query):
    """The site search shows first the documents whose number was typed (`4414`, `15/2024/qđ-ubnd`)."""
    return list(LegalDocumentPage.objects.visible().numbered(query).newest_first()[:NUMBER_MATCHES_SHOWN_FIRST])
