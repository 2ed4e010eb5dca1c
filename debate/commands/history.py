"""``debate history``: finished games recorded on this computer, and a class's summary."""

from __future__ import annotations

import argparse

from debate.errors import UsageError
from debate.store.history import GameRow, default_path, games, reports


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--class", dest="class_label", metavar="LABEL", help="only this class")
    parser.add_argument("--scenario", metavar="ID", help="only games of this scenario")
    parser.add_argument(
        "--summary",
        action="store_true",
        help="with --class: each student's totals, objectives met, and the quotes used and unused",
    )


def describe(row: GameRow) -> str:
    """One line per game: id, date, scenario, class, every seat with its points, winner."""
    seats = ", ".join(
        f"{s.player or s.role} ({s.role}{'' if s.controller == 'human' else ', ' + s.controller})"
        f" {s.total:g}{' *' if s.winner else ''}"
        for s in row.seats
    )
    when = row.played_at.replace("T", " ")[:16]
    label = row.class_label or "-"
    state = "" if row.finished else "  (unfinished)"
    return f"{row.id:>5}  {when}  {row.scenario:<20}  {label:<10}  {seats}{state}"


def run(args: argparse.Namespace) -> int:
    if args.summary:
        if not args.class_label:
            raise UsageError("--summary needs --class LABEL (the class to summarise)")
        from debate.classroom.summary import render_summary

        found = [
            r
            for r in reports(args.class_label)
            if args.scenario is None or r["scenario"]["id"] == args.scenario
        ]
        if not found:
            print(f"no games recorded for class {args.class_label!r}")
            return 0
        print(render_summary(args.class_label, found), end="")
        return 0
    rows = games(args.class_label, args.scenario)
    if not rows:
        print(f"no games recorded (history: {default_path()})")
        return 0
    print(f"{'id':>5}  {'played (UTC)':<16}  {'scenario':<20}  {'class':<10}  seats (* winner)")
    for row in rows:
        print(describe(row))
    return 0
