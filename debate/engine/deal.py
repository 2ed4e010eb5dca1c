"""Dealing hands from the seed, with no global random state.

Why a hash instead of ``random.Random``: dealing happens once per motion in
every simulated game, and a keyed 64-bit mix is both faster and independent of
Python's random module, so a saved seed deals the same cards on any version.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from debate.scoring.tables import HAND_SIZE, ScenarioTables

_MASK = (1 << 64) - 1


_START = 0x9E3779B97F4A7C15
_M1 = 0xBF58476D1CE4E5B9
_M2 = 0x94D049BB133111EB


def mix(*values: int) -> int:
    """A 64-bit hash of integers (SplitMix64 finaliser folded over the values)."""
    state = _START
    for value in values:
        state = (state ^ (value & _MASK)) * _M1 & _MASK
        state ^= state >> 31
        state = (state + _START) * _M2 & _MASK
        state ^= state >> 29
    return state


def _fold(state: int, value: int) -> int:
    """One step of :func:`mix`: ``mix(a, b, c) == _fold(_fold(_fold(_START, a), b), c)``."""
    state = (state ^ (value & _MASK)) * _M1 & _MASK
    state ^= state >> 31
    state = (state + _START) * _M2 & _MASK
    return state ^ state >> 29


def deal(
    tables: ScenarioTables, motion: int, seed: int, stances: Sequence[int]
) -> tuple[tuple[int, ...], ...]:
    """Each seat's hand for ``motion``, given every seat's stance.

    The pool of a stance (its cards on this motion) is shuffled by the seed and
    dealt round-robin, in seat order, to the seats that took that stance, up to
    :data:`HAND_SIZE` cards each; so seats on the same side never hold the same
    card.  A hand lists its cards in scenario order.
    """
    hands: list[tuple[int, ...]] = [()] * len(stances)
    pools = tables.motions[motion].pools
    # Each card's sort key is ``mix(seed, motion, arg)``: the common prefix is
    # folded once and the last fold is written out (cards are small
    # non-negative indexes, so ``arg & _MASK == arg``).
    prefix = _fold(_fold(_START, seed), motion)
    for stance, pool in enumerate(pools):
        sharing = [seat for seat, s in enumerate(stances) if s == stance]
        if not sharing:
            continue
        step = len(sharing)
        if step == 1 and len(pool) <= HAND_SIZE:
            # One seat gets the whole pool, whatever the shuffle.
            hands[sharing[0]] = tuple(sorted(pool))
            continue
        keyed: list[tuple[int, int]] = []
        for arg in pool:
            state = (prefix ^ arg) * _M1 & _MASK
            state ^= state >> 31
            state = (state + _START) * _M2 & _MASK
            keyed.append((state ^ state >> 29, arg))
        keyed.sort(key=_first)  # stable, as ``sorted(pool, key=...)`` was
        shuffled = [arg for _, arg in keyed]
        for k, seat in enumerate(sharing):
            hands[seat] = tuple(sorted(shuffled[k::step][:HAND_SIZE]))
    return tuple(hands)


_first = itemgetter(0)
