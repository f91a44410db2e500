"""A poll's results as visitors, API clients and editors see them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ChoiceResult:
    id: int
    label: str
    votes: int
    percent: float


@dataclass(frozen=True)
class PollResults:
    """`total` counts ballots; on a multiple-choice poll the percentages (share of voters
    who picked each answer) may add up to more than 100."""

    total: int
    choices: list[ChoiceResult]

    @classmethod
    def from_choices(cls, choices, total):
        return cls(
            total=total,
            choices=[
                ChoiceResult(
                    id=choice.pk,
                    label=choice.label,
                    votes=choice.votes,
                    percent=round(100 * choice.votes / total, 1) if total else 0.0,
                )
                for choice in choices
            ],
        )
