"""Where the game finds bundled content and keeps the user's own files.

Bundled scenarios and seeds live at the top of the repository (where authors
look) and are installed inside the package as ``debate/_scenarios`` and
``debate/_seeds``; this module hides the difference between a source checkout
and an installed wheel.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(installed: str, checkout: str) -> Path:
    inside = _PACKAGE / installed
    return inside if inside.is_dir() else _PACKAGE.parent / checkout


def bundled_scenarios_dir() -> Path:
    """The folder of scenarios that ship with the game."""
    return _bundled("_scenarios", "scenarios")


def bundled_seeds_dir() -> Path:
    """The folder of source texts that ship with the game."""
    return _bundled("_seeds", "seeds")


def data_dir() -> Path:
    """The user's data folder for saves, history and own scenarios.

    ``DEBATE_DATA_DIR`` overrides it, which keeps tests and classrooms apart
    from a developer's own games.
    """
    override = os.environ.get("DEBATE_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("debate", appauthor=False)


def user_scenarios_dir() -> Path:
    """Scenarios the user wrote or installed; listed beside the bundled ones."""
    return data_dir() / "scenarios"


def bundled_scenario_files() -> list[Path]:
    """Bundled scenario files, sorted by name."""
    return sorted(bundled_scenarios_dir().glob("*.yaml"))


def user_scenario_files() -> list[Path]:
    """The user's own scenario files, sorted by name."""
    folder = user_scenarios_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []
