"""The briefing: the situation in plain words, the glossary, and where the source is from."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Markdown, Static

from debate.tui.commands import PaletteCommand
from debate.tui.screens.base import Page

if TYPE_CHECKING:
    from debate.scenario.load import LoadedScenario


def briefing_markdown(loaded: LoadedScenario) -> str:
    """The briefing, then the glossary as a definition list."""
    scenario = loaded.scenario
    parts = [f"# {scenario.title}", scenario.briefing.strip()]
    if scenario.glossary:
        parts.append("## Glossary")
        parts.extend(f"- **{entry.term}**: {entry.definition}" for entry in scenario.glossary)
    motions = "\n".join(
        f"{index}. {motion.text}" for index, motion in enumerate(scenario.motions, 1)
    )
    parts.append(f"## The motions\n\n{motions}")
    return "\n\n".join(parts)


class BriefingScreen(Page[None]):
    """Read before choosing a role.

    Keys: enter choose roles, s the source article, escape back.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "setup", "Choose roles"),
        Binding("s", "source", "Source"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, loaded: LoadedScenario) -> None:
        super().__init__()
        self.loaded = loaded

    def compose(self) -> ComposeResult:
        yield Header(icon="§")
        with VerticalScroll(id="briefing-text"):
            yield Markdown(briefing_markdown(self.loaded), id="briefing")
        yield Static(
            f"Source: {self.loaded.scenario.source.citation}  ·  press s to read it",
            id="citation",
        )
        with Horizontal(classes="buttons"):
            yield Button("Back", id="back")
            yield Button("Read the source", id="source")
            yield Button("Choose roles ▶", id="to-setup", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#briefing-text").focus()

    @on(Button.Pressed, "#to-setup")
    def action_setup(self) -> None:
        from debate.tui.screens.setup import SetupScreen

        self.app.push_screen(SetupScreen(self.loaded))

    @on(Button.Pressed, "#source")
    def action_source(self) -> None:
        from debate.tui.screens.source import SourceScreen

        quotes = tuple(quote.text for quote in self.loaded.scenario.quotes)
        self.app.push_screen(SourceScreen(self.loaded, quotes))

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.dismiss()

    def palette_commands(self) -> list[PaletteCommand]:
        return [
            ("Choose roles", "Go on to pick your role and opponents", self.action_setup),
            ("Show the source", "The article every quote comes from", self.action_source),
        ]
