"""Fixtures for the TUI tests: a private data folder and no cursor blink.

Every test gets its own ``DEBATE_DATA_DIR`` so that saves never touch the
developer's own, and the input cursor does not blink so snapshots are stable.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("DEBATE_DATA_DIR", str(folder))
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    yield folder
