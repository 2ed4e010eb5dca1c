"""``debate sim``: play many computer-only games and report balance per role and motion.

Plain text on stdout (or JSON with ``--json``) and a progress bar on stderr,
so it runs in CI logs and pipes; no Textual, no Rich.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from typing import Any

from debate.errors import UsageError
from debate.progress import progress_bar

PROGRESS_FROM = 100
"""Runs of at least this many games show a progress bar on stderr."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="scenario id or file")
    parser.add_argument("--games", type=int, default=1000, metavar="N", help="games to play")
    parser.add_argument(
        "--seats",
        required=True,
        metavar="ROLE=ai:LEVEL,...",
        help="two to six seats, e.g. ldp-hawk=ai:hard,komeito=ai:normal",
    )
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="first game's seed")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def parse_seats(text: str, roles: list[str]) -> list[tuple[str, str]]:
    """``[(role, level), ...]`` from ``ROLE=ai:LEVEL,...``.

    :raises UsageError: malformed entry, unknown role or level; the message lists choices.
    """
    from debate.ai import LEVELS

    seats: list[tuple[str, str]] = []
    for entry in filter(None, (part.strip() for part in text.split(","))):
        role, sep, controller = entry.partition("=")
        level = controller.removeprefix("ai:")
        if not sep or not role or not controller.startswith("ai:"):
            raise UsageError(
                f"malformed seat `{entry}`; write ROLE=ai:LEVEL with LEVEL one of "
                f"{', '.join(LEVELS)}"
            )
        if role not in roles:
            raise UsageError(f"unknown role `{role}`; roles: {', '.join(roles)}")
        if level not in LEVELS:
            raise UsageError(f"unknown AI level `{level}`; levels: {', '.join(LEVELS)}")
        seats.append((role, level))
    if not 2 <= len(seats) <= 6:
        raise UsageError(
            f"--seats needs 2 to 6 seats (got {len(seats)}); roles: {', '.join(roles)}"
        )
    if len({role for role, _ in seats}) != len(seats):
        raise UsageError("--seats names a role twice; each seat needs a different role")
    return seats


@dataclass
class Report:
    """Running totals of a simulation."""

    scenario: str
    seats: list[tuple[str, str]]
    seed: int
    games: int = 0
    wins: list[int] = field(default_factory=list)
    draws: list[int] = field(default_factory=list)
    totals: list[list[int]] = field(default_factory=list)
    decided: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        roles = []
        for i, (role, level) in enumerate(self.seats):
            mean, sd = _mean_sd(self.totals[i])
            roles.append(
                {
                    "role": role,
                    "controller": level,
                    "wins": self.wins[i],
                    "draws": self.draws[i],
                    "win_rate": self.wins[i] / self.games if self.games else 0.0,
                    "draw_rate": self.draws[i] / self.games if self.games else 0.0,
                    "mean": mean,
                    "sd": sd,
                }
            )
        motions = {
            motion: {stance: count / self.games for stance, count in counts.items()}
            for motion, counts in self.decided.items()
        }
        return {
            "scenario": self.scenario,
            "games": self.games,
            "seed": self.seed,
            "roles": roles,
            "motions": motions,
        }


def _mean_sd(values: list[int]) -> tuple[float, float]:
    if not values:
        return 0.0, 0.0
    mean = sum(values) / len(values)
    return mean, math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


def simulate(scenario_name: str, seats_text: str, games: int, seed: int, progress: bool) -> Report:
    """Play ``games`` games, seeds ``seed``, ``seed + 1``, …, and tally the results."""
    from debate.ai import play_out
    from debate.engine import Game, Seat
    from debate.scenario.load import load

    if games < 1:
        raise UsageError(f"--games must be at least 1 (got {games})")
    scenario = load(scenario_name).scenario
    seats = parse_seats(seats_text, [role.id for role in scenario.roles])
    table = [Seat(role, level) for role, level in seats]  # type: ignore[arg-type]
    report = Report(scenario.id, seats, seed)
    report.wins = [0] * len(seats)
    report.draws = [0] * len(seats)
    report.totals = [[] for _ in seats]
    report.decided = {
        m.id: {s.id: 0 for s in m.stances} | {"undecided": 0} for m in scenario.motions
    }
    bar = progress_bar(sys.stderr, "simulating") if progress else None
    for number in range(games):
        game_seed = seed + number
        outcome = play_out(Game.new(scenario, table, game_seed)).outcome()
        assert outcome is not None
        report.games += 1
        for seat, total in enumerate(outcome.totals):
            report.totals[seat].append(total)
        for seat in outcome.winners:
            if outcome.is_draw:
                report.draws[seat] += 1
            else:
                report.wins[seat] += 1
        for result in outcome.motions:
            report.decided[result.motion][result.decided or "undecided"] += 1
        if bar is not None:
            bar(number + 1, games)
    return report


def render(report: Report) -> str:
    """The report as aligned plain text."""
    data = report.as_json()
    lines = [f"{report.scenario}: {report.games} games from seed {report.seed}", ""]
    width = max(len("role"), *(len(r["role"]) for r in data["roles"]))
    lines.append(f"{'role':<{width}}  level   wins    draws   mean score   sd")
    for row in data["roles"]:
        lines.append(
            f"{row['role']:<{width}}  {row['controller']:<6}  {row['win_rate']:>6.1%}  "
            f"{row['draw_rate']:>6.1%}  {row['mean']:>10.1f}  {row['sd']:>5.1f}"
        )
    lines.append("")
    lines.append("motions decided (share of games):")
    for motion, shares in data["motions"].items():
        parts = ", ".join(f"{stance} {share:.1%}" for stance, share in shares.items())
        lines.append(f"  {motion}: {parts}")
    lines.append("")
    lines.append("wins: the seat's total is strictly the highest; draws: it shares the highest.")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    progress = not args.quiet and args.games >= PROGRESS_FROM and sys.stderr.isatty()
    report = simulate(args.scenario, args.seats, args.games, args.seed, progress)
    if args.json:
        print(json.dumps(report.as_json(), indent=2))
    else:
        print(render(report))
    return 0
