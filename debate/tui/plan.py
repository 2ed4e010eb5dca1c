"""What a game is to be started with: scenario, seats and seed, checked before the TUI starts.

This module imports neither Textual nor the engine, so that ``debate play nosuch``
can report an unknown scenario or role in a few milliseconds and without a
traceback; the setup screen builds the same :class:`GamePlan` from its widgets.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, get_args

from debate.errors import UsageError

if TYPE_CHECKING:
    from debate.engine import Seat
    from debate.scenario.load import LoadedScenario
    from debate.scenario.models import Scenario

SeatChoice = Literal["human", "easy", "normal", "hard", "off"]
"""Who sits in a seat: a person at this keyboard, the computer at a level, or nobody."""

SEAT_CHOICES: tuple[str, ...] = get_args(SeatChoice)
COMPUTER_LEVELS: tuple[str, ...] = ("easy", "normal", "hard")
MAX_SEATS = 6
"""The engine seats two to six players."""

SEAT_LABELS: dict[str, str] = {
    "human": "Human (hot-seat)",
    "easy": "Computer · easy",
    "normal": "Computer · normal",
    "hard": "Computer · hard",
    "off": "Empty seat",
}


@dataclass(frozen=True)
class SeatPlan:
    """One seat of the table: the role and who plays it."""

    role: str
    controller: SeatChoice


@dataclass(frozen=True)
class GamePlan:
    """Everything needed for ``Game.new``, already checked against the scenario."""

    loaded: LoadedScenario
    seats: tuple[SeatPlan, ...]
    seed: int
    class_label: str | None = None
    """Class mode: the label every finished game of this table is recorded under."""
    names: tuple[str, ...] = ()
    """Class mode: the players' names, given to the human seats in seat order."""

    @property
    def scenario(self) -> Scenario:
        return self.loaded.scenario

    def engine_seats(self) -> tuple[Seat, ...]:
        """The seats as the engine wants them (imports the engine, so only when starting)."""
        from debate.engine import Seat

        role_names = {role.id: role.name for role in self.scenario.roles}
        players = iter(self.names)
        seats = []
        for seat in self.seats:
            if seat.controller == "off":
                continue
            name = next(players, "") if seat.controller == "human" else ""
            seats.append(Seat(seat.role, seat.controller, name or role_names[seat.role]))
        return tuple(seats)


def new_seed() -> int:
    """A fresh seed a player can read out and type back (six digits)."""
    return secrets.randbelow(900_000) + 100_000


def default_seats(scenario: Scenario, role: str) -> tuple[SeatPlan, ...]:
    """The player's role as a human; the computer at normal in the other seats, up to six."""
    seats = [SeatPlan(role, "human")]
    for other in scenario.roles:
        if other.id != role:
            taken = sum(seat.controller != "off" for seat in seats)
            seats.append(SeatPlan(other.id, "normal" if taken < MAX_SEATS else "off"))
    return tuple(seats)


def parse_controller(text: str) -> SeatChoice:
    """``human``, ``off``, ``ai`` (normal) or ``ai:LEVEL``; also a bare level.

    :raises UsageError: anything else, with the accepted forms.
    """
    value = text.strip().lower()
    if value in ("ai", "computer"):
        return "normal"
    if value.startswith(("ai:", "computer:")):
        value = value.split(":", 1)[1]
    for choice in SEAT_CHOICES:
        if value == choice:
            return choice  # type: ignore[return-value]
    raise UsageError(f"unknown seat `{text}`; use human, off, ai, ai:easy, ai:normal or ai:hard")


def make_plan(
    loaded: LoadedScenario,
    role: str | None = None,
    seats: str | None = None,
    seed: int | None = None,
    *,
    class_label: str | None = None,
    names: str | None = None,
) -> GamePlan:
    """Check a role and a ``ROLE=human,ROLE=ai:hard`` list against the scenario.

    Roles not named in ``seats`` get the computer at normal (while seats are
    left; the engine seats six); the player's own
    role (``role``, else the first role the list makes human, else the first
    role) is always human.

    :raises UsageError: unknown role, a role named twice, or a table the engine
        cannot seat; the message lists what is valid.
    """
    scenario = loaded.scenario
    role_ids = [r.id for r in scenario.roles]
    valid = ", ".join(role_ids)
    if role is not None and role not in role_ids:
        raise UsageError(f"unknown role `{role}` in {scenario.id}; roles: {valid}")
    chosen: dict[str, SeatChoice] = {}
    for item in (seats or "").split(","):
        if not item.strip():
            continue
        name, sep, who = item.partition("=")
        name = name.strip()
        if not sep:
            raise UsageError(f"bad seat `{item.strip()}`; write ROLE=human or ROLE=ai:LEVEL")
        if name not in role_ids:
            raise UsageError(f"unknown role `{name}` in --seats; roles: {valid}")
        if name in chosen:
            raise UsageError(f"role `{name}` is named twice in --seats")
        chosen[name] = parse_controller(who)
    mine = role or next((r for r, c in chosen.items() if c == "human"), role_ids[0])
    if chosen.get(mine, "human") != "human":
        raise UsageError(f"your role `{mine}` must be human in --seats")
    plan = [SeatPlan(mine, "human")]
    for other in role_ids:
        if other != mine:
            taken = sum(seat.controller != "off" for seat in plan)
            default: SeatChoice = "normal" if taken < MAX_SEATS else "off"
            plan.append(SeatPlan(other, chosen.get(other, default)))
    players = tuple(name.strip() for name in (names or "").split(",") if name.strip())
    result = GamePlan(
        loaded,
        tuple(plan),
        new_seed() if seed is None else seed,
        class_label=(class_label or "").strip() or None,
        names=players,
    )
    check_table(result.seats)
    humans = sum(seat.controller == "human" for seat in result.seats)
    if len(players) > humans:
        raise UsageError(
            f"--names gives {len(players)} names for {humans} human seat"
            f"{'s' if humans != 1 else ''}; make more seats human with --seats ROLE=human"
        )
    return result


def check_table(seats: tuple[SeatPlan, ...]) -> None:
    """The engine seats two to six players.

    :raises UsageError: too few or too many seats are taken.
    """
    taken = sum(seat.controller != "off" for seat in seats)
    if taken < 2:
        raise UsageError("a game needs at least two seats; seat someone against you")
    if taken > MAX_SEATS:
        raise UsageError(f"a game seats at most {MAX_SEATS}; set some seats to off")
