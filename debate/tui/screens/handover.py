"""The hot-seat hand-over: an opaque screen between two players, so no hand is seen by the next."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.widgets import Button, Footer, Static

from debate.tui.screens.base import Page


class HandoverScreen(Page[None]):
    """Covers the whole screen until the next player says they are ready.

    Keys: enter (or the button) when the named player has the keyboard.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "ready", "I am ready")]

    def __init__(self, name: str, role: str, step: str) -> None:
        super().__init__()
        self.player = name
        self.role = role
        self.step = step

    def compose(self) -> ComposeResult:
        with Vertical(id="handover-box"):
            yield Static(
                f"[b]Pass the keyboard to {self.player}[/b]\n\n"
                f"{self.step}: it is {self.player}'s turn to choose.\n"
                "Everyone else, look away: the choices of this step stay hidden "
                "until all seats have chosen.",
                id="handover-text",
            )
            with Center():
                yield Button(f"I am {self.player}: show my hand", id="ready", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#ready", Button).focus()

    @on(Button.Pressed, "#ready")
    def action_ready(self) -> None:
        self.dismiss(None)
