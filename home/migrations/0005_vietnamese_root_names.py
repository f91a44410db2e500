from django.db import migrations

# The tree roots Wagtail's migrations name "Root": the admin shows them as the page explorer's top
# ("Đang xem: Root") and as the parent collection of every collection (issue 26).
ROOT_NAME = "Gốc"


def name_roots(apps, schema_editor):
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    Page.objects.filter(depth=1, title="Root").update(title=ROOT_NAME, draft_title=ROOT_NAME)
    Collection.objects.filter(depth=1, name="Root").update(name=ROOT_NAME)


def unname_roots(apps, schema_editor):
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    Page.objects.filter(depth=1, title=ROOT_NAME).update(title="Root", draft_title="Root")
    Collection.objects.filter(depth=1, name=ROOT_NAME).update(name="Root")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_content_blocks"),
        ("wagtailcore", "0025_collection_initial_data"),
    ]

    operations = [migrations.RunPython(name_roots, unname_roots)]
