"""ScoreLines: a scorecard's lines, each with its points, its reason and the quote behind it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from debate.scenario.models import Scenario
from debate.tui.text import lookup, shorten

if TYPE_CHECKING:
    from debate.scoring.scorecard import ScoreLine

_CARD_ID = re.compile(r"`([a-z0-9][a-z0-9-]*)`")


def readable(scenario: Scenario, reason: str) -> str:
    """The scorer names cards by id (`missile-age`); players read their claims instead."""
    arguments = lookup(scenario).arguments

    def claim(match: re.Match[str]) -> str:
        card = arguments.get(match.group(1))
        return f"“{shorten(card.claim, 48)}”" if card is not None else match.group(1)

    return _CARD_ID.sub(claim, reason)


def points_text(points: float) -> Text:
    """``+6`` in green, ``-3`` in red, ``0`` dim: the sign is what a player scans for."""
    value = round(points, 1)
    shown = f"{value:+g}" if value else "0"
    style = "bold green" if value > 0 else "bold red" if value < 0 else "dim"
    return Text(f"{shown:>4}", style=style)


class ScoreLines(Static):
    """Lines of a scorecard; a line's quote is shown under its reason."""

    DEFAULT_CSS: ClassVar[str] = """
    ScoreLines {
        height: auto;
        padding: 0 1;
    }
    """

    def show(self, scenario: Scenario, lines: Iterable[ScoreLine]) -> None:
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True, justify="right")
        table.add_column(ratio=1)
        for line in lines:
            body = Text(readable(scenario, line.reason))
            if line.quote:
                body.append(f"\n“{line.quote}”", style="italic dim")
            table.add_row(points_text(line.points), body)
        if not table.row_count:
            self.update(Text("No points on this motion.", style="dim italic"))
            return
        self.update(table)
