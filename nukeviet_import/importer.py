"""One import of a NukeViet 4 site: every module in order, then the report."""

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import Site

from .context import ImportContext
from .mappers.laws import LawsImporter
from .mappers.news import NewsImporter
from .mappers.statistics import StatisticsImporter
from .mappers.voting import VotingImporter
from .reader import NukeVietReader, SourceAddress, SourceError
from .report import ImportReport

MODULES = ("news", "laws", "voting", "statistics")


def home_page():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first() or Site.objects.first()
    if site is None:
        raise SourceError(_("The portal has no site yet: run the migrations first."))
    return site.root_page.specific


def run_import(
    database_url,
    prefix="nv4",
    lang="vi",
    upload_dir=None,
    dry_run=False,
    news_module="news",
    laws_module="laws",
    modules=MODULES,
):
    """Import and return the report. Each row is committed on its own (a bad row or a crash
    leaves no half-imported object, and a new run carries on); a dry run rolls everything back."""
    reader = NukeVietReader(SourceAddress.parse(database_url), prefix=prefix, lang=lang)
    report = ImportReport(dry_run=dry_run)
    try:
        ctx = ImportContext(
            reader, report, upload_dir=upload_dir, dry_run=dry_run, news_module=news_module, laws_module=laws_module
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
    if "news" in modules:
        NewsImporter(ctx, home).run()
    if "laws" in modules:
        LawsImporter(ctx, home).run()
    if "voting" in modules:
        VotingImporter(ctx, home).run()
    if "statistics" in modules:
        StatisticsImporter(ctx).run()
    ctx.finish()
