"""``debate export``: a recorded game (history id) or a save file as Markdown, CSV or JSON.

A save file is only ever read here: a damaged save is reported, never moved
or rewritten (the home screen is the one place that sets saves aside).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from debate.classroom.exports import RENDERERS
from debate.classroom.output import write_text
from debate.errors import UsageError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("game", metavar="GAME|SAVE", help="a history id or a save file path")
    parser.add_argument(
        "--format",
        choices=tuple(RENDERERS),
        default="md",
        help="md: transcript with citations (default); csv: one row per seat and motion; "
        "json: everything",
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of stdout"
    )


def save_report(path: Path) -> dict[str, Any]:
    """The report of the game in a save file (an autosave or a bare engine save).

    :raises SaveError: unreadable, not a save, or a game the rules refuse.
    """
    from debate.classroom.report import game_report
    from debate.store.saves import read_game_file

    game = read_game_file(path)
    from datetime import UTC, datetime

    played_at = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0).isoformat()
    return game_report(game, played_at=played_at)


def run(args: argparse.Namespace) -> int:
    target: str = args.game
    if target.isdigit():
        from debate.store.history import report_of

        report = report_of(int(target))
    else:
        path = Path(target)
        if not path.is_file():
            raise UsageError(f"{target} is neither a history id nor a save file")
        report = save_report(path)
    write_text(RENDERERS[args.format](report), args.output)
    return 0
