from django.db import models
from django.utils.translation import gettext_lazy as _


class ChoiceTally(models.Model):
    """An answer's vote count. It lives outside the page's cluster on purpose: publishing a
    revision re-saves every answer as it was when the revision was made, and would put
    back stale counts.

    `votes_before_portal` are the votes the old site (NukeViet) counted before the switch: no
    ballot stands behind them, so the import sets them again without touching `votes`."""

    choice = models.OneToOneField(
        "polls.PollChoice", on_delete=models.CASCADE, primary_key=True, related_name="tally", verbose_name=_("answer")
    )
    votes = models.PositiveIntegerField(_("votes"), default=0)
    votes_before_portal = models.PositiveIntegerField(
        _("votes before the portal"),
        default=0,
        help_text=_("Counted by the old site and carried over when it was imported."),
    )

    class Meta:
        verbose_name = _("vote count")
        verbose_name_plural = _("vote counts")

    def __str__(self):
        return f"{self.choice}: {self.votes}"


class Ballot(models.Model):
    """One visitor's vote in one poll; the unique constraint is what makes it one."""

    poll = models.ForeignKey("polls.PollPage", on_delete=models.CASCADE, related_name="ballots", verbose_name=_("poll"))
    visitor = models.CharField(_("visitor"), max_length=80, help_text=_("The visitor key: a cookie id or a hashed IP."))
    cast_at = models.DateTimeField(_("cast at"))
    choices = models.ManyToManyField("polls.PollChoice", through="BallotChoice", related_name="ballots")

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [models.UniqueConstraint(fields=["poll", "visitor"], name="polls_one_ballot_per_visitor")]

    def __str__(self):
        return f"{self.poll_id}/{self.visitor}"


class BallotChoice(models.Model):
    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, verbose_name=_("ballot"))
    choice = models.ForeignKey("polls.PollChoice", on_delete=models.CASCADE, verbose_name=_("answer"))

    class Meta:
        verbose_name = _("ballot answer")
        verbose_name_plural = _("ballot answers")
        constraints = [models.UniqueConstraint(fields=["ballot", "choice"], name="polls_answer_once_per_ballot")]

    def __str__(self):
        return f"{self.ballot} → {self.choice_id}"
