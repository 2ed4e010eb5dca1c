"""Printable role cards: what one player needs on paper before a class debate.

A card gathers, for one role, its brief, objectives and priorities, the motion
list, and the arguments and quotes most useful to that role.  "Useful" is
decided from the scenario alone, so cards can be printed before anyone plays:

1. arguments for a stance one of the role's objectives wants come first;
2. then arguments on themes the role prioritises (the sum of its weights);
3. then the strongest evidence: a direct quote beats a reported one, which
   beats background from outside the article (the scoring model's order).

The selection (:func:`build_cards`) is kept apart from the two renderings
(Markdown and self-contained HTML) so that both always show the same things.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from debate.scenario.models import Argument, Motion, Objective, Quote, Role, Scenario, Theme

EVIDENCE_STRENGTH: dict[str, int] = {"direct": 3, "reported": 2}
"""How much a quote kind weighs as evidence; background counts 1, none 0."""

BACKGROUND_STRENGTH = 1

PICKS_PER_MOTION = 4
"""Arguments suggested per motion: enough to plan with, few enough to fit a page."""

QUOTES_PER_CARD = 6
"""Key quotes listed per card."""


@dataclass(frozen=True)
class Pick:
    """An argument suggested to a role, with why it ranks where it does."""

    argument: Argument
    wanted: bool
    """It argues a stance one of the role's objectives wants."""
    fit: int
    """Sum of the role's priorities over the argument's themes."""
    strength: int
    """Strength of its best evidence (see :data:`EVIDENCE_STRENGTH`)."""
    quotes: tuple[Quote, ...]
    """Its quoted evidence, strongest first."""
    answers: tuple[Argument, ...]
    """Arguments it rebuts."""

    @property
    def rank(self) -> tuple[bool, int, int]:
        return (self.wanted, self.fit, self.strength)


@dataclass(frozen=True)
class MotionPlan:
    """One motion as seen from one role: what it wants and what to argue."""

    number: int
    motion: Motion
    wants: tuple[str, ...]
    """Labels of the stances the role's objectives want on this motion."""
    picks: tuple[Pick, ...]


@dataclass(frozen=True)
class Goal:
    """An objective with its condition spelled out for the player."""

    objective: Objective
    condition: str


@dataclass(frozen=True)
class RoleCard:
    """Everything printed on one role's card."""

    role: Role
    goals: tuple[Goal, ...]
    priorities: tuple[tuple[Theme, int], ...]
    """Themes the role cares about, most important first (weight 0 left out)."""
    motions: tuple[MotionPlan, ...]
    quotes: tuple[Quote, ...]
    """The quotes behind the suggested arguments, strongest first."""


class _Index:
    """Lookups by id over one scenario, built once for all cards."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.themes = {t.id: t for t in scenario.themes}
        self.quotes = {q.id: q for q in scenario.quotes}
        self.motions = {m.id: m for m in scenario.motions}
        self.arguments = {a.id: a for a in scenario.arguments}
        self.speakers = {s.id: s.name for s in scenario.speakers}
        self.blocs = {b.id: b.name for b in scenario.audience}

    def stance_label(self, motion: str, stance: str) -> str:
        found = self.motions.get(motion)
        if found is not None:
            for option in found.stances:
                if option.id == stance:
                    return option.label
        return stance

    def strength(self, argument: Argument) -> int:
        kinds = [self.quotes[q].kind for q in argument.evidence if q in self.quotes]
        best = max((EVIDENCE_STRENGTH.get(kind, 0) for kind in kinds), default=0)
        if argument.background is not None:
            best = max(best, BACKGROUND_STRENGTH)
        return best

    def evidence(self, argument: Argument) -> tuple[Quote, ...]:
        found = [self.quotes[q] for q in argument.evidence if q in self.quotes]
        return tuple(sorted(found, key=lambda q: -EVIDENCE_STRENGTH.get(q.kind, 0)))


def condition(index: _Index, objective: Objective) -> str:
    """The objective's win condition in words a player can check at the table."""
    motion = index.motions.get(objective.motion)
    stance = index.stance_label(objective.motion, objective.stance)
    what = f"motion {motion_number(index.scenario, objective.motion)}"
    if objective.bloc is not None:
        bloc = index.blocs.get(objective.bloc, objective.bloc)
        return f"{bloc} vote {stance} on {what}" if motion else f"{bloc} vote {stance}"
    return f"{what} is decided {stance}"


def motion_number(scenario: Scenario, motion_id: str) -> int:
    """1-based place of a motion in the running order (0 when unknown)."""
    for number, motion in enumerate(scenario.motions, start=1):
        if motion.id == motion_id:
            return number
    return 0


def build_card(index: _Index, role: Role) -> RoleCard:
    """The card of one role; see the module docstring for the ranking."""
    scenario = index.scenario
    goals = tuple(Goal(o, condition(index, o)) for o in role.objectives)
    priorities = tuple(
        (index.themes[theme], weight)
        for theme, weight in sorted(role.priorities.items(), key=lambda item: (-item[1], item[0]))
        if weight > 0 and theme in index.themes
    )
    wanted = {(o.motion, o.stance) for o in role.objectives}
    plans: list[MotionPlan] = []
    for number, motion in enumerate(scenario.motions, start=1):
        wants = tuple(
            dict.fromkeys(index.stance_label(m, s) for m, s in sorted(wanted) if m == motion.id)
        )
        candidates: list[Pick] = []
        for argument in scenario.arguments:
            if argument.motion != motion.id:
                continue
            pick = Pick(
                argument=argument,
                wanted=(argument.motion, argument.stance) in wanted,
                fit=sum(role.priorities.get(theme, 0) for theme in argument.themes),
                strength=index.strength(argument),
                quotes=index.evidence(argument),
                answers=tuple(index.arguments[a] for a in argument.rebuts if a in index.arguments),
            )
            # Without an objective on this motion the role may argue either
            # side, so only its priorities can make a card worth suggesting.
            if pick.wanted or (not wants and pick.fit > 0):
                candidates.append(pick)
        candidates.sort(key=lambda p: p.rank, reverse=True)
        plans.append(MotionPlan(number, motion, wants, tuple(candidates[:PICKS_PER_MOTION])))
    ranked = sorted(
        (pick for plan in plans for pick in plan.picks), key=lambda p: p.rank, reverse=True
    )
    quotes: dict[str, Quote] = {}
    for pick in ranked:
        for quote in pick.quotes:
            quotes.setdefault(quote.id, quote)
    best_quotes = sorted(quotes.values(), key=lambda q: -EVIDENCE_STRENGTH.get(q.kind, 0))
    return RoleCard(role, goals, priorities, tuple(plans), tuple(best_quotes[:QUOTES_PER_CARD]))


def build_cards(scenario: Scenario) -> list[RoleCard]:
    """One card per role, in the scenario's order."""
    index = _Index(scenario)
    return [build_card(index, role) for role in scenario.roles]


def speaker_name(scenario: Scenario, speaker_id: str) -> str:
    """Display name of a speaker id (the id itself when unknown)."""
    for speaker in scenario.speakers:
        if speaker.id == speaker_id:
            return speaker.name
    return speaker_id


# -- Markdown ----------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """Plain scenario text made inert in Markdown (one line)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _evidence_md(pick: Pick, scenario: Scenario) -> list[str]:
    lines = [
        f'    - {q.kind} — {md(speaker_name(scenario, q.speaker))}: "{md(q.text)}"'
        for q in pick.quotes
    ]
    background = pick.argument.background
    if background is not None:
        lines.append(f"    - background: {md(background.text)} ({md(background.citation)})")
    return lines


def render_markdown(scenario: Scenario, cards: Iterable[RoleCard]) -> str:
    """All cards as one Markdown document, a horizontal rule between cards."""
    blocks: list[str] = []
    for card in cards:
        role = card.role
        lines = [
            f"# {md(role.name)}",
            "",
            f"*{md(role.faction)}* · {md(scenario.title)}",
            "",
            "## Your brief",
            "",
            role.brief.strip(),
            "",
            "## Objectives",
            "",
        ]
        lines.extend(
            f"- {md(g.objective.text)} — *{md(g.condition)}* ({g.objective.points} points)"
            for g in card.goals
        )
        if not card.goals:
            lines.append("- No fixed objectives: argue well on the themes you care about.")
        lines += ["", "## Priorities", ""]
        lines.extend(f"- {md(theme.label)}: {weight}/3" for theme, weight in card.priorities)
        if not card.priorities:
            lines.append("- None in particular: every theme counts the same for you.")
        lines += ["", "## Motions", ""]
        for plan in card.motions:
            stances = " / ".join(md(s.label) for s in plan.motion.stances)
            want = f" — **you want: {md(' or '.join(plan.wants))}**" if plan.wants else ""
            lines.append(f"{plan.number}. {md(plan.motion.text)} ({stances}){want}")
        lines += ["", "## Arguments for you", ""]
        any_pick = False
        for plan in card.motions:
            for pick in plan.picks:
                any_pick = True
                stance = md(scenario_stance(plan.motion, pick.argument.stance))
                lines.append(f"- **Motion {plan.number}, {stance}:** {md(pick.argument.claim)}")
                lines.extend(_evidence_md(pick, scenario))
                if pick.answers:
                    answered = "; ".join(md(a.claim) for a in pick.answers)
                    lines.append(f"    - answers: {answered}")
        if not any_pick:
            lines.append("- None stands out: choose from your hand on the day.")
        lines += ["", "## Key quotes from the article", ""]
        lines.extend(
            f'- "{md(q.text)}" — {md(speaker_name(scenario, q.speaker))} ({q.kind})'
            for q in card.quotes
        )
        if not card.quotes:
            lines.append("- None of your suggested arguments quotes the article.")
        lines += ["", f"Source: {md(scenario.source.citation)}"]
        blocks.append("\n".join(lines))
    return "\n\n---\n\n".join(blocks) + "\n"


def scenario_stance(motion: Motion, stance_id: str) -> str:
    """Label of a stance of ``motion`` (the id when unknown)."""
    return next((s.label for s in motion.stances if s.id == stance_id), stance_id)


# -- HTML --------------------------------------------------------------------

_STYLE = """
:root { color-scheme: light; }
body { font-family: Georgia, "Times New Roman", serif; color: #111; background: #fff;
  margin: 0; line-height: 1.4; }
.card { max-width: 44rem; margin: 2rem auto; padding: 1.5rem 2rem;
  border: 1px solid #999; border-radius: 6px; }
h1 { margin: 0 0 .2rem; font-size: 1.7rem; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; text-transform: uppercase;
  letter-spacing: .04em; border-bottom: 1px solid #ccc; }
.meta { color: #444; font-style: italic; margin: 0; }
.want { font-weight: bold; }
blockquote { margin: .2rem 0 .2rem 1rem; padding-left: .6rem; border-left: 3px solid #999; }
.kind { font-size: .8rem; color: #444; text-transform: uppercase; }
.answers, .background, .source { font-size: .9rem; color: #333; }
ul, ol { padding-left: 1.4rem; margin: .3rem 0; }
li { margin: .15rem 0; }
@page { margin: 1.5cm; }
@media print {
  .card { border: none; margin: 0; padding: 0; max-width: none;
    break-after: page; page-break-after: always; }
  .card:last-child { break-after: auto; page-break-after: auto; }
}
"""


def h(text: str) -> str:
    """HTML-escape any text that came from a scenario file."""
    return html.escape(text, quote=True)


_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")


def markdown_html(text: str) -> str:
    """The small part of Markdown a brief uses (paragraphs, lists, bold, italics).

    Everything is escaped first; the markup is added to escaped text only, so
    nothing an author writes can become a tag, a script or a link.
    """
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines and all(line[:2] in {"- ", "* "} for line in lines):
            items = "".join(f"<li>{_inline(line[2:])}</li>" for line in lines)
            out.append(f"<ul>{items}</ul>")
        elif lines:
            out.append(f"<p>{_inline(' '.join(lines))}</p>")
    return "\n".join(out)


def _inline(text: str) -> str:
    escaped = h(text)
    escaped = _STRONG.sub(r"<strong>\1</strong>", escaped)
    return _EMPHASIS.sub(r"<em>\1</em>", escaped)


def _quote_html(scenario: Scenario, quote: Quote) -> str:
    who = h(speaker_name(scenario, quote.speaker))
    return (
        f'<blockquote>“{h(quote.text)}” — {who} <span class="kind">{h(quote.kind)}</span>'
        "</blockquote>"
    )


def _card_html(scenario: Scenario, card: RoleCard) -> str:
    role = card.role
    parts = [
        f'<section class="card" id="role-{h(role.id)}">',
        f"<h1>{h(role.name)}</h1>",
        f'<p class="meta">{h(role.faction)} · {h(scenario.title)}</p>',
        "<h2>Your brief</h2>",
        markdown_html(role.brief),
        "<h2>Objectives</h2><ul>",
    ]
    parts.extend(
        f"<li>{h(g.objective.text)} — <em>{h(g.condition)}</em> ({g.objective.points} points)</li>"
        for g in card.goals
    )
    if not card.goals:
        parts.append("<li>No fixed objectives: argue well on the themes you care about.</li>")
    parts.append("</ul><h2>Priorities</h2><ul>")
    parts.extend(
        f"<li>{h(theme.label)}: {'●' * weight}{'○' * (3 - weight)} ({weight}/3)</li>"
        for theme, weight in card.priorities
    )
    if not card.priorities:
        parts.append("<li>None in particular: every theme counts the same for you.</li>")
    parts.append("</ul><h2>Motions</h2><ol>")
    for plan in card.motions:
        stances = " / ".join(h(s.label) for s in plan.motion.stances)
        want = (
            f' — <span class="want">you want: {h(" or ".join(plan.wants))}</span>'
            if plan.wants
            else ""
        )
        parts.append(f"<li>{h(plan.motion.text)} ({stances}){want}</li>")
    parts.append("</ol><h2>Arguments for you</h2><ul>")
    any_pick = False
    for plan in card.motions:
        for pick in plan.picks:
            any_pick = True
            stance = h(scenario_stance(plan.motion, pick.argument.stance))
            parts.append(
                f"<li><strong>Motion {plan.number}, {stance}:</strong> {h(pick.argument.claim)}"
            )
            parts.extend(_quote_html(scenario, q) for q in pick.quotes)
            background = pick.argument.background
            if background is not None:
                parts.append(
                    f'<div class="background">Background: {h(background.text)} '
                    f"({h(background.citation)})</div>"
                )
            if pick.answers:
                answered = "; ".join(h(a.claim) for a in pick.answers)
                parts.append(f'<div class="answers">Answers: {answered}</div>')
            parts.append("</li>")
    if not any_pick:
        parts.append("<li>None stands out: choose from your hand on the day.</li>")
    parts.append("</ul><h2>Key quotes from the article</h2>")
    parts.extend(_quote_html(scenario, q) for q in card.quotes)
    if not card.quotes:
        parts.append("<p>None of your suggested arguments quotes the article.</p>")
    parts.append(f'<p class="source">Source: {h(scenario.source.citation)}</p></section>')
    return "\n".join(parts)


def render_html(scenario: Scenario, cards: Iterable[RoleCard]) -> str:
    """All cards as one self-contained HTML page: no scripts, links or web fonts.

    Printing it gives one card per page.
    """
    body = "\n".join(_card_html(scenario, card) for card in cards)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Role cards — {h(scenario.title)}</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
