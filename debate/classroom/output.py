"""Writing a command's text result to stdout or to a file, atomically.

A teacher who exports into an existing gradebook file must never be left with
half a file when the disk fills or the command is interrupted, so files are
written beside their destination and renamed over it in one step.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

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
        handle, temporary = tempfile.mkstemp(prefix=f".{destination.name}.", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
            os.chmod(temporary, 0o644)  # mkstemp makes 0600; a handout is for sharing
            os.replace(temporary, destination)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        reason = error.strerror or str(error)
        raise OutputError(f"cannot write {destination}: {reason}") from None
