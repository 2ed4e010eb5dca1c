"""A first draft of a scenario from a source text, for an author to fill in.

The draft's quotes section lists every passage the article puts in double
quotes (straight or curly), each with the source line and the words around it
so that the author can attribute it.  The rest is a skeleton of the smallest
playable shape: two themes, two roles, one motion with two stances, one
argument per stance and one audience bloc.

The draft is built so that what the author *must* decide shows up as problems
pointing at the line to change, all in one run:

* every quote's ``speaker`` is :data:`UNATTRIBUTED`, which the validator
  reports as an unknown speaker (errors: the game cannot say who said it);
* every skeleton argument has no evidence yet (errors, with the validator's
  hint on what to give);
* prose an author must write starts with :data:`PLACEHOLDER`; it type-checks,
  so that the errors above are never hidden behind missing text, and
  :func:`placeholders` (used by ``debate new`` and ``debate lint``) lists
  each one with its line and column.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from debate.scenario.problems import Problem
from debate.scenario.source import SourceText
from debate.scenario.validate import PLACEHOLDER

SCHEMA_COMMENT = "# yaml-language-server: $schema=debate.schema.json"

UNATTRIBUTED = "who-said-this"
"""Speaker id of a quote not attributed yet; deliberately not a declared speaker."""

"""Start of every piece of prose the author still has to write."""

_QUOTED = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[a-z0-9]+")
_CONTEXT_WORDS = 8


@dataclass(frozen=True)
class FoundQuote:
    """A passage the source puts in quote marks."""

    id: str
    text: str
    line: int
    context: str
    """The passage with a few words either side, to help attribute it."""


def slug(text: str, *, words: int = 6) -> str:
    """An id made of the first words of ``text`` (lower case, dashes)."""
    found = _WORD.findall(text.lower().replace("'", "").replace("’", ""))
    return "-".join(found[:words])[:48].strip("-") or "quote"


def find_quotes(text: str) -> list[FoundQuote]:
    """Every distinct passage between double quote marks, in order of appearance.

    Quotes are paired within a paragraph only, so one stray mark cannot swallow
    the rest of the article.  A closing comma ("…decision," he said) is the
    newspaper's, not the speaker's, and is dropped.
    """
    found: list[FoundQuote] = []
    seen_texts: set[str] = set()
    used_ids: set[str] = set()
    offset = 0
    for paragraph in _PARAGRAPH.split(text):
        start = text.index(paragraph, offset) if paragraph else offset
        offset = start + len(paragraph)
        for match in _QUOTED.finditer(paragraph):
            passage = " ".join(match.group(1).split()).rstrip(",").strip()
            if not passage or passage in seen_texts:
                continue
            seen_texts.add(passage)
            line = text.count("\n", 0, start + match.start()) + 1
            found.append(
                FoundQuote(
                    id=_unique(slug(passage), used_ids),
                    text=passage,
                    line=line,
                    context=_context(paragraph, match.start(), match.end()),
                )
            )
    return found


def _unique(base: str, used: set[str]) -> str:
    candidate, number = base, 2
    while candidate in used:
        candidate = f"{base}-{number}"
        number += 1
    used.add(candidate)
    return candidate


def _context(paragraph: str, start: int, end: int) -> str:
    before = paragraph[:start].split()[-_CONTEXT_WORDS:]
    after = paragraph[end:].split()[:4]
    lead = "…" if len(paragraph[:start].split()) > _CONTEXT_WORDS else ""
    tail = "…" if len(paragraph[end:].split()) > 4 else ""
    words = paragraph[start:end].split()
    if len(words) > 12:
        words = [*words[:6], "…", *words[-5:]]
    quoted = " ".join(words)
    return " ".join(
        part for part in (lead + " ".join(before), quoted, " ".join(after) + tail) if part
    )


def _s(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str) -> str:
    """Text made safe for a one-line YAML comment."""
    return " ".join(text.split())


def citation(source: SourceText) -> str:
    """How to cite the source, from its metadata: publisher, "title", year."""
    meta = source.meta
    parts = [meta.publisher] if meta.publisher else []
    parts.append(f'"{meta.title}"')
    if meta.year is not None:
        parts.append(str(meta.year))
    return ", ".join(parts)


def scaffold(scenario_id: str, source: SourceText) -> str:
    """The YAML text of a new scenario drafted from ``source``."""
    quotes = find_quotes(source.text)
    speakers = [(slug(name, words=3), name) for name in source.meta.speakers]
    lines = [
        SCHEMA_COMMENT,
        f"# Drafted by `debate new` from {source.path.name}. Search for {PLACEHOLDER!r}",
        f"# and `{UNATTRIBUTED}`, and run `debate validate --watch THIS-FILE` while",
        "# you write: every problem left points at the line to change.",
        "# The format is explained in docs/scenario-format.md.",
        "format: 1",
        f"id: {scenario_id}",
        f"title: {_s(source.meta.title)}",
        f"summary: {_s(PLACEHOLDER + ' one or two sentences shown in the scenario list')}",
        "source:",
        f"  file: {_s(source.path.name)}",
        f"  citation: {_s(citation(source))}",
        "minutes: 20",
        "briefing: |",
        f"  {PLACEHOLDER} the situation, in words a 16-year-old can follow (Markdown).",
        "glossary: []",
        "themes:  # concerns arguments touch and audiences weigh",
        "  - id: theme-1",
        f"    label: {_s(PLACEHOLDER + ' first theme, e.g. Deterrence')}",
        "  - id: theme-2",
        f"    label: {_s(PLACEHOLDER + ' second theme, e.g. Cost')}",
        "speakers:  # everyone the article quotes or reports on; add groups too",
    ]
    if speakers:
        for speaker_id, name in speakers:
            lines += [f"  - id: {speaker_id}", f"    name: {_s(name)}", "    kind: person"]
    else:
        lines[-1] = "speakers: []  # everyone the article quotes or reports on"
    lines.append(
        f"quotes:  # every passage in quote marks; set each `speaker` (now `{UNATTRIBUTED}`),"
    )
    lines.append("  # delete those you will not use, add `kind: reported` paraphrases you need")
    if not quotes:
        lines[-2] = "quotes: []  # the source has no passage in quote marks"
        lines.pop()
    for quote in quotes:
        lines += [
            f"  # line {quote.line}: {_comment(quote.context)}",
            f"  - id: {quote.id}",
            f"    speaker: {UNATTRIBUTED}  # who said this? an id from `speakers`",
            "    kind: direct",
            f"    text: {_s(quote.text)}",
        ]
    lines += [
        "roles:  # at least two seats",
        *_role("role-1", "support"),
        *_role("role-2", "oppose"),
        "motions:  # what is debated, in order",
        "  - id: motion-1",
        f"    text: {_s(PLACEHOLDER + ' the motion as put to the room')}",
        "    themes: [theme-1, theme-2]",
        "    stances:",
        "      - {id: support, label: Support}",
        "      - {id: oppose, label: Oppose}",
        "arguments:  # the cards; each needs quote ids in `evidence` or a `background`",
        *_argument("support-1", "support", None),
        *_argument("oppose-1", "oppose", "support-1"),
        "audience:  # blocs that vote on each motion",
        "  - id: public",
        "    name: The public",
        "    size: 1",
        "    weights: {theme-1: 1, theme-2: 1}",
        "epilogue: []  # what happened afterwards: [{text: ..., citation: ...}]",
    ]
    return "\n".join(lines) + "\n"


def _role(role_id: str, stance: str) -> list[str]:
    return [
        f"  - id: {role_id}",
        f"    name: {_s(PLACEHOLDER + ' role name')}",
        f"    faction: {_s(PLACEHOLDER + ' party or institution')}",
        "    brief: |",
        f"      {PLACEHOLDER} what this role wants and why, in the second person.",
        "    priorities: {theme-1: 2, theme-2: 1}",
        "    objectives:",
        f"      - id: win-{stance}",
        f"        text: {_s(PLACEHOLDER + ' the objective in the player’s words')}",
        "        motion: motion-1",
        f"        stance: {stance}",
    ]


def _argument(argument_id: str, stance: str, rebuts: str | None) -> list[str]:
    lines = [
        f"  - id: {argument_id}",
        "    motion: motion-1",
        f"    stance: {stance}",
        f"    claim: {_s(PLACEHOLDER + ' one sentence in your own words')}",
        "    evidence: []  # quote ids from `quotes`",
        "    themes: [theme-1]",
    ]
    if rebuts is not None:
        lines.append(f"    rebuts: [{rebuts}]")
    return lines


def placeholders(path: Path | str, text: str) -> Iterator[Problem]:
    """Every :data:`PLACEHOLDER` and :data:`UNATTRIBUTED` left in a scenario's text.

    Found in the raw text rather than the parsed data so that each one points
    at its exact column even in block scalars and comments are skipped.
    """
    for number, line in enumerate(text.splitlines(), start=1):
        content = _uncommented(line)
        column = content.find(PLACEHOLDER)
        if column >= 0:
            yield Problem(
                str(path),
                number,
                column + 1,
                "placeholder text left from `debate new`",
                severity="warning",
                hints=(content[column + len(PLACEHOLDER) :].strip(' "') or "write this text",),
            )
        column = content.find(f"speaker: {UNATTRIBUTED}")
        if column >= 0:
            yield Problem(
                str(path),
                number,
                column + len("speaker: ") + 1,
                "quote not attributed yet",
                severity="warning",
                hints=("add the speaker under `speakers:` and put its id here",),
            )


def _uncommented(line: str) -> str:
    """The line without a trailing ``# comment`` outside quotes (good enough for drafts)."""
    if line.lstrip().startswith("#"):
        return ""
    opening = ("", " ", ":", "[", "{", ",")
    quote: str | None = None
    for index, char in enumerate(line):
        if quote is None and (char == '"' or (char == "'" and line[index - 1 : index] in opening)):
            quote = char
        elif char == quote:
            quote = None
        elif char == "#" and quote is None and (index == 0 or line[index - 1] in " \t"):
            return line[:index]
    return line
