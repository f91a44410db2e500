from django.db.models import F

from .models import DownloadCount


def count_download(page, document):
    """One more download, exact under concurrent requests: the increment happens in the database."""
    counter, _ = DownloadCount.objects.get_or_create(page=page, document=document)
    DownloadCount.objects.filter(pk=counter.pk).update(count=F("count") + 1)
