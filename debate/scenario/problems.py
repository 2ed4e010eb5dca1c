"""Problems found in a file, reported the way a compiler reports them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a file, at a 1-based line and column.

    Problems sort by place so that a report reads top to bottom like the file.
    """

    path: str
    line: int
    column: int
    message: str
    severity: Severity = "error"
    hints: tuple[str, ...] = field(default=(), compare=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"

    def render(self) -> str:
        """The problem line with its ``hint:`` lines indented under it."""
        lines = [str(self)]
        lines.extend(f"    hint: {hint}" for hint in self.hints)
        return "\n".join(lines)


def summary(problems: list[Problem], files: int) -> str:
    """The closing line of a report: counts of errors and warnings over the files."""
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    noun = "file" if files == 1 else "files"
    if not problems:
        return f"{files} {noun} checked, no problems"
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return f"{files} {noun} checked: {', '.join(parts)}"
