"""Seats: who plays which role, and whether a person or the computer chooses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Controller = Literal["human", "easy", "normal", "hard"]
"""A person at the keyboard, or the computer at one of three strengths."""

CONTROLLERS: tuple[str, ...] = get_args(Controller)

MIN_SEATS = 2
MAX_SEATS = 6


@dataclass(frozen=True, slots=True)
class Seat:
    """One place at the table: a role id, who controls it, and an optional display name."""

    role: str
    controller: Controller = "human"
    name: str = ""

    def to_json(self) -> dict[str, str]:
        return {"role": self.role, "controller": self.controller, "name": self.name}
