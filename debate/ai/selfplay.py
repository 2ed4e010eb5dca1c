"""Computer seats playing a game forward: one place for what sim, lint and the UI share.

Every caller that lets the computer move derives each seat's seed the same
way, so a game simulated by ``debate sim`` and the same game watched in the
terminal make the same moves.
"""

from __future__ import annotations

from debate.ai.choose import choose_move
from debate.engine import Game, Move
from debate.engine.deal import mix


def ai_seed(game: Game, seat: int) -> int:
    """The seed a computer seat plays with in ``game``."""
    return mix(game.seed, seat)


def computer_move(game: Game, seat: int) -> Move:
    """The move the computer controlling ``seat`` makes now.

    :raises ValueError: the seat is played by a person.
    """
    controller = game.seats[seat].controller
    if controller == "human":
        raise ValueError(f"seat {seat} is played by a person, not the computer")
    return choose_move(game, seat, controller, ai_seed(game, seat))


def play_out(game: Game) -> Game:
    """Play every computer seat until the game ends.

    :raises ValueError: a seat played by a person must move first.
    """
    while game.outcome() is None:
        for seat in game.waiting_for():
            game = game.apply(computer_move(game, seat))
    return game
