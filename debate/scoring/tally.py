"""Every seat's parts on every finished motion of a game: the one source of totals."""

from __future__ import annotations

from typing import NamedTuple

from debate.scoring.points import MotionEval, Part, evaluate, motion_parts
from debate.scoring.record import Record
from debate.scoring.words import echo


class MotionTally(NamedTuple):
    """One finished motion: its evaluation and each seat's parts (own words included)."""

    motion: int
    result: MotionEval
    parts: tuple[tuple[Part, ...], ...]


def tally(record: Record) -> tuple[MotionTally, ...]:
    """Parts of each finished motion, in motion order.

    A ``words`` part's ``ref`` is the index of its sentence in ``record.words``.
    """
    out: list[MotionTally] = []
    earlier: list[list[int]] = [[] for _ in record.roles]
    for motion in range(record.finished):
        board = record.boards[motion]
        stances = record.stances[motion]
        result = evaluate(record.tables, motion, board)
        parts = motion_parts(record.tables, motion, record.roles, stances, board, earlier, result)
        for index, (m, seat, sentence) in enumerate(record.words):
            if m == motion:
                points, _ = echo(record.tables, motion, stances[seat], sentence)
                parts[seat].append(Part("words", points, -1, index))
        for seat, arg, _ in board:
            earlier[seat].append(arg)
        out.append(MotionTally(motion, result, tuple(tuple(p) for p in parts)))
    return tuple(out)


def totals(record: Record) -> tuple[int, ...]:
    """Each seat's total over the finished motions."""
    sums = [0] * len(record.roles)
    for motion in tally(record):
        for seat, parts in enumerate(motion.parts):
            sums[seat] += sum(p.points for p in parts)
    return tuple(sums)
