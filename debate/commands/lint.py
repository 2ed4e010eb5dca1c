"""``debate lint``: quality warnings beyond validity (unused quotes, dominated cards, balance)."""

from __future__ import annotations

import argparse

from debate.errors import UsageError
from debate.scenario.load import resolve_scenario
from debate.scenario.problems import summary


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="scenario id or YAML file")
    parser.add_argument(
        "--games",
        type=int,
        default=100,
        metavar="N",
        help="simulated games per AI level for the balance checks (default 100; 0: none)",
    )


def run(args: argparse.Namespace) -> int:
    """Print every warning, then the win-rate table; exit 1 only when the file is invalid."""
    from debate.authoring.lint import lint_file, win_table

    if args.games < 0:
        raise UsageError(f"--games must be 0 or more (got {args.games})")
    path = resolve_scenario(args.scenario)
    problems, report = lint_file(path, games=args.games)
    if report is None:
        for problem in problems:
            print(problem.render())
        print(f"{summary(problems, 1)}; fix the errors first (`debate validate`)")
        return 1
    found = sorted([*problems, *report.problems])
    for problem in found:
        print(problem.render())
    if report.simulation is not None:
        print(win_table(report.scenario, report.simulation))
    print(summary(found, 1))
    return 0
