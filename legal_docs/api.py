from ninja import Router

router = Router(tags=["legal_docs"])
