"""Saving and loading games as versioned JSON.

A save holds the scenario itself (with a SHA-256 of its content), the seats,
the seed and the moves: enough to replay the game exactly even when the
scenario file has since changed or was never installed.  Loading replays the
moves through the rules, so a save cannot smuggle in an illegal state.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import ValidationError

from debate.engine.errors import IllegalMoveError, InvalidMoveError, SetupError
from debate.engine.game import Game
from debate.engine.moves import Move, move_from_json
from debate.engine.seats import CONTROLLERS, Seat
from debate.errors import SaveError
from debate.scenario.models import Scenario

FORMAT = "debate-save"
VERSION = 1
"""Version written by :func:`dumps`; :func:`loads` reads only the versions it knows."""


def _digest(data: Any) -> str:
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def dumps(game: Game) -> str:
    """The game as JSON text (format ``debate-save``, version :data:`VERSION`)."""
    data = game.scenario.model_dump(mode="json")
    document = {
        "format": FORMAT,
        "version": VERSION,
        "scenario": {"id": game.scenario.id, "sha256": _digest(data), "data": data},
        "seed": game.seed,
        "seats": [seat.to_json() for seat in game.seats],
        "moves": [move.to_json() for move in game.moves],
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


def loads(text: str | bytes, scenario: Scenario | None = None) -> Game:
    """The game saved in ``text``; with ``scenario``, that scenario object is used
    (it must have the saved id and content), so the loaded game compares equal
    and shares cached tables.

    :raises SaveError: not JSON, not a save, an unknown version, damaged
        content, or moves that the rules refuse.
    """
    try:
        document = json.loads(text)
    except (ValueError, UnicodeDecodeError) as error:
        raise SaveError(f"not a saved game (invalid JSON: {error})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SaveError("not a saved game (no `format: debate-save`)")
    version = document.get("version")
    if version != VERSION:
        raise SaveError(f"unsupported save version {version!r}; this release reads {VERSION}")
    chosen = _scenario(document.get("scenario"), scenario)
    seed = document.get("seed")
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise SaveError(f"corrupt save: the seed is not an integer ({seed!r})")
    seats = _seats(document.get("seats"))
    moves = _moves(document.get("moves"))
    try:
        game = Game.new(chosen, seats, seed)
    except (SetupError, ValueError) as error:
        raise SaveError(f"corrupt save: {error}") from None
    for number, move in enumerate(moves, start=1):
        try:
            game = game.apply(move)
        except (InvalidMoveError, IllegalMoveError) as error:
            raise SaveError(f"corrupt save: move {number} ({move!r}) is refused: {error}") from None
    return game


def _scenario(entry: object, given: Scenario | None) -> Scenario:
    if not isinstance(entry, dict) or not isinstance(entry.get("data"), dict):
        raise SaveError("corrupt save: the scenario is missing")
    data = entry["data"]
    if _digest(data) != entry.get("sha256"):
        raise SaveError("corrupt save: the scenario does not match its checksum")
    if given is not None:
        if given.id != entry.get("id") or _digest(given.model_dump(mode="json")) != entry["sha256"]:
            raise SaveError(
                f"the save is of scenario `{entry.get('id')}` in another version, not `{given.id}`"
            )
        return given
    try:
        return Scenario.model_validate(data)
    except ValidationError as error:
        raise SaveError(
            f"corrupt save: the scenario is invalid ({error.error_count()} errors)"
        ) from None


def _seats(entries: object) -> list[Seat]:
    if not isinstance(entries, list):
        raise SaveError("corrupt save: `seats` is not a list")
    seats: list[Seat] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise SaveError("corrupt save: a seat is not an object")
        role, controller, name = entry.get("role"), entry.get("controller"), entry.get("name", "")
        if not isinstance(role, str) or not isinstance(name, str) or controller not in CONTROLLERS:
            raise SaveError(f"corrupt save: bad seat {entry!r}")
        seats.append(Seat(role, controller, name))
    return seats


def _moves(entries: object) -> list[Move]:
    if not isinstance(entries, list):
        raise SaveError("corrupt save: `moves` is not a list")
    moves: list[Move] = []
    for number, entry in enumerate(entries, start=1):
        try:
            moves.append(move_from_json(entry))
        except InvalidMoveError as error:
            raise SaveError(f"corrupt save: move {number}: {error}") from None
    return moves
