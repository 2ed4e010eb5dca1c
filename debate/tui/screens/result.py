"""The motion result: how the room decided, how each bloc voted, and every point explained."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Static

from debate.scoring.scorecard import scorecard
from debate.tui.screens.base import Page
from debate.tui.text import quotes_of, stance_label
from debate.tui.widgets.score_lines import ScoreLines

if TYPE_CHECKING:
    from debate.engine import Game
    from debate.scenario.load import LoadedScenario


class MotionResultScreen(Page[None]):
    """After a motion's closing step.

    Keys: enter continues, s the source with this motion's quotes, ↑/↓ scroll.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "next", "Continue"),
        Binding("s", "source", "Source"),
    ]

    def __init__(
        self, loaded: LoadedScenario, game: Game, motion: str, humans: tuple[int, ...]
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.game = game
        self.motion = motion
        self.humans = humans

    def compose(self) -> ComposeResult:
        game = self.game
        scenario = game.scenario
        index = next(i for i, m in enumerate(scenario.motions) if m.id == self.motion)
        motion = scenario.motions[index]
        result = game.motion_result(self.motion)
        yield Header(icon="§")
        with VerticalScroll(id="result-body", can_focus=True):
            yield Static(self._headline(index, result), id="result-head")
            for seat in self.humans:
                card = scorecard(game, seat)
                lines = [line for line in card.lines if line.motion == motion.id]
                score = sum(line.points for line in lines)
                best = card.best(motion.id)
                who = f"{game.seat_name(seat)}: " if len(self.humans) > 1 else "You: "
                yield Static(
                    Text.assemble(
                        (f"{who}{score:+g} points", "bold"),
                        f" · {card.share(motion.id):.0%} of the best you could reach here ",
                        (f"({best:g})", "dim"),
                    ),
                    classes="result-score",
                )
                view = ScoreLines(classes="result-lines")
                view.show(scenario, lines)
                yield view
            yield Static(self._table(), id="result-table")
        last = index + 1 == len(scenario.motions)
        with Horizontal(classes="buttons"):
            yield Button("Source (s)", id="source")
            yield Button(
                "See the debrief ▶" if last else "Next motion ▶", id="next", variant="primary"
            )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#next", Button).focus()

    def _headline(self, index: int, result: object) -> Text:
        from debate.engine import MotionResult

        scenario = self.game.scenario
        motion = scenario.motions[index]
        text = Text()
        text.append(f"Motion {index + 1}: “{motion.text}”\n", style="bold")
        if not isinstance(result, MotionResult):
            return text
        decided = stance_label(scenario, motion.id, result.decided)
        text.append("The room decided: ")
        text.append(decided if result.decided else "no decision (a tie)", style="bold reverse")
        names = {bloc.id: (bloc.name, bloc.size) for bloc in scenario.audience}
        for bloc, vote in result.votes:
            name, size = names.get(bloc, (bloc, 1))
            voted = stance_label(scenario, motion.id, vote) if vote else "abstained (tied)"
            text.append(f"\n  {name} ({size} vote{'s' if size != 1 else ''}): ", style="bold")
            text.append(voted)
        return text

    def _table(self) -> Table:
        """Every seat's stance and points on this motion."""
        game = self.game
        table = Table(title="The table on this motion", title_justify="left", expand=False)
        table.add_column("Seat")
        table.add_column("Stance")
        table.add_column("Points", justify="right")
        for seat in range(len(game.seats)):
            card = scorecard(game, seat)
            points = sum(line.points for line in card.lines if line.motion == self.motion)
            mark = " (you)" if seat in self.humans else ""
            table.add_row(
                game.seat_name(seat) + mark,
                stance_label(game.scenario, self.motion, game.stance(seat, self.motion)),
                f"{points:+g}",
            )
        return table

    @on(Button.Pressed, "#next")
    def action_next(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#source")
    def action_source(self) -> None:
        from debate.tui.screens.source import SourceScreen

        quotes: list[str] = []
        for played in self.game.board(self.motion).plays:
            quotes.extend(quotes_of(self.game.scenario, played.argument))
        self.app.push_screen(SourceScreen(self.loaded, quotes))
