"""NukeViet's visitor counter: “Tổng lượt truy cập” goes on from the old site's total."""

from django.utils.translation import gettext as _

from visitor_stats.models import VisitorCounterSettings

from ..context import SkipRow, checksum


class StatisticsImporter:
    def __init__(self, ctx):
        self.ctx = ctx

    def run(self):
        reader = self.ctx.reader
        table = reader.table("counter", per_language=False)
        if not reader.has_table(table):
            return
        sql = f"SELECT c_count FROM `{table}` WHERE c_type = %s AND c_val = %s"  # noqa: S608 (checked table name)
        rows = reader.select(sql, ["total", "hits"])
        self.ctx.run_row("visitor_counter", "total", "", lambda: self._total(rows))

    def _total(self, rows):
        if not rows:
            raise SkipRow(_("the counter table has no total row (c_type “total”, c_val “hits”)"))
        total = int(rows[0]["c_count"] or 0)

        def apply(counter):
            counter.starting_total = total
            counter.save()
            return counter

        outcome, _counter = self.ctx.sync(
            "visitor_counter", "total", checksum(total), lambda: apply(VisitorCounterSettings.load()), apply
        )
        return outcome
