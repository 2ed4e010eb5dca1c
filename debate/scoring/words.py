"""Scoring a player's own closing sentence by what it echoes in the scenario.

Why lightly: own words are a chance to practise phrasing an argument, not a way
around the evidence, so a sentence earns at most ``WORDS_MAX`` points, and only
when the passage it echoes most closely argues the player's own stance.
"""

from __future__ import annotations

from debate.scoring.match import Candidate, Match, Matcher
from debate.scoring.tables import WORDS_MAX, ScenarioTables


def matcher_for(tables: ScenarioTables, motion: int) -> Matcher:
    """The matcher over one motion's card claims and quotes, built once per scenario."""
    found = tables.matchers.get(motion)
    if found is not None:
        return found
    scenario = tables.scenario
    info = tables.motions[motion]
    quote_text = {q.id: q for q in scenario.quotes}
    quote_stances: dict[str, set[str]] = {}
    candidates: list[Candidate] = []
    for a in scenario.arguments:
        if a.motion != info.id:
            continue
        candidates.append(Candidate(f"claim:{a.id}", a.claim, a.stance, f"the card `{a.id}`"))
        for q in a.evidence:
            quote_stances.setdefault(q, set()).add(a.stance)
    for q, stances in quote_stances.items():
        quote = quote_text[q]
        stance = next(iter(stances)) if len(stances) == 1 else None
        label = tables.speaker_names.get(quote.speaker, quote.speaker)
        candidates.append(Candidate(f"quote:{q}", quote.text, stance, label))
    corpus = [a.claim for a in scenario.arguments] + [q.text for q in scenario.quotes]
    built = Matcher(candidates, extra_corpus=corpus)
    tables.matchers[motion] = built
    return built


def echo(
    tables: ScenarioTables, motion: int, stance: int, sentence: str
) -> tuple[int, tuple[Match, ...]]:
    """Points for ``sentence`` and the passages it echoes, best first.

    Points are ``round(WORDS_MAX × similarity)`` of the closest passage when that
    passage argues ``stance``; otherwise 0.
    """
    stance_id = tables.motions[motion].stances[stance]
    matches = tuple(matcher_for(tables, motion).best(sentence, stance=stance_id, limit=3))
    if not matches or matches[0].supports is not True:
        return 0, matches
    return round(WORDS_MAX * matches[0].similarity), matches
