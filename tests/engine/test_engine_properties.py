"""Property tests: random play never breaks the engine, and every derived figure is exact."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests_engine_support import random_game

from debate.engine import Game
from debate.engine.save import dumps, loads
from debate.scenario.models import Scenario
from debate.scoring import grounded, scorecard

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(seed=st.integers(0, 2**32))
def test_random_play_replays_exactly(mini: Scenario, seed: int) -> None:
    game = random_game(mini, seed)
    again = Game.replay(mini, game.seats, game.seed, game.moves)
    assert again == game
    assert again.outcome() == game.outcome()
    assert again.transcript() == game.transcript()
    assert [scorecard(again, s) for s in range(2)] == [scorecard(game, s) for s in range(2)]


@SETTINGS
@given(seed=st.integers(0, 2**32))
def test_save_round_trip(mini: Scenario, seed: int) -> None:
    game = random_game(mini, seed)
    assert loads(dumps(game), mini) == game
    loaded = loads(dumps(game))
    assert loaded == game and loaded.outcome() == game.outcome()


@SETTINGS
@given(seed=st.integers(0, 2**32))
def test_lines_sum_to_the_totals(mini: Scenario, seed: int) -> None:
    game = random_game(mini, seed)
    outcome = game.outcome()
    assert outcome is not None
    for seat, total in enumerate(outcome.totals):
        card = scorecard(game, seat)
        assert card.total == sum(line.points for line in card.lines) == total
        for share in card.motions:
            assert share.score <= share.best
            assert 0.0 <= share.share <= 1.0


def brute_grounded(attackers: list[int]) -> int:
    """The grounded extension as the least complete extension, by enumeration."""
    n = len(attackers)

    def defended(ext: int, i: int) -> bool:
        return all(
            any(ext >> k & 1 and attackers[j] >> k & 1 for k in range(n))
            for j in range(n)
            if attackers[i] >> j & 1
        )

    def conflict_free(ext: int) -> bool:
        return not any(ext >> i & 1 and attackers[i] & ext for i in range(n))

    complete = [
        ext
        for ext in range(1 << n)
        if conflict_free(ext) and all((ext >> i & 1) == defended(ext, i) for i in range(n))
    ]
    least = [e for e in complete if all(e & other == e for other in complete)]
    assert len(least) == 1
    return least[0]


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 7).flatmap(
        lambda n: st.lists(st.integers(0, (1 << n) - 1), min_size=n, max_size=n)
    )
)
def test_grounded_equals_brute_force(attackers: list[int]) -> None:
    assert grounded(attackers) == brute_grounded(attackers)


def test_four_seats_on_the_flagship_play_through() -> None:
    from debate.errors import UsageError
    from debate.scenario.load import load_scenario

    try:
        flagship = load_scenario("enemy-base-strike")
    except UsageError:
        pytest.skip("the flagship scenario is not installed")
    for seed in range(10):
        game = random_game(flagship, seed, seats=len(flagship.roles))
        assert loads(dumps(game), flagship) == game
