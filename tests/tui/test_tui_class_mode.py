"""Class mode: named players, a class label, the finished game in the history, an export."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_driver import game_app, play_to_debrief

from debate.errors import UsageError
from debate.scenario.load import load
from debate.store.history import games, report_of
from debate.tui.plan import make_plan
from debate.tui.screens.debrief import DebriefScreen


def test_names_go_to_the_human_seats_in_order() -> None:
    loaded = load("enemy-base-strike")
    plan = make_plan(
        loaded,
        role="komeito",
        seats="ldp-hawk=human,cabinet-chair=ai:easy,strategist=off",
        seed=1,
        class_label=" 7B ",
        names="Aiko, Ben",
    )
    seats = plan.engine_seats()
    assert [(s.role, s.name) for s in seats] == [
        ("komeito", "Aiko"),
        ("ldp-hawk", "Ben"),
        ("cabinet-chair", "Cabinet chair"),
    ]
    assert plan.class_label == "7B"


def test_more_names_than_human_seats_is_refused() -> None:
    with pytest.raises(UsageError, match="2 names for 1 human seat"):
        make_plan(load("tutorial"), names="Aiko,Ben", seed=1)


async def test_class_game_is_recorded_and_exported(data_dir: Path) -> None:
    loaded = load("tutorial")
    first, second = (role.id for role in loaded.scenario.roles[:2])
    plan = make_plan(
        loaded, role=first, seats=f"{second}=human", seed=3, class_label="7B", names="Aiko,Ben"
    )
    app = game_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await play_to_debrief(pilot)
        assert isinstance(app.screen, DebriefScreen)
        recorded = games(class_label="7B")
        assert len(recorded) == 1
        report = report_of(recorded[0].id)
        assert [seat["player"] for seat in report["seats"]] == ["Aiko", "Ben"]
        await pilot.press("e")
        await pilot.pause()
    exports = list((data_dir / "exports").glob("tutorial-seed3-*.md"))
    assert len(exports) == 1
    text = exports[0].read_text(encoding="utf-8")
    assert "Aiko" in text and "Ben" in text
