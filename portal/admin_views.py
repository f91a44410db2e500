from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access, user_has_any_page_permission
from wagtail.admin.views.home import HomeView


class PortalHomeView(HomeView):
    """Wagtail's dashboard, without the page search box for desks that may not search pages.

    Wagtail offers the box to everyone, and answers a desk without page rights (Quản trị cổng:
    footer, links, songs) "no permission" when it is used.
    """

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not user_has_any_page_permission(self.request.user):
            context["search_form"] = ()
        return context


# As Wagtail wraps its own admin views.
dashboard = never_cache(require_admin_access(PortalHomeView.as_view()))
