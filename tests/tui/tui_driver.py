"""Shared helpers of the TUI tests: plans, and a driver that plays like a person."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from debate.engine import PlayMove, Step
from debate.scenario.load import LoadedScenario, load
from debate.tui.app import DebateApp
from debate.tui.plan import GamePlan, make_plan

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MINI = FIXTURES / "mini.yaml"
BUNDLED = ("enemy-base-strike", "aegis-ashore", "tutorial")


def plan_for(name: str | Path, seed: int = 7, others: str = "ai:easy") -> GamePlan:
    """The first role as the human, every other role at ``others``."""
    loaded: LoadedScenario = load(name)
    roles = [role.id for role in loaded.scenario.roles]
    seats = ",".join(f"{role}={others}" for role in roles[1:6])
    seats += "".join(f",{role}=off" for role in roles[6:])
    return make_plan(loaded, role=roles[0], seats=seats, seed=seed)


def game_app(plan: GamePlan | None = None) -> DebateApp:
    return DebateApp(plan, reveal_delay=0)


async def settle(pilot: Pilot[int]) -> None:
    """Let workers (scenario loading, the computer's moves) finish and the screen update."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def play_step(pilot: Pilot[int], words: str = "") -> None:
    """Make the human viewer's move on the game screen the way a player would."""
    from debate.tui.screens.game import GameScreen

    screen = pilot.app.screen
    assert isinstance(screen, GameScreen)
    game, seat = screen.game, screen.viewer
    if seat is None or seat not in game.waiting_for():
        return
    step = game.phase.step
    if step is Step.STANCE:
        await pilot.press("1")
        return
    if step is Step.CLOSING and words:
        screen.query_one("#words", Input).focus()
        await pilot.press(*words, "enter")  # enter leaves the box for the hand
    legal = {m.argument for m in game.legal_moves(seat) if isinstance(m, PlayMove)}
    hand = game.hand(seat)
    playable = [i for i, card in enumerate(hand, 1) if card in legal]
    if playable and playable[0] <= 9:
        await pilot.press(str(playable[0]))
    else:
        await pilot.press("p")


async def play_to_debrief(pilot: Pilot[int], words: str = "", limit: int = 400) -> list[str]:
    """Drive the app until the debrief; returns the names of the screens passed through."""
    from debate.tui.screens.debrief import DebriefScreen
    from debate.tui.screens.game import GameScreen
    from debate.tui.screens.handover import HandoverScreen
    from debate.tui.screens.result import MotionResultScreen

    seen: list[str] = []
    for _ in range(limit):
        await settle(pilot)
        screen = pilot.app.screen
        name = type(screen).__name__
        if not seen or seen[-1] != name:
            seen.append(name)
        if isinstance(screen, DebriefScreen):
            return seen
        if isinstance(screen, HandoverScreen | MotionResultScreen):
            await pilot.press("enter")
        elif isinstance(screen, GameScreen):
            await play_step(pilot, words)
        else:
            raise AssertionError(f"unexpected screen {name}")
    raise AssertionError(f"no debrief after {limit} steps; screens: {seen[-10:]}")
