"""The quit confirmation: a ``ModalScreen[bool]`` answering whether to leave."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from debate.tui.screens.base import Dialog


class QuitScreen(Dialog[bool]):
    """Ask before leaving; dismisses with True to quit.

    Keys: y or enter on Quit leaves, n or escape stays.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Quit"),
        Binding("n,escape", "answer(False)", "Stay"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="quit-box", classes="dialog small"):
            yield Static("[b]Quit debate?[/b]", classes="dialog-title")
            yield Static(
                "Your game is saved after every move: choose it on the home screen "
                "next time to continue.",
            )
            with Horizontal(classes="buttons"):
                yield Button("Stay (n)", id="stay")
                yield Button("Quit (y)", id="quit", variant="error")

    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()

    def action_answer(self, leave: bool) -> None:
        self.dismiss(leave)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "quit")
