"""Re-running a check every time an author saves a file (``debate validate --watch``).

It polls modification times instead of using inotify or a third-party watcher:
scenario folders hold a handful of files, polling twice a second costs nothing,
and it works the same on every system and on network drives.  A save is
recognised by a change of (mtime, size, inode) of a watched file, or of the
set of YAML files in a watched folder; editors that save by writing a new file
and renaming it over the old one are covered by the inode.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from debate.scenario.load import yaml_files

Snapshot = dict[str, tuple[int, int, int] | None]
"""File path to (mtime_ns, size, inode), or ``None`` while the file is missing."""

SETTLE_SECONDS = 0.05
"""Pause after a change is seen, so that a save in progress is checked once, complete."""


files_of = yaml_files
"""The files watched now: files as named, folders as their YAML files."""


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """What each watched file looks like now."""
    state: Snapshot = {}
    for file in files_of(paths):
        try:
            info = file.stat()
        except OSError:
            state[str(file)] = None
        else:
            state[str(file)] = (info.st_mtime_ns, info.st_size, info.st_ino)
    return state


def changed(before: Snapshot, after: Snapshot) -> list[str]:
    """Files added, removed or modified between two snapshots, sorted."""
    return sorted(
        name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
    )


def watch(
    paths: Iterable[Path],
    check: Callable[[], object],
    interval: float = 0.5,
    *,
    log: TextIO | None = None,
    polls: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Run ``check`` now and after every change to ``paths`` until Ctrl+C; return 0.

    ``check`` prints its own report; a :class:`~debate.errors.DebateError` it
    raises is printed and watching goes on, because the next save may fix it.
    ``polls`` (for tests) stops after that many polls.
    """
    from debate.errors import DebateError

    watched = list(paths)
    stream = log if log is not None else sys.stderr

    def run_check(reason: str) -> None:
        print(f"--- {time.strftime('%H:%M:%S')} {reason} ---", file=stream, flush=True)
        try:
            check()
        except DebateError as error:
            print(f"debate: {error}", file=stream, flush=True)
        sys.stdout.flush()

    try:
        state = snapshot(watched)
        run_check(f"checking {len(state)} file{'s' if len(state) != 1 else ''}")
        print("watching for changes; press Ctrl+C to stop", file=stream, flush=True)
        count = 0
        while polls is None or count < polls:
            sleep(interval)
            count += 1
            now = snapshot(watched)
            if now == state:
                continue
            # Wait for the save to finish: re-read until two looks agree.
            for _ in range(20):
                sleep(SETTLE_SECONDS)
                again = snapshot(watched)
                if again == now:
                    break
                now = again
            names = changed(state, now)
            state = now
            shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            run_check(f"{shown} changed")
    except KeyboardInterrupt:
        print("\nstopped watching", file=stream, flush=True)
    return 0
