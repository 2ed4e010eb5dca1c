"""Rendering a game report (:mod:`debate.classroom.report`) for people and gradebooks.

* Markdown: the transcript with each quoted card's citation numbered and the
  sources listed at the end, then every seat's explained score: a record a
  student can read and a teacher can paste into a learning platform.
* CSV: one row per seat and motion, the shape gradebooks import.
* JSON: the whole report, for anything else.
"""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debate.atomic import write_atomic
from debate.classroom.output import OutputError

if TYPE_CHECKING:
    from debate.engine import Game

CSV_COLUMNS = (
    "game",
    "played_at",
    "class",
    "scenario",
    "seat",
    "player",
    "role",
    "controller",
    "motion",
    "stance",
    "decided",
    "points",
    "best",
    "share",
    "objectives_met",
    "objectives_total",
    "game_total",
    "winner",
)


def _seat_label(seat: dict[str, Any]) -> str:
    player = str(seat["player"])
    role = str(seat["role_name"])
    return f"{player} ({role})" if player and player != role else role


def _points(value: float) -> str:
    return f"{value:g}"


def render_json(report: dict[str, Any]) -> str:
    """The full report as indented JSON."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def render_csv(report: dict[str, Any]) -> str:
    """One row per seat and motion (motions not played yet are left out)."""
    seats = {s["seat"]: s for s in report["seats"]}
    decided = {m["id"]: m["decided"] for m in report["motions"]}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for score in report["scores"]:
        seat = seats[score["seat"]]
        goals = [
            o
            for o in report["objectives"]
            if o["seat"] == score["seat"] and o["motion"] == score["motion"]
        ]
        writer.writerow(
            [
                report.get("id", ""),
                report["played_at"],
                report.get("class_label") or "",
                report["scenario"]["id"],
                score["seat"],
                seat["player"],
                seat["role"],
                seat["controller"],
                score["motion"],
                score["stance"] or "",
                decided.get(score["motion"]) or "",
                _points(score["points"]),
                _points(score["best"]),
                f"{score['share']:.2f}",
                sum(1 for o in goals if o["met"]),
                len(goals),
                _points(seat["total"]),
                "yes" if seat["winner"] else "no",
            ]
        )
    return buffer.getvalue()


def render_markdown(report: dict[str, Any]) -> str:
    """The transcript with numbered citations, then each seat's explained score."""
    scenario = report["scenario"]
    seats = {s["seat"]: s for s in report["seats"]}
    title = f"# {scenario['title']}"
    if "id" in report:
        title += f" — game {report['id']}"
    lines = [
        title,
        "",
        f"- Source: {scenario['citation']}",
        f"- Played: {report['played_at']} (UTC)",
    ]
    if report.get("class_label"):
        lines.append(f"- Class: {report['class_label']}")
    lines += [f"- Seed: {report['seed']}", ""]
    if not report["finished"]:
        lines += ["*This game is not finished; scores cover the motions decided so far.*", ""]
    lines += [
        "## Seats",
        "",
        "| Seat | Player | Role | Points | |",
        "| --- | --- | --- | ---: | --- |",
    ]
    for seat in report["seats"]:
        winner = "winner" if seat["winner"] else ""
        who = seat["player"] or "—"
        if seat["controller"] != "human":
            who = f"{who} (computer, {seat['controller']})"
        total = _points(seat["total"])
        lines.append(f"| {seat['seat'] + 1} | {who} | {seat['role_name']} | {total} | {winner} |")
    lines += ["", "## Transcript", ""]
    sources: dict[str, int] = {}
    cited: list[dict[str, Any]] = []
    for event in report["transcript"]:
        text = event["text"]
        if event["seat"] is None and text.startswith("Motion "):
            lines += ([] if lines[-1] == "" else [""]) + [f"### {text}", ""]
            continue
        marks = []
        for citation in event["citations"]:
            if citation["quote"] not in sources:
                sources[citation["quote"]] = len(sources) + 1
                cited.append(citation)
            marks.append(f"[{sources[citation['quote']]}]")
        background = event.get("background")
        if background:
            marks.append(f"(background: {background['citation']})")
        lines.append(f"- {text}{' ' + ' '.join(marks) if marks else ''}")
    lines += ["", "## Sources quoted", ""]
    for number, citation in enumerate(cited, start=1):
        lines.append(
            f"{number}. “{citation['text']}” — {citation['speaker']} ({citation['kind']}), "
            f"{scenario['citation']}"
        )
    if not cited:
        lines.append("No card played quoted the article.")
    lines += ["", "## Scores", ""]
    for index, seat in seats.items():
        lines += [f"### {_seat_label(seat)}: {_points(seat['total'])} points", ""]
        for line in report["lines"]:
            if line["seat"] == index:
                quote = f" — “{line['quote']}”" if line["quote"] else ""
                lines.append(f"- {_points(line['points']):>4} {line['reason']}{quote}")
        goals = [o for o in report["objectives"] if o["seat"] == index]
        for goal in goals:
            mark = "met" if goal["met"] else "not met"
            lines.append(f"- objective {mark}: {goal['text']}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


RENDERERS = {"md": render_markdown, "csv": render_csv, "json": render_json}


def export_markdown(game: Game, class_label: str | None = None) -> Path:
    """Write a finished game's Markdown transcript into ``data_dir()/exports``; return the file.

    The debrief's export key uses this: a player gets a file without knowing
    any command, named so that exports of different games never collide.

    :raises OutputError: the folder cannot be written.
    """
    from debate.classroom.report import game_report
    from debate.paths import data_dir

    report = game_report(game, class_label=class_label)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = data_dir() / "exports" / f"{game.scenario.id}-seed{game.seed}-{stamp}.md"
    try:
        write_atomic(path, render_markdown(report))
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    return path
