"""The legal moves of one seat, as a small collection object (like python-chess)."""

from __future__ import annotations

from collections.abc import Iterator

from debate.engine.errors import InvalidMoveError
from debate.engine.moves import Move, PassMove, PlayMove, WordsMove, check_words


class LegalMoves:
    """What one seat may do now: supports ``in``, ``len``, ``bool``, iteration and ``count()``.

    Iteration lists the stance, card and pass moves.  In the closing step a
    :class:`WordsMove` is also legal (``in`` says so) for any card listed, or
    none, with one acceptable sentence; it is not listed because the sentence
    is the player's own.
    """

    __slots__ = ("_moves", "_seat", "_words")

    def __init__(self, seat: int, moves: tuple[Move, ...], words: bool) -> None:
        self._seat = seat
        self._moves = moves
        self._words = words

    def __contains__(self, move: object) -> bool:
        if isinstance(move, WordsMove):
            if not self._words or move.seat != self._seat:
                return False
            try:
                check_words(move.words)
            except InvalidMoveError:
                return False
            if move.argument is None:
                return True
            return PlayMove(move.seat, move.argument) in self._moves
        return move in self._moves

    def __iter__(self) -> Iterator[Move]:
        return iter(self._moves)

    def __len__(self) -> int:
        return len(self._moves)

    def __bool__(self) -> bool:
        return bool(self._moves)

    def count(self) -> int:
        """How many moves are listed (same as ``len``)."""
        return len(self._moves)

    @property
    def words_allowed(self) -> bool:
        """True in the closing step: own words may go with a card or a pass."""
        return self._words

    def passes(self) -> bool:
        """True when passing is among the moves."""
        return PassMove(self._seat) in self._moves

    def __repr__(self) -> str:
        shown = ", ".join(repr(m) for m in self._moves)
        return f"<LegalMoves ({shown}){' + words' if self._words else ''}>"
