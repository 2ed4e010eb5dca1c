"""Integer tables derived once per scenario, so that play and scoring never re-derive them.

Why this module exists: the engine must simulate thousands of games a second
for balance reports.  Everything that depends only on the scenario (which card
belongs to which motion and stance, what a card is worth to each role, how far
it moves each audience bloc) is computed here once, stored in tuples indexed by
small integers, and cached per scenario object.  The rest of the engine and
scoring works on these integers and turns them back into ids and text only for
people.

The numbers themselves are the rules of ``docs/rules.md``; change both together.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from debate.scenario.models import Scenario

if TYPE_CHECKING:
    from debate.scoring.match import Matcher

TIER: dict[str, int] = {"direct": 3, "reported": 2, "background": 1}
"""Weight of a card's best evidence: direct quote > reported position > background."""

PUSH: dict[int, float] = {3: 2.5, 2: 2.0, 1: 1.5}
"""How far a card's evidence moves a bloc, per tier: ``1 + tier / 2``.

Softer than :data:`TIER` on purpose: a direct quote still moves the room most,
but the side whose case rests on reported views and background facts is not
out-voted by the tier alone (the tier already multiplies a card's points).
"""

TIER_LABEL: dict[int, str] = {3: "direct quote", 2: "reported position", 1: "background fact"}

HAND_SIZE = 4
"""Cards dealt to a seat per motion (fewer when the stance's pool runs short)."""

MOTION_WIN = 5
"""Points to every seat whose stance the audience decides a motion for."""

AUDIENCE_POINTS = 10
"""Points shared among the blocs in proportion to size; a bloc pays its share to the
seats whose stance it votes for."""

CONTRADICTION = 6
"""Points lost for each pair of one's own played cards that contradict each other."""

WORDS_MAX = 3
"""Most points one closing sentence of one's own words can earn."""

MAX_RELEVANCE = 2
"""Shared themes with the motion counted towards a card's value, at most."""


@dataclass(frozen=True, slots=True)
class ArgInfo:
    """One argument card, by integer index."""

    index: int
    id: str
    motion: int
    stance: int
    tier: int
    relevance: int
    themes: tuple[str, ...]
    rebuts: tuple[int, ...]
    rebutted_by: tuple[int, ...]
    contradicts: frozenset[int]
    claim: str
    quote: str | None
    speakers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MotionInfo:
    """One motion: its stances and, per stance, the pool of cards arguing it."""

    index: int
    id: str
    text: str
    stances: tuple[str, ...]
    labels: tuple[str, ...]
    pools: tuple[tuple[int, ...], ...]


@dataclass(frozen=True, slots=True)
class ObjectiveInfo:
    """A role objective resolved to integers; ``bloc`` is ``-1`` when the motion decides it."""

    index: int
    id: str
    text: str
    motion: int
    stance: int
    bloc: int
    points: int


@dataclass(frozen=True, slots=True)
class RoleInfo:
    """A role with the value of every card to it and its objectives per motion."""

    index: int
    id: str
    name: str
    points: tuple[int, ...]
    """Points each card earns this role when it stands (0 for cards of no use)."""
    value: tuple[float, ...]
    """What the AI believes a card is worth to this role: its points plus its pull on the room."""
    objectives: tuple[tuple[ObjectiveInfo, ...], ...]
    """Objectives per motion index."""


@dataclass(frozen=True, slots=True)
class BlocInfo:
    """An audience bloc: its share of the audience points, pushes and head starts."""

    index: int
    id: str
    name: str
    size: int
    points: int
    push: tuple[float, ...]
    """How far each card moves the bloc towards its stance when it stands."""
    leanings: tuple[tuple[float, ...], ...]
    """Head start per motion index, per stance index."""


@dataclass(slots=True, eq=False)
class ScenarioTables:
    """Everything the engine needs from a scenario, as integer-indexed tuples.

    Compared and hashed by identity: there is one per scenario object.
    """

    scenario: Scenario
    args: tuple[ArgInfo, ...]
    arg_index: dict[str, int]
    motions: tuple[MotionInfo, ...]
    motion_index: dict[str, int]
    roles: tuple[RoleInfo, ...]
    role_index: dict[str, int]
    blocs: tuple[BlocInfo, ...]
    speaker_names: dict[str, str]
    strength: tuple[float, ...]
    """Role-independent worth of a card, used to value defeating it."""
    matchers: dict[int, Matcher] = field(default_factory=dict)
    """Own-words matchers per motion, built on first use."""
    memo: dict[str, dict[Any, Any]] = field(default_factory=dict)
    """Results of pure functions of these tables (boards evaluated, AI estimates),
    by function name then arguments; see :func:`memo_for`."""


_CACHE: OrderedDict[int, ScenarioTables] = OrderedDict()
_CACHE_SIZE = 16


def tables_for(scenario: Scenario) -> ScenarioTables:
    """The tables of ``scenario``, built on first use and cached per scenario object.

    :raises ValueError: the scenario refers to something it does not define
        (a validated scenario never does).
    """
    key = id(scenario)
    found = _CACHE.get(key)
    if found is not None and found.scenario is scenario:
        _CACHE.move_to_end(key)
        return found
    built = _build(scenario)
    _CACHE[key] = built
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return built


MEMO_SIZE = 1 << 16
"""Most entries one memo table holds; a full table is emptied and refilled."""


def memo_for(tables: ScenarioTables, name: str) -> dict[Any, Any]:
    """The memo table called ``name`` of ``tables`` (empty on first use).

    Callers store only results of pure functions of the tables and the key, so
    a hit returns exactly what recomputing would; callers check
    :data:`MEMO_SIZE` before storing.
    """
    found = tables.memo.get(name)
    if found is None:
        found = tables.memo[name] = {}
    return found


def _lookup(table: dict[str, int], name: str, noun: str) -> int:
    try:
        return table[name]
    except KeyError:
        raise ValueError(f"the scenario refers to an unknown {noun} `{name}`") from None


def _build(scenario: Scenario) -> ScenarioTables:
    motion_index = {m.id: i for i, m in enumerate(scenario.motions)}
    stance_index = [{s.id: j for j, s in enumerate(m.stances)} for m in scenario.motions]
    arg_index = {a.id: i for i, a in enumerate(scenario.arguments)}
    quotes = {q.id: q for q in scenario.quotes}
    motion_themes = [set(m.themes) for m in scenario.motions]

    rebutted_by: list[list[int]] = [[] for _ in scenario.arguments]
    contradicts: list[set[int]] = [set() for _ in scenario.arguments]
    for i, a in enumerate(scenario.arguments):
        for target in a.rebuts:
            rebutted_by[_lookup(arg_index, target, "argument")].append(i)
        for other in a.contradicts:
            j = _lookup(arg_index, other, "argument")
            contradicts[i].add(j)
            contradicts[j].add(i)

    args: list[ArgInfo] = []
    for i, a in enumerate(scenario.arguments):
        m = _lookup(motion_index, a.motion, "motion")
        evidence = [quotes[q] for q in a.evidence if q in quotes]
        if len(evidence) != len(a.evidence):
            missing = next(q for q in a.evidence if q not in quotes)
            raise ValueError(f"the scenario refers to an unknown quote `{missing}`")
        tier = max((TIER[q.kind] for q in evidence), default=TIER["background"])
        quote = evidence[0].text if evidence else (a.background.text if a.background else None)
        args.append(
            ArgInfo(
                index=i,
                id=a.id,
                motion=m,
                stance=_lookup(stance_index[m], a.stance, "stance"),
                tier=tier,
                relevance=min(MAX_RELEVANCE, len(motion_themes[m] & set(a.themes))),
                themes=tuple(a.themes),
                rebuts=tuple(arg_index[t] for t in a.rebuts),
                rebutted_by=tuple(rebutted_by[i]),
                contradicts=frozenset(contradicts[i]),
                claim=a.claim,
                quote=quote,
                speakers=tuple(dict.fromkeys(q.speaker for q in evidence)),
            )
        )

    motions = tuple(
        MotionInfo(
            index=mi,
            id=m.id,
            text=m.text,
            stances=tuple(s.id for s in m.stances),
            labels=tuple(s.label for s in m.stances),
            pools=tuple(
                tuple(a.index for a in args if a.motion == mi and a.stance == si)
                for si in range(len(m.stances))
            ),
        )
        for mi, m in enumerate(scenario.motions)
    )

    total_size = sum(b.size for b in scenario.audience) or 1
    blocs: list[BlocInfo] = []
    bloc_index = {b.id: i for i, b in enumerate(scenario.audience)}
    for bi, b in enumerate(scenario.audience):
        push = tuple(PUSH[a.tier] * sum(b.weights.get(t, 0.0) for t in a.themes) for a in args)
        leanings = tuple(
            tuple(float(b.leanings.get(m.id, {}).get(s, 0.0)) for s in motions[mi].stances)
            for mi, m in enumerate(scenario.motions)
        )
        blocs.append(
            BlocInfo(
                index=bi,
                id=b.id,
                name=b.name,
                size=b.size,
                points=round(AUDIENCE_POINTS * b.size / total_size),
                push=push,
                leanings=leanings,
            )
        )

    # How much a card pulls the room, in points: each bloc's points times the
    # card's push relative to the strongest push that bloc ever feels.
    pull: list[float] = [0.0] * len(args)
    for bloc in blocs:
        top = max(bloc.push, default=0.0)
        if top > 0:
            for i, p in enumerate(bloc.push):
                pull[i] += bloc.points * p / top
    strength = tuple(a.tier * (2 + a.relevance) + pull[a.index] for a in args)

    roles: list[RoleInfo] = []
    for ri, r in enumerate(scenario.roles):
        points = tuple(
            a.tier * (2 + a.relevance + max((r.priorities.get(t, 0) for t in a.themes), default=0))
            for a in args
        )
        per_motion: list[list[ObjectiveInfo]] = [[] for _ in motions]
        for oi, o in enumerate(r.objectives):
            m = _lookup(motion_index, o.motion, "motion")
            info = ObjectiveInfo(
                index=oi,
                id=o.id,
                text=o.text,
                motion=m,
                stance=_lookup(stance_index[m], o.stance, "stance"),
                bloc=-1 if o.bloc is None else _lookup(bloc_index, o.bloc, "bloc"),
                points=o.points,
            )
            per_motion[m].append(info)
        roles.append(
            RoleInfo(
                index=ri,
                id=r.id,
                name=r.name,
                points=points,
                value=tuple(points[i] + pull[i] for i in range(len(args))),
                objectives=tuple(tuple(objs) for objs in per_motion),
            )
        )

    return ScenarioTables(
        scenario=scenario,
        args=tuple(args),
        arg_index=arg_index,
        motions=motions,
        motion_index=motion_index,
        roles=tuple(roles),
        role_index={r.id: i for i, r in enumerate(scenario.roles)},
        blocs=tuple(blocs),
        speaker_names={s.id: s.name for s in scenario.speakers},
        strength=strength,
    )
