"""The hard AI: lookahead over the grounded semantics with the others' replies anticipated.

Within a step all seats choose at once, so the hard AI cannot react; it
anticipates.  For each of its options it pairs the likeliest replies of every
other seat (their top choices by the normal AI's judgement, over the cards
they could hold), plays the rest of the motion out with everyone choosing as
the normal AI would, scores the result with the real scoring model, and keeps
the option whose worst case (its own motion score minus the best other
seat's) is highest: maximin over the others' top-k replies.

In games of three or more seats the stance is chosen over sampled tables
(see :func:`hard_stance`), since there allies split a stance's pool.

It uses only public knowledge: the others' *possible* cards are their stance's
pool minus what is revealed and what it holds itself, never their dealt hands.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product

from debate.ai.heuristics import (
    PASS,
    best_card,
    card_values,
    pick,
    pick_stance,
    settled_stance,
    stance_values,
)
from debate.engine.deal import deal, mix
from debate.scoring.points import Play, motion_scores
from debate.scoring.tables import ScenarioTables

TOP_K = 2
"""Replies considered per other seat when there are at most :data:`WIDE` others."""
WIDE = 2


def _advantage(scores: Sequence[int], seat: int) -> int:
    best_other = max(s for i, s in enumerate(scores) if i != seat)
    return scores[seat] - best_other


def _rollout(
    tables: ScenarioTables,
    motion: int,
    roles: Sequence[int],
    stances: Sequence[int],
    board: list[Play],
    hands: Sequence[Sequence[int]],
    mine: Sequence[list[int]],
    first_step: int,
) -> list[Play]:
    """The board after steps ``first_step``..closing with every seat choosing as normal."""
    mine = [list(m) for m in mine]
    for step in range(first_step, 4):
        revealed = {arg for _, arg, _ in board}
        chosen: list[Play] = []
        taken: set[int] = set()
        for seat, role in enumerate(roles):
            hand = [a for a in hands[seat] if a not in revealed and a not in taken]
            card = best_card(tables, role, step, hand, board, mine[seat])
            if card != PASS:
                chosen.append((seat, card, step))
                taken.add(card)
                mine[seat].append(card)
        board = board + chosen
    return board


SAMPLES = 16
"""Deals (and normal stance draws) sampled per stance in games of three or more seats."""


def hard_stance(
    tables: ScenarioTables,
    motion: int,
    seat: int,
    roles: Sequence[int],
    earlier: Sequence[list[int]],
    *salt: int,
) -> int:
    """The stance whose played-out motion gives the seat the best advantage.

    With two seats, the other is expected to take the stance the normal AI
    values most, and every seat is imagined holding its stance's whole pool.

    With more seats that picture misleads: allies on a stance split its pool,
    and a lone seat imagined holding everything avoids its allies for no
    reason.  So each stance is scored over :data:`SAMPLES` sampled tables:
    the others' stances drawn as the normal AI draws them, the hands dealt as
    the engine deals them (with sample seeds, not the game's), the motion
    played out, and the advantages summed.  The samples are fixed, so the
    choice is deterministic.
    """
    pools = tables.motions[motion].pools
    if len(roles) <= 2:
        predicted = [pick(stance_values(tables, role, motion), 0) for role in roles]
        values: list[float] = []
        for stance in range(len(pools)):
            stances = [*predicted[:seat], stance, *predicted[seat + 1 :]]
            hands = [pools[s] for s in stances]
            board = _rollout(tables, motion, roles, stances, [], hands, earlier, 1)
            scores = motion_scores(tables, motion, roles, stances, board, earlier)
            values.append(_advantage(scores, seat))
        return pick(values, *salt)
    total = [0.0] * len(pools)
    for n in range(SAMPLES):
        expected: list[int] = []
        for other, role in enumerate(roles):
            choice = settled_stance(tables, role, motion)
            if choice < 0:
                choice = pick_stance(stance_values(tables, role, motion), n, motion, other)
            expected.append(choice)
        for stance in range(len(pools)):
            stances = [*expected[:seat], stance, *expected[seat + 1 :]]
            dealt = deal(tables, motion, mix(n, motion, 7919), stances)
            board = _rollout(tables, motion, roles, stances, [], dealt, earlier, 1)
            scores = motion_scores(tables, motion, roles, stances, board, earlier)
            total[stance] += _advantage(scores, seat)
    return pick(total, *salt)


def hard_card(
    tables: ScenarioTables,
    motion: int,
    step: int,
    seat: int,
    roles: Sequence[int],
    stances: Sequence[int],
    board: Sequence[Play],
    hand: Sequence[int],
    earlier: Sequence[list[int]],
    salt: int,
) -> int:
    """The card (or ``PASS``) with the best worst-case advantage over the others' top replies."""
    pools = tables.motions[motion].pools
    revealed = {arg for _, arg, _ in board}
    held = set(hand)
    mine = [list(earlier[s]) + [a for x, a, _ in board if x == s] for s in range(len(roles))]
    hands: list[Sequence[int]] = []
    for other, stance in enumerate(stances):
        if other == seat:
            hands.append(hand)
        else:
            hands.append([a for a in pools[stance] if a not in revealed and a not in held])
    others = [s for s in range(len(roles)) if s != seat]
    k = TOP_K if len(others) <= WIDE else 1
    replies: list[list[int]] = []
    for other in others:
        options = card_values(tables, roles[other], step, hands[other], board, mine[other])
        options.sort(key=lambda item: -item[0])
        replies.append([card for _, card in options[:k]])
    own = card_values(tables, roles[seat], step, hand, board, mine[seat])
    values: list[float] = []
    base = list(board)
    for _, card in own:
        worst: float | None = None
        for combo in product(*replies):
            picks = dict(zip(others, combo, strict=True))
            picks[seat] = card
            cards = [c for c in picks.values() if c != PASS]
            if len(set(cards)) != len(cards):
                continue
            step_plays = [(s, picks[s], step) for s in sorted(picks) if picks[s] != PASS]
            mine_after = [
                [*cards_of, picks[s]] if picks.get(s, PASS) != PASS else cards_of
                for s, cards_of in enumerate(mine)
            ]
            final = _rollout(
                tables, motion, roles, stances, base + step_plays, hands, mine_after, step + 1
            )
            scores = motion_scores(tables, motion, roles, stances, final, earlier)
            value = _advantage(scores, seat)
            worst = value if worst is None else min(worst, value)
        values.append(float("-inf") if worst is None else worst)
    # Break ties by the normal AI's judgement, then by the salt.
    top = max(values)
    tied = [i for i, v in enumerate(values) if v == top]
    return own[tied[pick([own[i][0] for i in tied], salt)]][1]
