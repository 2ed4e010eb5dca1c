"""Help: every key of the screen underneath, the keys that work everywhere, and how to play."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from debate.tui.screens.base import Dialog

EVERYWHERE: tuple[tuple[str, str], ...] = (
    ("?", "this help"),
    ("s", "the source article (where quotes are shown)"),
    ("q", "quit (asks first; the game is saved after every move)"),
    ("ctrl+p", "command palette: every action by name"),
    ("ctrl+t", "light / dark theme"),
    ("ctrl+q", "quit at once"),
    ("tab / shift+tab", "move between parts of the screen"),
    ("↑ ↓ enter", "move and choose in lists; the mouse works everywhere too"),
)

HOW_TO_PLAY = (
    "Each motion is argued in four steps. [b]Stance[/b]: everyone picks a side. "
    "[b]Opening[/b]: play an argument card (keys 1–9, or ↑↓ enter). "
    "[b]Rebuttal[/b]: play a card that attacks a card revealed earlier. "
    "[b]Closing[/b]: a last card, and a sentence of your own words. "
    "All seats choose at once and the cards are revealed together. "
    "An argument [b]stands[/b] when every attack on it is itself defeated; "
    "standing arguments sway the audience blocs, weighted by their evidence: "
    "a direct quote beats a reported claim, which beats background."
)


def key_table(screen: Screen[object]) -> Table:
    """The keys of ``screen`` and the app (a screen may add rows in ``HELP_KEYS``)."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    seen: set[str] = set()
    for key, description in getattr(screen, "HELP_KEYS", ()):
        table.add_row(key, description)
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description or binding.description in seen:
            continue
        if not isinstance(active.node, Screen | App):
            continue  # a widget's own movement keys: summed up under "Everywhere"
        seen.add(binding.description)
        table.add_row(screen.app.get_key_display(binding) or key, binding.description)
    return table


class HelpScreen(Dialog[None]):
    """The keys of the screen below and of the whole game.

    Keys: escape, ? or q closes.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", key_display="esc"),
    ]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__()
        self.below_keys = key_table(below)
        self.below_name = type(below).__name__.removesuffix("Screen").lower() or "this"

    def compose(self) -> ComposeResult:
        everywhere = Table.grid(padding=(0, 2))
        everywhere.add_column(style="bold", no_wrap=True)
        everywhere.add_column()
        for key, what in EVERYWHERE:
            everywhere.add_row(key, what)
        with Vertical(id="help-box", classes="dialog"):
            yield Static("[b]Help[/b]  [dim]escape closes[/]", classes="dialog-title")
            with VerticalScroll(id="help-body", can_focus=True):
                yield Static(Text(f"On the {self.below_name} screen", style="bold underline"))
                yield Static(self.below_keys, classes="help-table")
                yield Static(Text("Everywhere", style="bold underline"))
                yield Static(everywhere, classes="help-table")
                yield Static(Text("How to play", style="bold underline"))
                yield Static(HOW_TO_PLAY, classes="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        self.dismiss()
