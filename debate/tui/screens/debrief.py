"""The debrief: final table, objectives, who you argued like, the source and what happened next."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static, TabbedContent, TabPane

from debate.scoring.scorecard import Scorecard, scorecard
from debate.tui.screens.base import Page
from debate.tui.text import quotes_of
from debate.tui.widgets.source_view import SourceView

if TYPE_CHECKING:
    from debate.engine import Game
    from debate.scenario.load import LoadedScenario


def used_quotes(game: Game) -> list[str]:
    """Every quote cited by a card played in the game, in the order they were played."""
    quotes: list[str] = []
    for motion in game.scenario.motions:
        for played in game.board(motion.id).plays:
            quotes.extend(quotes_of(game.scenario, played.argument))
    return list(dict.fromkeys(quotes))


class DebriefScreen(Page[None]):
    """The end of the game.

    Keys: 1 results, 2 source, 3 epilogue (or the tabs), enter or escape home.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "tab('results')", "Results"),
        Binding("2", "tab('source')", "Source"),
        Binding("3", "tab('epilogue')", "Epilogue"),
        Binding("s", "tab('source')", "Source", show=False),
        Binding("e", "export", "Export"),
        Binding("escape,enter", "home", "Home"),
    ]

    def __init__(self, loaded: LoadedScenario, game: Game, class_label: str | None = None) -> None:
        super().__init__()
        self.loaded = loaded
        self.game = game
        self.class_label = class_label
        self.humans = tuple(i for i, s in enumerate(game.seats) if s.controller == "human")

    def compose(self) -> ComposeResult:
        yield Header(icon="§")
        with TabbedContent(initial="results"):
            with TabPane("1 Results", id="results"), VerticalScroll(can_focus=True):
                yield Static(self._table(), id="final-table")
                for seat in self.humans:
                    yield Static(self._seat_summary(seat, scorecard(self.game, seat)))
            with TabPane("2 Source", id="source"):
                yield SourceView(self.loaded.source, used_quotes(self.game), id="debrief-source")
            with TabPane("3 Epilogue", id="epilogue"), VerticalScroll(can_focus=True):
                yield Static(self._epilogue(), id="epilogue-text")
        yield Footer()

    def _table(self) -> Group:
        game = self.game
        outcome = game.outcome()
        table = Table(title="Final table", title_justify="left", expand=True)
        table.add_column("Seat")
        table.add_column("Role")
        table.add_column("Points", justify="right")
        if outcome is None:
            return Group(table)
        order = sorted(range(len(game.seats)), key=lambda s: -outcome.totals[s])
        roles = {role.id: role.name for role in game.scenario.roles}
        for seat in order:
            won = "🏆 " if seat in outcome.winners else ""
            you = " (you)" if seat in self.humans else ""
            table.add_row(
                f"{won}{game.seat_name(seat)}{you}",
                roles.get(game.seats[seat].role, game.seats[seat].role),
                str(outcome.totals[seat]),
            )
        if outcome.is_draw:
            verdict = "A draw at the top."
        elif outcome.winners[0] in self.humans:
            verdict = f"{game.seat_name(outcome.winners[0])} wins the debate!"
        else:
            verdict = f"{game.seat_name(outcome.winners[0])} wins: read the scorecard to see why."
        return Group(Text(verdict, style="bold"), table)

    def _seat_summary(self, seat: int, card: Scorecard) -> Group:
        parts: list[Text] = []
        name = self.game.seat_name(seat)
        parts.append(Text(f"\n{name}: {card.total:g} points", style="bold underline"))
        for objective in card.objectives:
            mark, style = ("✓ won ", "green") if objective.won else ("✗ lost", "red")
            line = Text()
            line.append(f"{mark} ", style=f"bold {style}")
            line.append(f"{objective.text} ")
            line.append(f"({objective.points:+d})", style="dim")
            parts.append(line)
        if card.argued_most_like is not None:
            speaker, agreed, out_of = card.argued_most_like
            parts.append(
                Text(
                    f"You argued most like {speaker} ({agreed} of {out_of} motions).",
                    style="italic",
                )
            )
        for motion in card.motions:
            title = next(m.text for m in self.game.scenario.motions if m.id == motion.motion)
            parts.append(
                Text(f"  {motion.share:>4.0%} of the best on “{title}” ")
                + Text(f"({motion.score}/{motion.best})", style="dim")
            )
        return Group(*parts)

    def _epilogue(self) -> Group:
        scenario = self.game.scenario
        parts: list[Text] = [Text("What happened next", style="bold underline")]
        for fact in scenario.epilogue:
            parts.append(Text(f"\n{fact.text}"))
            parts.append(Text(f"  — {fact.citation}", style="dim italic"))
        parts.append(Text(f"\nSource: {scenario.source.citation}", style="dim"))
        return Group(*parts)

    def action_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

    def action_export(self) -> None:
        """Write the transcript with its citations as Markdown, for a teacher or a portfolio."""
        from debate.classroom.exports import export_markdown
        from debate.errors import DebateError

        try:
            path = export_markdown(self.game, self.class_label)
        except DebateError as error:
            self.notify(str(error), title="Export failed", severity="error")
            return
        self.notify(f"Saved the transcript to {path}", title="Exported", timeout=10)

    def action_home(self) -> None:
        self.game_app.go_home()
