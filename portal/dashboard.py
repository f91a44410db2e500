"""The dashboard's list of the editor's own drafts: pages they last saved and have not published."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField
from django.db.models.functions import Cast

from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

SHOWN = 8


class YourDraftsPanel(Component):
    name = "your_drafts"
    template_name = "portal/admin/your_drafts_panel.html"
    # After the approvals waiting for the editor (210, 220), before recent edits (250) and statistics.
    order = 240

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        drafts = (
            Page.objects.filter(has_unpublished_changes=True, latest_revision__user=user)
            # Those in an approval workflow are listed by Wagtail's own panel above.
            .exclude(pk__in=pages_in_a_workflow())
            .order_by("-latest_revision_created_at")
            .specific(defer=True)
        )
        return {"drafts": drafts[:SHOWN]}


def pages_in_a_workflow():
    # WorkflowState names its object by a text id (it serves snippets too): cast to compare with page ids.
    return (
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list(Cast("object_id", IntegerField()), flat=True)
    )
