"""The one exception family of the project.

Every error a person can cause (a broken file, an unknown role, a corrupt save)
is a :class:`DebateError`; the command line prints it as one line and exits
with its status instead of showing a traceback.
"""

from __future__ import annotations


class DebateError(Exception):
    """Base of every error the user can cause; ``str()`` is the one-line message."""

    exit_status = 1


class UsageError(DebateError):
    """The command line asked for something that does not exist (a scenario, a role)."""

    exit_status = 2


class ScenarioError(DebateError):
    """A scenario file could not be read; ``problems`` holds every problem found."""

    def __init__(self, problems: list[object]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "invalid scenario")


class SaveError(DebateError):
    """A saved game could not be read or written."""
