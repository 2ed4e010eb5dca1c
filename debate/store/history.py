"""Finished games, kept in SQLite in ``data_dir()/history.sqlite3`` for teachers.

Why SQLite: a class of thirty plays on one computer or several processes at
once, and a game must be recorded whole or not at all.  Each game is written
in one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``), so a crash or a pulled
plug leaves either the full record or nothing; WAL mode lets a teacher list
history while a game is being recorded.

A game row keeps the engine's save text (it replays the game exactly) and the
report of :mod:`debate.classroom.report` (what the class saw that day), plus
small tables (seats, scores, objectives, quotes used) that the listing and the
facilitator summary query directly.

Every database problem (corrupt file, locked, unreadable folder) becomes a
:class:`HistoryError`: one line on the command line, and nothing else on disk
(saves in particular) is touched.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debate.errors import DebateError
from debate.paths import data_dir

if TYPE_CHECKING:
    from debate.engine import Game

SCHEMA_VERSION = 1

BUSY_TIMEOUT = 2.0
"""Seconds to wait for another process's transaction before reporting a lock."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS games (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    played_at   TEXT    NOT NULL,           -- ISO 8601, UTC
    scenario    TEXT    NOT NULL,           -- scenario id
    title       TEXT    NOT NULL,
    class_label TEXT,                       -- NULL outside class mode
    seed        INTEGER NOT NULL,
    finished    INTEGER NOT NULL,
    save        TEXT    NOT NULL,           -- debate.engine.save.dumps(game)
    report      TEXT    NOT NULL            -- debate.classroom.report.game_report(game), JSON
);
CREATE INDEX IF NOT EXISTS games_by_class ON games (class_label, played_at);
CREATE INDEX IF NOT EXISTS games_by_scenario ON games (scenario, played_at);

CREATE TABLE IF NOT EXISTS seats (
    game_id    INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
    seat       INTEGER NOT NULL,
    role       TEXT    NOT NULL,
    controller TEXT    NOT NULL,
    player     TEXT    NOT NULL,
    total      REAL    NOT NULL,
    winner     INTEGER NOT NULL,
    PRIMARY KEY (game_id, seat)
);

CREATE TABLE IF NOT EXISTS moves (
    game_id INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
    number  INTEGER NOT NULL,
    seat    INTEGER NOT NULL,
    move    TEXT    NOT NULL,               -- Move.to_json(), JSON
    PRIMARY KEY (game_id, number)
);

CREATE TABLE IF NOT EXISTS scores (
    game_id INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
    seat    INTEGER NOT NULL,
    motion  TEXT    NOT NULL,
    stance  TEXT,
    decided TEXT,                           -- the stance the room decided; NULL on a tie
    points  REAL    NOT NULL,
    best    REAL    NOT NULL,
    share   REAL    NOT NULL,
    PRIMARY KEY (game_id, seat, motion)
);

CREATE TABLE IF NOT EXISTS objectives (
    game_id   INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
    seat      INTEGER NOT NULL,
    objective TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    met       INTEGER NOT NULL,
    points    INTEGER NOT NULL,
    PRIMARY KEY (game_id, seat, objective)
);

CREATE TABLE IF NOT EXISTS quotes_used (
    game_id INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
    seat    INTEGER NOT NULL,
    quote   TEXT    NOT NULL,
    PRIMARY KEY (game_id, seat, quote)
);
"""


class HistoryError(DebateError):
    """The history database cannot be read or written."""


def default_path() -> Path:
    """``data_dir()/history.sqlite3``, read at call time so ``DEBATE_DATA_DIR`` applies."""
    return data_dir() / "history.sqlite3"


def _explain(path: Path, error: sqlite3.Error) -> HistoryError:
    text = str(error)
    if "locked" in text or "busy" in text:
        reason = "it is locked by another debate process; try again in a moment"
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        reason = f"it is damaged ({text}); move it aside to start a new history"
    else:
        reason = text
    return HistoryError(f"game history {path} cannot be used: {reason}")


@contextlib.contextmanager
def connect(path: Path | None = None, *, create: bool = True) -> Iterator[sqlite3.Connection]:
    """An open, checked connection; every SQLite error leaves as :class:`HistoryError`.

    :raises HistoryError: the file is corrupt, locked, or of a newer schema.
    """
    target = path if path is not None else default_path()
    if create:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise HistoryError(f"cannot create {target.parent}: {error.strerror}") from None
    uri = f"{target.resolve().as_uri()}?mode={'rwc' if create else 'ro'}"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, isolation_level=None)
    except sqlite3.Error as error:
        raise _explain(target, error) from None
    try:
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA foreign_keys = ON")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryError(
                f"game history {target} was written by a newer debate (schema {version}); "
                "upgrade debate to read it"
            )
        if create and version < SCHEMA_VERSION:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.executescript(
                f"BEGIN IMMEDIATE; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            )
        yield connection
    except sqlite3.Error as error:
        raise _explain(target, error) from None
    finally:
        connection.close()


def record(
    game: Game,
    class_label: str | None = None,
    names: Sequence[str] | None = None,
    *,
    path: Path | None = None,
    played_at: str | None = None,
) -> int:
    """Store a game (normally a finished one) in one transaction; return its history id.

    ``names`` gives each seat's player name in seat order (class mode); seats
    without one keep the name they were given in the game.

    :raises HistoryError: the database is corrupt, locked or cannot be written;
        nothing has been stored then.
    """
    from debate.classroom.report import game_report
    from debate.engine.save import dumps

    label = class_label.strip() if class_label and class_label.strip() else None
    report = game_report(game, names=names, class_label=label, played_at=played_at)
    with connect(path) as db:
        try:
            db.execute("BEGIN IMMEDIATE")
            cursor = db.execute(
                "INSERT INTO games (played_at, scenario, title, class_label, seed, finished, "
                "save, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    report["played_at"],
                    game.scenario.id,
                    game.scenario.title,
                    label,
                    game.seed,
                    int(report["finished"]),
                    dumps(game),
                    json.dumps(report, ensure_ascii=False),
                ),
            )
            game_id = int(cursor.lastrowid or 0)
            _insert_rows(db, game_id, game, report)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return game_id


def _insert_rows(db: sqlite3.Connection, game_id: int, game: Game, report: dict[str, Any]) -> None:
    decided = {m["id"]: m["decided"] for m in report["motions"]}
    db.executemany(
        "INSERT INTO seats VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (game_id, s["seat"], s["role"], s["controller"], s["player"], s["total"], s["winner"])
            for s in report["seats"]
        ],
    )
    db.executemany(
        "INSERT INTO moves VALUES (?, ?, ?, ?)",
        [
            (game_id, number, move.seat, json.dumps(move.to_json(), ensure_ascii=False))
            for number, move in enumerate(game.moves)
        ],
    )
    db.executemany(
        "INSERT INTO scores VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                game_id,
                s["seat"],
                s["motion"],
                s["stance"],
                decided.get(s["motion"]),
                s["points"],
                s["best"],
                s["share"],
            )
            for s in report["scores"]
        ],
    )
    db.executemany(
        "INSERT INTO objectives VALUES (?, ?, ?, ?, ?, ?)",
        [
            (game_id, o["seat"], o["id"], o["text"], int(o["met"]), o["points"])
            for o in report["objectives"]
        ],
    )
    db.executemany(
        "INSERT INTO quotes_used VALUES (?, ?, ?)",
        [(game_id, seat, q["quote"]) for q in report["quotes"] for seat in q["used_by"]],
    )


@dataclass(frozen=True)
class SeatRow:
    """One seat of a recorded game, as listed."""

    seat: int
    role: str
    controller: str
    player: str
    total: float
    winner: bool


@dataclass(frozen=True)
class GameRow:
    """One recorded game, as listed."""

    id: int
    played_at: str
    scenario: str
    title: str
    class_label: str | None
    seed: int
    finished: bool
    seats: tuple[SeatRow, ...]


def games(
    class_label: str | None = None, scenario: str | None = None, *, path: Path | None = None
) -> list[GameRow]:
    """Recorded games, oldest first, filtered by class label and/or scenario id.

    A missing database is an empty history (nothing is created by reading).
    """
    target = path if path is not None else default_path()
    if not target.exists():
        return []
    where, values = [], []
    if class_label is not None:
        where.append("class_label = ?")
        values.append(class_label)
    if scenario is not None:
        where.append("scenario = ?")
        values.append(scenario)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    with connect(target) as db:
        rows = db.execute(
            "SELECT id, played_at, scenario, title, class_label, seed, finished FROM games "
            f"{clause} ORDER BY played_at, id",
            values,
        ).fetchall()
        seat_rows: dict[int, list[SeatRow]] = {}
        for seat in db.execute(
            "SELECT game_id, seat, role, controller, player, total, winner FROM seats "
            "ORDER BY game_id, seat"
        ):
            seat_rows.setdefault(seat["game_id"], []).append(
                SeatRow(
                    seat["seat"],
                    seat["role"],
                    seat["controller"],
                    seat["player"],
                    seat["total"],
                    bool(seat["winner"]),
                )
            )
    return [
        GameRow(
            row["id"],
            row["played_at"],
            row["scenario"],
            row["title"],
            row["class_label"],
            row["seed"],
            bool(row["finished"]),
            tuple(seat_rows.get(row["id"], ())),
        )
        for row in rows
    ]


def report_of(game_id: int, *, path: Path | None = None) -> dict[str, Any]:
    """The stored report of one game, with its history id.

    :raises HistoryError: no such game, or the database cannot be read.
    """
    target = path if path is not None else default_path()
    if not target.exists():
        raise HistoryError(f"no game {game_id} in the history: no game has been recorded yet")
    with connect(target) as db:
        row = db.execute("SELECT report FROM games WHERE id = ?", (game_id,)).fetchone()
    if row is None:
        raise HistoryError(f"no game {game_id} in the history; `debate history` lists them")
    try:
        report: dict[str, Any] = json.loads(row["report"])
    except ValueError as error:
        raise HistoryError(f"game {game_id} in the history is damaged: {error}") from None
    report["id"] = game_id
    return report


def reports(class_label: str, *, path: Path | None = None) -> list[dict[str, Any]]:
    """The stored reports of every game of a class, oldest first."""
    return [report_of(row.id, path=path) for row in games(class_label, path=path)]
