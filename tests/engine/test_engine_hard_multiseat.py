"""The hard AI must not do worse than the normal AI in the same seat of a four-seat game.

A regression this catches: the hard AI's stance choice treated a multi-seat
table like a two-seat one (every seat holding its stance's whole pool) and so
shied away from its allies' stance; as the single hard seat among normals it
then scored and won less than the normal AI in that role.
"""

from __future__ import annotations

import pytest

from debate.ai import Tally, simulate
from debate.scenario.load import load_scenario

GAMES = 60
SEED = 0


def _lead(tally: Tally, seat: int) -> float:
    """Mean over games of the seat's total minus the best other seat's total."""
    leads = [
        totals[seat] - max(t for i, t in enumerate(totals) if i != seat)
        for totals in zip(*tally.totals, strict=True)
    ]
    return sum(leads) / len(leads)


@pytest.mark.parametrize("scenario_id", ["enemy-base-strike", "aegis-ashore"])
def test_single_hard_seat_beats_normal_in_same_role(scenario_id: str) -> None:
    scenario = load_scenario(scenario_id)
    roles = [role.id for role in scenario.roles][:6]
    assert len(roles) > 2
    base = simulate(scenario, [(role, "normal") for role in roles], GAMES, SEED)
    for seat, role in enumerate(roles):
        table = [(r, "hard" if i == seat else "normal") for i, r in enumerate(roles)]
        tally = simulate(scenario, table, GAMES, SEED)  # type: ignore[arg-type]
        hard_mean, normal_mean = tally.mean_sd(seat)[0], base.mean_sd(seat)[0]
        assert hard_mean >= normal_mean, (role, hard_mean, normal_mean)
        assert _lead(tally, seat) >= _lead(base, seat), (
            role,
            _lead(tally, seat),
            _lead(base, seat),
        )
