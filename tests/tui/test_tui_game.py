"""Whole games played through the UI, as a player would: keys only, at 80x24."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tui_driver import BUNDLED, game_app, plan_for, play_to_debrief

from debate.scenario.load import load
from debate.tui.plan import make_plan
from debate.tui.screens.debrief import DebriefScreen
from debate.tui.screens.game import GameScreen


@pytest.mark.parametrize("scenario", BUNDLED)
async def test_full_game_against_the_computer(scenario: str, data_dir: Path) -> None:
    plan = plan_for(scenario)
    app = game_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        seen = await play_to_debrief(pilot, words="Japan must be able to defend itself.")
        assert "MotionResultScreen" in seen
        screen = app.screen
        assert isinstance(screen, DebriefScreen)
        outcome = screen.game.outcome()
        assert outcome is not None
        motions = len(plan.scenario.motions)
        seats = len(screen.game.seats)
        assert len(screen.game.moves) == 4 * motions * seats
        saved = json.loads((data_dir / "saves" / f"{plan.scenario.id}.json").read_text())
        assert saved["finished"] is True


async def test_hot_seat_game_hides_each_hand(data_dir: Path) -> None:
    loaded = load("tutorial")
    first, second = (role.id for role in loaded.scenario.roles[:2])
    plan = make_plan(loaded, role=first, seats=f"{second}=human", seed=3)
    app = game_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        seen = await play_to_debrief(pilot)
        assert "HandoverScreen" in seen
        assert isinstance(app.screen, DebriefScreen)
        game = app.screen.game
        assert all(seat.controller == "human" for seat in game.seats)
        assert game.outcome() is not None


async def test_hand_over_screen_covers_the_hand(data_dir: Path) -> None:
    loaded = load("tutorial")
    first, second = (role.id for role in loaded.scenario.roles[:2])
    app = game_app(make_plan(loaded, role=first, seats=f"{second}=human", seed=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "HandoverScreen"
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GameScreen) and screen.viewer == 0
        await pilot.press("1")  # seat 0 takes a stance: the keyboard passes to seat 1
        await pilot.pause()
        assert type(app.screen).__name__ == "HandoverScreen"
        assert screen.viewer is None
