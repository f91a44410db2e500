"""NukeViet's laws module (module-laws): document types (`_cat`), issuers (`_subject`), signers,
fields (`_area`), documents (`_row`) with their files and relations."""

from collections import Counter
from urllib.parse import urlencode

from django.utils.translation import gettext as _

from legal_docs.importing import Taxonomies, issue_time
from legal_docs.models import (
    DocumentAttachment,
    DocumentRelation,
    DocumentType,
    Issuer,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    RelationKind,
    Sector,
    Signer,
)
from legal_docs.numbering import InvalidNumber, code_key, parse_number
from portal.text import fold

from ..addresses import change_alias
from ..context import SkipRow, checksum
from ..html import BodyConverter, plain_text
from ..links import link_target
from ..media import image_source, import_document, import_image, upload_address
from ..pages import DRAFT, LIVE, free_slug, local_date, moment, page_slug, redirect_old_paths, save_in_state
from ..report import CREATED, UNCHANGED, UPDATED

# Decree 30/2020/NĐ-CP, appendix III: the codes of document types in document numbers.
TYPE_CODES = {
    "nghi quyet": "NQ",
    "quyet dinh": "QĐ",
    "chi thi": "CT",
    "quy che": "QC",
    "quy dinh": "QyĐ",
    "thong cao": "TC",
    "thong bao": "TB",
    "huong dan": "HD",
    "chuong trinh": "CTr",
    "ke hoach": "KH",
    "phuong an": "PA",
    "de an": "ĐA",
    "du an": "DA",
    "bao cao": "BC",
    "bien ban": "BB",
    "to trinh": "TTr",
    "hop dong": "HĐ",
    "cong dien": "CĐ",
    "cong van": "CV",
    "nghi dinh": "NĐ",
    "thong tu": "TT",
    "thong tu lien tich": "TTLT",
    "phap lenh": "PL",
    "luat": "L",
}
ACTIVE = 1


def _ids(text):
    return [int(part) for part in str(text or "").replace(";", ",").split(",") if part.strip().isdigit()]


def _initials(name):
    letters = "".join(word[0] for word in name.split() if word and word[0].isalpha())
    return letters.upper()[:10] or "VB"


def issuer_code(numbers):
    """The code most of an issuer's numbers carry: `UBND` for 15/2024/QĐ-UBND and 4414/UBND-NL5
    (after the type code when there is one, else first)."""
    known_types = {code_key(code) for code in TYPE_CODES.values()}
    codes = Counter()
    for number in numbers:
        try:
            parsed = parse_number(number)
        except InvalidNumber:
            continue
        has_type = len(parsed.codes) > 1 and code_key(parsed.codes[0]) in known_types
        codes[parsed.codes[1 if has_type else 0]] += 1
    return codes.most_common(1)[0][0] if codes else ""


class LawsImporter:
    def __init__(self, ctx, home):
        self.ctx = ctx
        self.home = home
        self.module = ctx.laws_module
        self.types, self.issuers, self.signers, self.sectors = {}, {}, {}, {}
        self.documents = {source_id: int(record.object_id) for source_id, record in ctx._load("legal_document").items()}
        self.converter = BodyConverter(self._image_for, lambda href: link_target(ctx, href))
        self.pending_links = {}

    def table(self, name):
        return self.ctx.reader.table(f"{self.module}_{name}")

    def run(self):
        reader = self.ctx.reader
        if not reader.has_table(self.table("row")):
            return
        rows = reader.all_rows(self.table("row"), "id")
        self.index = self._index_page()
        self.taxonomies = Taxonomies()
        # An issuer's code in document numbers (UBND, TTg) is read from its documents' numbers.
        self.numbers_by = {}
        for row in rows:
            self.numbers_by.setdefault(row["sid"], []).append(row.get("code") or "")
        for row in reader.all_rows(self.table("cat"), "parentid, weight"):
            self.ctx.run_row("legal_type", row["id"], row["title"], lambda row=row: self._type(row))
        for row in reader.all_rows(self.table("subject"), "weight"):
            self.ctx.run_row("legal_issuer", row["id"], row["title"], lambda row=row: self._issuer(row))
        for row in reader.all_rows(self.table("signer"), "id"):
            self.ctx.run_row("legal_signer", row["id"], row["title"], lambda row=row: self._signer(row))
        for row in reader.all_rows(self.table("area"), "parentid, weight"):
            self.ctx.run_row("legal_sector", row["id"], row["title"], lambda row=row: self._sector(row))
        self.row_areas = self._row_areas()
        for row in rows:
            self.ctx.run_row(
                "legal_document", row["id"], row.get("code") or row["title"], lambda row=row: self._document(row)
            )
            if str(row["id"]) not in self.documents and row.get("alias"):
                detail = self.ctx.addresses.alias(self.module, "detail")
                self.ctx.report.unmapped(
                    self.ctx.addresses.canonical(self.module, f"{detail}/{row['alias']}"),
                    _("its legal document #%(id)s was not imported") % {"id": row["id"]},
                )
        for row in rows:
            if str(row["id"]) in self.documents:
                self.ctx.run_row(
                    "legal_relation", row["id"], row.get("code") or "", lambda row=row: self._relations(row)
                )
        addresses = self.ctx.addresses
        module_pages = [addresses.forms(self.module)]
        module_pages += [addresses.forms(self.module, addresses.alias(self.module, f)) for f in ("search", "rss")]
        # The list's further pages (`/laws/page-2/`; past the end NukeViet answers with the list).
        module_pages += [addresses.forms(self.module, f"page-{number}") for number in range(1, 11)]
        for forms in module_pages:
            redirect_old_paths(self.ctx, forms, page=self.index)
        for row in reader.all_rows(self.table("cat"), "id"):
            rss = addresses.alias(self.module, "rss")
            if row["id"] in self.types:
                link = f"{self.index.url}?type={self.types[row['id']].pk}"
                redirect_old_paths(self.ctx, addresses.forms(self.module, f"{rss}/{row['alias']}"), link=link)

    def _index_page(self):
        index = LegalDocumentIndexPage.objects.order_by("path").first()
        if index is not None:
            return index
        page = LegalDocumentIndexPage(title=_("Legal documents"), slug=free_slug(self.home, "van-ban"))
        return save_in_state(page, LIVE, parent=self.home)

    # Taxonomies ---------------------------------------------------------------------------

    def _type(self, row):
        name = " ".join(row["title"].split())[:100]

        def create():
            existing = Taxonomies.find(self.taxonomies.types, name)
            if existing is not None and fold(existing.name) == fold(name):
                return existing
            return DocumentType.objects.create(name=name, abbreviation=self._type_code(name))

        update = _updater(name=name)
        outcome, document_type = self.ctx.sync("legal_type", row["id"], checksum(row), create, update, DocumentType)
        self.types[row["id"]] = document_type
        self._redirect_listing(row["alias"], "type", document_type, function="")
        return outcome

    @staticmethod
    def _type_code(name):
        code = TYPE_CODES.get(" ".join(fold(name).split())) or _initials(name)
        taken = {code_key(value) for value in DocumentType.objects.values_list("abbreviation", flat=True)}
        candidate, number = code, 1
        while code_key(candidate) in taken:
            number += 1
            candidate = f"{code[:8]}{number}"
        return candidate

    def _issuer(self, row):
        name = " ".join(row["title"].split())[:255]

        def create():
            existing = Taxonomies.find(self.taxonomies.issuers, name)
            if existing is not None and fold(existing.name) == fold(name):
                return existing
            code = issuer_code(self.numbers_by.get(row["id"], [])) or _initials(name)
            return Issuer.objects.create(name=name, abbreviation=code[:30])

        update = _updater(name=name)
        outcome, issuer = self.ctx.sync("legal_issuer", row["id"], checksum(row), create, update, Issuer)
        self.issuers[row["id"]] = issuer
        self._redirect_listing(row["alias"], "issuer", issuer, function="subject")
        return outcome

    def _signer(self, row):
        name = " ".join(row["title"].split())[:255]
        position = ", ".join(
            " ".join((row.get(key) or "").split()) for key in ("positions", "offices") if (row.get(key) or "").strip()
        )[:255]
        if not name:
            raise SkipRow(_("the signer has no name"))

        def create():
            signer, _created = Signer.objects.get_or_create(name=name, position=position)
            return signer

        update = _updater(name=name, position=position)
        outcome, signer = self.ctx.sync("legal_signer", row["id"], checksum(row), create, update, Signer)
        self.signers[row["id"]] = signer
        # The index has no signer filter: the signer's name finds their documents.
        link = f"{self.index.url}?{urlencode({'q': name})}"
        signer_op = f"{self.ctx.addresses.alias(self.module, 'signer')}/{row['id']}"
        redirect_old_paths(self.ctx, self.ctx.addresses.forms(self.module, signer_op), link=link)
        redirect_old_paths(
            self.ctx, self.ctx.addresses.forms(self.module, f"{signer_op}/{change_alias(row['title'])}"), link=link
        )
        return outcome

    def _sector(self, row):
        name = " ".join(row["title"].split())[:255]

        def create():
            sector, _created = Sector.objects.get_or_create(name=name)
            return sector

        update = _updater(name=name)
        outcome, sector = self.ctx.sync("legal_sector", row["id"], checksum(row), create, update, Sector)
        self.sectors[row["id"]] = sector
        self._redirect_listing(row["alias"], "field", sector, function="area")
        return outcome

    def _redirect_listing(self, alias, parameter, obj, function):
        addresses = self.ctx.addresses
        op = f"{addresses.alias(self.module, function)}/{alias}" if function else alias
        link = f"{self.index.url}?{parameter}={obj.pk}"
        redirect_old_paths(self.ctx, addresses.forms(self.module, op), link=link)
        # Their lists' further pages: `/page-N` (subject, area) or `?page=N` (type).
        for number in range(2, 11):
            paged = f"{link}&page={number}"
            if function:
                redirect_old_paths(self.ctx, addresses.forms(self.module, f"{op}/page-{number}"), link=paged)
            else:
                redirect_old_paths(self.ctx, addresses.forms(self.module, op, query={"page": number}), link=paged)

    def _row_areas(self):
        """Fields per document: `area_ids` on the row (4.5+), else the `_row_area` table."""
        by_row = {}
        for link in self.ctx.reader.all_rows(self.table("row_area")):
            by_row.setdefault(link["row_id"], []).append(link["area_id"])
        return by_row

    # Documents ----------------------------------------------------------------------------

    def _document(self, row):
        if not (row.get("title") or "").strip():
            raise SkipRow(_("it has no title"))
        issued_on = local_date(row.get("publtime"))
        if issued_on is None:
            raise SkipRow(_("it has no issue date"))
        document_type = self.types.get(row["cid"])
        if document_type is None:
            raise SkipRow(_("its document type #%(id)s was not imported") % {"id": row["cid"]})
        issuer = self.issuers.get(row["sid"])
        if issuer is None:
            raise SkipRow(_("its issuer #%(id)s was not imported") % {"id": row["sid"]})
        area_ids = _ids(row.get("area_ids")) or self.row_areas.get(row["id"], [])
        sectors = [self.sectors[area] for area in area_ids if area in self.sectors]
        signer = self.signers.get(row.get("sgid"))
        state = LIVE if int(row.get("status") or 0) == ACTIVE else DRAFT
        files = [part.strip() for part in str(row.get("files") or "").split(",") if part.strip()]
        downloads = {}
        digest = checksum(
            {key: value for key, value in row.items() if key not in ("view_hits", "download_hits")},
            document_type.pk,
            issuer.pk,
            signer.pk if signer else None,
            [sector.pk for sector in sectors],
        )

        def fill(page):
            page.title = " ".join(row["title"].split())[:255]
            page.number = " ".join((row.get("code") or "").split())
            page.summary = plain_text(row.get("introtext")) or page.title
            page.document_type, page.issuer, page.signer = document_type, issuer, signer
            page.sectors = sectors
            page.issued_on = issued_on
            page.effective_on = local_date(row.get("startvalid")) or issued_on
            page.expires_on = local_date(row.get("exptime"))
            end_comments = moment(row.get("end_comm_time"))
            page.is_draft = end_comments is not None
            page.comments_open_from = (
                (moment(row.get("start_comm_time")) or moment(row["publtime"])) if end_comments else None
            )
            page.comments_open_until = end_comments
            result = self.converter.convert(row.get("bodytext") or "")
            if result.unresolved_links:
                self.pending_links[str(row["id"])] = row
            page.body = result.blocks
            page.first_published_at = issue_time(issued_on) if state == LIVE else None
            attached = self._files(row, files)
            downloads.update(attached)
            page.attachments = [
                DocumentAttachment(document=document, sort_order=i) for i, document in enumerate(attached.values())
            ]
            return page

        def create():
            page = fill(LegalDocumentPage())
            page.slug = free_slug(
                self.index, page_slug(row.get("alias"), row["title"], f"van-ban-{row['id']}"), suffix=str(row["id"])
            )
            return save_in_state(page, state, parent=self.index)

        def update(page):
            return save_in_state(fill(page), state)

        outcome, page = self.ctx.sync("legal_document", row["id"], digest, create, update, LegalDocumentPage)
        self.documents[str(row["id"])] = page.pk
        if outcome == UNCHANGED:
            # Its files were not read again: still their old addresses lead to them.
            downloads = self._known_files(files)
        if state != LIVE:
            self.ctx.withhold(self._detail_addresses(row) + self._download_addresses(row, range(len(files))))
            return outcome
        redirect_old_paths(self.ctx, self._detail_addresses(row), page=page)
        # `…/detail/{alias}/?download=1&id={n}`: the n-th file of the row, through the page's
        # download link (which counts downloads as NukeViet did).
        for index, document in downloads.items():
            redirect_old_paths(
                self.ctx, self._download_addresses(row, [index]), link=f"{page.url}tai-ve/{document.pk}/"
            )
        return outcome

    def _known_files(self, files):
        """{position in the row's files: library document} from earlier imports."""
        folder = self.ctx.addresses.upload_folder(self.module)
        found = {}
        for index, path in enumerate(files):
            document = self.ctx.target("attachment", f"{folder}/{path.lstrip('/')}")
            if document is not None:
                found[index] = document
                upload_address(self.ctx, f"{folder}/{path.lstrip('/')}", document.url)
        return found

    def _download_addresses(self, row, indexes):
        detail = self.ctx.addresses.alias(self.module, "detail")
        paths = []
        for index in indexes:
            query = {"download": 1, "id": index}
            paths += self.ctx.addresses.forms(self.module, f"{detail}/{row['alias']}", query=query)
        return paths if row.get("alias") else []

    def _detail_addresses(self, row):
        alias = row.get("alias") or ""
        if not alias:
            return []
        addresses = self.ctx.addresses
        op = f"{addresses.alias(self.module, 'detail')}/{alias}"
        paths = addresses.forms(self.module, op)
        if addresses.alias(self.module, "detail") != "detail":
            paths += addresses.forms(self.module, f"detail/{alias}")
        return paths

    def relink(self):
        """Documents linking to pages imported after them: convert their bodies again now."""
        for source_id, row in self.pending_links.items():
            page_id = self.documents.get(source_id)
            if page_id is None:
                continue

            def relink(row=row, page_id=page_id):
                page = LegalDocumentPage.objects.get(pk=page_id)
                before = page.body.get_prep_value()
                result = self.converter.convert(row.get("bodytext") or "")
                for address in result.unresolved_links:
                    self.ctx.report.unmapped(
                        address, _("linked from legal document #%(id)s, leads to nothing imported") % {"id": row["id"]}
                    )
                page.body = result.blocks
                if page.body.get_prep_value() == before:
                    return None
                save_in_state(page, LIVE if page.live else DRAFT)
                return None

            self.ctx.run_row("legal_document", row["id"], row.get("code") or "", relink)

    def _files(self, row, files):
        """{position in the row's files: library document} for the files that could be imported."""
        documents = {}
        for index, path in enumerate(files):
            if "://" in path:
                self.ctx.report.skip(
                    "attachment",
                    path,
                    row.get("code") or "",
                    [_("a file on another site: link it by hand if still needed")],
                )
                continue
            try:
                folder = self.ctx.addresses.upload_folder(self.module)
                document = import_document(self.ctx, f"{folder}/{path.lstrip('/')}", row["title"])
            except SkipRow as error:
                self.ctx.report.skip("attachment", path, row.get("code") or "", [error])
                continue
            except Exception as error:
                self.ctx.report.skip(
                    "attachment", path, row.get("code") or "", list(getattr(error, "messages", [error]))
                )
                continue
            if document is not None:
                documents[index] = document
        return documents

    def _image_for(self, src):
        source = image_source(self.ctx, src)
        return import_image(self.ctx, source, "") if source else None

    # Relations ----------------------------------------------------------------------------

    def _relations(self, row):
        """`replacement` lists the documents this one replaces (“Thay thế cho văn bản”), `relatement`
        the related ones. Set once every document exists, so the order of rows does not matter."""
        page = LegalDocumentPage.objects.get(pk=self.documents[str(row["id"])])
        wanted = []
        for kind, field in ((RelationKind.REPLACES, "replacement"), (RelationKind.RELATED, "relatement")):
            for target_id in _ids(row.get(field)):
                target = self.documents.get(str(target_id))
                if target is None or target == page.pk:
                    self.ctx.report.skip(
                        "legal_relation",
                        f"{row['id']}→{target_id}",
                        row.get("code") or "",
                        [_("document #%(id)s was not imported") % {"id": target_id}],
                    )
                    continue
                wanted.append((str(kind), target))
        current = [(relation.kind, relation.target_id) for relation in page.relations.all()]
        if current == wanted:
            return UNCHANGED if wanted else None
        page.relations = [
            DocumentRelation(kind=kind, target_id=target, sort_order=i) for i, (kind, target) in enumerate(wanted)
        ]
        save_in_state(page, LIVE if page.live else DRAFT)
        return UPDATED if current else CREATED


def _updater(**values):
    """The `update` of a taxonomy row imported again: the new values, validated, saved."""

    def update(instance):
        for field, value in values.items():
            setattr(instance, field, value)
        instance.full_clean()
        instance.save()
        return instance

    return update
