"""Presentation helpers: how scenario things read on screen (no Textual, no game rules).

Everything here turns scenario data into words and badges; what a card is
worth, what stands and who wins is only ever read from the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rich.text import Text

from debate.scenario.models import Argument, Quote, Scenario

Badge = Literal["direct", "reported", "background"]

BADGE_STYLE: dict[str, str] = {
    "direct": "bold green",
    "reported": "bold yellow",
    "background": "bold blue",
}
BADGE_LABEL: dict[str, str] = {
    "direct": "❝ direct quote",
    "reported": "≈ reported",
    "background": "ⓘ background",
}
BADGE_SHORT: dict[str, str] = {"direct": "❝", "reported": "≈", "background": "ⓘ"}


@dataclass(frozen=True)
class Lookup:
    """Scenario items by id, built once per scenario."""

    arguments: dict[str, Argument]
    quotes: dict[str, Quote]
    speakers: dict[str, str]
    stances: dict[tuple[str, str], str]
    motions: dict[str, int]


_LOOKUPS: dict[int, tuple[Scenario, Lookup]] = {}


def lookup(scenario: Scenario) -> Lookup:
    """Items by id; cached by identity (scenario models hold lists, so are not hashable)."""
    cached = _LOOKUPS.get(id(scenario))
    if cached is not None and cached[0] is scenario:
        return cached[1]
    found = Lookup(
        arguments={a.id: a for a in scenario.arguments},
        quotes={q.id: q for q in scenario.quotes},
        speakers={s.id: s.name for s in scenario.speakers},
        stances={(m.id, s.id): s.label for m in scenario.motions for s in m.stances},
        motions={m.id: i for i, m in enumerate(scenario.motions)},
    )
    _LOOKUPS[id(scenario)] = (scenario, found)
    return found


def badge(scenario: Scenario, argument: str) -> Badge:
    """The strongest kind of evidence behind a card: what its badge shows."""
    found = lookup(scenario)
    kinds = {found.quotes[q].kind for q in found.arguments[argument].evidence if q in found.quotes}
    if "direct" in kinds:
        return "direct"
    if "reported" in kinds:
        return "reported"
    return "background"


def badge_text(kind: str, short: bool = False) -> Text:
    return Text(BADGE_SHORT[kind] if short else BADGE_LABEL[kind], style=BADGE_STYLE[kind])


def claim(scenario: Scenario, argument: str) -> str:
    return lookup(scenario).arguments[argument].claim


def stance_label(scenario: Scenario, motion: str, stance: str | None) -> str:
    if stance is None:
        return "no decision"
    return lookup(scenario).stances.get((motion, stance), stance)


def evidence_lines(scenario: Scenario, argument: str) -> list[Text]:
    """The quotes behind a card (speaker and kind), then its background with citation."""
    found = lookup(scenario)
    card = found.arguments[argument]
    lines: list[Text] = []
    for quote_id in card.evidence:
        quote = found.quotes.get(quote_id)
        if quote is None:
            continue
        line = Text()
        line.append("“", style="italic")
        line.append(quote.text, style="italic")
        line.append("”", style="italic")
        speaker = found.speakers.get(quote.speaker, quote.speaker)
        line.append(f" — {speaker}", style="dim")
        line.append(" (reported)" if quote.kind == "reported" else "", style="dim")
        lines.append(line)
    if card.background is not None:
        line = Text(card.background.text)
        line.append(f" [{card.background.citation}]", style="dim")
        lines.append(line)
    return lines


def quotes_of(scenario: Scenario, argument: str) -> list[str]:
    """Texts of the quotes a card cites (what the source view highlights)."""
    found = lookup(scenario)
    return [found.quotes[q].text for q in found.arguments[argument].evidence if q in found.quotes]


def shorten(text: str, width: int) -> str:
    """``text`` cut at a word boundary to ``width`` characters, with an ellipsis."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"
