"""A motion's result is available as soon as it closes, and agrees with the final outcome."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests_engine_support import random_game

from debate.engine import Game, InvalidMoveError, Seat
from debate.scenario.models import Scenario


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_motion_results_match_the_outcome(mini: Scenario, seed: int) -> None:
    game = random_game(mini, seed)
    outcome = game.outcome()
    assert outcome is not None
    assert tuple(game.motion_result(m.id) for m in mini.motions) == outcome.motions


def test_result_appears_when_the_motion_closes(mini: Scenario) -> None:
    game = Game.new(mini, [Seat("strategist"), Seat("skeptic")], 3)
    first, second = (m.id for m in mini.motions)
    assert game.motion_result(first) is None
    while game.phase.motion == first:
        for seat in game.waiting_for():
            game = game.apply(next(iter(game.legal_moves(seat))))
    result = game.motion_result(first)
    assert result is not None
    assert result.motion == first
    assert game.motion_result(second) is None


def test_unknown_motion_is_refused(mini: Scenario) -> None:
    game = Game.new(mini, [Seat("strategist"), Seat("skeptic")], 3)
    with pytest.raises(InvalidMoveError, match="unknown motion"):
        game.motion_result("nope")
