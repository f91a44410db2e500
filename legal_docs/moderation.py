"""The moderation queue for comments on drafts: a wagtail-modeladmin listing with approve and
reject actions. Comments come only from visitors, so editors cannot add or rewrite them."""

from django.contrib import messages
from django.contrib.admin.filters import SimpleListFilter
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import re_path
from django.utils.translation import gettext_lazy, pgettext_lazy

from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import InstanceSpecificView

from .models import CommentStatus, DraftComment, LegalDocumentPage

ACTIONS = {
    "approve": (CommentStatus.APPROVED, gettext_lazy("Approve"), gettext_lazy("Comment by %(name)s approved.")),
    "reject": (CommentStatus.REJECTED, gettext_lazy("Reject"), gettext_lazy("Comment by %(name)s rejected.")),
}


class DraftFilter(SimpleListFilter):
    """Drafts that received comments. Django's related-field filter needs django.contrib.admin."""

    title = pgettext_lazy("legal document", "draft")
    parameter_name = "page"

    def lookups(self, request, model_admin):
        return LegalDocumentPage.objects.filter(comments__isnull=False).distinct().values_list("pk", "title")

    def queryset(self, request, queryset):
        return queryset.filter(page_id=self.value()) if self.value() else queryset


class CommentPermissionHelper(PermissionHelper):
    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_moderate(self, user):
        return user.has_perm("legal_docs.change_draftcomment")


class CommentButtonHelper(ButtonHelper):
    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if not self.permission_helper.user_can_moderate(self.request.user):
            return buttons
        for action, (status, label, _message) in ACTIONS.items():
            if obj.status != status:
                buttons.insert(
                    0,
                    {
                        "url": self.url_helper.get_action_url(action, quote(obj.pk)),
                        "label": label,
                        "classname": self.finalise_classname(["button-secondary"]),
                        "title": label,
                    },
                )
        return buttons


class ModerateView(InstanceSpecificView):
    """GET asks for confirmation, POST records the decision: no state change on a plain link."""

    template_name = "legal_docs/admin/moderate.html"
    action = None

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_moderate(user)

    def get_page_title(self):
        return ACTIONS[self.action][1]

    def post(self, request, *args, **kwargs):
        if not self.check_action_permitted(request.user):
            raise PermissionDenied
        status, _label, message = ACTIONS[self.action]
        self.instance.moderate(status, request.user)
        messages.success(request, message % {"name": self.instance.name})
        return redirect(self.index_url)

    def get_context_data(self, **kwargs):
        return super().get_context_data(action_label=ACTIONS[self.action][1], **kwargs)


class DraftCommentAdmin(ModelAdmin):
    model = DraftComment
    menu_label = gettext_lazy("Comments on drafts")
    menu_icon = "comment"
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = ["name", "page", "excerpt", "status", "created_at"]
    list_filter = ["status", DraftFilter]
    search_fields = ["name", "email", "content"]
    list_select_related = ["page"]
    inspect_view_fields = ["page", "name", "email", "content", "status", "created_at", "moderated_at", "moderated_by"]
    permission_helper_class = CommentPermissionHelper
    button_helper_class = CommentButtonHelper

    # A method, not a staticmethod: the column's label is read from the function's short_description.
    def excerpt(self, comment):
        return comment.content[:80] + ("…" if len(comment.content) > 80 else "")

    excerpt.short_description = pgettext_lazy("public comment", "comment")

    def moderate_view(self, request, instance_pk, action):
        view_class = type(f"{action.title()}CommentView", (ModerateView,), {"action": action})
        return view_class.as_view(model_admin=self, instance_pk=instance_pk)(request)

    def get_admin_urls_for_registration(self):
        urls = super().get_admin_urls_for_registration()
        for action in ACTIONS:
            urls += (
                re_path(
                    self.url_helper.get_action_url_pattern(action),
                    lambda request, instance_pk, action=action: self.moderate_view(request, instance_pk, action),
                    name=self.url_helper.get_action_url_name(action),
                ),
            )
        return urls
