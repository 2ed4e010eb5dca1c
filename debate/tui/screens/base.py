"""Base classes of every screen: each carries its own size guard overlay.

Textual calls ``on_mount`` of every class in a screen's MRO, so a screen that
defines its own ``on_mount`` still gets its guard mounted here.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen, Screen

from debate.tui.widgets.size_guard import guard

ResultType = TypeVar("ResultType")


class Page(Screen[ResultType]):
    """A full screen of the game."""

    def on_mount(self) -> None:
        guard(self)


class Dialog(ModalScreen[ResultType]):
    """A modal dialog over the current screen."""

    def on_mount(self) -> None:
        guard(self)
