"""NukeViet's voting module: each question with its answers and their vote counts."""

from django.db.models import F
from django.db.models.functions import Greatest
from django.utils.translation import gettext as _

from polls.enums import ResultsVisibility
from polls.models import Ballot, ChoiceTally, PollChoice, PollIndexPage, PollPage

from ..context import SkipRow, checksum
from ..pages import DRAFT, LIVE, free_slug, moment, page_slug, redirect_old_paths, save_in_state
from ..report import UNCHANGED, UPDATED

MAX_CHOICES = 50


def ballot_prefix(vid):
    """Placeholder ballots an earlier version of the import made for the old site's votes (no
    visitor key of the portal looks like this): removed, the votes now count as votes before
    the portal."""
    return f"nukeviet:{vid}:"


class VotingImporter:
    def __init__(self, ctx, home, module="voting"):
        self.ctx = ctx
        self.home = home
        self.module = module

    def tables(self):
        reader = self.ctx.reader
        # Per language in NukeViet 4 (`nv4_vi_voting`); some sites keep it without the language.
        for per_language in (True, False):
            polls = reader.table(self.module, per_language=per_language)
            if reader.has_table(polls):
                return polls, f"{polls}_rows"
        return None, None

    def run(self):
        polls_table, rows_table = self.tables()
        if polls_table is None:
            return
        addresses = self.ctx.addresses
        reader = self.ctx.reader
        answers = {}
        for row in reader.all_rows(rows_table, "vid, id"):
            answers.setdefault(row["vid"], []).append(row)
        polls = reader.all_rows(polls_table, "vid")
        if not polls:
            return
        self.index = self._index_page()
        self.pages = {}
        for row in polls:
            self.ctx.run_row(
                "poll", row["vid"], row["question"], lambda row=row: self._poll(row, answers.get(row["vid"], []))
            )
        redirect_old_paths(self.ctx, addresses.forms(self.module), page=self.index)
        for row in polls:
            if str(row["vid"]) not in self.pages:
                self.ctx.report.unmapped(
                    addresses.canonical(self.module, query={"vid": row["vid"]}),
                    _("its poll #%(id)s was not imported") % {"id": row["vid"]},
                )

    def _index_page(self):
        index = PollIndexPage.objects.order_by("path").first()
        if index is not None:
            return index
        page = PollIndexPage(title=_("Polls"), slug=free_slug(self.home, "tham-do-y-kien"))
        return save_in_state(page, LIVE, parent=self.home)

    def _poll(self, row, answers):
        if not (row.get("question") or "").strip():
            raise SkipRow(_("it has no title"))
        if len(answers) < 2:
            raise SkipRow(_("a poll needs at least two answers, this one has %(count)s") % {"count": len(answers)})
        state = LIVE if int(row.get("act") or 0) else DRAFT
        opens_at = moment(row.get("publ_time")) or moment(1)
        closes_at = moment(row.get("exp_time"))
        digest = checksum(row, [{k: v for k, v in a.items() if k != "hitstotal"} for a in answers])

        def fill(page):
            page.title = " ".join(row["question"].split())[:255]
            page.max_choices = min(max(int(row.get("acceptcm") or 1), 1), min(MAX_CHOICES, len(answers)))
            page.opens_at = opens_at
            page.closes_at = closes_at
            # NukeViet showed the results to anyone who clicked “Xem kết quả”.
            page.results_visibility = ResultsVisibility.ALWAYS
            existing = {choice.label: choice for choice in page.choices.all()} if page.pk else {}
            choices = []
            for order, answer in enumerate(answers):
                label = " ".join(answer["title"].split())[:255]
                choice = existing.pop(label, None) or PollChoice(label=label)
                choice.sort_order = order
                choices.append(choice)
            page.choices = choices
            return page

        def create():
            page = fill(PollPage())
            page.slug = free_slug(
                self.index, page_slug("", row["question"], f"binh-chon-{row['vid']}"), suffix=str(row["vid"])
            )
            return save_in_state(page, state, parent=self.index)

        def update(page):
            return save_in_state(fill(page), state)

        outcome, page = self.ctx.sync("poll", row["vid"], digest, create, update, PollPage)
        self.pages[str(row["vid"])] = page
        addresses = self.ctx.addresses
        forms = addresses.forms(self.module, query={"vid": row["vid"]})
        # NukeViet's own link to a poll's results carries empty `checkss` and `lid`.
        forms += addresses.forms(self.module, query={"vid": row["vid"], "checkss": "", "lid": ""})
        if state == LIVE:
            redirect_old_paths(self.ctx, forms, page=page)
        else:
            self.ctx.withhold(forms)
        if self._carry_counts(page, row, answers) and outcome == UNCHANGED:
            outcome = UPDATED
        return outcome

    def _carry_counts(self, page, row, answers):
        """Each answer's `hitstotal` as its votes before the portal, set in place (no revision,
        no ballot): the results show the old totals plus the votes cast here since."""
        record = self.ctx.record("poll", row["vid"])
        new = {str(answer["id"]): int(answer.get("hitstotal") or 0) for answer in answers}
        placeholders = Ballot.objects.filter(poll=page, visitor__startswith=ballot_prefix(row["vid"]))
        had_placeholders = placeholders.exists()
        if had_placeholders:
            self._remove_placeholders(page, placeholders, record.counts or {}, answers)
        choices = {choice.label: choice for choice in PollChoice.objects.filter(page=page)}
        changed = had_placeholders
        for answer in answers:
            choice = choices.get(" ".join(answer["title"].split())[:255])
            if choice is None:
                continue
            tally, _created = ChoiceTally.objects.get_or_create(choice=choice)
            if tally.votes_before_portal != new[str(answer["id"])]:
                ChoiceTally.objects.filter(pk=tally.pk).update(votes_before_portal=new[str(answer["id"])])
                changed = True
        if record.counts != new:
            record.counts = new
            record.save(update_fields=["counts"])
        return changed

    @staticmethod
    def _remove_placeholders(page, placeholders, counts, answers):
        """Undo the placeholder ballots of an earlier import: the ballots, and the votes they added."""
        labels = {str(answer["id"]): " ".join(answer["title"].split())[:255] for answer in answers}
        for answer_id, count in counts.items():
            label = labels.get(answer_id)
            if label:
                ChoiceTally.objects.filter(choice__page=page, choice__label=label).update(
                    votes=Greatest(F("votes") - int(count), 0)
                )
        placeholders.delete()
