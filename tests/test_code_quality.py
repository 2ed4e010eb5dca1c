"""The standards the code is held to, checked where CI can see them.

ruff (lint and format) over the whole tree, and ``mypy --strict`` over the
packages that must never guess a type: the scenario format, the engine,
scoring and AI, and everything that runs without the terminal UI.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

STRICT = [
    "debate/scenario",
    "debate/engine",
    "debate/scoring",
    "debate/ai",
    "debate/commands",
    "debate/classroom",
    "debate/authoring",
    "debate/store",
    "debate/web",
    "debate/tui",
    "debate/cli.py",
    "debate/paths.py",
    "debate/errors.py",
    "debate/progress.py",
]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command], capture_output=True, text=True, cwd=REPO, timeout=600
    )


def test_ruff_lint_is_clean() -> None:
    result = run("ruff", "check", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = run("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = run("mypy", "--strict", *STRICT)
    assert result.returncode == 0, result.stdout + result.stderr
