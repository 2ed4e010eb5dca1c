"""BlocMeters: how each audience bloc leans on the motion, as one bar per bloc."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from debate.scenario.models import Scenario
from debate.tui.text import shorten

STANCE_COLOURS: tuple[str, ...] = ("green", "red", "yellow", "magenta")
BAR_WIDTH = 12
NAME_WIDTH = 13
LABEL_WIDTH = 30


def shares(support: Mapping[str, float]) -> dict[str, float]:
    """Each stance's part of a bloc's support (even split when nobody leans yet)."""
    total = sum(max(value, 0.0) for value in support.values())
    if total <= 0:
        return {stance: 1 / len(support) for stance in support} if support else {}
    return {stance: max(value, 0.0) / total for stance, value in support.items()}


def bar(parts: Mapping[str, float], width: int, colours: Mapping[str, str]) -> Text:
    """A stacked bar of ``width`` cells, one coloured run per stance."""
    text = Text()
    used = 0
    items = list(parts.items())
    for index, (stance, share) in enumerate(items):
        cells = width - used if index == len(items) - 1 else round(share * width)
        cells = max(0, min(cells, width - used))
        text.append("█" * cells, style=colours[stance])
        used += cells
    return text


class BlocMeters(Static):
    """A legend of the stances, then one line per bloc: name, a stacked bar of its
    leanings (one colour per stance) and the leading stance's share."""

    DEFAULT_CSS: ClassVar[str] = """
    BlocMeters {
        height: auto;
        border: round $primary 50%;
        padding: 0 1;
    }
    """

    def show(
        self,
        scenario: Scenario,
        motion: str,
        leanings: Mapping[str, Mapping[str, float]],
    ) -> None:
        """Render ``leanings`` (bloc id → stance id → support) as the engine gives them."""
        motion_model = next(m for m in scenario.motions if m.id == motion)
        colours = {
            stance.id: STANCE_COLOURS[index % len(STANCE_COLOURS)]
            for index, stance in enumerate(motion_model.stances)
        }
        lines: list[Text] = []
        for stance in motion_model.stances:
            legend = Text()
            legend.append("■ ", style=colours[stance.id])
            legend.append(shorten(stance.label, LABEL_WIDTH), style="italic")
            lines.append(legend)
        for bloc in scenario.audience:
            support = leanings.get(bloc.id, {})
            parts = shares({s.id: support.get(s.id, 0.0) for s in motion_model.stances})
            leader = max(parts, key=lambda s: parts[s]) if parts else None
            line = Text()
            line.append(f"{shorten(bloc.name, NAME_WIDTH):<{NAME_WIDTH}} ", style="bold")
            line.append_text(bar(parts, BAR_WIDTH, colours))
            if leader is not None:
                line.append(f" {round(parts[leader] * 100):>3}%", style=colours[leader])
            lines.append(line)
        self.update(Group(*lines))
