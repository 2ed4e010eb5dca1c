"""`debate replay` and `debate export` read the autosaves the game writes, and never move them."""

from __future__ import annotations

from pathlib import Path

from debate_cli import run_debate as debate

from debate.ai import play_out
from debate.engine import Game, Seat
from debate.scenario.load import load
from debate.store.saves import SaveStore

REPO = Path(__file__).resolve().parent.parent.parent


def test_replay_and_export_an_autosave(tmp_path: Path) -> None:
    loaded = load("tutorial")
    game = play_out(
        Game.new(loaded.scenario, [Seat("advocate", "easy"), Seat("skeptic", "normal")], 4)
    )
    path = SaveStore(tmp_path).write(game, loaded, "finished", class_label="7B")
    before = path.read_bytes()

    replay = debate("replay", str(path))
    assert replay.returncode == 0, replay.stderr
    assert replay.stdout.startswith(f"{loaded.scenario.title} (seed 4)")
    assert "wins with" in replay.stdout or "share the win" in replay.stdout

    export = debate("export", str(path), "--format", "csv")
    assert export.returncode == 0, export.stderr
    assert export.stdout.splitlines()[0].startswith("game,played_at,class,scenario")

    assert path.read_bytes() == before


def test_damaged_save_is_reported_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"kind": "debate-autosave",\n  oops}', encoding="utf-8")
    result = debate("replay", str(path))
    assert result.returncode == 1
    assert result.stderr == (
        f"debate: {path}:2:3: not a saved game (invalid JSON: Expecting property name "
        "enclosed in double quotes)\n"
    )
    assert path.exists()
