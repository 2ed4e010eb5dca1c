"""The engine's errors, split the way python-chess splits them.

A move can be wrong in two ways, and a caller needs to know which: *malformed*
(no such card, no such stance, a seat that does not exist: the move could
never be played) or *illegal* (a real move, but against the rules now).  Both
are ``ValueError`` for library users and :class:`~debate.errors.DebateError`
for the command line, which prints the message instead of a traceback.
"""

from __future__ import annotations

from debate.errors import DebateError


class InvalidMoveError(DebateError, ValueError):
    """The move is malformed: unknown card or stance, seat out of range, wrong types."""


class IllegalMoveError(DebateError, ValueError):
    """The move is well formed but the rules forbid it now."""


class SetupError(DebateError, ValueError):
    """A game cannot be set up as asked: wrong number of seats, unknown or repeated role."""

    exit_status = 2
