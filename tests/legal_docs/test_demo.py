import io

import pytest

from django.core.management import call_command

from legal_docs.models import DocumentAttachment, DocumentRelation, LegalDocumentPage

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent(demo_site):
    before = (LegalDocumentPage.objects.count(), DocumentAttachment.objects.count(), DocumentRelation.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    after = (LegalDocumentPage.objects.count(), DocumentAttachment.objects.count(), DocumentRelation.objects.count())
    assert after == before
    assert before[0] == 14 and before[1] == 14
    assert LegalDocumentPage.objects.open_for_comment().count() == 1
