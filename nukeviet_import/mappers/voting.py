"""NukeViet's voting module: each question with its answers and their vote counts."""

from django.db.models import F
from django.db.models.functions import Greatest
from django.utils.translation import gettext as _

from polls.enums import ResultsVisibility
from polls.models import Ballot, ChoiceTally, PollChoice, PollIndexPage, PollPage

from ..context import SkipRow, checksum
from ..pages import DRAFT, LIVE, free_slug, moment, page_slug, redirect_old_paths, save_in_state
from ..report import CREATED, UNCHANGED, UPDATED

MAX_CHOICES = 50
BALLOT_BATCH = 1000


def ballot_prefix(vid):
    """Ballots standing for the old site's votes: no visitor key of the portal looks like this."""
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
        reader = self.ctx.reader
        answers = {}
        for row in reader.all_rows(rows_table, "vid, id"):
            answers.setdefault(row["vid"], []).append(row)
        polls = reader.all_rows(polls_table, "vid")
        if not polls:
            return
        self.index = self._index_page()
        for row in polls:
            self.ctx.run_row(
                "poll", row["vid"], row["question"], lambda row=row: self._poll(row, answers.get(row["vid"], []))
            )
        lang = self.ctx.lang
        redirect_old_paths(self.ctx, [f"/{lang}/{self.module}/", f"/{self.module}/"], page=self.index)

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
        if self._carry_counts(page, row, answers, outcome) and outcome == UNCHANGED:
            outcome = UPDATED
        return outcome

    def _carry_counts(self, page, row, answers, outcome):
        """Each answer's `hitstotal` onto its tally, and as many ballots as votes, so the results
        show the old totals; later imports add only what changed on the old site."""
        record = self.ctx.record("poll", row["vid"])
        new = {str(answer["id"]): int(answer.get("hitstotal") or 0) for answer in answers}
        old = record.counts if record.counts and outcome != CREATED else {}
        if new == old:
            return False
        choices = {choice.label: choice for choice in PollChoice.objects.filter(page=page)}
        for answer in answers:
            choice = choices.get(" ".join(answer["title"].split())[:255])
            if choice is None:
                continue
            delta = new[str(answer["id"])] - int(old.get(str(answer["id"]), 0))
            ChoiceTally.objects.get_or_create(choice=choice)
            ChoiceTally.objects.filter(choice=choice).update(votes=Greatest(F("votes") + delta, 0))
        self._set_ballots(page, row["vid"], sum(new.values()))
        record.counts = new
        record.save(update_fields=["counts"])
        return True

    @staticmethod
    def _set_ballots(page, vid, wanted):
        # NukeViet showed each answer's share of all votes: the total is the sum of the answers.
        prefix = ballot_prefix(vid)
        ours = Ballot.objects.filter(poll=page, visitor__startswith=prefix)
        have = ours.count()
        if have > wanted:
            extra = list(ours.order_by("-pk").values_list("pk", flat=True)[: have - wanted])
            Ballot.objects.filter(pk__in=extra).delete()
        elif have < wanted:
            cast_at = page.opens_at
            numbers = range(have, wanted)
            ballots = (Ballot(poll=page, visitor=f"{prefix}{n}", cast_at=cast_at) for n in numbers)
            Ballot.objects.bulk_create(ballots, batch_size=BALLOT_BATCH)
