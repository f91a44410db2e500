"""Wagtail's own groups, workflow and task carry English names ("Editors", "Moderators",
"Moderators approval"), which editors read in the admin ("Gửi duyệt theo Moderators approval"):
Vietnamese names, on sites that still have them (issue 26)."""

from django.db import migrations

GROUPS = {"Editors": "Biên tập viên (toàn trang)", "Moderators": "Kiểm duyệt viên (toàn trang)"}
WORKFLOWS = {"Moderators approval": "Kiểm duyệt toàn trang"}
TASKS = {"Moderators approval": "Kiểm duyệt viên duyệt"}


def rename(model, names):
    for english, vietnamese in names.items():
        if not model.objects.filter(name=vietnamese).exists():
            model.objects.filter(name=english).update(name=vietnamese)


def vietnamese_names(apps, schema_editor):
    rename(apps.get_model("auth", "Group"), GROUPS)
    rename(apps.get_model("wagtailcore", "Workflow"), WORKFLOWS)
    rename(apps.get_model("wagtailcore", "Task"), TASKS)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_footer_fax_and_licence"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(vietnamese_names, migrations.RunPython.noop)]
