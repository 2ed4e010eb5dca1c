"""History in SQLite, the facilitator summary, and exports of recorded and saved games."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from debate_cli import run_debate as debate

from debate.ai import choose_move
from debate.engine import Game, Seat
from debate.engine.save import dumps
from debate.scenario.load import load
from debate.store import history
from debate.store.history import HistoryError, record

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini.yaml"


def play(seed: int, names: tuple[str, str] = ("", "")) -> Game:
    scenario = load(MINI).scenario
    game = Game.new(
        scenario, [Seat("strategist", "human", names[0]), Seat("skeptic", "human", names[1])], seed
    )
    while game.outcome() is None:
        for seat in game.waiting_for():
            game = game.apply(choose_move(game, seat, "normal", seed))
    return game


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DEBATE_DATA_DIR", str(folder))
    return folder


def test_record_stores_the_whole_game_and_replays_it(data: Path) -> None:
    game = play(7)
    game_id = record(game, "7B", names=["Aiko", "Ben"], played_at="2026-01-02T03:04:05+00:00")
    db = sqlite3.connect(data / "history.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    row = db.execute(
        "SELECT scenario, class_label, seed, save FROM games WHERE id=?", (game_id,)
    ).fetchone()
    assert row[:3] == ("mini", "7B", 7)
    assert row[3] == dumps(game)
    assert db.execute("SELECT player FROM seats ORDER BY seat").fetchall() == [("Aiko",), ("Ben",)]
    assert db.execute("SELECT count(*) FROM moves").fetchone()[0] == len(game.moves)
    outcome = game.outcome()
    assert outcome is not None
    totals = [r[0] for r in db.execute("SELECT total FROM seats ORDER BY seat")]
    assert totals == list(outcome.totals)
    per_motion = db.execute(
        "SELECT seat, sum(points) FROM scores GROUP BY seat ORDER BY seat"
    ).fetchall()
    objectives = db.execute(
        "SELECT seat, sum(points * met) FROM objectives GROUP BY seat ORDER BY seat"
    ).fetchall()
    assert [p for _, p in per_motion] == list(outcome.totals)
    assert len(objectives) == 2


def test_a_failing_write_leaves_no_half_record(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record(play(1))

    def explode(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(history, "_insert_rows", explode)
    with pytest.raises(HistoryError, match="disk I/O error"):
        record(play(2))
    db = sqlite3.connect(data / "history.sqlite3")
    assert db.execute("SELECT count(*) FROM games").fetchone()[0] == 1
    assert db.execute("SELECT count(DISTINCT game_id) FROM seats").fetchone()[0] == 1


def test_locked_database_is_a_clear_error(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record(play(1))
    monkeypatch.setattr(history, "BUSY_TIMEOUT", 0.1)
    holder = sqlite3.connect(data / "history.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(HistoryError, match="locked by another debate process"):
            record(play(2))
    finally:
        holder.execute("ROLLBACK")
    assert len(history.games()) == 1


def test_history_lists_filters_and_summarises_a_class(data: Path) -> None:
    record(play(7, ("Aiko", "Ben")), "7B")
    record(play(8), "7B", names=["Ben", "Aiko"])
    record(play(9, ("Cem", "Dana")), "8A")
    listing = debate("history", "--class", "7B", data_dir=data)
    assert listing.returncode == 0, listing.stderr
    rows = listing.stdout.splitlines()[1:]
    assert [r.split()[0] for r in rows] == ["1", "2"]
    assert "Cem" not in listing.stdout
    summary = debate("history", "--class", "7B", "--summary", data_dir=data)
    assert summary.returncode == 0, summary.stderr
    text = summary.stdout
    assert text.startswith("Class 7B: 2 games")
    students = {
        line.split()[0]: line.split()
        for line in text.splitlines()
        if line.startswith("  ") and line.split()[0] in {"Aiko", "Ben"}
    }
    assert set(students) == {"Aiko", "Ben"}
    assert students["Aiko"][1] == "2"  # games
    assert "of 4 used by the class" in text
    assert text.count("  never  [") + text.count("  used   [") == 4
    needs_class = debate("history", "--summary", data_dir=data)
    assert needs_class.returncode == 2 and "--summary needs --class" in needs_class.stderr


def test_export_formats_from_history(data: Path) -> None:
    game_id = record(play(7, ("Aiko", "Ben")), "7B")
    md = debate("export", str(game_id), "--format", "md", data_dir=data)
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith(f"# Three missions (test fixture) — game {game_id}")
    assert "## Sources quoted" in md.stdout and "Kanehara Nobukatsu (direct)" in md.stdout
    assert "[1]" in md.stdout
    out = data / "grades.csv"
    assert (
        debate("export", str(game_id), "--format", "csv", "-o", str(out), data_dir=data).returncode
        == 0
    )
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 4  # two seats × two motions
    assert {(r["player"], r["motion"]) for r in rows} == {
        ("Aiko", "alliance"),
        ("Aiko", "missiles"),
        ("Ben", "alliance"),
        ("Ben", "missiles"),
    }
    aiko_total = sum(float(r["points"]) for r in rows if r["player"] == "Aiko")
    assert aiko_total == float(rows[0]["game_total"])
    full = json.loads(debate("export", str(game_id), "--format", "json", data_dir=data).stdout)
    assert full["id"] == game_id and full["class_label"] == "7B" and len(full["moves"]) > 0
    missing = debate("export", "99", data_dir=data)
    assert missing.returncode == 1 and "no game 99" in missing.stderr


def test_export_of_a_save_never_touches_it(data: Path, tmp_path: Path) -> None:
    game = play(3, ("Aiko", "Ben"))
    envelope = {
        "kind": "debate-autosave",
        "version": 1,
        "scenario": "mini",
        "title": "t",
        "progress": "",
        "finished": True,
        "game": dumps(game),
    }
    save = tmp_path / "mini.json"
    save.write_text(json.dumps(envelope), encoding="utf-8")
    before = (save.read_bytes(), save.stat().st_mtime_ns)
    result = debate("export", str(save), "--format", "json", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["moves"] == [m.to_json() for m in game.moves]
    broken = tmp_path / "broken.json"
    broken.write_text('{"kind": "debate-autosave", "game": "{oops"}', encoding="utf-8")
    failed = debate("export", str(broken), data_dir=data)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert len(failed.stderr.splitlines()) == 1
    assert (save.read_bytes(), save.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["broken.json", "mini.json"]


def test_corrupt_history_is_one_line_and_saves_are_untouched(data: Path, tmp_path: Path) -> None:
    data.mkdir(parents=True)
    (data / "history.sqlite3").write_bytes(b"this is not a database at all" * 100)
    saves = data / "saves"
    saves.mkdir()
    (saves / "mini.json").write_text("{}", encoding="utf-8")
    for args in (("history",), ("history", "--class", "x", "--summary"), ("export", "1")):
        result = debate(*args, data_dir=data)
        assert result.returncode == 1, args
        assert "is damaged" in result.stderr and "move it aside" in result.stderr
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert [p.name for p in saves.iterdir()] == ["mini.json"]
    assert (saves / "mini.json").read_text(encoding="utf-8") == "{}"
