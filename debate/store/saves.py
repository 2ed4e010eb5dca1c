"""Autosaves: one file per scenario in ``data_dir()/saves``, written so that none is ever lost.

Why this shape:

* A save is written after every move, atomically (temporary file in the same
  folder, ``fsync``, ``os.replace``), so a crash or a closed terminal loses at
  most the move being made and never leaves half a file behind.
* The file is a small envelope around the engine's own versioned text
  (:func:`debate.engine.save.dumps`): the home screen lists saves from the
  envelope alone, without importing the engine, and the engine stays the only
  judge of what a game is.
* A save that cannot be read (corrupt, or from an older format) is renamed to
  ``NAME.corrupt-<timestamp>`` beside the original and reported in one line;
  it is never deleted, so a player or a teacher can still recover it.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debate.atomic import write_atomic
from debate.errors import DebateError, SaveError
from debate.paths import data_dir

if TYPE_CHECKING:
    from debate.engine import Game
    from debate.scenario.load import LoadedScenario

SAVE_KIND = "debate-autosave"
SAVE_VERSION = 1
"""Version of the envelope; the engine versions the game text inside it."""


@dataclass(frozen=True)
class SaveInfo:
    """What the home screen shows about a save, read from its envelope only."""

    path: Path
    scenario: str
    """Id of the scenario."""
    title: str
    """Title of the scenario when the game was saved."""
    progress: str
    """One line on where the game stands, as the game screen wrote it."""
    finished: bool
    """Whether the game had ended (it then resumes at the debrief)."""
    class_label: str | None = None
    """Class mode: the class the game is recorded under when it ends."""


@dataclass(frozen=True)
class Resumed:
    """A save read back: the scenario it was played on and the game itself."""

    info: SaveInfo
    loaded: LoadedScenario
    game: Game


def default_folder() -> Path:
    """``data_dir()/saves``, read at call time so that ``DEBATE_DATA_DIR`` applies."""
    return data_dir() / "saves"


class SaveStore:
    """The autosave folder: list, write, read, and set aside what cannot be read."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_folder()

    def path_for(self, scenario_id: str) -> Path:
        """One autosave per scenario: starting it again replaces the old game."""
        return self.folder / f"{scenario_id}.json"

    def write(
        self, game: Game, loaded: LoadedScenario, progress: str, class_label: str | None = None
    ) -> Path:
        """Save ``game`` atomically and return the file written.

        :raises SaveError: the folder or the file cannot be written.
        """
        from debate.engine.save import dumps

        envelope = {
            "kind": SAVE_KIND,
            "version": SAVE_VERSION,
            "scenario": loaded.scenario.id,
            "scenario_path": str(loaded.path),
            "title": loaded.scenario.title,
            "progress": progress,
            "finished": game.outcome() is not None,
            "class": class_label,
            "game": dumps(game),
        }
        import json  # here and in _read_envelope: the home screen without saves needs none

        path = self.path_for(loaded.scenario.id)
        try:
            write_atomic(path, json.dumps(envelope, ensure_ascii=False, indent=1) + "\n")
        except OSError as error:
            raise SaveError(f"cannot save the game to {path}: {error.strerror}") from None
        return path

    def scan(self) -> tuple[list[SaveInfo], list[str]]:
        """Every readable save, newest first, and one line per save set aside.

        Reading never fails: a file that is not a save of this version is moved
        aside (see :meth:`set_aside`) and reported.
        """
        if not self.folder.is_dir():
            return [], []
        found: list[tuple[float, SaveInfo]] = []
        problems: list[str] = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                info = read_info(path)
                found.append((path.stat().st_mtime, info))
            except SaveError as error:
                problems.append(self._report(path, error))
            except OSError:
                continue  # removed meanwhile by another process: nothing to report
        found.sort(key=lambda item: (-item[0], item[1].scenario))
        return [info for _, info in found], problems

    def read(self, info: SaveInfo) -> Resumed:
        """Load the scenario and rebuild the game of a save.

        :raises SaveError: the save cannot be resumed; when the fault is in the
            file it has already been set aside and the message says where.
        """
        from debate.engine.save import loads
        from debate.scenario.load import load

        try:
            envelope = _read_envelope(info.path)
        except SaveError as error:
            raise SaveError(self._report(info.path, error)) from None
        scenario_path = Path(str(envelope.get("scenario_path", "")))
        try:
            loaded = load(scenario_path if scenario_path.is_file() else info.scenario)
        except DebateError as error:
            # The save may be fine; its scenario is missing or broken. Keep it in place.
            raise SaveError(f"cannot resume {info.path.name}: {error}") from None
        try:
            game = loads(str(envelope["game"]), loaded.scenario)
        except (DebateError, ValueError, KeyError, TypeError, AttributeError) as error:
            reason = SaveError(f"the game in it cannot be rebuilt ({error})")
            raise SaveError(self._report(info.path, reason)) from None
        return Resumed(info, loaded, game)

    def set_aside(self, path: Path) -> Path:
        """Rename a bad save to ``NAME.corrupt-<timestamp>`` (never delete it)."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.corrupt-{stamp}")
        counter = 1
        while target.exists():
            counter += 1
            target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        os.replace(path, target)
        return target

    def _report(self, path: Path, error: SaveError) -> str:
        try:
            moved = self.set_aside(path)
        except OSError as os_error:
            return f"save {path.name} cannot be read ({error}) nor moved aside ({os_error})"
        return f"save {path.name} cannot be read ({error}); kept as {moved.name}"


def read_info(path: Path) -> SaveInfo:
    """The envelope of a save, checked.

    :raises SaveError: not a save, a save of another version, or missing fields.
    :raises OSError: the file vanished or cannot be read.
    """
    envelope = _read_envelope(path)
    return SaveInfo(
        path=path,
        scenario=str(envelope["scenario"]),
        title=str(envelope.get("title") or envelope["scenario"]),
        progress=str(envelope.get("progress") or ""),
        finished=bool(envelope.get("finished", False)),
        class_label=str(envelope["class"]) if envelope.get("class") else None,
    )


def _read_envelope(path: Path) -> dict[str, Any]:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SaveError(f"not valid JSON: {error}") from None
    if not isinstance(data, dict) or data.get("kind") != SAVE_KIND:
        raise SaveError("not a debate save")
    if data.get("version") != SAVE_VERSION:
        raise SaveError(f"save format {data.get('version')!r}, this game reads {SAVE_VERSION}")
    if not isinstance(data.get("scenario"), str) or not isinstance(data.get("game"), str):
        raise SaveError("the save lacks its scenario or its game")
    return data


def read_game_file(path: Path) -> Game:
    """The game in a save file, autosave envelope or bare engine save; only ever read.

    ``debate replay`` and ``debate export`` accept either kind, and must never
    move or rewrite what a player or teacher points them at (only the home
    screen sets damaged saves aside).

    :raises SaveError: unreadable, not a save, or a game the rules refuse; the
        message names the file.
    """
    import json

    from debate.engine.save import loads

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SaveError(f"cannot read save {path}: {error}") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{path}:{error.lineno}:{error.colno}"
        raise SaveError(f"{where}: not a saved game (invalid JSON: {error.msg})") from None
    if isinstance(document, dict) and document.get("kind") == SAVE_KIND:
        if not isinstance(document.get("game"), str):
            raise SaveError(f"{path} is a damaged save: it lacks its game")
        text = document["game"]
    try:
        return loads(text)
    except SaveError as error:
        raise SaveError(f"{path}: {error}") from None
