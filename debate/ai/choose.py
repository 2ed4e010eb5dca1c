"""``choose_move``: every computer seat plays through the same legal-move API as a person."""

from __future__ import annotations

from typing import Literal, get_args

from debate.ai.hard import hard_card, hard_stance
from debate.ai.heuristics import (
    PASS,
    best_card,
    has_contradictions,
    own_contradicting,
    pick_stance,
    settled_stance,
    stance_values,
)
from debate.engine.deal import mix
from debate.engine.errors import IllegalMoveError, SetupError
from debate.engine.game import Game
from debate.engine.moves import Move, PassMove, PlayMove, StanceMove, Step

Level = Literal["easy", "normal", "hard"]
LEVELS: tuple[str, ...] = get_args(Level)


def choose_move(game: Game, seat: int, level: str, seed: int) -> Move:
    """The move the computer at ``level`` makes for ``seat``; the same inputs give the same move.

    ``easy`` picks uniformly among the legal moves; ``normal`` takes a stance its
    role values at or near the most (a seeded draw, see
    :func:`debate.ai.heuristics.pick_stance`) and plays the card with the highest
    estimated gain;
    ``hard`` looks ahead (see :mod:`debate.ai.hard`).  Never returns own words.

    :raises SetupError: unknown level.
    :raises IllegalMoveError: the seat is not waiting (already chose, or game over).
    :raises InvalidMoveError: no such seat.
    """
    if level not in LEVELS:
        raise SetupError(f"unknown AI level {level!r}; one of {', '.join(LEVELS)}")
    # ``pending`` validates the seat index.
    if game.pending(seat) is not None or game.is_over:
        raise IllegalMoveError(f"seat {seat} has nothing to choose now")
    turn = len(game.moves)
    if level == "easy":
        moves = tuple(game.legal_moves(seat))
        return moves[mix(seed, turn, seat) % len(moves)]
    tables = game.tables
    motion = game.motion_index
    role = game.role_indexes[seat]
    step = game.step
    if step is Step.STANCE:
        ids = tables.motions[motion].stances
        if level == "normal":
            choice = settled_stance(tables, role, motion)
            if choice < 0:
                choice = pick_stance(stance_values(tables, role, motion), seed, turn, seat)
        else:
            choice = hard_stance(
                tables, motion, seat, game.role_indexes, _earlier(game, motion), seed, turn
            )
        return StanceMove(seat, ids[choice])
    board = game.plays(motion)
    hand = game.hand_indexes(seat)
    if level == "normal":
        mine: list[int] = []
        if has_contradictions(tables, hand):
            mine = own_contradicting(tables, (game.plays(m) for m in range(motion + 1)), seat)
        card = best_card(tables, role, int(step), hand, board, mine, seed, turn, seat)
    else:
        earlier = _earlier(game, motion)
        stances = game.stance_indexes(motion)
        assert stances is not None  # past the stance step
        card = hard_card(
            tables,
            motion,
            int(step),
            seat,
            game.role_indexes,
            stances,
            board,
            hand,
            earlier,
            mix(seed, turn, seat),
        )
    return PassMove(seat) if card == PASS else PlayMove(seat, tables.args[card].id)


def _earlier(game: Game, motion: int) -> list[list[int]]:
    cards: list[list[int]] = [[] for _ in game.seats]
    for m in range(motion):
        for seat, arg, _ in game.plays(m):
            cards[seat].append(arg)
    return cards
