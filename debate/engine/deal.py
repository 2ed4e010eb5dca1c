"""Dealing hands from the seed, with no global random state.

Why a hash instead of ``random.Random``: dealing happens once per motion in
every simulated game, and a keyed 64-bit mix is both faster and independent of
Python's random module, so a saved seed deals the same cards on any version.
"""

from __future__ import annotations

from collections.abc import Sequence

from debate.scoring.tables import HAND_SIZE, ScenarioTables

_MASK = (1 << 64) - 1


def mix(*values: int) -> int:
    """A 64-bit hash of integers (SplitMix64 finaliser folded over the values)."""
    state = 0x9E3779B97F4A7C15
    for value in values:
        state = (state ^ (value & _MASK)) * 0xBF58476D1CE4E5B9 & _MASK
        state ^= state >> 31
        state = (state + 0x9E3779B97F4A7C15) * 0x94D049BB133111EB & _MASK
        state ^= state >> 29
    return state


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
    for stance, pool in enumerate(pools):
        sharing = [seat for seat, s in enumerate(stances) if s == stance]
        if not sharing:
            continue
        shuffled = sorted(pool, key=lambda arg: mix(seed, motion, arg))
        step = len(sharing)
        for k, seat in enumerate(sharing):
            hands[seat] = tuple(sorted(shuffled[k::step][:HAND_SIZE]))
    return tuple(hands)
