"""Grounded semantics of an abstract argumentation framework (Dung, 1995).

Why bitmasks: a motion holds at most a few dozen played cards, so a framework
fits in one Python int per argument and the whole computation is a handful of
integer operations, which the AI repeats thousands of times per second.
"""

from __future__ import annotations

from collections.abc import Sequence


def grounded(attackers: Sequence[int]) -> int:
    """The grounded extension as a bitmask, given each argument's attackers as a bitmask.

    Bit ``j`` of ``attackers[i]`` means argument ``j`` attacks argument ``i``.  An
    argument is *in* when every attacker is *out*; it is *out* when an argument
    that is *in* attacks it; the least fixed point of those two rules is the
    grounded extension.  Arguments caught in an unresolved cycle are neither.

    >>> bin(grounded([0b10, 0b00]))  # 1 attacks 0: 1 stands, 0 falls
    '0b10'
    >>> grounded([0b10, 0b01])  # mutual attack: nothing is grounded
    0
    """
    n = len(attackers)
    undecided = (1 << n) - 1
    accepted = 0
    rejected = 0
    while True:
        new = 0
        for i in range(n):
            if undecided >> i & 1 and not attackers[i] & ~rejected:
                new |= 1 << i
        if not new:
            return accepted
        accepted |= new
        undecided &= ~new
        for i in range(n):
            if undecided >> i & 1 and attackers[i] & accepted:
                rejected |= 1 << i
        undecided &= ~rejected
