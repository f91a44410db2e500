from django import template

from legal_docs.models import LegalDocumentPage
from portal.fragments import cached
from portal.pages import exclude_private

register = template.Library()

SIDEBAR_COUNT = 5


def _latest(count):
    documents = exclude_private(LegalDocumentPage.objects.live()).issued().newest_first()
    return list(documents.only("title", "summary", "url_path")[:count])


@register.simple_tag
def latest_legal_documents(count=SIDEBAR_COUNT):
    """The newest issued documents for the sidebar of every page, from the fragment cache."""
    return cached("latest-legal-documents", count, compute=lambda: _latest(count))
