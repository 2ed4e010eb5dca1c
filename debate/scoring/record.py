"""The facts of a game that scoring reads, independent of the engine's classes.

Why a separate record: the engine imports scoring to compute its outcome, so
scoring must not import the engine; the game hands scoring this plain record.
"""

from __future__ import annotations

from typing import NamedTuple

from debate.scoring.points import Play
from debate.scoring.tables import ScenarioTables


class Record(NamedTuple):
    """What happened so far, in integer indexes.

    ``stances`` and ``boards`` have one entry per motion whose stances are
    revealed; ``finished`` counts the motions whose closing step is revealed;
    ``words`` holds ``(motion, seat, sentence)`` in reveal order.
    """

    tables: ScenarioTables
    seed: int
    roles: tuple[int, ...]
    stances: tuple[tuple[int, ...], ...]
    boards: tuple[tuple[Play, ...], ...]
    words: tuple[tuple[int, int, str], ...]
    finished: int

    def earlier(self, motion: int) -> list[list[int]]:
        """Per seat, the cards it played on motions before ``motion``."""
        cards: list[list[int]] = [[] for _ in self.roles]
        for board in self.boards[:motion]:
            for seat, arg, _ in board:
                cards[seat].append(arg)
        return cards
