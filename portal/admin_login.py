"""The admin's login form (settings.WAGTAILADMIN_USER_LOGIN_FORM)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm


class PortalLoginForm(LoginForm):
    """Wagtail's login form with a translated label on the password field.

    Wagtail redeclares the password field without a label, so its login page labels it with the
    field's name, "Password", in English whatever the admin's language; editors and screen readers
    get "Mật khẩu" like the other field.
    """

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["password"].label = _("Password")
