"""The best a seat could have scored on a motion, found by exhaustive search.

Definition (also in ``docs/rules.md``): hold every other seat's stance and
revealed cards fixed, as they actually happened.  Try each stance the seat
could have taken; for that stance deal the hand the seed would have dealt it
(the others' stances unchanged); then try every way of playing that hand (a
card or a pass at the opening, a rebutting card or a pass at the rebuttal, a
card or a pass at the closing).  The best is the highest motion score among
all of these, counting stood cards, bloc votes, the motion, objectives on the
motion and contradictions with the seat's own earlier cards, but not own
words (a bonus outside the comparison).  The actual play is one of the tried
options, so the best is never below the actual score.
"""

from __future__ import annotations

from collections.abc import Iterator

from debate.scoring.points import Play, motion_scores
from debate.scoring.record import Record


def _sequences(
    record: Record, motion: int, seat: int, hand: tuple[int, ...], others: tuple[Play, ...]
) -> Iterator[tuple[Play, ...]]:
    """Every board the seat could have produced, others' plays fixed, in reveal order."""
    args = record.tables.args

    def merged(base: tuple[Play, ...], step: int, own: int | None) -> tuple[Play, ...]:
        at_step = [p for p in others if p[2] == step]
        if own is not None:
            at_step.append((seat, own, step))
            at_step.sort(key=lambda p: p[0])
        return base + tuple(at_step)

    def walk(
        step: int, base: tuple[Play, ...], left: tuple[int, ...]
    ) -> Iterator[tuple[Play, ...]]:
        if step > 3:
            yield base
            return
        revealed = {arg for _, arg, _ in base}
        choices: list[int | None] = [None]
        for held in left:
            if step != 2 or not revealed.isdisjoint(args[held].rebuts):
                choices.append(held)
        for choice in choices:
            rest = left if choice is None else tuple(c for c in left if c != choice)
            yield from walk(step + 1, merged(base, step, choice), rest)

    yield from walk(1, (), hand)


def best_scores(record: Record, motion: int, seat: int) -> int:
    """The best motion score ``seat`` could have reached on a finished ``motion``."""
    from debate.engine.deal import deal

    tables = record.tables
    stances = record.stances[motion]
    others = tuple(p for p in record.boards[motion] if p[0] != seat)
    earlier = record.earlier(motion)
    best: int | None = None
    for stance in range(len(tables.motions[motion].stances)):
        tried = (*stances[:seat], stance, *stances[seat + 1 :])
        hand = deal(tables, motion, record.seed, tried)[seat]
        for board in _sequences(record, motion, seat, hand, others):
            score = motion_scores(tables, motion, record.roles, tried, board, earlier)[seat]
            if best is None or score > best:
                best = score
    return 0 if best is None else best
