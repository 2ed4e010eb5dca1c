"""The facilitator summary of a class: each student's totals, objectives, and quote use.

It is computed from the stored reports only, so it still works after a
scenario file has been edited, and shows which of the article's quotes the
class argued with and which it never touched (a prompt for the debrief).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Student:
    """One student's results over the class's games (computer seats are not students)."""

    name: str
    games: int = 0
    wins: int = 0
    points: float = 0.0
    objectives_met: int = 0
    objectives: int = 0
    roles: list[str] = field(default_factory=list)


@dataclass
class QuoteUse:
    """One quote of a scenario and who in the class used it."""

    quote: str
    speaker: str
    text: str
    users: dict[str, int] = field(default_factory=dict)


def summarize(reports: list[dict[str, Any]]) -> tuple[list[Student], dict[str, list[QuoteUse]]]:
    """Students by name (sorted by points, best first) and, per scenario title, its quotes."""
    students: dict[str, Student] = {}
    quotes: dict[str, dict[str, QuoteUse]] = defaultdict(dict)
    for report in reports:
        names: dict[int, str] = {}
        for seat in report["seats"]:
            if seat["controller"] != "human":
                continue
            name = seat["player"] or seat["role_name"]
            names[seat["seat"]] = name
            student = students.setdefault(name, Student(name))
            student.games += 1
            student.wins += bool(seat["winner"])
            student.points += float(seat["total"])
            if seat["role_name"] not in student.roles:
                student.roles.append(seat["role_name"])
        for goal in report["objectives"]:
            name = names.get(goal["seat"])
            if name is not None:
                students[name].objectives += 1
                students[name].objectives_met += bool(goal["met"])
        table = quotes[report["scenario"]["title"]]
        for quote in report["quotes"]:
            use = table.setdefault(
                quote["quote"], QuoteUse(quote["quote"], quote["speaker"], quote["text"])
            )
            for seat in quote["used_by"]:
                user = names.get(seat)
                if user is not None:
                    use.users[user] = use.users.get(user, 0) + 1
    ranked = sorted(students.values(), key=lambda s: (-s.points, s.name))
    return ranked, {title: list(table.values()) for title, table in quotes.items()}


def render_summary(label: str, reports: list[dict[str, Any]]) -> str:
    """The summary as plain text for the terminal (and for printing)."""
    students, quotes = summarize(reports)
    count = len(reports)
    lines = [f"Class {label}: {count} game{'s' if count != 1 else ''}", "", "Students"]
    width = max([len(s.name) for s in students] + [7])
    lines.append(f"  {'student':<{width}}  games  wins  points  objectives met  roles")
    for s in students:
        lines.append(
            f"  {s.name:<{width}}  {s.games:>5}  {s.wins:>4}  {s.points:>6g}  "
            f"{s.objectives_met:>6} of {s.objectives:<5}  {', '.join(s.roles)}"
        )
    if not students:
        lines.append("  (no human players recorded)")
    for title, uses in quotes.items():
        used = [u for u in uses if u.users]
        unused = [u for u in uses if not u.users]
        lines += ["", f"Quotes of “{title}”: {len(used)} of {len(uses)} used by the class"]
        for use in used:
            who = ", ".join(
                f"{name} ×{n}" if n > 1 else name for name, n in sorted(use.users.items())
            )
            lines.append(f"  used   [{use.quote}] “{use.text}” — {use.speaker} ({who})")
        for use in unused:
            lines.append(f"  never  [{use.quote}] “{use.text}” — {use.speaker}")
    return "\n".join(lines) + "\n"
