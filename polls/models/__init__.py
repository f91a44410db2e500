from .ballots import Ballot, BallotChoice, ChoiceTally
from .pages import PollChoice, PollIndexPage, PollPage, PollPageQuerySet

__all__ = ["Ballot", "BallotChoice", "ChoiceTally", "PollChoice", "PollIndexPage", "PollPage", "PollPageQuerySet"]
