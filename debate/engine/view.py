"""Read-only views of a game for people and interfaces: phase, board, transcript events."""

from __future__ import annotations

from dataclasses import dataclass

from debate.engine.moves import Step


@dataclass(frozen=True, slots=True)
class Phase:
    """Where the game is: which motion (index and id) and which step."""

    motion_index: int
    motion: str
    step: Step


@dataclass(frozen=True, slots=True)
class Played:
    """A revealed card: who played which argument in which step."""

    seat: int
    argument: str
    step: Step


@dataclass(frozen=True, slots=True)
class Board:
    """One motion's table: cards in reveal order, what stands, and the attacks among them."""

    plays: tuple[Played, ...]
    standing: frozenset[str]
    attacks: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Event:
    """One line of the transcript; ``seat`` and ``motion`` are ``None`` when not about one."""

    text: str
    seat: int | None = None
    motion: str | None = None
