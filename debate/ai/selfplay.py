"""Computer seats playing a game forward: one place for what sim, lint and the UI share.

Every caller that lets the computer move derives each seat's seed the same
way, so a game simulated by ``debate sim`` and the same game watched in the
terminal make the same moves.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from debate.ai.choose import Level, choose_move
from debate.engine import Game, Move, Outcome, Seat
from debate.engine.deal import mix
from debate.scenario.models import Scenario


def ai_seed(game: Game, seat: int) -> int:
    """The seed a computer seat plays with in ``game``."""
    return _seat_seed(game.seed, seat)


@lru_cache(maxsize=256)
def _seat_seed(seed: int, seat: int) -> int:
    return mix(seed, seat)


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


@dataclass
class Tally:
    """What many computer-only games of one table amount to.

    ``debate sim``, ``bench/balance.py`` and the balance tests all read the
    same tally, so "win rate" means one thing everywhere: a win is the highest
    total alone; a draw shares it.
    """

    seats: tuple[tuple[str, str], ...]
    seed: int
    games: int = 0
    wins: list[int] = field(default_factory=list)
    draws: list[int] = field(default_factory=list)
    totals: list[list[int]] = field(default_factory=list)
    decided: dict[str, dict[str, int]] = field(default_factory=dict)
    distinct: set[tuple[int, ...]] = field(default_factory=set)
    drawn: int = 0

    def mean_sd(self, seat: int) -> tuple[float, float]:
        """Mean and (population) standard deviation of a seat's totals."""
        values = self.totals[seat]
        if not values:
            return 0.0, 0.0
        mean = sum(values) / len(values)
        return mean, math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))

    def add(self, outcome: Outcome) -> None:
        """Count one finished game."""
        self.games += 1
        self.distinct.add(outcome.totals)
        self.drawn += outcome.is_draw
        for seat, total in enumerate(outcome.totals):
            self.totals[seat].append(total)
        for seat in outcome.winners:
            if outcome.is_draw:
                self.draws[seat] += 1
            else:
                self.wins[seat] += 1
        for result in outcome.motions:
            self.decided[result.motion][result.decided or "undecided"] += 1


def simulate(
    scenario: Scenario,
    seats: Sequence[tuple[str, Level]],
    games: int,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
) -> Tally:
    """Play ``games`` computer-only games with seeds ``seed``, ``seed + 1``, … and tally them.

    :raises SetupError: the seats do not fit the scenario.
    """
    table = [Seat(role, level) for role, level in seats]
    tally = Tally(tuple(seats), seed)
    tally.wins = [0] * len(seats)
    tally.draws = [0] * len(seats)
    tally.totals = [[] for _ in seats]
    tally.decided = {
        m.id: {s.id: 0 for s in m.stances} | {"undecided": 0} for m in scenario.motions
    }
    for number in range(games):
        outcome = play_out(Game.new(scenario, table, seed + number)).outcome()
        assert outcome is not None
        tally.add(outcome)
        if progress is not None:
            progress(number + 1, games)
    return tally
