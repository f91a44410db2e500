from .attachments import DocumentAttachment, DownloadCount
from .choices import DocumentStatus, RelationKind
from .comments import CommentStatus, DraftComment
from .document_page import LegalDocumentPage
from .index_page import LegalDocumentIndexPage
from .relations import DocumentRelation
from .taxonomies import DocumentType, Issuer, Sector, Signer

__all__ = [
    "CommentStatus",
    "DocumentAttachment",
    "DocumentRelation",
    "DocumentStatus",
    "DocumentType",
    "DownloadCount",
    "DraftComment",
    "Issuer",
    "LegalDocumentIndexPage",
    "LegalDocumentPage",
    "RelationKind",
    "Sector",
    "Signer",
]
