"""``debate list``: the scenarios a player can start, bundled and the user's own."""

from __future__ import annotations

import argparse
from pathlib import Path

from debate.paths import bundled_scenario_files, user_scenario_files
from debate.scenario.load import check_file


def configure(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults()


def describe(path: Path, origin: str) -> list[str]:
    """Lines describing one scenario file, or its first problem when it is broken."""
    result = check_file(path)
    scenario = result.scenario
    if scenario is None or not result.ok:
        first = result.problems[0] if result.problems else None
        return [f"{path.stem}  [{origin}] (broken: {first})"]
    roles = ", ".join(role.id for role in scenario.roles)
    motions = ", ".join(motion.id for motion in scenario.motions)
    return [
        f"{scenario.id}  [{origin}]  {scenario.title}",
        f"    roles:   {roles}",
        f"    motions: {motions}",
    ]


def run(args: argparse.Namespace) -> int:
    bundled, user = bundled_scenario_files(), user_scenario_files()
    for path in bundled:
        print("\n".join(describe(path, "bundled")))
    for path in user:
        print("\n".join(describe(path, "user")))
    if not bundled and not user:
        print("no scenarios installed")
    return 0
