"""`debate sim` and `debate replay` as a user runs them, in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from debate_cli import run_debate as debate
from tests_engine_support import MINI, random_game

from debate.engine.save import dumps
from debate.scenario.models import Scenario


def test_sim_reports_win_rates_as_json() -> None:
    done = debate(
        "sim", str(MINI), "--games", "30", "--seats", "strategist=ai:hard,skeptic=ai:easy", "--json"
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["games"] == 30
    assert [r["role"] for r in report["roles"]] == ["strategist", "skeptic"]
    assert set(report["motions"]) == {"alliance", "missiles"}
    text = debate(
        "sim", str(MINI), "--games", "5", "--seats", "strategist=ai:normal,skeptic=ai:normal"
    )
    assert "mean score" in text.stdout and "alliance:" in text.stdout


def test_sim_bad_input_is_one_line_and_status_2() -> None:
    for seats, expected in (
        ("strategist=ai:hard", "2 to 6 seats"),
        ("strategist=hard,skeptic=ai:easy", "ROLE=ai:LEVEL"),
        ("strategist=ai:hard,nobody=ai:easy", "roles: strategist, skeptic"),
        ("strategist=ai:genius,skeptic=ai:easy", "levels: easy, normal, hard"),
    ):
        done = debate("sim", str(MINI), "--games", "2", "--seats", seats)
        assert done.returncode == 2, done.stderr
        assert expected in done.stderr and "Traceback" not in done.stderr
    done = debate("sim", "no-such-scenario", "--seats", "a=ai:easy,b=ai:easy")
    assert done.returncode == 2 and "unknown scenario" in done.stderr


def test_replay_prints_transcript_and_scorecards(mini: Scenario, tmp_path: Path) -> None:
    game = random_game(mini, 4)
    save = tmp_path / "game.json"
    save.write_text(dumps(game), encoding="utf-8")
    done = debate("replay", str(save))
    assert done.returncode == 0, done.stderr
    assert "Motion 1:" in done.stdout and "total" in done.stdout
    outcome = game.outcome()
    assert outcome is not None
    assert f"total {outcome.totals[0]}" in done.stdout


def test_replay_refuses_corrupt_saves(mini: Scenario, tmp_path: Path) -> None:
    save = tmp_path / "bad.json"
    for text, expected in (
        ("{not json", "invalid JSON"),
        ('{"format": "debate-save", "version": 99}', "unsupported save version 99"),
        (dumps(random_game(mini, 1)).replace('"seed": 1', '"seed": "x"'), "seed"),
    ):
        save.write_text(text, encoding="utf-8")
        done = debate("replay", str(save))
        assert done.returncode == 1 and expected in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    done = debate("replay", str(tmp_path / "missing.json"))
    assert done.returncode == 1 and "cannot read" in done.stderr
