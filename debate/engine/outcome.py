"""The end of a game as one value, derived from the scoring model."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MotionResult:
    """How one motion ended.

    ``decided`` is the winning stance id, or ``None`` when the vote tied;
    ``votes`` pairs each bloc id with the stance it voted for (``None``: abstained).
    """

    motion: str
    decided: str | None
    votes: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """The one end-of-game object: totals per seat, the winners, each motion's result.

    ``winners`` holds every seat with the highest total (several on a tie).
    """

    totals: tuple[int, ...]
    winners: tuple[int, ...]
    motions: tuple[MotionResult, ...]

    @property
    def is_draw(self) -> bool:
        """True when more than one seat shares the highest total."""
        return len(self.winners) > 1
