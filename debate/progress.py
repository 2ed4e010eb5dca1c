"""A plain-text progress bar for long command-line runs (sim, lint).

Plain text rather than Rich so that commands which draw no UI stay light; it
redraws in place with ``\\r`` and ends with a newline.  Callers decide whether
to show it at all (only when the stream is a terminal).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO


def progress_bar(stream: TextIO, label: str, width: int = 30) -> Callable[[int, int], None]:
    """A function ``show(done, total)`` that redraws at most a hundred times per run."""

    def show(done: int, total: int) -> None:
        if done != total and done % max(1, total // 100):
            return
        filled = width * done // max(1, total)
        stream.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} games")
        if done == total:
            stream.write("\n")
        stream.flush()

    return show
