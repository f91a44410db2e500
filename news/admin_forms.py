"""The article editor's form: the article's category ("Chuyên mục") is chosen there, and an explicit
save moves the article, as Wagtail's move view would (page history, redirects from old addresses).

The form only validates the choice; the move is made by an `after_edit_page` hook (wagtail_hooks.py), once the edit is
saved, because only the request tells an editor's save from Wagtail's background autosave, which
posts the same form (with `Accept: application/json`) and must never move a page mid-edit.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from portal.alt_text import AltTextBeforePublishingMixin

CATEGORY_FIELD = "category"


class CategoryChoiceField(forms.ModelChoiceField):
    top_depth = None

    def label_from_instance(self, obj):
        return "— " * (obj.depth - (self.top_depth or obj.depth)) + obj.title

    def has_changed(self, initial, data):
        # A disabled select is not submitted: no value keeps the current category.
        return data not in self.empty_values and super().has_changed(initial, data)


class NewsPageForm(AltTextBeforePublishingMixin, WagtailAdminPageForm):
    alt_text_image_fields = ("featured_image",)  # the lead photo: its description is its alt text
    category = CategoryChoiceField(
        queryset=Page.objects.none(),
        required=False,
        empty_label=None,
        label=_("Category"),
        error_messages={"invalid_choice": _("You may not move this article to that category.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields[CATEGORY_FIELD]
        editing = self.instance.pk is not None
        current = self.parent_page or (self.instance.get_parent() if editing else None)
        self.current_category = current
        if current is None:
            del self.fields[CATEGORY_FIELD]
            return
        others = self._categories_to_move_to(current) if editing else []
        field.queryset = Page.objects.filter(pk__in=[current.pk, *(other.pk for other in others)]).order_by("path")
        field.top_depth = min(category.depth for category in [current, *others])
        self.initial[CATEGORY_FIELD] = current.pk
        if not editing:
            field.disabled = True
            field.help_text = _(
                "The category the article is written in. To write in another one, start the article from there."
            )
        elif not others:
            # Disabled in the browser only: a value forged into the request is refused by the queryset.
            field.widget.attrs["disabled"] = True
            field.help_text = _("Only chief editors and administrators can move this article to another category.")
        else:
            field.help_text = _(
                "Choose another category and save to move the article there. "
                "If it is published, its old address leads to the new one."
            )

    def _categories_to_move_to(self, current):
        """The other categories of the site, in the article's language, the user may move it to."""
        if self.for_user is None:
            return []
        permissions = self.instance.permissions_for_user(self.for_user)
        site = current.get_site()
        if site is None or not permissions.can_move():
            return []
        # With Wagtail's i18n the site's home in another language is a translation beside its root page.
        home = site.root_page.get_translations(inclusive=True).filter(locale_id=current.locale_id).first()
        if home is None:
            return []
        candidates = (
            Page.objects.descendant_of(home, inclusive=True)
            .type(*type(self.instance).allowed_parent_page_models())
            .filter(locale_id=current.locale_id)
            .exclude(pk=current.pk)
        )
        return [category for category in candidates if permissions.can_move_to(category)]

    def clean(self):
        cleaned_data = super().clean()
        target = cleaned_data.get(CATEGORY_FIELD)
        if target is not None and target.pk != self.current_category.pk:
            # The live slug moves now; a changed one in this form is published under the new category later.
            live_slug = Page.objects.filter(pk=self.instance.pk).values_list("slug", flat=True).first()
            slugs = {live_slug, cleaned_data.get("slug")} - {None, ""}
            taken = target.get_children().filter(slug__in=slugs).exclude(pk=self.instance.pk).first()
            if taken is not None:
                self.add_error(
                    CATEGORY_FIELD,
                    _(
                        "The category “%(category)s” already has an article at the address “%(slug)s”: "
                        "change this article's address (Promote tab) before moving it."
                    )
                    % {"category": target.title, "slug": taken.slug},
                )
        return cleaned_data


def chosen_category(request, page):
    """The category an explicit save of `page`'s edit form asked for, if it is not the current one."""
    form_class = getattr(page, "base_form_class", None)
    if not (isinstance(form_class, type) and issubclass(form_class, NewsPageForm)):
        return None
    if not request.accepts("text/html"):  # Wagtail's autosave
        return None
    try:
        target_id = int(request.POST.get(CATEGORY_FIELD) or 0)
    except ValueError:
        return None
    if not target_id or target_id == page.get_parent().pk:
        return None
    return Page.objects.filter(pk=target_id).first()
