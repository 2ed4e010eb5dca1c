"""SizeGuard: the overlay that asks for a larger window while the terminal is below 80x24."""

from __future__ import annotations

from typing import ClassVar

from textual.widget import Widget
from textual.widgets import Static


class SizeGuard(Static):
    """Covers its screen while the screen has a ``-too-narrow`` or ``-too-short`` class.

    Being an overlay (not a screen of its own) keeps the screen stack, focus
    and every widget's state untouched: resizing back simply uncovers them.
    """

    SCOPED_CSS: ClassVar[bool] = False  # the rules below look at the screen's classes
    DEFAULT_CSS: ClassVar[str] = """
    SizeGuard {
        layer: guard;
        dock: top;
        width: 100%;
        height: 100%;
        display: none;
        content-align: center middle;
        text-align: center;
        background: $background;
        color: $text;
        padding: 1 2;
    }
    Screen.-too-narrow SizeGuard, Screen.-too-short SizeGuard {
        display: block;
    }
    """

    def on_mount(self) -> None:
        self._show()

    def on_resize(self) -> None:
        self._show()

    def _show(self) -> None:
        width, height = self.app.size
        self.update(
            f"[b]This window is {width}×{height}.[/b]\n\n"
            "debate needs at least 80×24 characters.\n"
            "Please make the terminal larger: your game is safe and waits here.\n\n"
            "[dim]ctrl+q quits (the game is saved)[/]"
        )


def guard(screen: Widget) -> None:
    """Mount a size guard on a screen (called from the screens' base classes)."""
    screen.mount(SizeGuard())
