"""How a legal document's relations reach headless clients in /api/v2/pages/: objects with
names and URLs, never bare ids."""

from rest_framework.fields import Field

from portal.images import absolute_media_url


class _ReadOnly(Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class _IdentificationField(_ReadOnly):
    """Type, issuer and signer. A listing's filter (api_filters) loads them with the documents;
    `prepare_items`, which the pages API calls before serializing, loads them for the others (a
    detail, a draft's preview) in one query with the document's status, where reading them costs
    four. A draft keeps the choices it changed (as `load_display_data` does for the page)."""

    def prepare_items(self, documents):
        missing = [document for document in documents if not hasattr(document, "has_replacement_in_effect")]
        if not missing:
            return
        saved = (
            type(missing[0])
            .objects.select_related("document_type", "issuer", "signer")
            .annotate_replaced()
            .in_bulk([document.pk for document in missing if document.pk])
        )
        for document in missing:
            stored = saved.get(document.pk)
            if stored is None:
                continue
            for name in ("document_type", "issuer", "signer"):
                if getattr(stored, f"{name}_id") == getattr(document, f"{name}_id"):
                    setattr(document, name, getattr(stored, name))
            document.has_replacement_in_effect = stored.has_replacement_in_effect


class TaxonomyField(_IdentificationField):
    def to_representation(self, value):
        return {"id": value.pk, "name": value.name, "abbreviation": value.abbreviation}


class SignerField(_IdentificationField):
    def to_representation(self, value):
        return {"id": value.pk, "name": value.name, "position": value.position}


class SectorsField(_ReadOnly):
    def to_representation(self, value):
        return [{"id": sector.pk, "name": sector.name} for sector in value.all()]


class AttachmentsField(_ReadOnly):
    def to_representation(self, page):
        request = self.context.get("request")
        return [
            {
                "title": attachment.document.title,
                "url": absolute_media_url(
                    page.get_url(request) + page.reverse_subpage("download", args=[attachment.document_id])
                ),
                "size": attachment.document.file_size,
                "content_type": attachment.document.content_type,
                "downloads": getattr(attachment, "downloads", 0),
            }
            for attachment in page.attachment_list
        ]


class RelationsField(_ReadOnly):
    def to_representation(self, page):
        request = self.context.get("request")
        return [
            {
                "kind": link.kind,
                "direction": link.direction,
                "id": link.document.pk,
                "number": link.document.number,
                "title": link.document.title,
                "url": absolute_media_url(link.document.get_url(request)),
            }
            for link in page.relation_links
        ]
