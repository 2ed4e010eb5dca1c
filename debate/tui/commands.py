"""The command palette's game commands (ctrl+p): the main actions, found by typing.

Global commands (help, theme, quit) are listed here; each screen adds its own
by defining ``palette_commands()`` (for example "Play card 2" or "Show the
source"), so the palette always offers what the current screen can do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Provider

PaletteCommand = tuple[str, str, Callable[[], object]]
"""(name, help, callback) of one command."""


@runtime_checkable
class OffersCommands(Protocol):
    """A screen with its own palette commands."""

    def palette_commands(self) -> Iterable[PaletteCommand]: ...


class GameCommands(Provider):
    """Commands of the game and of the current screen."""

    def _commands(self) -> list[PaletteCommand]:
        app = self.app
        commands: list[PaletteCommand] = []
        screen = self.screen
        if isinstance(screen, OffersCommands):
            commands.extend(screen.palette_commands())
        commands.extend(
            [
                ("Help: every key", "What each key does on this screen", _action(app, "help")),
                (
                    "Toggle light/dark theme",
                    "Switch between Textual's light and dark themes",
                    _action(app, "toggle_theme"),
                ),
                (
                    "Quit",
                    "Leave the game (it is saved after every move)",
                    _action(app, "request_quit"),
                ),
            ]
        )
        return commands

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)


def _action(target: object, name: str) -> Callable[[], object]:
    """A callback running ``action_<name>`` of the app (looked up when chosen)."""
    return partial(lambda t, n: getattr(t, f"action_{n}")(), target, name)
