"""Tests for the "own words" matcher and the ArgKP metric used to benchmark it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debate.scoring.kpa_metric import average_precision, kpa_map
from debate.scoring.match import Candidate, Matcher, MatcherConfig, stem, tokenize

CANDIDATES = [
    Candidate("q1", "School uniforms reduce bullying of poorer students.", "con", "Kanehara"),
    Candidate("q2", "Uniforms are expensive for families on low incomes.", "pro", "Okafor"),
    Candidate("q3", "Gun ownership is a constitutional right.", "con", "Reyes"),
    Candidate("q4", "Austerity cuts hurt the poorest citizens first.", "pro", "Lindqvist"),
    Candidate("q5", "Affirmative action corrects historical discrimination.", None, "Moreau"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(CANDIDATES, extra_corpus=["Students wear clothes to school every day."])


def test_deterministic_across_instances(matcher: Matcher) -> None:
    other = Matcher(CANDIDATES, extra_corpus=["Students wear clothes to school every day."])
    sentence = "Uniforms stop kids from being bullied over cheap clothes"
    assert matcher.score(sentence) == other.score(sentence)
    assert matcher.best(sentence) == other.best(sentence)
    assert matcher.score(sentence) == matcher.score(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wearing a uniform cuts down on the bullying of poor kids", "q1"),
        ("uniforms cost families too much money", "q2"),
        ("owning guns is a right guaranteed by the constitution", "q3"),
        ("the cuts of austerity hurt poor people the most", "q4"),
        ("affirmative action fixes discrimination from history", "q5"),
    ],
)
def test_paraphrase_ranks_its_candidate_first(
    matcher: Matcher, sentence: str, expected: str
) -> None:
    top = matcher.best(sentence, limit=1)
    assert [m.key for m in top] == [expected]
    assert top[0].similarity > 0.2


def test_exact_text_scores_one(matcher: Matcher) -> None:
    assert matcher.score(CANDIDATES[2].text)["q3"] == pytest.approx(1.0)


def test_best_is_sorted_limited_and_carries_labels(matcher: Matcher) -> None:
    matches = matcher.best("school uniforms are expensive and cause bullying", limit=2)
    assert len(matches) == 2
    assert matches[0].similarity >= matches[1].similarity
    assert {m.key for m in matches} == {"q1", "q2"}
    by_key = {c.key: c for c in CANDIDATES}
    for m in matches:
        assert m.label == by_key[m.key].label
        assert m.text == by_key[m.key].text
    assert matcher.best("school uniforms", limit=0) == []


def test_supports_flag_follows_stance(matcher: Matcher) -> None:
    sentence = "uniforms bullying expensive guns affirmative action"
    matches = {m.key: m for m in matcher.best(sentence, stance="pro", limit=5)}
    assert matches["q2"].supports is True  # same stance
    assert matches["q1"].supports is False  # opposite stance
    assert matches["q5"].supports is None  # candidate stance unknown
    assert all(m.supports is None for m in matcher.best(sentence, limit=5))  # player unknown


@pytest.mark.parametrize(
    "sentence",
    ["", "   ", "?!...,;:", "the of and a", "\x00\x01\t\n", "🙂🙂🙂", "___"],
)
def test_empty_or_garbage_gives_zero_and_no_matches(matcher: Matcher, sentence: str) -> None:
    scores = matcher.score(sentence)
    assert set(scores) == {c.key for c in CANDIDATES}
    assert all(v == 0.0 for v in scores.values())
    assert matcher.best(sentence) == []


def test_huge_input_is_bounded_and_still_ranks(matcher: Matcher) -> None:
    sentence = "austerity cuts hurt the poor " * 50_000
    top = matcher.best(sentence, limit=1)
    assert top and top[0].key == "q4"
    assert 0.0 <= top[0].similarity <= 1.0


def test_non_ascii_is_folded(matcher: Matcher) -> None:
    # Accents and curly apostrophes fold to plain ASCII forms.
    assert tokenize("Café’s ÜNIFORMS") == ["cafes", "uniforms"]
    top = matcher.best("Ünïfórms are éxpensive", limit=1)
    assert top and top[0].key == "q2"
    # Scripts the stemmer does not know still work as whole tokens.
    cyr = Matcher([Candidate("r", "школьная форма дорогая"), Candidate("z", "枪支 权利")])
    assert cyr.best("форма дорогая", limit=1)[0].key == "r"


def test_no_candidates_and_duplicate_keys() -> None:
    empty = Matcher([])
    assert empty.score("anything at all") == {}
    assert empty.best("anything at all") == []
    with pytest.raises(ValueError):
        Matcher([Candidate("a", "x"), Candidate("a", "y")])


def test_negation_is_kept_as_a_feature() -> None:
    m = Matcher([Candidate("yes", "uniforms are fair"), Candidate("no", "uniforms are not fair")])
    assert m.best("uniforms are not fair at all", limit=1)[0].key == "no"


def test_stemmer_matches_porter_reference() -> None:
    pairs = {
        "caresses": "caress",
        "ponies": "poni",
        "hopping": "hop",
        "relational": "relat",
        "generalizations": "gener",
        "bullying": "bulli",
        "bullied": "bulli",
        "uniforms": "uniform",
        "is": "is",
    }
    assert {w: stem(w) for w in pairs} == pairs


def test_word_only_config_still_in_range() -> None:
    m = Matcher(CANDIDATES, config=MatcherConfig(char_weight=0.0, use_stemming=False))
    scores = m.score("school uniforms reduce bullying")
    assert max(scores, key=lambda k: scores[k]) == "q1"
    assert all(0.0 <= v <= 1.0 for v in scores.values())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, "pro", "con"]), st.integers(-2, 8))
def test_arbitrary_text_never_raises_and_stays_in_range(
    sentence: str, stance: str | None, limit: int
) -> None:
    m = Matcher(CANDIDATES)
    scores = m.score(sentence)
    assert set(scores) == {c.key for c in CANDIDATES}
    assert all(0.0 <= v <= 1.0 for v in scores.values())
    best = m.best(sentence, stance=stance, limit=limit)
    assert len(best) <= max(limit, 0)
    assert all(0.0 < b.similarity <= 1.0 for b in best)
    assert [b.similarity for b in best] == sorted((b.similarity for b in best), reverse=True)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=8), st.text(max_size=80))
def test_arbitrary_candidates_never_raise(texts: list[str], sentence: str) -> None:
    m = Matcher([Candidate(str(i), t) for i, t in enumerate(texts)], extra_corpus=texts)
    assert all(0.0 <= v <= 1.0 for v in m.score(sentence).values())


# ------------------------------------------------------------------ the ArgKP metric


def test_average_precision_matches_sklearn_values() -> None:
    # Values checked against sklearn.metrics.average_precision_score by hand.
    assert average_precision([True, False, True, False], [0.9, 0.8, 0.7, 0.1]) == pytest.approx(
        (1 / 1 + 2 / 3) / 2
    )
    # Ties form one threshold: both items at 0.5 -> precision 1/2 at recall 1.
    assert average_precision([True, False], [0.5, 0.5]) == pytest.approx(0.5)
    assert average_precision([False, False], [0.3, 0.2]) == 0.0
    assert average_precision([], []) == 0.0


def test_kpa_map_on_hand_made_example() -> None:
    # Group G1: four arguments -> top half is the two best: a1 (0.9, label 1) and
    # a2 (0.8, unlabelled). Strict: labels [1, 0] -> AP 1.0 x share 0.5 = 0.5.
    # Relaxed: labels [1, 1] -> AP 1.0 x share 1.0 = 1.0.
    # Group G2: two arguments -> top one is b1 (best kp k3 0.6, label 0) -> 0 / 0.
    arguments = [
        ("a1", "T", "1"),
        ("a2", "T", "1"),
        ("a3", "T", "1"),
        ("a4", "T", "1"),
        ("b1", "T", "-1"),
        ("b2", "T", "-1"),
    ]
    predictions = {
        "a1": {"k1": 0.9, "k2": 0.1},
        "a2": {"k1": 0.2, "k2": 0.8},
        "a3": {"k1": 0.3},
        "a4": {},  # no prediction: dummy key point, score 0, never matching
        "b1": {"k3": 0.6, "k4": 0.5},
        "b2": {"k4": 0.4},
    }
    labels = {("a1", "k1"): 1, ("a3", "k1"): 1, ("b1", "k3"): 0, ("b1", "k4"): 1}
    result = kpa_map(arguments, predictions, labels)
    assert result.groups[("T", "1")] == pytest.approx((0.5, 1.0))
    assert result.groups[("T", "-1")] == pytest.approx((0.0, 0.0))
    assert result.strict == pytest.approx(0.25)
    assert result.relaxed == pytest.approx(0.5)


def test_equal_scores_keep_candidate_order() -> None:
    same = [Candidate(k, "Uniforms reduce bullying.") for k in ("z", "b", "m", "a")]
    m = Matcher([Candidate("x", "Guns are a right."), *same])
    assert [b.key for b in m.best("uniforms and bullying", limit=3)] == ["z", "b", "m"]


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
@settings(max_examples=200, deadline=None)
def test_ascii_fast_path_folds_like_unicode_path(text: str) -> None:
    import unicodedata

    from debate.scoring.match import _APOSTROPHES, _fold

    slow = unicodedata.normalize("NFKD", text.casefold())
    slow = "".join(ch for ch in slow if not unicodedata.combining(ch))
    assert _fold(text) == _APOSTROPHES.sub("", slow)
