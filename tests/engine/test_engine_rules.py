"""Rules and errors of the engine, on the small fixture scenario."""

from __future__ import annotations

import pytest

from debate.ai import choose_move
from debate.engine import (
    Game,
    IllegalMoveError,
    InvalidMoveError,
    PassMove,
    PlayMove,
    Seat,
    SetupError,
    StanceMove,
    Step,
    WordsMove,
    move_from_json,
)
from debate.errors import DebateError
from debate.scenario.models import Scenario
from debate.scoring import scorecard

SEATS = [Seat("strategist"), Seat("skeptic")]


def new(mini: Scenario, seed: int = 1) -> Game:
    return Game.new(mini, SEATS, seed)


def test_new_game_waits_for_every_stance(mini: Scenario) -> None:
    game = new(mini)
    assert game.phase.step is Step.STANCE and game.phase.motion == "alliance"
    assert game.waiting_for() == (0, 1)
    assert set(game.legal_moves(0)) == {StanceMove(0, "support"), StanceMove(0, "oppose")}
    assert game.outcome() is None


@pytest.mark.parametrize(
    ("seats", "message"),
    [
        ([Seat("strategist")], "2 to 6 seats"),
        ([Seat("strategist"), Seat("strategist")], "different role"),
        ([Seat("strategist"), Seat("nobody")], "unknown role `nobody`; roles: strategist, skeptic"),
    ],
)
def test_bad_setups_are_refused(mini: Scenario, seats: list[Seat], message: str) -> None:
    with pytest.raises(SetupError, match=message):
        Game.new(mini, seats, 1)


def test_choices_stay_hidden_until_all_have_chosen(mini: Scenario) -> None:
    game = new(mini).apply(StanceMove(0, "support"))
    assert game.waiting_for() == (1,)
    assert game.pending(0) == StanceMove(0, "support")
    assert game.stance(0, "alliance") is None
    assert not game.legal_moves(0)
    game = game.apply(StanceMove(1, "oppose"))
    assert game.stance(0, "alliance") == "support"
    assert game.phase.step is Step.OPENING
    assert game.hand(0) == ("counterweight", "shared-values")
    assert game.hand(1) == ("autonomy",)


def test_malformed_moves_are_invalid(mini: Scenario) -> None:
    game = new(mini)
    with pytest.raises(InvalidMoveError, match="stances: support, oppose"):
        game.apply(StanceMove(0, "maybe"))
    with pytest.raises(InvalidMoveError, match="no seat 5"):
        game.apply(StanceMove(5, "support"))
    with pytest.raises(InvalidMoveError, match="not a move"):
        game.apply("support")  # type: ignore[arg-type]
    with pytest.raises(InvalidMoveError):
        move_from_json({"type": "fly", "seat": 0})


def test_moves_against_the_rules_are_illegal(mini: Scenario) -> None:
    game = new(mini)
    with pytest.raises(IllegalMoveError, match="stance step"):
        game.apply(PassMove(0))
    game = game.apply(StanceMove(0, "support"))
    with pytest.raises(IllegalMoveError, match="already chosen"):
        game.apply(StanceMove(0, "oppose"))
    game = game.apply(StanceMove(1, "oppose"))
    with pytest.raises(IllegalMoveError, match="not in seat 1's hand"):
        game.apply(PlayMove(1, "counterweight"))
    with pytest.raises(IllegalMoveError, match="closing"):
        game.apply(WordsMove(0, None, "Too early."))
    # Opening: the skeptic holds `autonomy`, which rebuts `counterweight`.
    game = game.apply(PassMove(0)).apply(PassMove(1))
    assert PlayMove(1, "autonomy") not in game.legal_moves(1)
    with pytest.raises(IllegalMoveError, match="rebuts nothing revealed"):
        game.apply(PlayMove(1, "autonomy"))
    assert isinstance(IllegalMoveError("x"), ValueError | DebateError)


def test_rebuttal_answers_only_earlier_cards(mini: Scenario) -> None:
    game = new(mini)
    for move in (StanceMove(0, "support"), StanceMove(1, "oppose")):
        game = game.apply(move)
    game = game.apply(PlayMove(0, "counterweight")).apply(PassMove(1))
    assert PlayMove(1, "autonomy") in game.legal_moves(1)
    game = game.apply(PassMove(0)).apply(PlayMove(1, "autonomy"))
    board = game.board("alliance")
    assert board.attacks == (("autonomy", "counterweight"),)
    assert board.standing == frozenset({"autonomy"})
    # A closing card cannot be answered: the strategist's reply stands but does not
    # reinstate `counterweight` (shared-values does not rebut autonomy).
    game = game.apply(PlayMove(0, "shared-values")).apply(PassMove(1))
    assert game.board("alliance").standing == frozenset({"autonomy", "shared-values"})
    assert game.phase.motion == "missiles" and game.phase.step is Step.STANCE


def test_own_words_are_checked(mini: Scenario) -> None:
    game = new(mini)
    for move in (
        StanceMove(0, "support"),
        StanceMove(1, "oppose"),
        PassMove(0),
        PassMove(1),
        PassMove(0),
        PassMove(1),
    ):
        game = game.apply(move)
    assert game.step is Step.CLOSING
    assert WordsMove(0, None, "One sentence.") in game.legal_moves(0)
    with pytest.raises(InvalidMoveError, match="empty"):
        game.apply(WordsMove(0, None, "   "))
    with pytest.raises(InvalidMoveError, match="limit is 280"):
        game.apply(WordsMove(0, None, "x" * 281))
    with pytest.raises(InvalidMoveError, match="one line"):
        game.apply(WordsMove(0, None, "one\ntwo"))


def test_worked_example_of_the_rules(mini: Scenario) -> None:
    """The example in docs/rules.md, on the missiles motion."""
    game = new(mini, seed=3)
    for move in (StanceMove(0, "support"), StanceMove(1, "support")):
        game = game.apply(move)
    for _ in range(3):
        game = game.apply(PassMove(0)).apply(PassMove(1))
    game = game.apply(StanceMove(0, "support")).apply(StanceMove(1, "oppose"))
    assert set(game.hand(0)) == {"naked", "deterrence-first"}
    game = game.apply(PlayMove(0, "deterrence-first")).apply(PlayMove(1, "too-costly"))
    game = game.apply(PlayMove(0, "naked")).apply(PassMove(1))
    game = game.apply(PassMove(0)).apply(PassMove(1))
    outcome = game.outcome()
    assert outcome is not None
    assert outcome.motions[1].decided == "support"
    card = scorecard(game, 0)
    missiles = {line.argument: line.points for line in card.lines if line.motion == "missiles"}
    assert missiles["naked"] == 18 and missiles["deterrence-first"] == 12
    reasons = [line.reason for line in card.lines if line.motion == "missiles"]
    assert any("The public voted Support" in r for r in reasons)
    skeptic = scorecard(game, 1)
    assert any("objective missed" in line.reason for line in skeptic.lines)
    assert any("`too-costly` fell, defeated by `naked`" in line.reason for line in skeptic.lines)
    assert card.share("missiles") == pytest.approx(card.motions[1].score / card.best("missiles"))


def test_contradiction_costs_points(mini: Scenario) -> None:
    """`too-costly` contradicts `naked`: one seat playing both loses points (scored directly)."""
    from debate.scoring.points import motion_parts
    from debate.scoring.tables import CONTRADICTION, tables_for

    tables = tables_for(mini)
    naked, costly = tables.arg_index["naked"], tables.arg_index["too-costly"]
    plays = [(0, costly, 1)]
    parts = motion_parts(tables, 1, (0, 1), (1, 0), plays, [[naked], []])
    assert ("contradiction", -CONTRADICTION) in [(p.kind, p.points) for p in parts[0]]


def test_ai_moves_are_legal_and_deterministic(mini: Scenario) -> None:
    for level in ("easy", "normal", "hard"):
        game = Game.new(mini, [Seat("strategist", "hard"), Seat("skeptic", level)], 11)
        while game.outcome() is None:
            for seat in game.waiting_for():
                move = choose_move(game, seat, game.seats[seat].controller, 5)
                assert move == choose_move(game, seat, game.seats[seat].controller, 5)
                assert move in game.legal_moves(seat)
                game = game.apply(move)
    with pytest.raises(SetupError, match="easy, normal, hard"):
        choose_move(new(mini), 0, "genius", 1)


def test_argued_most_like_names_a_speaker(mini: Scenario) -> None:
    game = new(mini)
    while game.outcome() is None:
        for seat in game.waiting_for():
            game = game.apply(choose_move(game, seat, "normal", 1))
    liked = scorecard(game, 0).argued_most_like
    assert liked is not None and liked[0] in {"Kanehara Nobukatsu", "The Japanese government"}
