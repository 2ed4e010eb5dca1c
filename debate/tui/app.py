"""The Textual application: screens, global keys, the size guard and autosave wiring.

The app holds no game rules.  It knows how to start a game from a
:class:`~debate.tui.plan.GamePlan`, how to resume a save, and which screen comes
next; the engine decides everything about the game itself.  Screens beyond the
home screen (and the engine behind them) are imported only when first needed,
so the home screen's first frame stays close to that of an empty Textual app.
"""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from debate.store.saves import SaveInfo, SaveStore
from debate.tui.commands import GameCommands

if TYPE_CHECKING:
    from debate.engine import Game
    from debate.scenario.load import LoadedScenario
    from debate.tui.plan import GamePlan
    from debate.tui.screens.home import HomeScreen

_HERE = Path(__file__).resolve().parent
MIN_WIDTH = 80
MIN_HEIGHT = 24
DEFAULT_REVEAL_DELAY = 0.7
"""Seconds between two revealed moves, so a player can follow them one by one."""


class DebateApp(App[int]):
    """The `debate` game.

    Keys everywhere: ``?`` help, ``s`` the source article, ``q`` quit (asks
    first), ``ctrl+t`` light/dark theme, ``ctrl+p`` command palette, ``ctrl+q``
    quit at once (the game is saved after every move, so nothing is lost).
    """

    # Absolute paths: Textual resolves relative ones next to the subclass, which may live elsewhere.
    CSS_PATH: ClassVar[list[str | PurePath]] = [_HERE / "global.tcss", _HERE / "app.tcss"]
    TITLE = "debate"
    SUB_TITLE = "argue real policy with real evidence"
    COMMANDS = App.COMMANDS | {GameCommands}
    # Textual puts these classes on every screen as the terminal resizes; the size
    # guard's CSS shows it on "-too-narrow" or "-too-short" screens.
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (typed as in App, which mypy requires)
        (0, "-too-narrow"),
        (MIN_WIDTH, "-wide-enough"),
    ]
    VERTICAL_BREAKPOINTS = [  # noqa: RUF012 (typed as in App)
        (0, "-too-short"),
        (MIN_HEIGHT, "-tall-enough"),
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "request_quit", "Quit"),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False),
    ]

    def __init__(
        self,
        plan: GamePlan | None = None,
        *,
        reveal_delay: float = DEFAULT_REVEAL_DELAY,
        store: SaveStore | None = None,
    ) -> None:
        super().__init__()
        self.plan = plan
        self.reveal_delay = reveal_delay
        """Seconds between revealed moves; 0 reveals at once (tests, impatient players)."""
        self.store = store if store is not None else SaveStore()
        self.theme = "textual-dark"

    # -- start-up and the size guard -------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        """The home screen is the bottom of the stack.

        (Textual would otherwise build, show and suspend an empty default screen
        under it first, which only delays the first frame.)
        """
        from debate.tui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        if self.plan is not None:
            self.start_game(self.plan)

    @property
    def too_small(self) -> bool:
        """Below 80x24 the screens' size guard covers them (see ``*_BREAKPOINTS``)."""
        width, height = self.size
        return width < MIN_WIDTH or height < MIN_HEIGHT

    async def on_event(self, event: events.Event) -> None:
        # While the window is too small the player cannot see what a key would do,
        # so keys (other than ctrl+q) are dropped; the overlay takes the mouse.
        if self.too_small and isinstance(event, events.Key) and event.key != "ctrl+q":
            return
        await super().on_event(event)

    # -- navigation ----------------------------------------------------------------

    def start_game(self, plan: GamePlan) -> None:
        """Start a new game from a checked plan; its first autosave replaces any older one."""
        from debate.engine import Game
        from debate.tui.screens.game import GameScreen

        game = Game.new(plan.scenario, plan.engine_seats(), plan.seed)
        self.push_screen(GameScreen(plan.loaded, game, new=True, class_label=plan.class_label))

    def resume(self, info: SaveInfo) -> None:
        """Open a saved game at the screen it was saved on; report a save that cannot be read."""
        from debate.errors import SaveError

        try:
            resumed = self.store.read(info)
        except SaveError as error:
            self.notify(str(error), title="Saved game", severity="error", timeout=12)
            self.refresh_home()
            return
        self.open_game(resumed.loaded, resumed.game, class_label=info.class_label)

    def open_game(
        self, loaded: LoadedScenario, game: Game, *, class_label: str | None = None
    ) -> None:
        """Show a game at its current point: the debate, or the debrief once it is over."""
        if game.outcome() is not None:
            from debate.tui.screens.debrief import DebriefScreen

            self.push_screen(DebriefScreen(loaded, game, class_label))
        else:
            from debate.tui.screens.game import GameScreen

            self.push_screen(GameScreen(loaded, game, new=False, class_label=class_label))

    def go_home(self) -> None:
        """Back to the home screen (the game in progress is already saved)."""
        home = self._home()
        if home is not None:
            home.pop_until_active()
            home.reload()

    def refresh_home(self) -> None:
        """Re-read the saves after one was written, resumed or set aside."""
        home = self._home()
        if home is not None:
            home.reload()

    def _home(self) -> HomeScreen | None:
        from debate.tui.screens.home import HomeScreen

        return next((s for s in self.screen_stack if isinstance(s, HomeScreen)), None)

    # -- actions -------------------------------------------------------------------

    def action_help(self) -> None:
        from debate.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_request_quit(self) -> None:
        """Ask before quitting; the answer arrives as a bool from the modal."""
        from debate.tui.screens.quit import QuitScreen

        if isinstance(self.screen, QuitScreen):
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.exit(0)

        self.push_screen(QuitScreen(), answered)

    def action_toggle_theme(self) -> None:
        """Switch between Textual's built-in dark and light themes."""
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"
