import contextlib

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException

from portal.stored_uploads import StoredUploadMixin


class SongForm(StoredUploadMixin, WagtailAdminModelForm):
    # The recording is stored while the form is validated: a full disk is a form error (issue 18).
    stored_field = "media_file"

    def clean_embed_url(self):
        url = self.cleaned_data.get("embed_url")
        if url:
            # Fetched here, while an editor waits, and stored by Wagtail: pages only read the
            # stored embed and never call the video site; one that cannot be fetched is a link.
            with contextlib.suppress(EmbedException):
                get_embed(url)
        return url
