""" "You argued most like …": a seat's stances against the speakers the scenario quotes."""

from __future__ import annotations

from debate.scoring.record import Record


def speaker_positions(record: Record) -> dict[str, dict[int, int]]:
    """Speaker id to {motion index: stance index} where their quotes back one stance most."""
    tables = record.tables
    counts: dict[str, dict[int, dict[int, int]]] = {}
    for arg in tables.args:
        for speaker in arg.speakers:
            per_motion = counts.setdefault(speaker, {}).setdefault(arg.motion, {})
            per_motion[arg.stance] = per_motion.get(arg.stance, 0) + 1
    positions: dict[str, dict[int, int]] = {}
    for speaker, motions in counts.items():
        for motion, by_stance in motions.items():
            top = max(by_stance.values())
            leaders = [s for s, c in by_stance.items() if c == top]
            if len(leaders) == 1:
                positions.setdefault(speaker, {})[motion] = leaders[0]
    return positions


def argued_most_like(record: Record, seat: int) -> tuple[str, int, int] | None:
    """``(speaker name, motions agreed, motions compared)`` for the closest speaker.

    Compared motions are those where the seat's stance is revealed and the
    speaker has a position.  The closest speaker agrees on the most motions,
    then on the highest share; ties go to the speaker listed first in the
    scenario.  ``None`` when the seat agreed with nobody.
    """
    tables = record.tables
    positions = speaker_positions(record)
    best: tuple[int, float, int] | None = None
    found: tuple[str, int, int] | None = None
    for order, speaker in enumerate(tables.speaker_names):
        stances = positions.get(speaker, {})
        compared = [m for m in stances if m < len(record.stances)]
        agreed = sum(1 for m in compared if record.stances[m][seat] == stances[m])
        if not agreed:
            continue
        key = (agreed, agreed / len(compared), -order)
        if best is None or key > best:
            best = key
            found = (tables.speaker_names[speaker], agreed, len(compared))
    return found
