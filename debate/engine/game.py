"""The game: an immutable value from which every move makes the next one.

A game is ``(scenario, seats, seed, moves)``; everything else it holds is
derived state, kept so that each move costs a few tuple operations instead of
a replay.  Equality and hashing look only at those four, so two games reached
by the same moves are equal, however they were built.

Rules in brief (``docs/rules.md`` for players): per motion, every seat takes a
stance; hands are dealt from the cards of that stance; then in the opening,
rebuttal and closing steps every seat plays one card or passes, all choices
revealed together.  A rebuttal-step card must rebut a card already revealed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from debate.engine.deal import deal
from debate.engine.errors import IllegalMoveError, InvalidMoveError, SetupError
from debate.engine.legal import LegalMoves
from debate.engine.moves import (
    Move,
    PassMove,
    PlayMove,
    StanceMove,
    Step,
    WordsMove,
    check_words,
)
from debate.engine.outcome import MotionResult, Outcome
from debate.engine.seats import CONTROLLERS, MAX_SEATS, MIN_SEATS, Seat
from debate.engine.view import Board, Event, Phase, Played
from debate.scenario.models import Scenario
from debate.scoring.grounded import grounded
from debate.scoring.points import (
    MotionEval,
    Play,
    attackers_of,
    contradicting_cards,
    evaluate,
    motion_scores,
)
from debate.scoring.record import Record
from debate.scoring.tables import MEMO_SIZE, ScenarioTables, memo_for, tables_for
from debate.scoring.words import echo

_MOVE_TYPES = (StanceMove, PlayMove, PassMove, WordsMove)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Game:
    """A debate in progress or finished.  Build with :meth:`new` or :meth:`replay`."""

    scenario: Scenario
    seats: tuple[Seat, ...]
    seed: int
    moves: tuple[Move, ...]
    _tables: ScenarioTables = field(compare=False)
    _roles: tuple[int, ...]
    _motion: int
    _step: Step
    _stances: tuple[tuple[int, ...], ...]
    _boards: tuple[tuple[Play, ...], ...]
    _hands: tuple[tuple[int, ...], ...]
    _pending: tuple[Move | None, ...]
    _words: tuple[tuple[int, int, str], ...]

    # ------------------------------------------------------------------ building

    @classmethod
    def new(cls, scenario: Scenario, seats: Sequence[Seat], seed: int) -> Game:
        """A game at its first stance step.

        :raises SetupError: fewer than 2 or more than 6 seats, an unknown or
            repeated role, an unknown controller, or a seed that is not an integer.
        """
        seats = tuple(seats)
        if not MIN_SEATS <= len(seats) <= MAX_SEATS:
            raise SetupError(f"a game needs {MIN_SEATS} to {MAX_SEATS} seats, not {len(seats)}")
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise SetupError(f"the seed must be an integer, not {seed!r}")
        tables = tables_for(scenario)
        roles: list[int] = []
        for seat in seats:
            if not isinstance(seat, Seat):
                raise SetupError(f"a seat must be a Seat, not {seat!r}")
            if seat.role not in tables.role_index:
                known = ", ".join(tables.role_index)
                raise SetupError(f"unknown role `{seat.role}`; roles: {known}")
            if seat.controller not in CONTROLLERS:
                raise SetupError(
                    f"unknown controller `{seat.controller}`; one of {', '.join(CONTROLLERS)}"
                )
            roles.append(tables.role_index[seat.role])
        if len(set(roles)) != len(roles):
            raise SetupError("each seat needs a different role")
        n = len(seats)
        return cls(
            scenario,
            seats,
            seed,
            (),
            tables,
            tuple(roles),
            0,
            Step.STANCE,
            (),
            (),
            ((),) * n,
            _NONE[n],
            (),
        )

    @classmethod
    def replay(
        cls, scenario: Scenario, seats: Sequence[Seat], seed: int, moves: Iterable[Move]
    ) -> Game:
        """The game reached by applying ``moves`` in order to a new game.

        :raises InvalidMoveError, IllegalMoveError: a move cannot be applied.
        """
        game = cls.new(scenario, seats, seed)
        for move in moves:
            game = game.apply(move)
        return game

    # ------------------------------------------------------------------ identity

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Game):
            return NotImplemented
        return (
            self.seed == other.seed
            and self.moves == other.moves
            and self.seats == other.seats
            and (self.scenario is other.scenario or self.scenario == other.scenario)
        )

    def __hash__(self) -> int:
        return hash((self.scenario.id, self.seats, self.seed, self.moves))

    def __repr__(self) -> str:
        return (
            f"<Game {self.scenario.id} seed={self.seed} seats={len(self.seats)} "
            f"moves={len(self.moves)}>"
        )

    # ------------------------------------------------------------------ state

    @property
    def tables(self) -> ScenarioTables:
        """The scenario's precomputed tables (shared, read-only)."""
        return self._tables

    @property
    def phase(self) -> Phase:
        """The current motion and step; meaningless once :meth:`outcome` is not ``None``."""
        motions = self._tables.motions
        index = min(self._motion, len(motions) - 1)
        return Phase(index, motions[index].id, self._step)

    @property
    def step(self) -> Step:
        """The current step (cheaper than ``phase.step``)."""
        return self._step

    def is_waiting(self, seat: int) -> bool:
        """True when ``seat`` has yet to choose in this step of an unfinished game."""
        return not self.is_over and self._pending[seat] is None

    @property
    def is_over(self) -> bool:
        """True once the closing step of the last motion is revealed."""
        return self._motion >= len(self._tables.motions)

    def waiting_for(self) -> tuple[int, ...]:
        """Seats that have not yet chosen in this step (none once the game is over)."""
        if self._motion >= len(self._tables.motions):
            return ()
        pending = self._pending
        if pending is _NONE[len(pending)]:
            return _SEATS[len(pending)]
        return tuple([i for i, p in enumerate(pending) if p is None])

    def pending(self, seat: int) -> Move | None:
        """The move ``seat`` chose in this step and nobody else has seen yet."""
        self._check_seat(seat)
        return self._pending[seat]

    def hand(self, seat: int) -> tuple[str, ...]:
        """Argument ids ``seat`` can still play on the current motion."""
        self._check_seat(seat)
        args = self._tables.args
        return tuple(args[a].id for a in self._hands[seat])

    def stance(self, seat: int, motion: str) -> str | None:
        """The stance ``seat`` took on ``motion``, or ``None`` before it is revealed."""
        self._check_seat(seat)
        m = self._motion_index(motion)
        if m >= len(self._stances):
            return None
        return self._tables.motions[m].stances[self._stances[m][seat]]

    def seat_name(self, seat: int) -> str:
        """The seat's display name: its own name, else its role's name."""
        self._check_seat(seat)
        chosen = self.seats[seat]
        return chosen.name or self._tables.roles[self._roles[seat]].name

    def record(self) -> Record:
        """The facts scoring reads (see :mod:`debate.scoring.record`)."""
        finished = self._motion
        return Record(
            self._tables, self.seed, self._roles, self._stances, self._boards, self._words, finished
        )

    def plays(self, motion: int) -> tuple[Play, ...]:
        """Revealed ``(seat, argument index, step)`` on a motion index; empty before it starts."""
        return self._boards[motion] if motion < len(self._boards) else ()

    def hand_indexes(self, seat: int) -> tuple[int, ...]:
        """``seat``'s hand as argument indexes (for the AI)."""
        return self._hands[seat]

    def stance_indexes(self, motion: int) -> tuple[int, ...] | None:
        """Every seat's stance index on a motion index, once revealed."""
        return self._stances[motion] if motion < len(self._stances) else None

    @property
    def motion_index(self) -> int:
        """Index of the current motion (equals the number of motions once over)."""
        return self._motion

    @property
    def role_indexes(self) -> tuple[int, ...]:
        """Each seat's role index in the tables."""
        return self._roles

    # ------------------------------------------------------------------ views

    def board(self, motion: str) -> Board:
        """The revealed cards of ``motion``, what stands, and the attacks among them."""
        plays = self.plays(self._motion_index(motion))
        args = self._tables.args
        attackers = attackers_of(self._tables, plays)
        standing = grounded(attackers)
        attacks = tuple(
            (args[plays[j][1]].id, args[plays[i][1]].id)
            for i, mask in enumerate(attackers)
            for j in range(len(plays))
            if mask >> j & 1
        )
        return Board(
            tuple(Played(seat, args[arg].id, Step(step)) for seat, arg, step in plays),
            frozenset(args[plays[i][1]].id for i in range(len(plays)) if standing >> i & 1),
            attacks,
        )

    def leanings(self, motion: str) -> dict[str, dict[str, float]]:
        """Each bloc's current support per stance on ``motion`` (head start plus standing cards)."""
        m = self._motion_index(motion)
        result = evaluate(self._tables, m, self.plays(m))
        stances = self._tables.motions[m].stances
        return {
            bloc.id: dict(zip(stances, row, strict=True))
            for bloc, row in zip(self._tables.blocs, result.support, strict=True)
        }

    def transcript(self) -> tuple[Event, ...]:
        """What happened, in order, as sentences; the same moves give the same transcript."""
        from debate.engine.transcript import transcript

        return transcript(self)

    def outcome(self) -> Outcome | None:
        """The end of the game, or ``None`` while motions remain."""
        tables = self._tables
        if self._motion < len(tables.motions):
            return None
        # The totals are the sums of :func:`debate.scoring.tally.tally`'s parts,
        # computed without building the parts (``motion_scores`` sums the same),
        # and memoised per motion: simulated games end on the same few boards.
        # Only earlier cards that contradict some card can cost points.
        roles = self._roles
        totals = [0] * len(roles)
        earlier: list[list[int]] = [[] for _ in roles]
        results: list[MotionResult] = []
        memo = memo_for(tables, "motion_outcome")
        contradicting = contradicting_cards(tables)
        for m, board in enumerate(self._boards):
            stances = self._stances[m]
            key = (m, roles, stances, board, tuple(map(tuple, earlier)))
            found: tuple[tuple[int, ...], MotionResult] | None = memo.get(key)
            if found is None:
                found = self._motion_outcome(m, stances, board, earlier)
                if len(memo) >= MEMO_SIZE:
                    memo.clear()
                memo[key] = found
            for seat, points in enumerate(found[0]):
                totals[seat] += points
            results.append(found[1])
            for seat, arg, _ in board:
                if arg in contradicting:
                    earlier[seat].append(arg)
        for m, seat, sentence in self._words:
            totals[seat] += echo(tables, m, self._stances[m][seat], sentence)[0]
        top = max(totals)
        winners = tuple(i for i, t in enumerate(totals) if t == top)
        return Outcome(tuple(totals), winners, tuple(results))

    def _motion_outcome(
        self, m: int, stances: tuple[int, ...], board: tuple[Play, ...], earlier: list[list[int]]
    ) -> tuple[tuple[int, ...], MotionResult]:
        """One finished motion's points per seat (own words aside) and its result."""
        tables = self._tables
        result = evaluate(tables, m, board)
        scores = motion_scores(tables, m, self._roles, stances, board, earlier, result)
        return tuple(scores), self._result(m, result)

    def _result(self, m: int, result: MotionEval) -> MotionResult:
        tables = self._tables
        ids = tables.motions[m].stances
        decided = result.decided
        return MotionResult(
            tables.motions[m].id,
            ids[decided] if decided >= 0 else None,
            tuple(
                (bloc.id, ids[vote] if vote >= 0 else None)
                for bloc, vote in zip(tables.blocs, result.votes, strict=True)
            ),
        )

    def motion_result(self, motion: str) -> MotionResult | None:
        """How a finished motion was decided and how each bloc voted; ``None`` while it is open.

        The result screen needs this as soon as a motion closes, long before
        :meth:`outcome` exists.

        :raises InvalidMoveError: no such motion.
        """
        m = self._motion_index(motion)
        if m >= self._motion:
            return None
        return self._result(m, evaluate(self._tables, m, self._boards[m]))

    # ------------------------------------------------------------------ moves

    def legal_moves(self, seat: int) -> LegalMoves:
        """What ``seat`` may do now; empty when it is not waiting or the game is over."""
        self._check_seat(seat)
        if self.is_over or self._pending[seat] is not None:
            return LegalMoves(seat, (), False)
        step = self._step
        tables = self._tables
        if step is Step.STANCE:
            stances = tables.motions[self._motion].stances
            return LegalMoves(seat, tuple(StanceMove(seat, s) for s in stances), False)
        args = tables.args
        hand = self._hands[seat]
        if step is Step.REBUTTAL:
            revealed = {arg for _, arg, _ in self._boards[self._motion]}
            hand = tuple(a for a in hand if not revealed.isdisjoint(args[a].rebuts))
        moves: tuple[Move, ...] = (
            PassMove(seat),
            *(PlayMove(seat, args[a].id) for a in hand),
        )
        return LegalMoves(seat, moves, step is Step.CLOSING)

    def apply(self, move: Move) -> Game:
        """The game after ``move``; revealing the step when it was the last choice.

        :raises InvalidMoveError: not a move, seat out of range, unknown card or
            stance, unacceptable own words.
        :raises IllegalMoveError: game over, seat already chose, wrong kind of
            move for the step, card not in hand, rebuttal with nothing to answer.
        """
        # The checks below are those of the rules, in the order their errors are
        # reported; the common cases are tested inline because every simulated
        # game applies tens of moves.
        kind = type(move)
        if kind not in _MOVE_TYPE_SET and not isinstance(move, _MOVE_TYPES):
            raise InvalidMoveError(f"not a move: {move!r}")
        seat = move.seat
        pending = self._pending
        if type(seat) is not int or not 0 <= seat < len(pending):
            self._check_seat(seat, InvalidMoveError)
        tables = self._tables
        motion = self._motion
        if motion >= len(tables.motions):
            raise IllegalMoveError("the game is over")
        if pending[seat] is not None:
            raise IllegalMoveError(
                f"seat {seat} has already chosen in this step; waiting for seats "
                f"{', '.join(map(str, self.waiting_for()))}"
            )
        if self._step is Step.STANCE:
            stance = move.stance if kind is StanceMove else None  # type: ignore[union-attr]
            if type(stance) is not str or stance not in tables.motions[motion].stances:
                self._check_stance(move)
        elif kind is PlayMove:
            argument = move.argument  # type: ignore[union-attr]
            index = tables.arg_index.get(argument) if type(argument) is str else None
            if index is None or index not in self._hands[seat] or self._step is Step.REBUTTAL:
                self._check_card_move(move)
        elif kind is not PassMove:
            self._check_card_move(move)
        pending = (*pending[:seat], move, *pending[seat + 1 :])
        if None in pending:
            return self._make(
                (*self.moves, move),
                motion,
                self._step,
                self._stances,
                self._boards,
                self._hands,
                pending,
                self._words,
            )
        return self._reveal((*self.moves, move), pending)

    def _check_stance(self, move: Move) -> None:
        if not isinstance(move, StanceMove):
            raise IllegalMoveError(
                f"motion {self._motion + 1} is at its stance step: take a stance (StanceMove)"
            )
        stances = self._tables.motions[self._motion].stances
        if not isinstance(move.stance, str) or move.stance not in stances:
            raise InvalidMoveError(
                f"unknown stance {move.stance!r}; this motion's stances: {', '.join(stances)}"
            )

    def _check_card_move(self, move: Move) -> None:
        step = self._step
        if isinstance(move, StanceMove):
            raise IllegalMoveError(f"stances are taken at the stance step, not the {step.label}")
        if isinstance(move, PassMove):
            return
        if isinstance(move, WordsMove):
            if step is not Step.CLOSING:
                raise IllegalMoveError("own words belong to the closing step")
            check_words(move.words)
            if move.argument is None:
                return
        argument = move.argument
        tables = self._tables
        index = tables.arg_index.get(argument) if isinstance(argument, str) else None
        if index is None:
            raise InvalidMoveError(f"unknown argument {argument!r}")
        hand = self._hands[move.seat]
        if index not in hand:
            held = ", ".join(tables.args[a].id for a in hand) or "no cards"
            raise IllegalMoveError(f"`{argument}` is not in seat {move.seat}'s hand (holds {held})")
        if step is Step.REBUTTAL:
            revealed = {arg for _, arg, _ in self._boards[self._motion]}
            if revealed.isdisjoint(tables.args[index].rebuts):
                raise IllegalMoveError(
                    f"`{argument}` rebuts nothing revealed yet; a rebuttal-step card must "
                    "answer a card already on the table"
                )

    def _reveal(self, moves: tuple[Move, ...], pending: tuple[Move | None, ...]) -> Game:
        tables = self._tables
        motion = self._motion
        n = len(pending)
        step = self._step
        if step is Step.STANCE:
            ids = tables.motions[motion].stances
            stances = tuple(ids.index(m.stance) for m in pending if isinstance(m, StanceMove))
            return self._make(
                moves,
                motion,
                Step.OPENING,
                (*self._stances, stances),
                (*self._boards, ()),
                deal(tables, motion, self.seed, stances),
                _NONE[n],
                self._words,
            )
        played: list[Play] = []
        hands = list(self._hands) if step is not Step.CLOSING else []
        words = self._words
        arg_index = tables.arg_index
        number = int(step)
        for seat, chosen in enumerate(pending):
            kind = type(chosen)
            if kind is PassMove:
                continue
            argument: str | None = None
            if kind is PlayMove:
                argument = chosen.argument  # type: ignore[union-attr]
            elif isinstance(chosen, PlayMove):
                argument = chosen.argument
            elif isinstance(chosen, WordsMove):
                argument = chosen.argument
                words = (*words, (motion, seat, check_words(chosen.words)))
            if argument is not None:
                arg = arg_index[argument]
                played.append((seat, arg, number))
                if hands:
                    hands[seat] = tuple(a for a in hands[seat] if a != arg)
        boards = self._boards
        if played:
            boards = (*boards[:motion], boards[motion] + tuple(played))
        if step is Step.CLOSING:
            return self._make(
                moves, motion + 1, Step.STANCE, self._stances, boards, ((),) * n, _NONE[n], words
            )
        return self._make(
            moves,
            motion,
            _NEXT_STEP[step],
            self._stances,
            boards,
            tuple(hands),
            _NONE[n],
            words,
        )

    def _make(
        self,
        moves: tuple[Move, ...],
        motion: int,
        step: Step,
        stances: tuple[tuple[int, ...], ...],
        boards: tuple[tuple[Play, ...], ...],
        hands: tuple[tuple[int, ...], ...],
        pending: tuple[Move | None, ...],
        words: tuple[tuple[int, int, str], ...],
    ) -> Game:
        """The next game, sharing this one's setup (the slots are filled directly:
        the dataclass ``__init__`` of a frozen class costs twice as much)."""
        game: Game = _new(Game)
        _set_scenario(game, self.scenario)
        _set_seats(game, self.seats)
        _set_seed(game, self.seed)
        _set_moves(game, moves)
        _set_tables(game, self._tables)
        _set_roles(game, self._roles)
        _set_motion(game, motion)
        _set_step(game, step)
        _set_stances(game, stances)
        _set_boards(game, boards)
        _set_hands(game, hands)
        _set_pending(game, pending)
        _set_words(game, words)
        return game

    # ------------------------------------------------------------------ helpers

    def _check_seat(self, seat: object, error: type[ValueError] = InvalidMoveError) -> None:
        if not isinstance(seat, int) or isinstance(seat, bool) or not 0 <= seat < len(self.seats):
            raise error(f"no seat {seat!r}; seats are 0 to {len(self.seats) - 1}")

    def _motion_index(self, motion: str) -> int:
        index = self._tables.motion_index.get(motion)
        if index is None:
            known = ", ".join(self._tables.motion_index)
            raise InvalidMoveError(f"unknown motion {motion!r}; motions: {known}")
        return index


_MOVE_TYPE_SET = frozenset(_MOVE_TYPES)
_NEXT_STEP = {Step.OPENING: Step.REBUTTAL, Step.REBUTTAL: Step.CLOSING}
_new = object.__new__
_set_scenario = Game.__dict__["scenario"].__set__
_set_seats = Game.__dict__["seats"].__set__
_set_seed = Game.__dict__["seed"].__set__
_set_moves = Game.__dict__["moves"].__set__
_set_tables = Game.__dict__["_tables"].__set__
_set_roles = Game.__dict__["_roles"].__set__
_set_motion = Game.__dict__["_motion"].__set__
_set_step = Game.__dict__["_step"].__set__
_set_stances = Game.__dict__["_stances"].__set__
_set_boards = Game.__dict__["_boards"].__set__
_set_hands = Game.__dict__["_hands"].__set__
_set_pending = Game.__dict__["_pending"].__set__
_set_words = Game.__dict__["_words"].__set__
_NONE = tuple((None,) * n for n in range(MAX_SEATS + 1))
"""The pending moves of a step nobody has chosen in yet, one shared tuple per table size."""
_SEATS = tuple(tuple(range(n)) for n in range(MAX_SEATS + 1))
