"""Hand: the player's argument cards, each with its claim and evidence badge."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from debate.scenario.models import Scenario
from debate.tui.text import BADGE_STYLE, badge, claim, shorten

CLAIM_WIDTH = 72
"""Two lines of a hand at 80 columns; the full claim is in the card detail."""


class Hand(OptionList):
    """The cards a seat holds; cards it cannot play right now are shown greyed out.

    Keys: ↑/↓ move, enter plays the highlighted card (the screen adds 1–9).
    Posts :class:`Hand.Focused` when the highlight moves and
    :class:`Hand.Chosen` when a card is played.
    """

    DEFAULT_CSS: ClassVar[str] = """
    Hand {
        height: auto;
        max-height: 12;
        border: round $primary 50%;
    }
    Hand > .option-list--option {
        padding: 0 0;
    }
    """

    @dataclass
    class Chosen(Message):
        """A card was chosen; handled by ``on_hand_chosen``."""

        hand: Hand
        argument: str

        @property
        def control(self) -> Hand:
            return self.hand

    @dataclass
    class Focused(Message):
        """The highlighted card changed; handled by ``on_hand_focused``."""

        hand: Hand
        argument: str | None

        @property
        def control(self) -> Hand:
            return self.hand

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cards: tuple[str, ...] = ()

    def show(self, scenario: Scenario, cards: Sequence[str], playable: Collection[str]) -> None:
        """List ``cards`` (argument ids), numbered; those not in ``playable`` are disabled."""
        self.cards = tuple(cards)
        options = []
        for number, argument in enumerate(self.cards, 1):
            kind = badge(scenario, argument)
            prompt = Text()
            prompt.append(f"{number} ", style="bold")
            prompt.append("● ", style=BADGE_STYLE[kind])
            prompt.append(shorten(claim(scenario, argument), CLAIM_WIDTH))
            options.append(Option(prompt, id=argument, disabled=argument not in playable))
        previous = self.highlighted
        self.set_options(options)
        if options:
            self.highlighted = min(previous or 0, len(options) - 1)
            if self.highlighted_option is not None and self.highlighted_option.disabled:
                self.action_cursor_down()
        self.post_message(self.Focused(self, self.current))

    @property
    def current(self) -> str | None:
        """The highlighted card's argument id."""
        option = self.highlighted_option
        return option.id if option is not None else None

    def choose(self, number: int) -> None:
        """Play the card shown with ``number`` (1-based), if it can be played."""
        if 1 <= number <= len(self.cards):
            option = self.get_option_at_index(number - 1)
            self.highlighted = number - 1
            if not option.disabled and option.id is not None:
                self.post_message(self.Chosen(self, option.id))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Focused(self, event.option.id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(self, event.option.id))
