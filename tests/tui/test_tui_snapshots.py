"""SVG snapshots of every screen at 80x24 (and the debate screen at 120x40).

Deterministic by construction: the stable fixture scenario, fixed seeds, no
clock, no reveal delay, and no cursor blink (see conftest).  Update with
``pytest tests/tui --snapshot-update`` and look at the report before accepting.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot
from tui_driver import MINI, game_app, plan_for, play_step, play_to_debrief, settle

from debate.scenario.load import load
from debate.tui.app import DebateApp
from debate.tui.plan import make_plan

Snap = Callable[..., bool]
Before = Callable[[Pilot[Any]], Awaitable[None]]


def mini_app(hot_seat: bool = False) -> DebateApp:
    if hot_seat:
        return game_app(make_plan(load(MINI), role="strategist", seats="skeptic=human", seed=7))
    return game_app(plan_for(MINI, seed=7))


async def settled(pilot: Pilot[Any]) -> None:
    await settle(pilot)


def pressed(*keys: str) -> Before:
    """Settle, press the keys, settle again: the picture never catches a half-drawn footer."""

    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)

    return run


def steps(count: int) -> Before:
    async def run(pilot: Pilot[Any]) -> None:
        for _ in range(count):
            await settle(pilot)
            await play_step(pilot)
        await settle(pilot)

    return run


def push(factory: Callable[[], Any]) -> Before:
    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.app.push_screen(factory())
        await settle(pilot)

    return run


class TestScreens:
    def test_home(self, snap_compare: Snap) -> None:
        assert snap_compare(game_app(), run_before=settled)

    def test_briefing(self, snap_compare: Snap) -> None:
        from debate.tui.screens.briefing import BriefingScreen

        assert snap_compare(game_app(), run_before=push(lambda: BriefingScreen(load(MINI))))

    def test_setup(self, snap_compare: Snap) -> None:
        from debate.tui.screens.setup import SetupScreen

        assert snap_compare(
            game_app(), run_before=push(lambda: SetupScreen(load(MINI), seed=123456))
        )

    def test_source(self, snap_compare: Snap) -> None:
        from debate.tui.screens.source import SourceScreen

        loaded = load(MINI)
        quotes = [quote.text for quote in loaded.scenario.quotes]
        assert snap_compare(game_app(), run_before=push(lambda: SourceScreen(loaded, quotes)))

    def test_help(self, snap_compare: Snap) -> None:
        assert snap_compare(mini_app(), run_before=pressed("question_mark"))

    def test_quit(self, snap_compare: Snap) -> None:
        assert snap_compare(game_app(), run_before=pressed("q"))

    def test_too_small(self, snap_compare: Snap) -> None:
        assert snap_compare(mini_app(), terminal_size=(70, 20), run_before=settled)


class TestGame:
    def test_stance_step(self, snap_compare: Snap) -> None:
        assert snap_compare(mini_app(), run_before=settled)

    def test_opening_step(self, snap_compare: Snap) -> None:
        assert snap_compare(mini_app(), run_before=steps(1))

    def test_closing_step(self, snap_compare: Snap) -> None:
        assert snap_compare(mini_app(), run_before=steps(3))

    def test_opening_step_large(self, snap_compare: Snap) -> None:
        assert snap_compare(mini_app(), terminal_size=(120, 40), run_before=steps(2))

    def test_hand_over(self, snap_compare: Snap) -> None:
        assert snap_compare(mini_app(hot_seat=True), run_before=settled)

    def test_motion_result(self, snap_compare: Snap) -> None:
        assert snap_compare(mini_app(), run_before=steps(4))

    def test_debrief(self, snap_compare: Snap) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await play_to_debrief(pilot, words="We have to work hand-in-hand.")
            await settle(pilot)

        assert snap_compare(mini_app(), run_before=run)

    def test_debrief_source(self, snap_compare: Snap) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await play_to_debrief(pilot)
            await pilot.press("2")
            await settle(pilot)

        assert snap_compare(mini_app(), run_before=run)
