from portal.fragments import invalidate_on_change

from .models import DocumentType, Issuer, Sector, Signer


def connect():
    # The index's filter choices list these by name.
    invalidate_on_change(DocumentType, Issuer, Sector, Signer)
