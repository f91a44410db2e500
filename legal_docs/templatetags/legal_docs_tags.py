from django import template

from legal_docs.models import LegalDocumentPage

register = template.Library()

SIDEBAR_COUNT = 5


@register.simple_tag
def latest_legal_documents(count=SIDEBAR_COUNT):
    return list(
        LegalDocumentPage.objects.live().public().issued().newest_first().only("title", "summary", "url_path")[:count]
    )
