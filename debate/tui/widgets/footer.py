"""Footer: Textual's key footer, rebuilt once per refresh however often the bindings change.

Textual's footer queues a full recompose (one widget per key) for every
"bindings changed" signal, and a screen sends several while it appears: focus
set, screen resumed, and again after the first refresh.  Each recompose reads the
screen's bindings as they are when it runs, so one queued recompose shows the
same keys as several; the extra ones only delay the first frame.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """The key footer; at most one recompose is queued at a time."""

    _recompose_queued = False

    def bindings_changed(self, screen: Screen[Any]) -> None:
        # As Textual's, except that a recompose already queued is not queued again.
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._recompose_queued:
            self._recompose_queued = True
            self.call_after_refresh(self._recompose_queued_now)

    async def _recompose_queued_now(self) -> None:
        self._recompose_queued = False
        await self.recompose()
