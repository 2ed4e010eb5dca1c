"""Writing a command's text result to stdout or to a file, atomically.

A teacher who exports into an existing gradebook file must never be left with
half a file when the disk fills or the command is interrupted, so files are
written beside their destination and renamed over it in one step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from debate.atomic import write_atomic
from debate.errors import DebateError


class OutputError(DebateError):
    """The result could not be written where the user asked."""


def write_text(text: str, destination: Path | None) -> None:
    """Print ``text`` or write it to ``destination`` atomically (UTF-8).

    :raises OutputError: the folder does not exist or cannot be written.
    """
    if destination is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    folder = destination.parent if str(destination.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {destination}: folder {folder} does not exist")
    try:
        write_atomic(destination, text)
    except OSError as error:
        reason = error.strerror or str(error)
        raise OutputError(f"cannot write {destination}: {reason}") from None
