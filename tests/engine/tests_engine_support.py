"""Helpers of the engine tests: a random player and the fixture's path."""

from __future__ import annotations

import random
from pathlib import Path

from debate.engine import Game, Move, Seat, Step, WordsMove
from debate.scenario.models import Scenario

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini.yaml"


def random_game(scenario: Scenario, seed: int, seats: int = 2, words: bool = True) -> Game:
    """A finished game played by uniformly random legal moves (own words now and then)."""
    rng = random.Random(seed)
    roles = [role.id for role in scenario.roles][:seats]
    game = Game.new(scenario, [Seat(role) for role in roles], seed)
    while game.outcome() is None:
        seat = rng.choice(game.waiting_for())
        move: Move = rng.choice(list(game.legal_moves(seat)))
        if words and game.step is Step.CLOSING and rng.random() < 0.5:
            argument = getattr(move, "argument", None)
            move = WordsMove(seat, argument, rng.choice(SENTENCES))
        game = game.apply(move)
    return game


SENTENCES = (
    "Japan cannot stand alone against China.",
    "Missiles cost too much money.",
    "We must support the liberal order.",
    "Nothing here is relevant at all.",
)
