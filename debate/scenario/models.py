"""Pydantic models of the scenario YAML format.

The models are the truth about the format: `docs/scenario-format.md` explains
them and `scenarios/debate.schema.json` is generated from them.  Every field
carries a docstring on the line below it; ``use_attribute_docstrings`` turns
those into JSON Schema descriptions, which editors show while an author types.

Checks that need more than one field (references, quotes against the source)
live in :mod:`debate.scenario.validate`, not here, so that one broken reference
does not hide every other problem behind a single pydantic error.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

FORMAT_VERSION = 1

Identifier = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", min_length=1, max_length=64),
]
"""Lower-case id: letters, digits and dashes, starting with a letter or digit."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""Non-empty text (surrounding whitespace is ignored)."""

QuoteKind = Literal["direct", "reported"]
"""``direct``: the speaker's own words, in quote marks in the source.
``reported``: the source's account of what someone holds."""

QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)

SpeakerKind = Literal["person", "group"]
"""A named person, or a group such as "some LDP members"."""

SPEAKER_KINDS: tuple[str, ...] = get_args(SpeakerKind)

Weight = Annotated[float, Field(ge=0, le=10)]
"""A non-negative weight; 0 means "does not care"."""


class Model(BaseModel):
    """Base for every scenario model: unknown keys are errors, docstrings are schema."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        use_attribute_docstrings=True,
        str_strip_whitespace=False,
    )


class Citation(Model):
    """Text from outside the source, with where a reader can check it."""

    text: Text
    """What the background fact says, in the author's own words."""
    citation: Text
    """Where to check it: document or outlet, date, and address if there is one."""


class Source(Model):
    """The article a scenario is built from."""

    file: Text
    """File name of the source text in `seeds/` (its `.meta.yaml` sits beside it)."""
    citation: Text
    """How to cite the source: outlet, title, year."""


class Theme(Model):
    """A concern arguments touch and audiences weigh, such as deterrence or cost."""

    id: Identifier
    """Unique id of the theme."""
    label: Text
    """Short name shown to players."""
    description: str = ""
    """One line on what the theme covers."""


class GlossaryEntry(Model):
    """A term a 16-year-old may not know, explained in plain words."""

    term: Text
    """The term as it appears in the scenario."""
    definition: Text
    """A plain-language explanation."""


class Speaker(Model):
    """Someone the source quotes or reports on: a person or a group."""

    id: Identifier
    """Unique id of the speaker."""
    name: Text
    """Name shown to players, e.g. "Kanehara Nobukatsu" or "Komeito members"."""
    kind: SpeakerKind = "person"
    """`person` for a named individual, `group` for a party, government or public."""
    title: str = ""
    """Position or description, e.g. "former assistant chief cabinet secretary"."""


class Quote(Model):
    """A passage of the source, verified word for word against it."""

    id: Identifier
    """Unique id of the quote, used as evidence by arguments."""
    speaker: Identifier
    """Id of the speaker whose words or position this is."""
    kind: QuoteKind
    """`direct` for the speaker's own words; `reported` for the article's account of a position."""
    text: Text
    """The passage exactly as in the source. Use `…` to skip words between two verbatim parts."""


class Stance(Model):
    """One position a seat can take on a motion."""

    id: Identifier
    """Unique id of the stance within its motion, e.g. `support`."""
    label: Text
    """Short label shown to players, e.g. "Support"."""


class Motion(Model):
    """A question the seats debate, decided by the audience's vote."""

    id: Identifier
    """Unique id of the motion."""
    text: Text
    """The motion as put to the room, e.g. "Japan should acquire strike capability"."""
    stances: Annotated[list[Stance], Field(min_length=2, max_length=4)]
    """The positions a seat can take (two to four)."""
    themes: list[Identifier] = []
    """Themes the motion is about; arguments on these themes count as more relevant."""


class Objective(Model):
    """Something a role wants from the debate, won or lost at the end."""

    id: Identifier
    """Unique id of the objective within its role."""
    text: Text
    """The objective in the player's terms, e.g. "Keep the capability out of routine policy"."""
    motion: Identifier
    """The motion this objective is judged on."""
    stance: Identifier
    """The objective is met when the motion is decided for this stance…"""
    bloc: Identifier | None = None
    """…or, when set, when this audience bloc votes for that stance."""
    points: Annotated[int, Field(ge=1, le=50)] = 10
    """Points for meeting the objective."""


class Role(Model):
    """A seat a player can take, with its own brief and goals."""

    id: Identifier
    """Unique id of the role."""
    name: Text
    """Name shown to players, e.g. "LDP defense hawk"."""
    faction: Text
    """Party or institution the role belongs to."""
    brief: Text
    """What the role wants and why, in the second person (Markdown)."""
    priorities: dict[Identifier, Annotated[int, Field(ge=0, le=3)]] = {}
    """Theme id to weight 0–3: arguments on themes the role cares about earn more."""
    objectives: list[Objective] = []
    """What the role must achieve; each is won or lost at the end."""


class Argument(Model):
    """An argument card: a claim on one side of one motion, with its evidence."""

    id: Identifier
    """Unique id of the argument."""
    motion: Identifier
    """The motion the argument is about."""
    stance: Identifier
    """The stance of that motion the argument supports."""
    claim: Text
    """One sentence in the author's words; what the card says."""
    evidence: list[Identifier] = []
    """Ids of quotes that back the claim. Leave empty only when `background` is given."""
    background: Citation | None = None
    """Backing from outside the source, with its citation."""
    themes: list[Identifier] = []
    """Themes the argument touches."""
    rebuts: list[Identifier] = []
    """Arguments (same motion, other stance) that this one attacks."""
    contradicts: list[Identifier] = []
    """Arguments (any motion) a seat cannot also play without losing points."""


class Bloc(Model):
    """A part of the audience that judges the debate by its own concerns."""

    id: Identifier
    """Unique id of the bloc."""
    name: Text
    """Name shown to players, e.g. "Voters near the sites"."""
    description: str = ""
    """Who they are and what moves them."""
    size: Annotated[int, Field(ge=1, le=100)] = 1
    """Votes the bloc carries when a motion is decided."""
    weights: dict[Identifier, Weight] = {}
    """Theme id to weight: how much this bloc cares about each theme."""
    leanings: dict[Identifier, dict[Identifier, Annotated[float, Field(ge=0, le=100)]]] = {}
    """Motion id to {stance id: head start}: where the bloc stands before anyone speaks."""


class Scenario(Model):
    """A debate built from one source text."""

    format: Literal[1]
    """Format version of this file; this release reads version 1."""
    id: Identifier
    """Unique id of the scenario, used on the command line."""
    title: Text
    """Title shown on the home screen."""
    summary: Text
    """One or two sentences shown in scenario lists."""
    source: Source
    """The article the scenario is built from."""
    minutes: Annotated[int, Field(ge=1, le=240)] = 20
    """Rough length of one game, in minutes."""
    briefing: Text
    """Markdown shown before play: the situation, in language a 16-year-old can follow."""
    glossary: list[GlossaryEntry] = []
    """Terms explained in the briefing."""
    themes: list[Theme]
    """Concerns that arguments touch and audiences weigh."""
    speakers: list[Speaker] = []
    """People and groups the source quotes or reports on."""
    quotes: list[Quote] = []
    """Passages of the source used as evidence."""
    roles: list[Role]
    """Seats players can take."""
    motions: list[Motion]
    """Questions debated, in order."""
    arguments: list[Argument]
    """The argument cards."""
    audience: list[Bloc]
    """Blocs that vote on each motion."""
    epilogue: list[Citation] = []
    """What happened afterwards, each fact with its citation."""


def json_schema() -> dict[str, object]:
    """The JSON Schema of the format, as committed in `scenarios/debate.schema.json`."""
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "debate.schema.json"
    return schema
