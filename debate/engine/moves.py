"""Moves: small frozen values a seat sends to the game.

Each move names its seat, so a move list alone replays a game.  ``to_json``
and :func:`move_from_json` are the save format of one move; ``repr`` is a
Python expression that builds the same move.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, ClassVar

from debate.engine.errors import InvalidMoveError

MAX_WORDS = 280
"""Longest own-words sentence accepted, in characters."""


class Step(enum.IntEnum):
    """The steps of one motion, in order; within a step all seats choose at once."""

    STANCE = 0
    OPENING = 1
    REBUTTAL = 2
    CLOSING = 3

    @property
    def label(self) -> str:
        """The step's name for people ("Opening")."""
        return self.name.capitalize()


def _seat(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidMoveError(f"a seat is a number, not {value!r}")
    return value


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidMoveError(f"{what} must be a non-empty string, not {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class StanceMove:
    """Take ``stance`` (a stance id of the current motion)."""

    seat: int
    stance: str
    kind: ClassVar[str] = "stance"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, "seat": self.seat, "stance": self.stance}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StanceMove:
        """:raises InvalidMoveError: fields missing or of the wrong type."""
        return cls(_seat(data.get("seat")), _text(data.get("stance"), "stance"))


@dataclass(frozen=True, slots=True)
class PlayMove:
    """Play the argument card ``argument`` (an argument id) from the seat's hand."""

    seat: int
    argument: str
    kind: ClassVar[str] = "play"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, "seat": self.seat, "argument": self.argument}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PlayMove:
        """:raises InvalidMoveError: fields missing or of the wrong type."""
        return cls(_seat(data.get("seat")), _text(data.get("argument"), "argument"))


@dataclass(frozen=True, slots=True)
class PassMove:
    """Play no card in this step."""

    seat: int
    kind: ClassVar[str] = "pass"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, "seat": self.seat}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PassMove:
        """:raises InvalidMoveError: the seat is missing or not a number."""
        return cls(_seat(data.get("seat")))


@dataclass(frozen=True, slots=True)
class WordsMove:
    """Closing only: a card (or ``None`` to pass) plus one sentence of the player's own."""

    seat: int
    argument: str | None
    words: str
    kind: ClassVar[str] = "words"

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.kind,
            "seat": self.seat,
            "argument": self.argument,
            "words": self.words,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WordsMove:
        """:raises InvalidMoveError: fields missing or of the wrong type."""
        argument = data.get("argument")
        return cls(
            _seat(data.get("seat")),
            None if argument is None else _text(argument, "argument"),
            _text(data.get("words"), "words"),
        )


Move = StanceMove | PlayMove | PassMove | WordsMove
"""Any move a seat can send."""

MOVE_TYPES: dict[str, type[StanceMove] | type[PlayMove] | type[PassMove] | type[WordsMove]] = {
    t.kind: t for t in (StanceMove, PlayMove, PassMove, WordsMove)
}


def move_from_json(data: object) -> Move:
    """The move saved as ``data`` by ``to_json``.

    :raises InvalidMoveError: not a move object, unknown type, or bad fields.
    """
    if not isinstance(data, dict):
        raise InvalidMoveError(f"a move is a JSON object, not {type(data).__name__}")
    kind = data.get("type")
    move_type = MOVE_TYPES.get(kind) if isinstance(kind, str) else None
    if move_type is None:
        raise InvalidMoveError(
            f"unknown move type {kind!r}; expected one of {', '.join(MOVE_TYPES)}"
        )
    return move_type.from_json(data)


def check_words(words: object) -> str:
    """The sentence, stripped, if it is acceptable as own words.

    :raises InvalidMoveError: empty, several lines, or longer than :data:`MAX_WORDS`.
    """
    if not isinstance(words, str):
        raise InvalidMoveError(f"own words must be text, not {type(words).__name__}")
    sentence = words.strip()
    if not sentence:
        raise InvalidMoveError("own words are empty; write one sentence or play without words")
    if "\n" in sentence or "\r" in sentence:
        raise InvalidMoveError("own words must be one sentence on one line")
    if len(sentence) > MAX_WORDS:
        raise InvalidMoveError(
            f"own words are {len(sentence)} characters long; the limit is {MAX_WORDS}"
        )
    return sentence
