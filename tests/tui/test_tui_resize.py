"""Shrinking the terminal mid-game covers it with a message; growing it back loses nothing."""

from __future__ import annotations

from tui_driver import game_app, plan_for, settle

from debate.tui.screens.game import GameScreen
from debate.tui.widgets.size_guard import SizeGuard


async def test_resize_below_minimum_and_back_keeps_the_game() -> None:
    app = game_app(plan_for("tutorial", seed=5))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, GameScreen)
        await pilot.press("1")  # take a stance
        await settle(pilot)
        before = screen.game
        guard = screen.query_one(SizeGuard)
        assert not guard.display

        await pilot.resize_terminal(70, 20)
        await settle(pilot)
        assert guard.display
        assert "70×20" in str(guard.render())
        await pilot.press("p")  # keys are held back while the window is too small
        await settle(pilot)
        assert screen.game == before

        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert not guard.display
        assert app.screen is screen
        assert screen.game == before
