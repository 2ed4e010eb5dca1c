"""`debate play` on the command line: bad names fail fast, in one line, without Textual."""

from __future__ import annotations

import subprocess
import sys

import pytest

from debate.errors import UsageError
from debate.scenario.load import load
from debate.tui.plan import make_plan


def test_unknown_scenario_exits_2_with_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "debate", "play", "nosuch"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "nosuch" in lines[0] and "enemy-base-strike" in lines[0]


def test_unknown_role_is_reported_before_textual_is_imported() -> None:
    code = (
        "import sys\n"
        "from debate.cli import main\n"
        "status = main(['play', 'tutorial', '--role', 'nobody'])\n"
        "print(status, 'textual' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["2", "False"]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown role `nobody`" in lines[0]


def test_seats_are_parsed_and_checked() -> None:
    loaded = load("tutorial")
    first, second = (role.id for role in loaded.scenario.roles[:2])
    plan = make_plan(loaded, role=first, seats=f"{second}=ai:hard", seed=4)
    assert [(s.role, s.controller) for s in plan.seats] == [(first, "human"), (second, "hard")]
    with pytest.raises(UsageError, match="unknown seat"):
        make_plan(loaded, role=first, seats=f"{second}=ai:godlike")
    with pytest.raises(UsageError, match="at least two"):
        make_plan(loaded, role=first, seats=f"{second}=off")
