"""``debate validate``: check scenario files the way a compiler checks code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from debate.scenario.load import check_file, scenario_files
from debate.scenario.problems import Problem, summary


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="scenario files or folders (default: every bundled and user scenario)",
    )


def expand(paths: list[Path]) -> list[Path]:
    """Files named on the command line, with folders replaced by their YAML files."""
    if not paths:
        return scenario_files()
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted([*path.glob("*.yaml"), *path.glob("*.yml")]))
        else:
            files.append(path)
    return files


def check_paths(paths: list[Path]) -> tuple[list[Problem], int]:
    """Every problem of every file, and how many files were checked."""
    files = expand(paths)
    problems: list[Problem] = []
    for file in files:
        problems.extend(check_file(file).problems)
    return problems, len(files)


def run(args: argparse.Namespace) -> int:
    problems, count = check_paths(args.paths)
    for problem in problems:
        print(problem.render())
    print(summary(problems, count))
    if count == 0:
        print("debate: no scenario files found", file=sys.stderr)
        return 1
    return 1 if any(p.severity == "error" for p in problems) else 0
