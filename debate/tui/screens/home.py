"""The home screen: saved games to continue, then every bundled and user scenario.

Scenario files are read and checked in a thread worker, so the first frame
appears before pydantic and the quote checks have run; saves are listed from
their small envelopes at once, since they are what a returning player wants.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from debate.store.saves import SaveInfo
from debate.tui.commands import PaletteCommand
from debate.tui.screens.base import Page
from debate.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from debate.scenario.load import LoadedScenario


@dataclass(frozen=True)
class Entry:
    """One scenario file as the home screen lists it."""

    path: Path
    origin: str
    """``bundled`` or ``user``."""
    loaded: LoadedScenario | None
    problem: str
    """The first problem of a broken file; empty when it is playable."""


def read_entries() -> list[Entry]:
    """Check every scenario file (slow: pydantic and the quote checks; run in a worker)."""
    from debate.paths import bundled_scenario_files, user_scenario_files
    from debate.scenario.load import LoadedScenario, check_file

    entries: list[Entry] = []
    for origin, paths in (("bundled", bundled_scenario_files()), ("user", user_scenario_files())):
        for path in paths:
            result = check_file(path)
            if result.ok and result.scenario is not None and result.source is not None:
                loaded = LoadedScenario(result.path, result.scenario, result.source)
                entries.append(Entry(path, origin, loaded, ""))
            else:
                first = str(result.problems[0]) if result.problems else "cannot be read"
                entries.append(Entry(path, origin, None, first))
    return entries


def scenario_prompt(entry: Entry) -> Text:
    """Title, summary, roles and length of one scenario."""
    if entry.loaded is None:
        text = Text()
        text.append(f"{entry.path.stem}  ", style="bold")
        text.append(f"[{entry.origin}] broken\n", style="dim")
        text.append(f"  {entry.problem}", style="red")
        return text
    scenario = entry.loaded.scenario
    text = Text()
    text.append(scenario.title, style="bold")
    text.append(f"  {entry.origin}\n", style="dim")
    text.append(f"{scenario.summary}\n")
    roles = ", ".join(role.name for role in scenario.roles)
    text.append(
        f"Roles: {roles} · {len(scenario.motions)} motions · about {scenario.minutes} min",
        style="italic",
    )
    return text


def save_prompt(info: SaveInfo) -> Text:
    """A saved game: which scenario and where it stands."""
    text = Text()
    text.append("▶ Continue: ", style="bold")
    text.append(info.title, style="bold")
    text.append(f"\n  {info.progress or 'saved game'}", style="italic")
    if info.finished:
        text.append(" · finished: open the debrief", style="dim")
    return text


class HomeScreen(Page[None]):
    """Pick a saved game or a scenario.

    Keys: ↑/↓ move, enter opens (continue a save, or the scenario's briefing).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: the footer shows "Open" whether or not the list has focus yet
        Binding("enter", "open", "Open", show=True, priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] | None = None
        self.saves: list[SaveInfo] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="§")
        with Vertical(id="home"):
            yield Static(
                "Take a side in a real policy debate. Every card is backed by a quote "
                "from a real news article: argue well and the audience follows.",
                id="home-intro",
            )
            yield OptionList(id="choices")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#choices", OptionList).loading = True
        self.reload()
        # After the first frame: the player sees the screen (and any saved game)
        # while pydantic and the quote checks run in the worker.
        self.call_after_refresh(self.load_entries)

    def reload(self) -> None:
        """List the saves again (and report those set aside), then redraw."""
        saves, problems = self.game_app.store.scan()
        self.saves = saves
        for problem in problems:
            self.notify(problem, title="Saved game set aside", severity="warning", timeout=12)
        self._fill()

    @work(thread=True, exclusive=True, group="home-entries")
    def load_entries(self) -> None:
        entries = read_entries()
        self.app.call_from_thread(self._entries_ready, entries)

    def _entries_ready(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.query_one("#choices", OptionList).loading = False
        self._fill()

    def _fill(self) -> None:
        choices = self.query_one("#choices", OptionList)
        options: list[Option | None] = []
        for info in self.saves:
            options.append(Option(save_prompt(info), id=f"save:{info.path}"))
        if self.saves:
            options.append(None)
        for entry in self.entries or []:
            options.append(
                Option(
                    scenario_prompt(entry),
                    id=f"scenario:{entry.path}",
                    disabled=entry.loaded is None,
                )
            )
        if self.entries == []:
            options.append(Option("No scenarios installed.", disabled=True))
        highlighted = choices.highlighted
        choices.set_options(options)
        if options:
            choices.highlighted = min(highlighted or 0, len(options) - 1)
            if choices.highlighted_option is None or choices.highlighted_option.disabled:
                choices.action_cursor_down()
        choices.focus()

    def action_open(self) -> None:
        option = self.query_one("#choices", OptionList).highlighted_option
        if option is not None and option.id is not None:
            self._open(option.id)

    @on(OptionList.OptionSelected, "#choices")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self._open(event.option.id)

    def _open(self, option_id: str) -> None:
        kind, _, value = option_id.partition(":")
        if kind == "save":
            info = next((s for s in self.saves if str(s.path) == value), None)
            if info is not None:
                self.game_app.resume(info)
        elif kind == "scenario":
            entry = next((e for e in self.entries or [] if str(e.path) == value), None)
            if entry is not None and entry.loaded is not None:
                from debate.tui.screens.briefing import BriefingScreen

                self.app.push_screen(BriefingScreen(entry.loaded))

    def palette_commands(self) -> list[PaletteCommand]:
        commands: list[PaletteCommand] = []
        for info in self.saves:
            commands.append(
                (f"Continue: {info.title}", info.progress, partial(self.game_app.resume, info))
            )
        for entry in self.entries or []:
            if entry.loaded is not None:
                scenario = entry.loaded.scenario
                commands.append(
                    (
                        f"New game: {scenario.title}",
                        scenario.summary,
                        partial(self._open, f"scenario:{entry.path}"),
                    )
                )
        return commands
