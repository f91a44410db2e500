from wagtail.admin.panels import Panel


class PollResultsPanel(Panel):
    """The poll's counts on its edit view, with a link to download them as CSV."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "polls/admin/results_panel.html"

        def is_shown(self):
            return self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["results"] = self.instance.stored_results()
            context["poll"] = self.instance
            return context
