"""The source article, one key away from every screen that shows quotes (``s``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Footer, Static

from debate.tui.screens.base import Dialog
from debate.tui.widgets.source_view import SourceView

if TYPE_CHECKING:
    from debate.scenario.load import LoadedScenario


class SourceScreen(Dialog[None]):
    """The article with the given quotes highlighted.

    Keys: escape or s closes; ↑/↓ and enter jump between quotes.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,s", "close", "Close"),
    ]

    def __init__(
        self, loaded: LoadedScenario, quotes: Sequence[str], focus: str | None = None
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.quotes = tuple(quotes)
        self.focus_quote = focus

    def compose(self) -> ComposeResult:
        meta = self.loaded.source.meta
        with Vertical(id="source-box", classes="dialog"):
            yield Static(
                f"[b]{meta.title}[/b]\n[dim]{self.loaded.scenario.source.citation}[/]",
                id="source-title",
            )
            yield SourceView(self.loaded.source, self.quotes, id="source-view")
        yield Footer()

    def on_mount(self) -> None:
        view = self.query_one(SourceView)
        if self.focus_quote is not None:
            self.call_after_refresh(view.jump_to, self.focus_quote)
        view.query_one("#article").focus()

    def action_close(self) -> None:
        self.dismiss()
