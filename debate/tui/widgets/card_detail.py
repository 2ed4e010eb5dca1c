"""CardDetail: everything about the highlighted card: claim, badge, quotes, what it answers."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from debate.scenario.models import Scenario
from debate.tui.text import badge, badge_text, evidence_lines, lookup, shorten


class CardDetail(Static):
    """Shows one card in full, so that the quote is read before the card is played."""

    DEFAULT_CSS: ClassVar[str] = """
    CardDetail {
        height: auto;
        padding: 0 1;
    }
    """

    def show(self, scenario: Scenario, argument: str | None, note: str = "") -> None:
        """Render ``argument`` (or ``note`` alone when there is no card to show)."""
        if argument is None:
            self.update(Text(note, style="italic"))
            return
        found = lookup(scenario)
        card = found.arguments[argument]
        head = Text.assemble(badge_text(badge(scenario, argument)), "  ", (card.claim, "bold"))
        parts: list[Text] = [head, *evidence_lines(scenario, argument)]
        if card.rebuts:
            names = "; ".join(
                shorten(found.arguments[target].claim, 60)
                for target in card.rebuts
                if target in found.arguments
            )
            parts.append(Text(f"⚔ answers: {names}", style="italic"))
        if note:
            parts.append(Text(note, style="dim italic"))
        self.update(Group(*parts))
