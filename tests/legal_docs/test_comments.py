import datetime

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse
from django.utils import timezone

from legal_docs.factories import DraftCommentFactory, DraftDocumentPageFactory
from legal_docs.models import CommentStatus, DraftComment

pytestmark = pytest.mark.django_db
COMMENT = {"name": "Nguyễn Văn A", "email": "a@example.vn", "content": "<b>Đề nghị</b> bổ sung tiêu chí."}


@pytest.fixture
def draft(index_page, province):
    return DraftDocumentPageFactory(parent=index_page, issuer=province)


def api_url(page):
    return f"/api/portal/legal-documents/{page.pk}/comments"


def test_api_comment_is_held_for_moderation(client, draft):
    response = client.post(api_url(draft), COMMENT, content_type="application/json")
    assert response.status_code == 202
    comment = DraftComment.objects.get()
    assert comment.status == CommentStatus.PENDING
    assert "Bổ sung" not in client.get(draft.url).content.decode()


def test_api_refuses_closed_windows_and_non_drafts(client, draft, make_document):
    draft.comments_open_until = timezone.now() - datetime.timedelta(minutes=1)
    draft.comments_open_from = timezone.now() - datetime.timedelta(days=2)
    draft.save_revision().publish()
    response = client.post(api_url(draft), COMMENT, content_type="application/json")
    assert response.status_code == 409
    assert "kết thúc" in response.json()["detail"]
    issued = make_document("1/QĐ-UBND")
    assert client.post(api_url(issued), COMMENT, content_type="application/json").status_code == 409
    assert (
        client.post("/api/portal/legal-documents/999999/comments", COMMENT, content_type="application/json").status_code
        == 404
    )


@pytest.mark.parametrize(
    "payload",
    [
        {**COMMENT, "email": "khong-phai-email"},
        {**COMMENT, "content": "   "},
        {"name": "A"},
        {**COMMENT, "content": "x" * 5001},
    ],
)
def test_api_invalid_comment_is_422(client, draft, payload):
    response = client.post(api_url(draft), payload, content_type="application/json")
    assert response.status_code == 422
    assert "detail" in response.json()
    assert not DraftComment.objects.exists()


def test_page_form_posts_and_approved_comments_appear_escaped(client, draft):
    response = client.post(reverse("legal_document_comment", args=[draft.pk]), COMMENT)
    assert response.status_code == 302
    assert "được hiển thị sau khi được duyệt" in client.get(draft.url).content.decode()
    comment = DraftComment.objects.get()
    comment.moderate(CommentStatus.APPROVED, None)
    html = client.get(draft.url).content.decode()
    assert "&lt;b&gt;Đề nghị&lt;/b&gt;" in html


def test_page_form_errors_are_shown(client, draft):
    response = client.post(reverse("legal_document_comment", args=[draft.pk]), {**COMMENT, "email": "sai"})
    assert response.status_code == 400
    assert BeautifulSoup(response.content, "html.parser").select(".field-error")


def test_moderation_queue_lists_filters_and_approves(client, django_user_model, draft):
    client.force_login(django_user_model.objects.create_superuser("bientap", "b@example.vn", "x"))
    pending = DraftCommentFactory(page=draft, name="Trần Thị B")
    DraftCommentFactory(page=draft, status=CommentStatus.REJECTED, name="Lê Văn C")
    index = reverse("legal_docs_draftcomment_modeladmin_index")
    listing = client.get(index, {"status__exact": "pending"}).content.decode()
    assert "Trần Thị B" in listing and "Lê Văn C" not in listing
    assert "Trần Thị B" in client.get(index, {"q": "Trần"}).content.decode()
    approve = reverse("legal_docs_draftcomment_modeladmin_approve", args=[pending.pk])
    assert client.get(approve).status_code == 200
    assert DraftComment.objects.get(pk=pending.pk).status == CommentStatus.PENDING
    assert client.post(approve).status_code == 302
    pending.refresh_from_db()
    assert pending.status == CommentStatus.APPROVED and pending.moderated_at
    assert "Trần Thị B" in client.get(draft.url).content.decode()
