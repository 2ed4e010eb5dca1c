"""The scoring model: from one motion's stances and plays to each seat's points.

Why one function: the end-of-game totals, the scorecard's explained lines, the
"best achievable" search and the AI's lookahead all call :func:`motion_parts`,
so what the AI optimises, what the search maximises and what the player is
shown can never disagree.  Parts carry integer indexes only; the scorecard
turns them into sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from debate.scoring.grounded import grounded
from debate.scoring.tables import CONTRADICTION, MEMO_SIZE, MOTION_WIN, ScenarioTables, memo_for

Play = tuple[int, int, int]
"""``(seat, argument index, step)`` of one revealed card, in reveal order."""


class Part(NamedTuple):
    """One scored fact about one seat on one motion.

    ``kind`` is ``stood``, ``fell``, ``bloc``, ``motion``, ``objective`` or
    ``contradiction`` (and ``words``, added by the own-words scorer); ``arg``
    is the card concerned and ``ref`` another index (the contradicted card, the
    bloc, the objective, or the defeating card), ``-1`` when unused.
    """

    kind: str
    points: int
    arg: int = -1
    ref: int = -1


class MotionEval(NamedTuple):
    """What one motion's plays amount to: who stands, how each bloc leans and votes."""

    attackers: tuple[int, ...]
    standing: int
    support: tuple[tuple[float, ...], ...]
    votes: tuple[int, ...]
    decided: int


def attackers_of(tables: ScenarioTables, plays: Sequence[Play]) -> tuple[int, ...]:
    """Attack bitmasks over ``plays``: a card attacks what it rebuts if that was revealed earlier.

    The "earlier" condition is the game's rule against the last word: a rebuttal
    answers only what was already on the table when it was chosen.
    """
    position = {arg: i for i, (_, arg, _) in enumerate(plays)}
    masks = [0] * len(plays)
    args = tables.args
    for j, (_, arg, step) in enumerate(plays):
        for target in args[arg].rebuts:
            i = position.get(target)
            if i is not None and plays[i][2] < step:
                masks[i] |= 1 << j
    return tuple(masks)


def evaluate(tables: ScenarioTables, motion: int, plays: Sequence[Play]) -> MotionEval:
    """Standing cards, each bloc's support per stance, its vote, and the decided stance.

    A bloc votes for the stance with the most support (head start plus the pushes
    of standing cards); on a tie it abstains.  The motion is decided for the
    stance with the most votes; on a tie it is left undecided (``-1``).

    Memoised per scenario: simulated games reach the same few boards over and over.
    """
    key = (motion, tuple(plays))
    memo = tables.memo.get("evaluate")
    if memo is None:
        memo = memo_for(tables, "evaluate")
    found: MotionEval | None = memo.get(key)
    if found is None:
        found = _evaluate(tables, motion, key[1])
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[key] = found
    return found


def _evaluate(tables: ScenarioTables, motion: int, plays: Sequence[Play]) -> MotionEval:
    attackers = attackers_of(tables, plays)
    standing = grounded(attackers)
    n_stances = len(tables.motions[motion].stances)
    args = tables.args
    support: list[tuple[float, ...]] = []
    votes: list[int] = []
    tally = [0] * n_stances
    up = [(args[arg].stance, arg) for i, (_, arg, _) in enumerate(plays) if standing >> i & 1]
    for bloc in tables.blocs:
        row = list(bloc.leanings[motion])
        push = bloc.push
        for stance, arg in up:
            row[stance] += push[arg]
        support.append(tuple(row))
        top = max(row)
        vote = row.index(top) if row.count(top) == 1 else -1
        votes.append(vote)
        if vote >= 0:
            tally[vote] += bloc.size
    best = max(tally)
    decided = tally.index(best) if best > 0 and tally.count(best) == 1 else -1
    return MotionEval(attackers, standing, tuple(support), tuple(votes), decided)


def motion_parts(
    tables: ScenarioTables,
    motion: int,
    roles: Sequence[int],
    stances: Sequence[int],
    plays: Sequence[Play],
    earlier: Sequence[Sequence[int]],
    result: MotionEval | None = None,
) -> list[list[Part]]:
    """Every seat's parts on one finished motion.

    ``roles`` and ``stances`` are per seat (role index, stance index);
    ``earlier`` lists, per seat, the cards it played on earlier motions, so
    that contradicting them costs points here, when the later card is played.
    """
    ev = result if result is not None else evaluate(tables, motion, plays)
    args = tables.args
    parts: list[list[Part]] = [[] for _ in roles]
    mine: list[list[int]] = [list(e) for e in earlier]
    attackers = ev.attackers
    for i, (seat, arg, _) in enumerate(plays):
        info = args[arg]
        for other in mine[seat]:
            if other in info.contradicts:
                parts[seat].append(Part("contradiction", -CONTRADICTION, arg, other))
        mine[seat].append(arg)
        if ev.standing >> i & 1:
            parts[seat].append(Part("stood", tables.roles[roles[seat]].points[arg], arg))
        else:
            beaten = attackers[i] & ev.standing
            by = plays[(beaten & -beaten).bit_length() - 1][1] if beaten else -1
            parts[seat].append(Part("fell", 0, arg, by))
    for seat, stance in enumerate(stances):
        for bloc, vote in zip(tables.blocs, ev.votes, strict=True):
            if vote == stance and bloc.points:
                parts[seat].append(Part("bloc", bloc.points, -1, bloc.index))
        if ev.decided == stance:
            parts[seat].append(Part("motion", MOTION_WIN))
        for objective in tables.roles[roles[seat]].objectives[motion]:
            outcome = ev.decided if objective.bloc < 0 else ev.votes[objective.bloc]
            won = outcome == objective.stance
            parts[seat].append(
                Part("objective", objective.points if won else 0, -1, objective.index)
            )
    return parts


@lru_cache(maxsize=64)
def contradicting_cards(tables: ScenarioTables) -> frozenset[int]:
    """Cards that contradict some other card (contradiction is symmetric, so only
    these can ever cost or suffer a contradiction penalty)."""
    return frozenset(a.index for a in tables.args if a.contradicts)


def motion_scores(
    tables: ScenarioTables,
    motion: int,
    roles: Sequence[int],
    stances: Sequence[int],
    plays: Sequence[Play],
    earlier: Sequence[Sequence[int]],
    result: MotionEval | None = None,
) -> list[int]:
    """Each seat's points on one motion (without own words): the sums of :func:`motion_parts`.

    Computed without building the parts, because the outcome and the hard AI's
    lookahead call it far more often than anyone reads the parts; the sums are
    the same (all points are integers).
    """
    ev = result if result is not None else evaluate(tables, motion, plays)
    args = tables.args
    role_info = tables.roles
    standing = ev.standing
    scores = [0] * len(roles)
    for i, (seat, arg, _) in enumerate(plays):
        contradicts = args[arg].contradicts
        if contradicts:
            for other in earlier[seat]:
                if other in contradicts:
                    scores[seat] -= CONTRADICTION
            for before in range(i):
                mover, other, _ = plays[before]
                if mover == seat and other in contradicts:
                    scores[seat] -= CONTRADICTION
        if standing >> i & 1:
            scores[seat] += role_info[roles[seat]].points[arg]
    votes = ev.votes
    decided = ev.decided
    blocs = tables.blocs
    for seat, stance in enumerate(stances):
        points = 0
        for bloc, vote in zip(blocs, votes, strict=True):
            if vote == stance:
                points += bloc.points
        if decided == stance:
            points += MOTION_WIN
        for objective in role_info[roles[seat]].objectives[motion]:
            outcome = decided if objective.bloc < 0 else votes[objective.bloc]
            if outcome == objective.stance:
                points += objective.points
        scores[seat] += points
    return scores
