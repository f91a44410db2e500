from rest_framework.filters import BaseFilterBackend


class LegalDocumentFilter(BaseFilterBackend):
    """Query parameters of /api/v2/pages/ that this app interprets itself."""

    query_parameters = frozenset()

    def filter_queryset(self, request, queryset, view):
        return queryset
