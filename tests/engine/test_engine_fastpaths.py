"""The engine's fast paths give exactly what the plain definitions give."""

from __future__ import annotations

from tests_engine_support import random_game

from debate.ai.heuristics import _compute_card_values, card_values
from debate.engine.deal import deal, mix
from debate.scenario.models import Scenario
from debate.scoring.points import evaluate, motion_parts, motion_scores
from debate.scoring.tables import HAND_SIZE, ScenarioTables
from debate.scoring.tally import totals


def _plain_deal(
    tables: ScenarioTables, motion: int, seed: int, stances: tuple[int, ...]
) -> tuple[tuple[int, ...], ...]:
    hands: list[tuple[int, ...]] = [()] * len(stances)
    for stance, pool in enumerate(tables.motions[motion].pools):
        sharing = [seat for seat, s in enumerate(stances) if s == stance]
        shuffled = sorted(pool, key=lambda arg: mix(seed, motion, arg))
        for k, seat in enumerate(sharing):
            hands[seat] = tuple(sorted(shuffled[k :: len(sharing)][:HAND_SIZE]))
    return tuple(hands)


def test_outcome_and_scores_match_the_parts(mini: Scenario) -> None:
    for seed in range(60):
        game = random_game(mini, seed, seats=2 + seed % 2)
        outcome = game.outcome()
        assert outcome is not None
        record = game.record()
        assert outcome.totals == totals(record)
        for m in range(record.finished):
            board = record.boards[m]
            earlier = record.earlier(m)
            parts = motion_parts(record.tables, m, record.roles, record.stances[m], board, earlier)
            expected = [sum(p.points for p in seat_parts) for seat_parts in parts]
            scores = motion_scores(
                record.tables, m, record.roles, record.stances[m], board, earlier
            )
            assert scores == expected
            assert evaluate(record.tables, m, list(board)) == evaluate(record.tables, m, board)


def test_deal_matches_the_plain_shuffle(mini: Scenario) -> None:
    tables = random_game(mini, 0).tables
    for seed in (-3, 0, 7, 2**70):
        for motion, info in enumerate(tables.motions):
            n = len(info.stances)
            for stances in ((0, 0), (0, 1), (1, 1, 0), (0, 0, 0), tuple(range(n))):
                stances = tuple(s % n for s in stances)
                assert deal(tables, motion, seed, stances) == _plain_deal(
                    tables, motion, seed, stances
                )


def test_memoised_card_values_match(mini: Scenario) -> None:
    for seed in range(20):
        game = random_game(mini, seed)
        tables = game.tables
        mine = [a for m in range(game.motion_index) for _, a, _ in game.plays(m)]
        for m in range(game.motion_index):
            board = game.plays(m)
            pool = [a for p in tables.motions[m].pools for a in p]
            for step in (1, 2, 3):
                for role in range(len(tables.roles)):
                    expected = _compute_card_values(tables, role, step, pool, board, mine)
                    assert card_values(tables, role, step, pool, board, mine) == expected
