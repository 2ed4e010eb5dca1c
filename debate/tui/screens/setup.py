"""Setup: choose your role, who sits in every other seat, and the seed."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Header, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from debate.errors import UsageError
from debate.tui.commands import PaletteCommand
from debate.tui.plan import (
    SEAT_CHOICES,
    SEAT_LABELS,
    GamePlan,
    SeatChoice,
    SeatPlan,
    check_table,
    default_seats,
    new_seed,
)
from debate.tui.screens.base import Page

if TYPE_CHECKING:
    from debate.scenario.load import LoadedScenario
    from debate.scenario.models import Role


def role_text(role: Role) -> str:
    """The brief and the objectives of a role, as console markup."""
    lines = [f"[b]{role.name}[/b] · {role.faction}", "", role.brief.strip()]
    if role.objectives:
        lines += ["", "[b]Objectives[/b]"]
        lines += [
            f"• {objective.text} [dim]({objective.points} pts)[/]" for objective in role.objectives
        ]
    return "\n".join(lines)


class SetupScreen(Page[None]):
    """Pick a role, the other seats and the seed, then start.

    Keys: ↑/↓ choose your role, tab to the seats and the seed, ctrl+s or the
    Start button starts, escape goes back.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start", "Start"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, loaded: LoadedScenario, seed: int | None = None) -> None:
        super().__init__()
        self.loaded = loaded
        self.seed = new_seed() if seed is None else seed
        self.role = loaded.scenario.roles[0].id
        self.choices: dict[str, SeatChoice] = {
            seat.role: seat.controller for seat in default_seats(loaded.scenario, self.role)
        }

    def compose(self) -> ComposeResult:
        scenario = self.loaded.scenario
        yield Header(icon="§")
        with Horizontal(id="setup-columns"):
            with Vertical(id="setup-left"):
                roles = OptionList(
                    *(
                        Option(f"{role.name} · {role.faction}", id=role.id)
                        for role in scenario.roles
                    ),
                    id="roles",
                )
                roles.border_title = "Your role"
                yield roles
                with VerticalScroll(id="seats") as seats:
                    seats.border_title = "Other seats"
                with Horizontal(id="seed-row"):
                    yield Label("Seed", id="seed-label")
                    yield Input(str(self.seed), id="seed", type="integer", compact=True)
            with Vertical(id="setup-right"):
                with VerticalScroll(id="role-brief") as brief:
                    brief.border_title = "Your brief"
                    yield Static(id="brief")
                with Horizontal(classes="buttons"):
                    yield Button("Back", id="back")
                    yield Button("Start ▶", id="start", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        roles = self.query_one("#roles", OptionList)
        roles.highlighted = 0
        roles.focus()
        self._show_role()

    @on(OptionList.OptionHighlighted, "#roles")
    def _role_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None and event.option.id != self.role:
            previous = self.role
            self.role = event.option.id
            # The player's old role becomes a computer seat, the new one is theirs.
            self.choices[previous] = "normal"
            self.choices[self.role] = "human"
            self._show_role()

    @on(OptionList.OptionSelected, "#roles")
    def _role_selected(self) -> None:
        self.focus_next()

    def _show_role(self) -> None:
        role = next(r for r in self.loaded.scenario.roles if r.id == self.role)
        self.query_one("#brief", Static).update(role_text(role))
        seats = self.query_one("#seats", VerticalScroll)
        seats.remove_children()
        options = [(SEAT_LABELS[choice], choice) for choice in SEAT_CHOICES]
        rows = []
        for other in self.loaded.scenario.roles:
            if other.id == self.role:
                continue
            select: Select[str] = Select(
                options,
                value=self.choices.get(other.id, "normal"),
                allow_blank=False,
                compact=True,
                id=f"seat-{other.id}",
            )
            rows.append(Horizontal(Label(other.name, classes="seat-name"), select, classes="seat"))
        seats.mount_all(rows)

    @on(Select.Changed)
    def _seat_changed(self, event: Select.Changed) -> None:
        if event.select.id and event.select.id.startswith("seat-") and isinstance(event.value, str):
            self.choices[event.select.id.removeprefix("seat-")] = event.value  # type: ignore[assignment]

    def plan(self) -> GamePlan:
        """The game the widgets describe.

        :raises UsageError: the seed is not a number, or the table cannot be seated.
        """
        text = self.query_one("#seed", Input).value.strip()
        try:
            seed = int(text)
        except ValueError:
            raise UsageError("the seed must be a whole number") from None
        seats = [SeatPlan(self.role, "human")]
        seats += [
            SeatPlan(role.id, self.choices.get(role.id, "normal"))
            for role in self.loaded.scenario.roles
            if role.id != self.role
        ]
        check_table(tuple(seats))
        return GamePlan(self.loaded, tuple(seats), seed)

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        try:
            plan = self.plan()
        except UsageError as error:
            self.notify(str(error), title="Cannot start", severity="error")
            return
        self.game_app.start_game(plan)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.dismiss()

    def palette_commands(self) -> list[PaletteCommand]:
        return [("Start the game", "With the role and seats chosen", self.action_start)]
