"""The dashboard's queue of citizens' comments waiting for a moderator, above the statistics."""

from django.urls import reverse
from django.utils.http import urlencode

from wagtail.admin.ui.components import Component

from .models import CommentStatus, DraftComment

SHOWN = 5


class PendingCommentsPanel(Component):
    name = "pending_draft_comments"
    template_name = "legal_docs/admin/pending_comments_panel.html"
    # After Wagtail's approvals (210, 220) and the editor's drafts (240), before recent edits (250).
    order = 245

    def get_context_data(self, parent_context):
        pending = DraftComment.objects.pending().select_related("page").order_by("created_at")
        listing = reverse("legal_docs_draftcomment_modeladmin_index")
        return {
            "comments": pending[:SHOWN],
            "count": pending.count(),
            "all_url": f"{listing}?{urlencode({'status__exact': CommentStatus.PENDING})}",
        }

    def render_html(self, parent_context=None):
        request = parent_context["request"]
        if not request.user.has_perm("legal_docs.change_draftcomment"):
            return ""
        return super().render_html(parent_context)
