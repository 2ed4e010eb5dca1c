"""The debate screen: the motion, your choice, the table and the audience.

What it does, in order, for every step of every motion:

1. the computer seats choose in a thread worker (on the game as it was at
   the start of the step, so they never see a human's hidden choice);
2. each human seat chooses (in hot-seat games behind a hand-over screen);
3. when the engine reveals the step, the new items appear one by one on a
   timer (any key skips), then a line of feedback says how your cards fared;
4. after a motion's closing step, the motion result; after the last, the debrief.

Every move goes through ``Game.apply`` and is autosaved at once.  Which cards
can be played, what stands and how the blocs lean are read from the engine.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from debate.engine import Game, Move, PassMove, PlayMove, StanceMove, Step, WordsMove
from debate.errors import DebateError
from debate.tui.commands import PaletteCommand
from debate.tui.screens.base import Page
from debate.tui.text import claim, quotes_of, shorten, stance_label
from debate.tui.widgets.board_view import BoardView
from debate.tui.widgets.card_detail import CardDetail
from debate.tui.widgets.hand import Hand
from debate.tui.widgets.meters import BlocMeters, shares

if TYPE_CHECKING:
    from debate.scenario.load import LoadedScenario


def progress_text(game: Game) -> str:
    """Where a game stands, in a few words (shown on the home screen's "continue")."""
    total = len(game.scenario.motions)
    if game.outcome() is not None:
        return f"finished · {total} motions"
    phase = game.phase
    return f"Motion {phase.motion_index + 1} of {total} · {phase.step.label}"


def revealed_items(game: Game, motion: str) -> int:
    """How many items the table shows for ``motion``: stances (once revealed), then cards."""
    stances = [game.stance(seat, motion) for seat in range(len(game.seats))]
    count = len(stances) if all(s is not None for s in stances) else 0
    return count + len(game.board(motion).plays)


class GameScreen(Page[None]):
    """Play one game.

    Keys: 1–9 choose a stance or play a card, ↑/↓ and enter likewise, p pass,
    tab moves between your hand, the own-words box and the table, s the source
    (at the highlighted card's quote), space skips the reveal, escape home
    (the game is saved).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(str(n), f"pick({n})", show=False) for n in range(1, 10)),
        Binding("p", "pass_turn", "Pass"),
        Binding("s", "source", "Source"),
        Binding("space", "skip", "Skip reveal", show=False),
        Binding("escape", "home", "Home"),
    ]

    HELP_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("1–9", "take that stance, or play that card"),
        ("↑ ↓ enter", "the same with the arrows; tab reaches the table and its quotes"),
        ("space", "skip the reveal of the other seats' moves"),
    )

    def __init__(
        self, loaded: LoadedScenario, game: Game, *, new: bool, class_label: str | None = None
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.game = game
        self.new = new
        self.class_label = class_label
        self.humans = tuple(i for i, seat in enumerate(game.seats) if seat.controller == "human")
        self.hot_seat = len(self.humans) > 1
        self.viewer: int | None = None if self.hot_seat else self.humans[0]
        self.shown_motion = game.phase.motion if game.outcome() is None else ""
        self.reveal_limit: int | None = None
        self.reveal_target = 0
        self.reveal_timer: Timer | None = None
        self.thinking = False
        self.handing_over = False
        self.feedback = ""
        self.before_reveal: Game | None = None

    # -- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="§")
        yield Static(id="motion-bar")
        with Horizontal(id="table"):
            with Vertical(id="play-area"):
                stances = OptionList(id="stances")
                stances.border_title = "Take a stance"
                yield stances
                hand = Hand(id="hand")
                hand.border_title = "Your hand"
                yield hand
                yield Input(
                    id="words",
                    placeholder="Your own words: one sentence (optional), then play or pass",
                    max_length=280,
                )
                with VerticalScroll(id="detail-box") as box:
                    box.border_title = "Details"
                    yield CardDetail(id="detail")
            with Vertical(id="side"):
                board = BoardView(id="board")
                board.border_title = "On the table"
                yield board
                meters = BlocMeters(id="meters")
                meters.border_title = "Audience"
                yield meters
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        if self.new:
            self._save()
        self._begin_step()

    # -- the flow of a step ---------------------------------------------------------

    def _begin_step(self) -> None:
        """Render the current step, set the computer thinking, then ask a human."""
        if self.game.outcome() is not None:
            self._finished()
            return
        self.shown_motion = self.game.phase.motion
        self.reveal_limit = None
        self._render_all()
        ai_waiting = [s for s in self.game.waiting_for() if s not in self.humans]
        if ai_waiting and not self.thinking:
            self.thinking = True
            self._think(self.game)
        self._next_chooser()

    def _next_chooser(self) -> None:
        """Hand the keyboard to the next human seat that has not chosen (hot-seat: hide first)."""
        waiting = [s for s in self.game.waiting_for() if s in self.humans]
        if not waiting:
            self._render_choice()
            return
        seat = waiting[0]
        if self.hot_seat and seat != self.viewer:
            self._hand_over(seat)
            return
        self._render_choice()

    def _hand_over(self, seat: int) -> None:
        from debate.tui.screens.handover import HandoverScreen

        self.viewer = None
        self.handing_over = True
        self._render_choice()

        def ready(_: None) -> None:
            self.handing_over = False
            self.viewer = seat
            self._render_all()

        role = self.game.seats[seat]
        self.app.push_screen(
            HandoverScreen(self.game.seat_name(seat), role.role, self.game.phase.step.label),
            ready,
        )

    @work(thread=True, exclusive=True, group="ai")
    def _think(self, game: Game) -> None:
        """Choose every computer seat's move on ``game`` (off the UI thread)."""
        from debate.ai import computer_move

        moves = [
            computer_move(game, seat)
            for seat in game.waiting_for()
            if game.seats[seat].controller != "human"
        ]
        self.app.call_from_thread(self._computer_chose, game, moves)

    def _computer_chose(self, game: Game, moves: list[Move]) -> None:
        self.thinking = False
        if self.game.moves[: len(game.moves)] != game.moves or not self.is_attached:
            return  # the game moved on (or the screen closed) meanwhile
        for move in moves:
            if not self._apply(move):
                return
        if self.reveal_limit is None:
            self._render_choice()

    def choose(self, move: Move) -> None:
        """A human's move: apply it (autosaved), then reveal or pass the keyboard on."""
        if self.viewer is None or self.reveal_limit is not None or self.handing_over:
            return
        if self._apply(move) and self.reveal_limit is None:
            self._next_chooser()

    def _apply(self, move: Move) -> bool:
        """Apply and save one move; start the reveal when it completed the step."""
        before = self.game
        try:
            after = before.apply(move)
        except DebateError as error:
            self.notify(str(error), title="Not allowed", severity="warning")
            return False
        self.game = after
        self._save()
        if after.outcome() is not None:
            self._record()
        if after.phase != before.phase or after.outcome() is not None:
            self._start_reveal(before)
        return True

    def _save(self) -> None:
        from debate.errors import SaveError

        try:
            self.game_app.store.write(
                self.game, self.loaded, progress_text(self.game), self.class_label
            )
        except SaveError as error:
            self.notify(str(error), title="Autosave failed", severity="error")

    def _record(self) -> None:
        """Keep the finished game in the history (the move that ends a game happens once)."""
        from debate.store.history import HistoryError, record

        try:
            record(self.game, class_label=self.class_label)
        except HistoryError as error:
            self.notify(str(error), title="History not updated", severity="warning")

    # -- reveal -----------------------------------------------------------------------

    def _start_reveal(self, before: Game) -> None:
        self.before_reveal = before
        motion = before.phase.motion
        self.shown_motion = motion
        self.reveal_limit = revealed_items(before, motion)
        self.reveal_target = revealed_items(self.game, motion)
        self.query_one("#words", Input).value = ""
        delay = self.game_app.reveal_delay
        if delay <= 0:
            self._finish_reveal()
            return
        self._render_all()
        self.reveal_timer = self.set_interval(delay, self._reveal_one)

    def _reveal_one(self) -> None:
        if self.reveal_limit is None:
            return
        self.reveal_limit += 1
        if self.reveal_limit >= self.reveal_target:
            self._finish_reveal()
        else:
            self._render_table()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out keys that do nothing now (the engine says when passing is legal)."""
        if action == "pass_turn":
            seat = self.viewer
            if seat is None or self.reveal_limit is not None or self.game.outcome() is not None:
                return False
            return PassMove(seat) in self.game.legal_moves(seat)
        if action == "skip":
            return self.reveal_limit is not None
        return True

    def action_skip(self) -> None:
        """Show the rest of the reveal at once."""
        if self.reveal_limit is not None:
            self._finish_reveal()

    def on_click(self) -> None:
        self.action_skip()

    def _finish_reveal(self) -> None:
        if self.reveal_timer is not None:
            self.reveal_timer.stop()
            self.reveal_timer = None
        before = self.before_reveal
        self.reveal_limit = None
        self.before_reveal = None
        motion = self.shown_motion
        self.feedback = self._feedback(before, motion) if before is not None else ""
        motion_over = self.game.outcome() is not None or self.game.phase.motion != motion
        if motion_over:
            self._render_table()
            self._show_result(motion)
        else:
            self._begin_step()

    def _feedback(self, before: Game, motion: str) -> str:
        """One line on what the reveal did for the player's own cards and side."""
        game = self.game
        mine = (
            self.humans
            if not self.hot_seat
            else ((self.viewer,) if self.viewer is not None else ())
        )
        board = game.board(motion)
        known = {(p.seat, p.argument) for p in before.board(motion).plays}
        parts: list[str] = []
        for played in board.plays:
            if played.seat not in mine or (played.seat, played.argument) in known:
                continue
            name = shorten(claim(game.scenario, played.argument), 40)
            if played.argument in board.standing:
                parts.append(f"✓ your “{name}” stands")
            else:
                by = [a for a, t in board.attacks if t == played.argument]
                who = f" by “{shorten(claim(game.scenario, by[0]), 30)}”" if by else ""
                parts.append(f"✗ your “{name}” was defeated{who}")
        for seat in mine:
            stance = game.stance(seat, motion)
            if stance is None:
                continue
            leaning = game.leanings(motion)
            leading = 0
            for support in leaning.values():
                split = shares(support)
                if split and all(split[stance] > v for s, v in split.items() if s != stance):
                    leading += 1
            parts.append(f"{leading} of {len(leaning)} blocs lean your way")
            break
        return " · ".join(parts)

    def _show_result(self, motion: str) -> None:
        from debate.tui.screens.result import MotionResultScreen

        def closed(_: None) -> None:
            self.feedback = ""
            self._begin_step()

        self.app.push_screen(
            MotionResultScreen(self.loaded, self.game, motion, self.humans), closed
        )

    def _finished(self) -> None:
        from debate.tui.screens.debrief import DebriefScreen

        self.app.switch_screen(DebriefScreen(self.loaded, self.game, self.class_label))

    # -- rendering ------------------------------------------------------------------

    def _render_all(self) -> None:
        self._render_bar()
        self._render_table()
        self._render_choice()

    def _render_bar(self) -> None:
        game = self.game
        scenario = game.scenario
        index = next(i for i, m in enumerate(scenario.motions) if m.id == self.shown_motion)
        motion = scenario.motions[index]
        step = (
            self.before_reveal.phase.step
            if self.before_reveal is not None
            else game.phase.step
            if game.outcome() is None
            else Step.CLOSING
        )
        line = Text()
        line.append(f"Motion {index + 1} of {len(scenario.motions)} · ", style="bold")
        line.append(step.label, style="bold reverse")
        if self.viewer is not None:
            line.append(f"   You: {game.seat_name(self.viewer)}", style="italic")
            stance = game.stance(self.viewer, motion.id)
            if stance is not None:
                line.append(f" · {stance_label(scenario, motion.id, stance)}", style="italic")
        self.query_one("#motion-bar", Static).update(
            Group(line, Text(f"“{motion.text}”", style="bold"))
        )

    def _render_table(self) -> None:
        you = (
            self.humans
            if not self.hot_seat
            else ((self.viewer,) if self.viewer is not None else ())
        )
        self.query_one(BoardView).show(self.game, self.shown_motion, self.reveal_limit, you)
        self.query_one(BlocMeters).show(
            self.game.scenario, self.shown_motion, self.game.leanings(self.shown_motion)
        )
        self._render_bar()

    def _render_choice(self) -> None:
        """Show what the viewer can do now: stances, cards, own words, or why to wait."""
        game = self.game
        scenario = game.scenario
        stances = self.query_one("#stances", OptionList)
        hand = self.query_one(Hand)
        words = self.query_one("#words", Input)
        detail = self.query_one(CardDetail)
        status = self.query_one("#status", Static)
        seat = self.viewer
        over = game.outcome() is not None
        step = game.phase.step if not over else Step.CLOSING
        waiting = seat is not None and not over and seat in game.waiting_for()
        revealing = self.reveal_limit is not None
        stances.display = step is Step.STANCE and waiting and not revealing
        hand.display = not stances.display and seat is not None
        words.display = step is Step.CLOSING and waiting and not revealing
        if seat is not None and not over and step is not Step.STANCE:
            legal = game.legal_moves(seat)
            playable = {m.argument for m in legal if isinstance(m, PlayMove)}
            hand.show(scenario, game.hand(seat), playable if waiting and not revealing else ())
        elif seat is not None:
            hand.show(scenario, (), ())
        if stances.display and seat is not None:
            motion = game.phase.motion
            choices = [m for m in game.legal_moves(seat) if isinstance(m, StanceMove)]
            options = [
                Option(
                    Text.assemble((f"{n} ", "bold"), stance_label(scenario, motion, m.stance)),
                    id=m.stance,
                )
                for n, m in enumerate(choices, 1)
            ]
            stances.set_options(options)
            stances.highlighted = 0
            stances.focus()
            detail.show(scenario, None, self._objectives_note(seat))
        elif hand.display and waiting and not revealing and self.focused is not words:
            hand.focus()
        if revealing:
            status.update(Text("Revealing… space or a click shows all", style="italic"))
        elif self.handing_over:
            status.update(Text("Passing the keyboard…", style="italic"))
        elif waiting:
            status.update(self._prompt(step, seat))
        elif self.thinking:
            status.update(Text("The computer is choosing…", style="italic"))
        else:
            status.update(Text(self.feedback, style="italic"))
        if self.feedback and waiting and not revealing:
            status.update(
                Text.assemble(self._prompt(step, seat), ("  │ " + self.feedback, "italic"))
            )
        self.refresh_bindings()

    def _prompt(self, step: Step, seat: int | None) -> Text:
        if step is Step.STANCE:
            count = self.query_one("#stances", OptionList).option_count
            return Text(f"Choose your stance: 1–{count} or ↑↓ enter", style="bold")
        if seat is not None and not any(
            isinstance(m, PlayMove) for m in self.game.legal_moves(seat)
        ):
            reason = (
                "no card of yours answers one on the table"
                if step is Step.REBUTTAL
                else "no cards left"
            )
            return Text(f"{reason}: press p to pass", style="bold")
        if step is Step.CLOSING:
            return Text(
                "Write a sentence (optional), then play a card (1–9) or pass (p)", style="bold"
            )
        if step is Step.REBUTTAL:
            return Text("Rebut a card on the table: 1–9 or enter, p passes", style="bold")
        return Text("Play a card: 1–9 or enter; p passes", style="bold")

    def _objectives_note(self, seat: int) -> str:
        motion = self.game.phase.motion
        role = next(r for r in self.game.scenario.roles if r.id == self.game.seats[seat].role)
        goals = [
            f"• {o.text} ({stance_label(self.game.scenario, motion, o.stance)}, {o.points} pts)"
            for o in role.objectives
            if o.motion == motion
        ]
        if not goals:
            return "Your role has no objective on this motion: take the side your cards argue best."
        return "Your objectives on this motion:\n" + "\n".join(goals)

    # -- input ------------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#stances")
    def _stance_selected(self, event: OptionList.OptionSelected) -> None:
        if self.viewer is not None and event.option.id is not None:
            self.choose(StanceMove(self.viewer, event.option.id))

    def on_hand_focused(self, event: Hand.Focused) -> None:
        if self.viewer is not None and event.hand.display:
            note = ""
            if (
                event.argument is not None
                and event.argument
                not in {
                    m.argument
                    for m in self.game.legal_moves(self.viewer)
                    if isinstance(m, PlayMove)
                }
                and self.game.phase.step is Step.REBUTTAL
            ):
                note = "Not playable now: it answers no card on the table."
            self.query_one(CardDetail).show(self.game.scenario, event.argument, note)

    def on_board_view_focused(self, event: BoardView.Focused) -> None:
        played = next(
            (p for p in self.game.board(self.shown_motion).plays if p.argument == event.argument),
            None,
        )
        who = f"Played by {self.game.seat_name(played.seat)}" if played is not None else ""
        self.query_one(CardDetail).show(self.game.scenario, event.argument, who)

    def on_hand_chosen(self, event: Hand.Chosen) -> None:
        self._play(event.argument)

    @on(Input.Submitted, "#words")
    def _words_submitted(self) -> None:
        self.query_one(Hand).focus()

    def _play(self, argument: str | None) -> None:
        seat = self.viewer
        if seat is None:
            return
        words = self.query_one("#words", Input).value.strip()
        if self.game.phase.step is Step.CLOSING and words:
            move: Move = WordsMove(seat, argument, words)
        elif argument is None:
            move = PassMove(seat)
        else:
            move = PlayMove(seat, argument)
        self.choose(move)

    def action_pick(self, number: int) -> None:
        if self.reveal_limit is not None:
            return
        stances = self.query_one("#stances", OptionList)
        if stances.display:
            if 1 <= number <= stances.option_count:
                stances.highlighted = number - 1
                stances.action_select()
        else:
            self.query_one(Hand).choose(number)

    def action_pass_turn(self) -> None:
        if self.viewer is None or self.reveal_limit is not None:
            return
        if PassMove(self.viewer) in self.game.legal_moves(self.viewer):
            self._play(None)

    def action_source(self) -> None:
        from debate.tui.screens.source import SourceScreen

        scenario = self.game.scenario
        used: list[str] = []
        for motion in scenario.motions:
            for played in self.game.board(motion.id).plays:
                used.extend(quotes_of(scenario, played.argument))
        focus = None
        current = self.query_one(Hand).current if self.query_one(Hand).display else None
        if current is not None:
            mine = quotes_of(scenario, current)
            used.extend(mine)
            focus = mine[0] if mine else None
        self.app.push_screen(SourceScreen(self.loaded, used, focus))

    def action_home(self) -> None:
        self.game_app.go_home()

    def palette_commands(self) -> list[PaletteCommand]:
        commands: list[PaletteCommand] = [
            ("Show the source", "The article, with the quotes used so far", self.action_source),
            ("Pass", "Play no card in this step", self.action_pass_turn),
            ("Skip the reveal", "Show every revealed card at once", self.action_skip),
            ("Home", "Back to the home screen (the game is saved)", self.action_home),
        ]
        hand = self.query_one(Hand)
        for number, argument in enumerate(hand.cards, 1):
            commands.append(
                (
                    f"Play card {number}: {shorten(claim(self.game.scenario, argument), 50)}",
                    "Play this argument card",
                    partial(self.action_pick, number),
                )
            )
        return commands
