"""NukeViet's `page` module and its copies (`about`, `siteterms`…): fixed pages such as “Giới
thiệu” or the site's terms, each a standard page under the home page."""

from django.utils.translation import gettext as _

from home.models import StandardPage

from ..context import SkipRow, checksum
from ..html import BodyConverter, plain_text
from ..links import link_target
from ..media import image_source, import_image
from ..pages import DRAFT, LIVE, free_slug, page_slug, redirect_old_paths, save_in_state

PAGE_MODULE = "page"
ACTIVE = 1
# Counted by NukeViet as visitors read: never a reason for a new revision.
COUNTERS = ("hitstotal",)


class PageModuleImporter:
    def __init__(self, ctx, home):
        self.ctx = ctx
        self.home = home
        self.converter = BodyConverter(self._image_for, lambda href: link_target(ctx, href))

    def modules(self):
        """(data name, name in addresses) of every module made from NukeViet's `page` module."""
        return [
            (row["module_data"], row["title"])
            for row in self.ctx.reader.site_modules()
            if row["module_file"] == PAGE_MODULE
        ]

    def run(self):
        reader = self.ctx.reader
        for data, _name in self.modules():
            table = reader.table(data)
            if not reader.has_table(table):
                continue
            pages = []
            for row in reader.all_rows(table, "weight, id"):
                self.ctx.run_row(
                    "page",
                    f"{data}:{row['id']}",
                    row["title"],
                    lambda row=row, data=data, pages=pages: self._page(row, data, pages),
                )
            if pages:
                # The module's own address shows its first page.
                redirect_old_paths(self.ctx, self.ctx.addresses.forms(data), page=pages[0])

    def _page(self, row, data, pages):
        if not (row.get("title") or "").strip():
            raise SkipRow(_("it has no title"))
        state = LIVE if int(row.get("status") or 0) == ACTIVE else DRAFT
        content = {key: value for key, value in row.items() if key not in COUNTERS}
        digest = checksum(content)

        def fill(page):
            page.title = " ".join(row["title"].split())[:255]
            page.intro = plain_text(row.get("description") or "")
            page.search_description = page.intro
            page.body = self.converter.convert(row.get("bodytext") or "").blocks
            return page

        def create():
            page = fill(StandardPage())
            page.slug = free_slug(self.home, page_slug(row["alias"], row["title"], f"trang-{row['id']}"), suffix=data)
            return save_in_state(page, state, parent=self.home)

        def update(page):
            return save_in_state(fill(page), state)

        outcome, page = self.ctx.sync("page", f"{data}:{row['id']}", digest, create, update, StandardPage)
        addresses = self.ctx.addresses.forms(data, row["alias"], ext=True)
        if state == LIVE:
            pages.append(page)
            redirect_old_paths(self.ctx, addresses, page=page)
        else:
            self.ctx.withhold(addresses)
        return outcome

    def _image_for(self, src):
        source = image_source(self.ctx, src)
        return import_image(self.ctx, source, "") if source else None
