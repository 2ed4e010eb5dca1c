"""``debate sim``: play many computer-only games and report balance per role and motion.

Plain text on stdout (or JSON with ``--json``) and a progress bar on stderr,
so it runs in CI logs and pipes; no Textual, no Rich.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from debate.errors import UsageError
from debate.progress import progress_bar

if TYPE_CHECKING:
    from debate.ai.selfplay import Tally

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


def report_json(scenario: str, tally: Tally) -> dict[str, Any]:
    """The ``--json`` form of a simulation."""
    games = tally.games
    roles = []
    for i, (role, level) in enumerate(tally.seats):
        mean, sd = tally.mean_sd(i)
        roles.append(
            {
                "role": role,
                "controller": level,
                "wins": tally.wins[i],
                "draws": tally.draws[i],
                "win_rate": tally.wins[i] / games if games else 0.0,
                "draw_rate": tally.draws[i] / games if games else 0.0,
                "mean": mean,
                "sd": sd,
            }
        )
    motions = {
        motion: {stance: count / games for stance, count in counts.items()}
        for motion, counts in tally.decided.items()
    }
    return {
        "scenario": scenario,
        "games": games,
        "seed": tally.seed,
        "roles": roles,
        "motions": motions,
    }


def run_simulation(
    scenario_name: str, seats_text: str, games: int, seed: int, progress: bool
) -> tuple[str, Tally]:
    """Load the scenario, check the seats and play; the scenario id and the tally."""
    from debate.ai import simulate
    from debate.scenario.load import load

    if games < 1:
        raise UsageError(f"--games must be at least 1 (got {games})")
    scenario = load(scenario_name).scenario
    seats = parse_seats(seats_text, [role.id for role in scenario.roles])
    bar = progress_bar(sys.stderr, "simulating") if progress else None
    return scenario.id, simulate(scenario, seats, games, seed, bar)  # type: ignore[arg-type]


def render(data: dict[str, Any]) -> str:
    """The report (as :func:`report_json` gives it) as aligned plain text."""
    lines = [f"{data['scenario']}: {data['games']} games from seed {data['seed']}", ""]
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
    scenario, tally = run_simulation(args.scenario, args.seats, args.games, args.seed, progress)
    data = report_json(scenario, tally)
    print(json.dumps(data, indent=2) if args.json else render(data))
    return 0
