"""The game engine: immutable games, moves, legal-move lists and the outcome.

Pure Python with no Textual and no I/O (saving lives in :mod:`debate.engine.save`).
See ``docs/engine-api.md`` for the contract and ``docs/rules.md`` for the rules.
"""

from __future__ import annotations

from debate.engine.errors import IllegalMoveError, InvalidMoveError, SetupError
from debate.engine.game import Game
from debate.engine.legal import LegalMoves
from debate.engine.moves import (
    Move,
    PassMove,
    PlayMove,
    StanceMove,
    Step,
    WordsMove,
    move_from_json,
)
from debate.engine.outcome import MotionResult, Outcome
from debate.engine.seats import Controller, Seat
from debate.engine.view import Board, Event, Phase, Played

__all__ = [
    "Board",
    "Controller",
    "Event",
    "Game",
    "IllegalMoveError",
    "InvalidMoveError",
    "LegalMoves",
    "MotionResult",
    "Move",
    "Outcome",
    "PassMove",
    "Phase",
    "PlayMove",
    "Played",
    "Seat",
    "SetupError",
    "StanceMove",
    "Step",
    "WordsMove",
    "move_from_json",
]
