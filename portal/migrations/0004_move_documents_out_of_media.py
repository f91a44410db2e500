"""Document files stored before issue 18 sit in MEDIA_ROOT/documents/, which the web server
serves to anyone: move them to the documents' root (portal/storage.py), under random folders."""

from django.db import migrations


def move_documents(apps, schema_editor):
    from portal.storage import move_documents_out_of_media

    move_documents_out_of_media(apps.get_model("wagtaildocs", "Document"))


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_page_url_path_index"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(move_documents, migrations.RunPython.noop)]
