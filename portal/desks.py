"""The office's desks as Wagtail groups: each gets the admin, the pictures and files it needs,
and rights on its own pages and models only (issue 26). The demo builds them; the README lists
them. Idempotent: running it again changes nothing."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

FILE_PERMISSIONS = ["add_image", "choose_image", "add_document", "choose_document"]
MODEL_PERMISSIONS = ("add", "change", "delete", "view")


def desk(name, *, pages=(), page_permissions=(), models=()):
    """The group `name`: admin access, pictures and files, `page_permissions` on each of `pages`
    (and so below them), and every permission on each of `models`."""
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    root_collection = Collection.get_first_root_node()
    for codename in FILE_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=Permission.objects.get(codename=codename)
        )
    for page in pages:
        for codename in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=Permission.objects.get(codename=codename)
            )
    for model in models:
        content_type = ContentType.objects.get_for_model(model)
        group.permissions.add(
            *Permission.objects.filter(
                content_type=content_type,
                codename__in=[f"{action}_{content_type.model}" for action in MODEL_PERMISSIONS],
            )
        )
    return group
