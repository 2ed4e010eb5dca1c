"""Balance report: how often each role wins, and how each motion is decided, in all-normal play.

Run ``python bench/balance.py [SCENARIO ...] [--games N] [--seed S] [--hard]``.
With no scenario it reports every bundled scenario.  Every role of a scenario
takes a seat (at most six), every seat is the normal AI, and games use seeds
``S``, ``S + 1``, …  For each role it prints the share of games won outright,
the share drawn (sharing the highest total) and the mean ± sd of its total;
for each motion, the share of games decided for each stance.

Lines that miss the balance goals are flagged with ``!!``:

* each role wins 18–35% of games with four or more seats (35–65% with two,
  scaled as 0.72/n–1.4/n otherwise);
* no motion is decided for one stance in more than 85% of games, and every
  stance that has cards is decided that way at least sometimes (≥ 1%);
* the game varies by seed (not every game ends with the same totals).

``--hard`` adds hard-versus-normal and hard-versus-easy win rates on two-seat
games over every ordered pair of roles (the goal: ≥ 60% and ≥ 80%).

It drives the engine's Python API directly (no subprocesses), so a thousand
games take seconds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from itertools import permutations

from debate.ai import Tally, simulate
from debate.paths import bundled_scenario_files
from debate.scenario.load import load_scenario
from debate.scenario.models import Scenario

MOTION_MAX = 0.85
"""Most games a motion may be decided for one stance."""
STANCE_MIN = 0.01
"""Fewest games a stance that has cards should be decided for."""
HARD_VS_NORMAL = 0.60
HARD_VS_EASY = 0.80


def win_band(seats: int) -> tuple[float, float]:
    """The goal band of one role's win rate at a table of ``seats``."""
    if seats == 2:
        return 0.35, 0.65
    if seats >= 4:
        return 0.18, 0.35
    return 0.72 / seats, 1.4 / seats


def render(scenario: Scenario, report: Tally, seed: int) -> tuple[str, int]:
    """The report as text, and the number of flagged lines."""
    n = report.games
    roles = [role for role, _ in report.seats]
    low, high = win_band(len(roles))
    flags = 0
    lines = [
        f"== {scenario.id}: {n} all-normal games, {len(roles)} seats, seeds {seed}..{seed + n - 1}",
    ]
    width = max(len("role"), *(len(r) for r in roles))
    lines.append(
        f"  {'role':<{width}}   wins   draws   mean ± sd      (goal: wins {low:.0%}–{high:.0%})"
    )
    for i, role in enumerate(roles):
        win, draw = report.wins[i] / n, report.draws[i] / n
        mean, sd = report.mean_sd(i)
        bad = not low <= win <= high
        flags += bad
        lines.append(
            f"{'!!' if bad else '  '}{role:<{width}}  {win:6.1%}  {draw:6.1%}  "
            f"{mean:6.1f} ± {sd:5.1f}"
        )
    lines.append(f"  games drawn (highest total shared): {report.drawn / n:.1%}")
    lines.append("  motions decided (share of games):")
    cards = {(a.motion, a.stance) for a in scenario.arguments}
    for motion in scenario.motions:
        counts = report.decided[motion.id]
        parts = []
        bad_parts: list[str] = []
        for stance, count in counts.items():
            share = count / n
            parts.append(f"{stance} {share:.1%}")
            if stance == "undecided":
                continue
            if share > MOTION_MAX:
                bad_parts.append(f"{stance} > {MOTION_MAX:.0%}")
            if (motion.id, stance) in cards and share < STANCE_MIN:
                bad_parts.append(f"{stance} never")
        flags += bool(bad_parts)
        note = f"   <- {'; '.join(bad_parts)}" if bad_parts else ""
        lines.append(f"{'!!' if bad_parts else '  '}  {motion.id}: {', '.join(parts)}{note}")
    if len(report.distinct) == 1 and n > 1:
        flags += 1
        lines.append("!! every game ended with the same totals: the seed changes nothing")
    else:
        lines.append(f"    distinct final scores: {len(report.distinct)} in {n} games")
    return "\n".join(lines), flags


def hard_rates(scenario: Scenario, games: int, seed: int, rival: str) -> tuple[float, float]:
    """Hard's mean win rate and draw rate against ``rival`` over every ordered pair of roles.

    ``games`` is split evenly over the pairs (at least one game each).
    """
    roles = [role.id for role in scenario.roles]
    pairs = list(permutations(roles, 2))
    per = max(1, games // len(pairs))
    wins = draws = played = 0
    for hard_role, other in pairs:
        tally = simulate(scenario, [(hard_role, "hard"), (other, rival)], per, seed)  # type: ignore[list-item]
        wins, draws, played = wins + tally.wins[0], draws + tally.draws[0], played + tally.games
    return wins / played, draws / played


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("scenarios", nargs="*", metavar="SCENARIO", help="ids or files")
    parser.add_argument("--games", type=int, default=1000, metavar="N")
    parser.add_argument("--seed", type=int, default=0, metavar="S")
    parser.add_argument("--hard", action="store_true", help="also hard vs normal and hard vs easy")
    args = parser.parse_args(argv)
    names = args.scenarios or [str(p) for p in bundled_scenario_files()]
    flags = 0
    for name in names:
        scenario = load_scenario(name)
        seats = [(role.id, "normal") for role in scenario.roles][:6]
        report = simulate(scenario, seats, args.games, args.seed)  # type: ignore[arg-type]
        text, flagged = render(scenario, report, args.seed)
        flags += flagged
        print(text)
        if args.hard:
            for rival, goal in (("normal", HARD_VS_NORMAL), ("easy", HARD_VS_EASY)):
                win, draw = hard_rates(scenario, args.games, args.seed, rival)
                bad = win < goal
                flags += bad
                print(
                    f"{'!!' if bad else '  '}hard vs {rival}: hard wins {win:.1%}, draws "
                    f"{draw:.1%} (mean over role pairs; goal >= {goal:.0%})"
                )
        print()
    print(f"{flags} line(s) flagged" if flags else "all within the goals")
    return 1 if flags else 0


if __name__ == "__main__":
    sys.exit(main())
