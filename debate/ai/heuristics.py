"""The normal AI's judgement, as pure functions over the scenario tables.

Why pure functions on integers: the hard AI replays the normal AI's choices
many times inside its lookahead, and balance simulations run thousands of
games a second; neither can afford to build a :class:`Game` per thought.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from debate.engine.deal import mix
from debate.scoring.grounded import grounded
from debate.scoring.points import Play, attackers_of, contradicting_cards
from debate.scoring.tables import (
    CONTRADICTION,
    HAND_SIZE,
    MEMO_SIZE,
    MOTION_WIN,
    MotionInfo,
    RoleInfo,
    ScenarioTables,
    memo_for,
)

PASS = -1
"""The card index that stands for a pass."""

STANCE_MARGIN = 0.15
"""How close to its best estimate a stance must be for the normal AI to consider it.

A stance whose estimate is within this share of the best one is a live option:
the normal AI chooses among the live options at random (seeded, so the same
seed gives the same choice), with odds that grow with the estimate.  So it takes
its favourite stance most often but not always, and games differ by seed in
what is argued, not only in which cards are dealt.
"""

SHARE = 0.5
"""How much each other role expected on a stance divides this role's card value there.

Seats on the same stance split its pool, but a shared stance also wins the
room more often, so an expected ally costs half a share, not a whole one.
"""


@lru_cache(maxsize=64)
def _stance_values(tables: ScenarioTables) -> tuple[tuple[tuple[float, ...], ...], ...]:
    """Per role, per motion, per stance: what the stance promises before any card is seen.

    Its objectives on the motion, the value of the best cards it could be dealt
    (as many as a seat can play), and half the audience points and the motion
    bonus if the blocs already lean that way.  Seats on the same stance split
    its pool, so the card value is divided among the roles expected there: 1 plus
    :data:`SHARE` for every other role whose own first estimate (cards
    undivided) prefers that stance.
    """
    first = [
        [_first_estimate(tables, role, motion) for motion in tables.motions]
        for role in tables.roles
    ]
    out: list[tuple[tuple[float, ...], ...]] = []
    for role in tables.roles:
        per_motion: list[tuple[float, ...]] = []
        for motion in tables.motions:
            row: list[float] = []
            for stance in range(len(motion.pools)):
                cards, rest = first[role.index][motion.index][stance]
                sharers = 1.0
                for other in tables.roles:
                    if other.index != role.index:
                        estimate = first[other.index][motion.index]
                        totals = [c + r for c, r in estimate]
                        if totals.index(max(totals)) == stance:
                            sharers += SHARE
                row.append(cards / sharers + rest)
            per_motion.append(tuple(row))
        out.append(tuple(per_motion))
    return tuple(out)


def _first_estimate(
    tables: ScenarioTables, role: RoleInfo, motion: MotionInfo
) -> list[tuple[float, float]]:
    """Per stance: ``(card value, objectives plus the room's head start)`` for ``role``."""
    row: list[tuple[float, float]] = []
    for stance, pool in enumerate(motion.pools):
        cards = sum(sorted((role.value[a] for a in pool), reverse=True)[: HAND_SIZE - 1])
        rest = float(sum(o.points for o in role.objectives[motion.index] if o.stance == stance))
        lean = 0.0
        for bloc in tables.blocs:
            heads = bloc.leanings[motion.index]
            if (
                heads[stance] > 0
                and heads[stance] == max(heads)
                and heads.count(heads[stance]) == 1
            ):
                lean += bloc.points
        row.append((cards, rest + 0.5 * (lean + (MOTION_WIN if lean else 0))))
    return row


def stance_values(tables: ScenarioTables, role: int, motion: int) -> tuple[float, ...]:
    """The normal AI's estimate of each stance of ``motion`` for ``role``."""
    return _stance_values(tables)[role][motion]


def pick(values: Sequence[float], *salt: int) -> int:
    """Index of the highest value; ties broken by a hash of ``salt`` (deterministic).

    The salt is hashed only on a tie, which is rare, so callers pass its parts.
    """
    top = max(values)
    if values.count(top) == 1:
        return values.index(top)
    tied = [i for i, v in enumerate(values) if v == top]
    return tied[mix(*salt, len(tied)) % len(tied)]


def pick_stance(values: Sequence[float], *salt: int) -> int:
    """The normal AI's stance: a seeded draw among the stances near the best estimate.

    A stance is live when its estimate is at least ``(1 - STANCE_MARGIN)`` of the
    best; its odds are proportional to how far it clears that line, so the best
    stance always has the best odds, an equal estimate gets an equal share, and a
    stance just inside the line almost never comes up.  With one live stance
    (the usual case) no hash is computed.
    """
    top = max(values)
    floor = top * (1.0 - STANCE_MARGIN) if top > 0 else top
    live = [(v - floor, i) for i, v in enumerate(values) if v > floor]
    if len(live) <= 1:
        return pick(values, *salt)
    total = sum(w for w, _ in live)
    draw = mix(*salt, len(values)) / 2.0**64 * total
    for weight, index in live:
        draw -= weight
        if draw < 0:
            return index
    return live[-1][1]


def card_values(
    tables: ScenarioTables,
    role: int,
    step: int,
    hand: Sequence[int],
    board: Sequence[Play],
    mine: Sequence[int],
) -> list[tuple[float, int]]:
    """``(value, card)`` for each card the seat may play now, plus ``(0, PASS)``.

    A card is worth what it earns the role if it stands, plus what it takes
    away by defeating revealed cards that stand now, minus the penalty for
    contradicting the seat's own earlier cards (``mine``).  In the rebuttal
    step only cards that rebut a revealed card are offered, as the rules say.
    """
    return list(_card_values(tables, role, step, hand, board, mine)[0])


def _card_values(
    tables: ScenarioTables,
    role: int,
    step: int,
    hand: Sequence[int],
    board: Sequence[Play],
    mine: Sequence[int],
) -> tuple[tuple[tuple[float, int], ...], int]:
    """:func:`card_values` and the index of its single best option (``-1`` on a tie).

    Memoised per scenario: the same roles meet the same hands and boards in
    game after game.  ``mine`` matters only through the hand's contradictions,
    so it is part of the key only when some card in hand has any.
    """
    hand = tuple(hand)
    board = tuple(board)
    contradicting = contradicting_cards(tables)
    relevant = (
        tuple([m for m in mine if m in contradicting]) if not contradicting.isdisjoint(hand) else ()
    )
    key = (role, step, hand, board, relevant)
    memo = tables.memo.get("card_values")
    if memo is None:
        memo = memo_for(tables, "card_values")
    found: tuple[tuple[tuple[float, int], ...], int] | None = memo.get(key)
    if found is None:
        options = _compute_card_values(tables, role, step, hand, board, relevant)
        values = [v for v, _ in options]
        top = max(values)
        found = (tuple(options), values.index(top) if values.count(top) == 1 else -1)
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[key] = found
    return found


def _compute_card_values(
    tables: ScenarioTables,
    role: int,
    step: int,
    hand: Sequence[int],
    board: Sequence[Play],
    mine: Sequence[int],
) -> list[tuple[float, int]]:
    args = tables.args
    value = tables.roles[role].value
    strength = tables.strength
    if step == 1:
        up: set[int] = set()
        revealed: set[int] = set()
    else:
        standing = grounded(attackers_of(tables, board))
        up = {arg for i, (_, arg, _) in enumerate(board) if standing >> i & 1}
        revealed = {arg for _, arg, _ in board}
    out: list[tuple[float, int]] = [(0.0, PASS)]
    for card in hand:
        info = args[card]
        if step == 2 and revealed.isdisjoint(info.rebuts):
            continue
        worth = value[card]
        for target in info.rebuts:
            if target in up:
                worth += strength[target]
        if info.contradicts:
            for other in mine:
                if other in info.contradicts:
                    worth -= CONTRADICTION
        out.append((worth, card))
    return out


def has_contradictions(tables: ScenarioTables, hand: Sequence[int]) -> bool:
    """True when some card in ``hand`` contradicts another card (so history matters)."""
    return not contradicting_cards(tables).isdisjoint(hand)


def own_contradicting(
    tables: ScenarioTables, boards: Iterable[Sequence[Play]], seat: int
) -> list[int]:
    """The cards ``seat`` played on ``boards`` that contradict some card, in play order.

    The others can never cost a contradiction (contradiction is symmetric), so
    this is all of ``mine`` that :func:`card_values` reads.
    """
    contradicting = contradicting_cards(tables)
    return [a for board in boards for s, a, _ in board if s == seat and a in contradicting]


def best_card(
    tables: ScenarioTables,
    role: int,
    step: int,
    hand: Sequence[int],
    board: Sequence[Play],
    mine: Sequence[int],
    *salt: int,
) -> int:
    """The normal AI's card for this step (``PASS`` when nothing is worth playing)."""
    options, best = _card_values(tables, role, step, hand, board, mine)
    if best < 0:
        best = pick([v for v, _ in options], *salt)
    return options[best][1]


@lru_cache(maxsize=1024)
def settled_stance(tables: ScenarioTables, role: int, motion: int) -> int:
    """The normal AI's stance for ``role`` on ``motion`` when no draw is needed, else ``-1``.

    :func:`pick_stance` hashes its salt only when several stances are live or
    the best ones tie; otherwise its answer is the same for every salt.
    """
    values = stance_values(tables, role, motion)
    top = max(values)
    floor = top * (1.0 - STANCE_MARGIN) if top > 0 else top
    live = [v for v in values if v > floor]
    if len(live) <= 1 and values.count(top) == 1:
        return values.index(top)
    return -1
