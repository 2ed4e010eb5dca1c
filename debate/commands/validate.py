"""``debate validate``: check scenario files the way a compiler checks code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from debate.scenario.load import check_file, scenario_files, yaml_files
from debate.scenario.problems import Problem, summary


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="scenario files or folders (default: every bundled and user scenario)",
    )
    parser.add_argument("--watch", action="store_true", help="re-check on every save until Ctrl+C")


def expand(paths: list[Path]) -> list[Path]:
    """Files named on the command line; every bundled and user scenario when none is."""
    return yaml_files(paths) if paths else scenario_files()


def check_paths(paths: list[Path]) -> tuple[list[Problem], int]:
    """Every problem of every file, and how many files were checked."""
    files = expand(paths)
    problems: list[Problem] = []
    for file in files:
        problems.extend(check_file(file).problems)
    return problems, len(files)


def run(args: argparse.Namespace) -> int:
    if args.watch:
        from debate.authoring.watch import watch

        return watch(args.paths or expand([]), lambda: report(args.paths), 0.5)
    return report(args.paths)


def report(paths: list[Path]) -> int:
    """Print every problem and the summary; the exit status of one check."""
    problems, count = check_paths(paths)
    for problem in problems:
        print(problem.render())
    print(summary(problems, count))
    if count == 0:
        print("debate: no scenario files found", file=sys.stderr)
        return 1
    return 1 if any(p.severity == "error" for p in problems) else 0
