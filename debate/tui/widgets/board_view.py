"""BoardView: what every seat has taken and played on a motion, what stands, who attacks whom."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from debate.tui.text import BADGE_STYLE, badge, lookup, shorten, stance_label

if TYPE_CHECKING:
    from debate.engine.game import Game


def seat_label(game: Game, seat: int, you: tuple[int, ...]) -> str:
    """A seat's name, with "(you)" for the player at the keyboard."""
    return game.seat_name(seat) + (" (you)" if seat in you else "")


class BoardView(OptionList):
    """The table of one motion, revealed item by item.

    Items are the seats' stances, then the played cards in reveal order, each
    numbered, marked ✓ (stands) or ✗ (defeated) as the engine says, with the
    attacks named ("⚔ attacks #2 …").  Highlighting a card posts
    :class:`BoardView.Focused`, so its quote can be shown.

    Keys: ↑/↓ move through the played cards.
    """

    DEFAULT_CSS: ClassVar[str] = """
    BoardView {
        height: 1fr;
        border: round $primary 50%;
    }
    BoardView > .option-list--option {
        padding: 0 0;
    }
    """

    @dataclass
    class Focused(Message):
        """A played card was highlighted; handled by ``on_board_view_focused``."""

        board: BoardView
        argument: str

        @property
        def control(self) -> BoardView:
            return self.board

    def show(self, game: Game, motion: str, limit: int | None, you: tuple[int, ...]) -> None:
        """Render ``motion`` of ``game``, showing only the first ``limit`` items when set."""
        scenario = game.scenario
        found = lookup(scenario)
        items: list[tuple[bool, Option]] = []  # (is a revealed item, option); headers are not
        stances = [game.stance(seat, motion) for seat in range(len(game.seats))]
        if all(stance is not None for stance in stances):
            for seat, stance in enumerate(stances):
                line = Text()
                line.append(f"{seat_label(game, seat, you)}: ", style="bold")
                line.append(stance_label(scenario, motion, stance))
                items.append((True, Option(line, disabled=True)))
        board = game.board(motion)
        number = {played.argument: index for index, played in enumerate(board.plays, 1)}
        step = None
        for index, played in enumerate(board.plays, 1):
            if played.step != step:
                step = played.step
                items.append((False, Option(Text(f"— {step.label} —", style="dim"), disabled=True)))
            stands = played.argument in board.standing
            line = Text()
            line.append(f"{index} ", style="bold")
            line.append("✓ " if stands else "✗ ", style="bold green" if stands else "bold red")
            line.append(seat_label(game, played.seat, you), style="bold")
            line.append(" ● ", style=BADGE_STYLE[badge(scenario, played.argument)])
            line.append(shorten(found.arguments[played.argument].claim, 70))
            for attacker, target in board.attacks:
                if attacker == played.argument:
                    line.append(f"\n  ⚔ attacks #{number[target]}", style="italic")
                    line.append(f" {shorten(found.arguments[target].claim, 24)}", style="dim")
            items.append((True, Option(line, id=played.argument)))
        if limit is not None:
            counted_at = [i for i, (counted, _) in enumerate(items) if counted]
            items = (
                items[: counted_at[limit - 1] + 1]
                if 0 < limit <= len(counted_at)
                else ([] if limit <= 0 else items)
            )
        options = [option for _, option in items]
        if not options:
            options = [Option(Text("Nothing revealed yet.", style="dim italic"), disabled=True)]
        self.set_options(options)
        self.scroll_end(animate=False)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Focused(self, event.option.id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
