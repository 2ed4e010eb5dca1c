"""Base classes of every screen: each carries its own size guard overlay.

Textual calls ``on_mount`` of every class in a screen's MRO, so a screen that
defines its own ``on_mount`` still gets its guard mounted here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import ModalScreen, Screen

from debate.tui.widgets.size_guard import guard

if TYPE_CHECKING:
    from debate.tui.app import DebateApp

ResultType = TypeVar("ResultType")


class Page(Screen[ResultType]):
    """A full screen of the game."""

    def on_mount(self) -> None:
        guard(self)

    @property
    def game_app(self) -> DebateApp:
        """The running app, typed: screens call its navigation (start, resume, home)."""
        from debate.tui.app import DebateApp

        app = self.app
        assert isinstance(app, DebateApp)
        return app


class Dialog(ModalScreen[ResultType]):
    """A modal dialog over the current screen."""

    def on_mount(self) -> None:
        guard(self)
