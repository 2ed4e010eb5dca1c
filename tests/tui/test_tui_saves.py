"""Autosave, resume and bad saves: a game is never lost and a bad file is never deleted."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import OptionList
from tui_driver import MINI, game_app, plan_for, play_step, settle

from debate.atomic import write_atomic
from debate.engine import Game
from debate.store.saves import SaveStore
from debate.tui.screens.game import GameScreen
from debate.tui.screens.home import HomeScreen


async def test_a_save_written_mid_game_resumes_to_the_same_screen_and_state(
    data_dir: Path,
) -> None:
    plan = plan_for(MINI, seed=11)
    app = game_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(2):  # stance, then one card
            await settle(pilot)
            await play_step(pilot)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, GameScreen)
        before: Game = screen.game
        assert before.moves
    assert (data_dir / "saves" / "mini.json").is_file()

    resumed = game_app()
    async with resumed.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = resumed.screen
        assert isinstance(home, HomeScreen)
        choices = home.query_one("#choices", OptionList)
        first = choices.get_option_at_index(0)
        assert first.id is not None and first.id.startswith("save:")
        await pilot.press("enter")
        await settle(pilot)
        screen = resumed.screen
        assert isinstance(screen, GameScreen)
        assert screen.game == before
        assert screen.game.phase == before.phase
        assert screen.game.hand(0) == before.hand(0)


async def test_a_corrupt_save_is_reported_and_kept(data_dir: Path) -> None:
    folder = data_dir / "saves"
    write_atomic(folder / "broken.json", "{ not json")
    app = game_app()
    messages: list[str] = []
    app.notify = lambda message, **_: messages.append(str(message))  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
    assert not (folder / "broken.json").exists()
    kept = list(folder.glob("broken.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text() == "{ not json"
    assert len(messages) == 1 and "broken.json" in messages[0] and "kept as" in messages[0]


async def test_a_save_whose_game_cannot_be_rebuilt_is_set_aside_on_resume(
    data_dir: Path,
) -> None:
    plan = plan_for(MINI, seed=5)
    from debate.engine import Game as EngineGame

    game = EngineGame.new(plan.scenario, plan.engine_seats(), plan.seed)
    path = SaveStore().write(game, plan.loaded, "Motion 1 of 2 · Stance")
    envelope = json.loads(path.read_text())
    envelope["game"] = envelope["game"].replace('"moves": []', '"moves": [{"type": "nonsense"}]')
    path.write_text(json.dumps(envelope))
    app = game_app()
    messages: list[str] = []
    app.notify = lambda message, **_: messages.append(str(message))  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert messages and "kept as" in messages[0]
    assert list(path.parent.glob("mini.json.corrupt-*"))


def test_an_old_format_save_is_reported_and_kept(data_dir: Path) -> None:
    folder = data_dir / "saves"
    write_atomic(folder / "old.json", json.dumps({"kind": "debate-autosave", "version": 0}))
    saves, problems = SaveStore().scan()
    assert saves == []
    assert len(problems) == 1 and "format 0" in problems[0]
    assert list(folder.glob("old.json.corrupt-*"))


def test_atomic_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "saves" / "x.json"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["x.json"]
