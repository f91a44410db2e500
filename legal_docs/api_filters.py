from rest_framework.filters import BaseFilterBackend

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from wagtail.api.v2.utils import BadRequestError

from .numbering import InvalidNumber, code_key, parse_number_query

YEAR_RANGE = range(1945, 2101)


def _legal_document_model():
    from .models import LegalDocumentPage

    return LegalDocumentPage


def listing_prefetches():
    """Everything `fields=*` serialises, for a whole page of results in a fixed number of queries."""
    from .models import DocumentAttachment, DocumentRelation

    visible = _legal_document_model().objects.visible()
    return [
        Prefetch(
            "relations",
            queryset=DocumentRelation.objects.filter(target__in=visible).select_related("target"),
            to_attr="visible_outgoing_relations",
        ),
        Prefetch(
            "incoming_relations",
            queryset=DocumentRelation.objects.filter(source__in=visible).select_related("source"),
            to_attr="visible_incoming_relations",
        ),
        Prefetch(
            "attachments",
            queryset=DocumentAttachment.objects.for_display(),
            to_attr="prefetched_attachments",
        ),
        "sectors",
    ]


class LegalDocumentFilter(BaseFilterBackend):
    """Query parameters of /api/v2/pages/ that this app interprets itself."""

    query_parameters = frozenset({"document_type", "issuer", "year", "status", "number"})

    def filter_queryset(self, request, queryset, view):
        model = _legal_document_model()
        asked = self.query_parameters & request.GET.keys()
        if not issubclass(queryset.model, model):
            if asked:
                raise BadRequestError(
                    _("%(parameters)s can only be used with type=legal_docs.LegalDocumentPage.")
                    % {"parameters": ", ".join(sorted(asked))}
                )
            return queryset
        queryset = queryset.select_related("locale", "document_type", "issuer", "signer").annotate_replaced()
        queryset = queryset.prefetch_related(*listing_prefetches())
        return self._filter(request.GET, queryset)

    def _filter(self, params, queryset):
        if "document_type" in params:
            queryset = queryset.filter(document_type__abbreviation__in=self._codes(params, "document_type"))
        if "issuer" in params:
            queryset = queryset.filter(issuer__abbreviation__in=self._codes(params, "issuer"))
        if "year" in params:
            year = params["year"]
            if not year.isdigit() or int(year) not in YEAR_RANGE:
                raise BadRequestError(_("year must be a four-digit year, e.g. year=2024."))
            queryset = queryset.filter(issued_on__year=int(year))
        if "status" in params:
            from .models import DocumentStatus

            if params["status"] not in DocumentStatus.values:
                raise BadRequestError(
                    _("status must be one of: %(values)s.") % {"values": ", ".join(DocumentStatus.values)}
                )
            queryset = queryset.with_status(params["status"])
        if "number" in params:
            try:
                queryset = queryset.filter(parse_number_query(params["number"]).as_filter())
            except InvalidNumber as error:
                raise BadRequestError(str(error)) from error
        return queryset

    def _codes(self, params, name):
        """The stored spellings matching an abbreviation typed in any case or without accents."""
        from .models import DocumentType, Issuer

        wanted = code_key(params[name].strip())
        if not wanted:
            raise BadRequestError(_("%(name)s needs an abbreviation, e.g. %(name)s=QĐ.") % {"name": name})
        model = DocumentType if name == "document_type" else Issuer
        return [
            code for code in model.objects.values_list("abbreviation", flat=True).distinct() if code_key(code) == wanted
        ]
