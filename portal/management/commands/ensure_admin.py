import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the administrator account if it does not exist, and print how to log in."

    def handle(self, *args, **options):
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD", "ntm-admin-2026")
        base_url = f"http://{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            User.objects.create_superuser(username, email="admin@example.com", password=password)
            self.stdout.write(self.style.SUCCESS(f"Created the administrator account “{username}”."))
            shown_password = password
        else:
            shown_password = "(unchanged: the one you set, by default ADMIN_PASSWORD)"  # noqa: S105
        self.stdout.write(f"Log in at {base_url}/admin/ as “{username}”, password: {shown_password}")
