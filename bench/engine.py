"""Engine benchmark: games per second and the hard AI's time per move, as ratios.

Run ``python bench/engine.py [SCENARIO] [--games N]``.  Each figure is printed
beside a baseline measured in the same run on the same machine, so the ratio
means something on any computer:

* normal-versus-normal games per second, against random-versus-random games
  (the engine alone, with the cheapest possible chooser);  goal ≥ 2,000/s;
* the hard AI's 95th-percentile time per move, against the easy AI's (a
  trivial per-move baseline: one hash and one index);  goal ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time

from debate.ai import computer_move
from debate.engine import Game, Seat
from debate.scenario.load import load_scenario
from debate.scenario.models import Scenario


def play(scenario: Scenario, levels: list[str], seed: int, timings: dict[str, list[float]]) -> Game:
    """One computer-only game; per-move times of each level are appended to ``timings``."""
    roles = [role.id for role in scenario.roles][: len(levels)]
    game = Game.new(scenario, [Seat(r, lv) for r, lv in zip(roles, levels, strict=True)], seed)  # type: ignore[arg-type]
    while game.outcome() is None:
        for seat in game.waiting_for():
            started = time.perf_counter()
            move = computer_move(game, seat)
            timings.setdefault(levels[seat], []).append(time.perf_counter() - started)
            game = game.apply(move)
    return game


def games_per_second(scenario: Scenario, levels: list[str], games: int) -> float:
    started = time.perf_counter()
    for seed in range(games):
        play(scenario, levels, seed, {})
    return games / (time.perf_counter() - started)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", nargs="?", default="enemy-base-strike")
    parser.add_argument("--games", type=int, default=2000)
    args = parser.parse_args()
    scenario = load_scenario(args.scenario)
    play(scenario, ["normal", "normal"], 0, {})  # warm the per-scenario caches

    random_rate = games_per_second(scenario, ["easy", "easy"], args.games)
    normal_rate = games_per_second(scenario, ["normal", "normal"], args.games)
    print(f"scenario {scenario.id}, {args.games} games per figure, one core")
    print(f"random vs random (baseline): {random_rate:8.0f} games/s")
    print(
        f"normal vs normal:            {normal_rate:8.0f} games/s "
        f"(ratio {normal_rate / random_rate:.2f} of baseline; goal >= 2000/s)"
    )

    timings: dict[str, list[float]] = {}
    for seed in range(max(50, args.games // 20)):
        play(scenario, ["hard", "easy"], seed, timings)
    hard, easy = p95(timings["hard"]) * 1000, p95(timings["easy"]) * 1000
    print(f"easy AI p95 per move (baseline): {easy:7.3f} ms")
    print(
        f"hard AI p95 per move:            {hard:7.3f} ms "
        f"(ratio {hard / easy:.0f}x baseline; goal <= 50 ms)"
    )


if __name__ == "__main__":
    main()
