"""One import of a NukeViet 4 site: a check that the source is what it should be, every module in
order, the old addresses, then the report."""

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Site

from .addresses import SiteAddresses
from .context import ImportContext
from .mappers.laws import LawsImporter
from .mappers.news import NewsImporter
from .mappers.pages import PageModuleImporter
from .mappers.statistics import StatisticsImporter
from .mappers.voting import VotingImporter
from .reader import NukeVietReader, SourceAddress, SourceError
from .report import ImportReport

MODULES = ("news", "laws", "voting", "pages", "statistics")

# The tables each module cannot be imported without (per language, after `{prefix}_{lang}_`);
# the first one tells whether the site has the module at all.
REQUIRED_TABLES = {
    "news": ("{news}_rows", "{news}_cat", "{news}_detail"),
    "laws": ("{laws}_row", "{laws}_cat", "{laws}_subject"),
    "voting": ("voting", "voting_rows"),
}


def home_page():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first() or Site.objects.first()
    if site is None:
        raise SourceError(_("The portal has no site yet: run the migrations first."))
    return site.root_page.specific


def preflight(reader, modules, explicit, news_module, laws_module):
    """Refuse, before anything is written, a source the import would only half read: a prefix or
    a language with no NukeViet tables, a module with one of its tables missing. Returns the
    modules to import (a module the site does not have is left out, unless asked for by name)."""
    prefix, lang = reader.prefix, reader.lang
    tables = reader.tables()
    if not any(name.startswith(f"{prefix}_") for name in tables):
        found = sorted({f"{p}" for p, _lang in reader.prefixes()})
        raise SourceError(
            _("The database has no NukeViet tables with the prefix “%(prefix)s”%(hint)s: check --prefix.")
            % {"prefix": prefix, "hint": _(" (it has: %s)") % ", ".join(found) if found else ""}
        )
    if not any(name.startswith(f"{prefix}_{lang}_") for name in tables):
        found = sorted({f"{lang_}" for p, lang_ in reader.prefixes() if p == prefix})
        raise SourceError(
            _("The database has no NukeViet tables for the language “%(lang)s”%(hint)s: check --lang.")
            % {"lang": lang, "hint": _(" (it has: %s)") % ", ".join(found) if found else ""}
        )
    chosen, missing = [], []
    for module in modules:
        needed = [
            reader.table(name.format(news=news_module, laws=laws_module)) for name in REQUIRED_TABLES.get(module, ())
        ]
        absent = [name for name in needed if not reader.has_table(name)]
        if needed and len(absent) == len(needed) and module not in explicit:
            continue  # the site does not have this module
        missing += absent
        chosen.append(module)
    if missing:
        raise SourceError(
            _("Nothing was imported: the NukeViet database lacks the table(s) %(tables)s.")
            % {"tables": ", ".join(missing)}
        )
    return tuple(chosen)


def run_import(
    database_url,
    prefix="nv4",
    lang="vi",
    upload_dir=None,
    dry_run=False,
    news_module="news",
    laws_module="laws",
    modules=MODULES,
    explicit=(),
    check_rewrite_file=None,
    fetch_remote=True,
):
    """Import and return the report. Each row is committed on its own (a bad row or a crash
    leaves no half-imported object, and a new run carries on); a dry run rolls everything back.
    Raises SourceError, with nothing written, when the source fails the preflight."""
    reader = NukeVietReader(SourceAddress.parse(database_url), prefix=prefix, lang=lang)
    report = ImportReport(dry_run=dry_run)
    try:
        modules = preflight(reader, modules, explicit, news_module, laws_module)
        addresses = SiteAddresses.read(reader, check_rewrite_file=check_rewrite_file)
        ctx = ImportContext(
            reader,
            report,
            upload_dir=upload_dir,
            dry_run=dry_run,
            news_module=news_module,
            laws_module=laws_module,
            addresses=addresses,
            fetch_remote=fetch_remote,
        )
        if dry_run:
            with transaction.atomic():
                _run_modules(ctx, modules)
                transaction.set_rollback(True)
        else:
            _run_modules(ctx, modules)
    finally:
        reader.close()
    return report


def _run_modules(ctx, modules):
    home = home_page()
    news = laws = None
    if "news" in modules:
        news = NewsImporter(ctx, home)
        news.run()
    if "laws" in modules:
        laws = LawsImporter(ctx, home)
        laws.run()
    if "voting" in modules:
        VotingImporter(ctx, home).run()
    if "pages" in modules:
        PageModuleImporter(ctx, home).run()
    if "statistics" in modules:
        StatisticsImporter(ctx).run()
    _site_addresses(ctx, home)
    # Links in bodies to pages imported later (a law from an article): now that every old
    # address is known, convert those bodies again.
    for importer in (news, laws):
        if importer is not None:
            importer.relink()
    ctx.finish()


def _site_addresses(ctx, home):
    """The site's sitemap files and the modules' own pages that have no page of their own here."""
    addresses = ctx.addresses
    sitemap = "/sitemap.xml"
    paths = addresses.site_sitemap_forms()
    for (module, function), _alias in addresses.aliases.items():
        if function == "sitemap":
            paths += addresses.sitemap_forms(module)
    ctx.redirect(paths, link=sitemap)
    for name in [name for name, code in addresses.module_files.items() if code == "seek"]:
        ctx.redirect(addresses.forms(name), link=reverse("search"))
    feeds = [name for name, code in addresses.module_files.items() if code == "feeds"]
    for name in feeds:
        ctx.redirect(addresses.forms(name), link="/rss/")
    ctx.redirect(["/index.php", f"/index.php?language={addresses.lang}", f"/{addresses.lang}/"], page=home)
