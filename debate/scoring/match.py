"""Match a player's own sentence against a scenario's quotes and argument claims.

Why this shape: the game must run offline, deterministically and instantly on a
laptop, so there is no embedding model. Instead each text becomes two sparse
TF-IDF vectors, and similarity is a blend of their cosines:

* **word stems** (lowercased, accents folded, stopwords dropped, Porter-stemmed) with
  sublinear term frequency, so "bullying" meets "bully" and a word repeated five
  times does not drown the rest of the sentence;
* **character n-grams** (3-5, inside word boundaries), which forgive typos and
  morphology the stemmer misses ("uniforms"/"uniformity", "econ"/"economy").

IDF is learned from the candidates plus an optional ``extra_corpus`` (for example all
the scenario's text), because with only a handful of candidates every word looks
rare. Both vectors are non-negative and L2-normalised, so each cosine, and hence the
blend, lies in [0, 1]. Scoring walks an inverted index, so one sentence against
1,000 candidates touches only the postings of its own features.

Measured on the IBM ArgKP dev split (see ``bench/argkp.py``), this beats the plain
TF-IDF cosine baseline of the shared task; figures live in the bench output.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import mul

__all__ = ["Candidate", "Match", "Matcher", "MatcherConfig", "stem", "tokenize"]

#: A player types one sentence; anything longer is truncated so a pasted novel
#: cannot stall the UI. 4,000 characters is far beyond any real sentence.
MAX_INPUT_CHARS = 4000

# Function words carry no claim; dropping them stops "the"/"of" from making
# unrelated sentences look alike. Negations are deliberately *kept*: "not fair"
# and "fair" are different claims, and the ArgKP benchmark agrees (see bench).
_STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "s",
        "t",
        "d",
        "ll",
        "m",
        "re",
        "ve",
    ]
)
_NEGATIONS = frozenset(
    [
        "no",
        "nor",
        "not",
        "never",
        "cannot",
        "cant",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "wont",
        "wouldnt",
        "shouldnt",
        "couldnt",
        "without",
    ]
)

_TOKEN_RE = re.compile(r"[^\W_]+")
_APOSTROPHES = re.compile(r"['\u2019\u2018`\u00b4]")


# --------------------------------------------------------------------------- stemming


def _is_cons(word: str, i: int) -> bool:
    ch = word[i]
    if ch in "aeiou":
        return False
    if ch == "y":
        return i == 0 or not _is_cons(word, i - 1)
    return True


def _measure(stem_: str) -> int:
    """Porter's m: the number of vowel-consonant sequences in ``stem_``."""
    m = 0
    prev_vowel = False
    for i in range(len(stem_)):
        vowel = not _is_cons(stem_, i)
        if prev_vowel and not vowel:
            m += 1
        prev_vowel = vowel
    return m


def _has_vowel(stem_: str) -> bool:
    return any(not _is_cons(stem_, i) for i in range(len(stem_)))


def _double_cons(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _is_cons(word, len(word) - 1)


def _cvc(word: str) -> bool:
    n = len(word)
    return (
        n >= 3
        and _is_cons(word, n - 3)
        and not _is_cons(word, n - 2)
        and _is_cons(word, n - 1)
        and word[-1] not in "wxy"
    )


_STEP2 = (
    ("ational", "ate"),
    ("tional", "tion"),
    ("enci", "ence"),
    ("anci", "ance"),
    ("izer", "ize"),
    ("bli", "ble"),
    ("alli", "al"),
    ("entli", "ent"),
    ("eli", "e"),
    ("ousli", "ous"),
    ("ization", "ize"),
    ("ation", "ate"),
    ("ator", "ate"),
    ("alism", "al"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("aliti", "al"),
    ("iviti", "ive"),
    ("biliti", "ble"),
    ("logi", "log"),
)
_STEP3 = (
    ("icate", "ic"),
    ("ative", ""),
    ("alize", "al"),
    ("iciti", "ic"),
    ("ical", "ic"),
    ("ful", ""),
    ("ness", ""),
)
_STEP4 = [
    "al",
    "ance",
    "ence",
    "er",
    "ic",
    "able",
    "ible",
    "ant",
    "ement",
    "ment",
    "ent",
    "ion",
    "ou",
    "ism",
    "ate",
    "iti",
    "ous",
    "ive",
    "ize",
]


def _by_length(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    # Porter acts on the longest matching suffix only, so test longest first.
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


_STEP2_SORTED = _by_length(_STEP2)
_STEP3_SORTED = _by_length(_STEP3)
_STEP4_SORTED = tuple(sorted(_STEP4, key=len, reverse=True))


def _replace(word: str, rules: tuple[tuple[str, str], ...], min_m: int) -> str:
    for suffix, repl in rules:
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            return base + repl if _measure(base) > min_m else word
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter (1980) stemmer, written out so the game needs no NLTK.

    Cached because a scenario repeats the same few thousand words.
    """
    if len(word) <= 2 or not word.isascii() or not word.isalpha():
        return word
    w = word
    # Step 1a: plurals.
    if w.endswith("sses") or w.endswith("ies"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    # Step 1b: -ed / -ing.
    if w.endswith("eed"):
        if _measure(w[:-3]) > 0:
            w = w[:-1]
    else:
        for suffix in ("ed", "ing"):
            if w.endswith(suffix) and _has_vowel(w[: -len(suffix)]):
                w = w[: -len(suffix)]
                if w.endswith(("at", "bl", "iz")):
                    w += "e"
                elif _double_cons(w) and w[-1] not in "lsz":
                    w = w[:-1]
                elif _measure(w) == 1 and _cvc(w):
                    w += "e"
                break
    # Step 1c: terminal y -> i.
    if w.endswith("y") and _has_vowel(w[:-1]):
        w = w[:-1] + "i"
    w = _replace(w, _STEP2_SORTED, 0)
    w = _replace(w, _STEP3_SORTED, 0)
    # Step 4: strip a residual suffix when the stem is long enough (m > 1).
    for suffix in _STEP4_SORTED:
        if w.endswith(suffix):
            base = w[: -len(suffix)]
            if _measure(base) > 1 and (suffix != "ion" or base.endswith(("s", "t"))):
                w = base
            break
    # Step 5: tidy a final -e and a double l.
    if w.endswith("e"):
        base = w[:-1]
        m = _measure(base)
        if m > 1 or (m == 1 and not _cvc(base)):
            w = base
    if w.endswith("ll") and _measure(w) > 1:
        w = w[:-1]
    return w


# --------------------------------------------------------------------------- features


def _fold(text: str) -> str:
    """Lowercase, fold accents ("café" -> "cafe") and drop apostrophes ("don't" -> "dont")."""
    text = text[:MAX_INPUT_CHARS]
    if text.isascii():
        # Fast path, same result: ASCII has no accents to fold, NFKD leaves it alone
        # and casefold() is lower().
        return _APOSTROPHES.sub("", text.lower())
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", text)


def tokenize(text: str) -> list[str]:
    """Content words of ``text``: folded, stopwords removed, negations kept."""
    return [
        tok
        for tok in _TOKEN_RE.findall(_fold(text))
        if tok in _NEGATIONS or (tok not in _STOPWORDS and (len(tok) > 1 or tok.isdigit()))
    ]


@dataclass(frozen=True)
class MatcherConfig:
    """Knobs measured in ``bench/argkp.py``; the defaults are the winning variant."""

    use_stemming: bool = True
    sublinear_tf: bool = True
    char_weight: float = 0.6  # share of the character n-gram cosine in the blend
    char_min: int = 3
    char_max: int = 5


def _word_features(tokens: Sequence[str], config: MatcherConfig) -> Counter[str]:
    if config.use_stemming:
        return Counter(stem(t) for t in tokens)
    return Counter(tokens)


@lru_cache(maxsize=65536)
def _token_grams(tok: str, char_min: int, char_max: int) -> tuple[str, ...]:
    """Character n-grams of one word padded with spaces, shortest first, left to right.

    Cached because a scenario repeats the same few thousand words.
    """
    padded = f" {tok} "
    return tuple(
        padded[i : i + n] for n in range(char_min, char_max + 1) for i in range(len(padded) - n + 1)
    )


def _char_features(tokens: Sequence[str], config: MatcherConfig) -> Counter[str]:
    # Features keep first-occurrence order (token, then n, then position): scoring
    # adds the per-feature products in this order, so it fixes the float rounding.
    char_min, char_max = config.char_min, config.char_max
    grams: list[str] = []
    for tok in tokens:
        grams += _token_grams(tok, char_min, char_max)
    return Counter(grams)


class _Space:
    """One TF-IDF vector space with an inverted index over the candidates."""

    def __init__(
        self,
        docs: Sequence[Counter[str]],
        corpus: Iterable[Counter[str]],
        sublinear: bool,
    ) -> None:
        df: Counter[str] = Counter()
        n_docs = 0
        for feats in corpus:
            n_docs += 1
            df.update(feats.keys())
        self._sublinear = sublinear
        # Smoothed IDF as in scikit-learn: never zero, so a shared word still counts.
        self._idf = {f: math.log((1 + n_docs) / (1 + c)) + 1.0 for f, c in df.items()}
        self._unseen_idf = math.log(1 + n_docs) + 1.0
        # Each posting list is two parallel typed arrays (candidate indices ascending,
        # weights): compact, contiguous, and much faster to walk than (idx, w) tuples.
        self.postings: dict[str, tuple[array[int], array[float]]] = {}
        for idx, feats in enumerate(docs):
            for feat, weight in self.vector(feats).items():
                plist = self.postings.get(feat)
                if plist is None:
                    plist = self.postings[feat] = (array("l"), array("d"))
                plist[0].append(idx)
                plist[1].append(weight)

    def _weights(self, feats: Counter[str]) -> dict[str, float]:
        """Un-normalised TF-IDF weights, in the order of ``feats``."""
        idf = self._idf.get
        unseen = self._unseen_idf
        if self._sublinear:
            log = math.log
            # log(1) is exactly 0.0, so skipping it for the common tf == 1 is exact.
            return {
                f: (1.0 + log(tf) if tf > 1 else 1.0) * idf(f, unseen) for f, tf in feats.items()
            }
        return {f: float(tf) * idf(f, unseen) for f, tf in feats.items()}

    @staticmethod
    def _norm(vec: dict[str, float]) -> float:
        weights = vec.values()
        return math.sqrt(sum(map(mul, weights, weights)))

    def vector(self, feats: Counter[str]) -> dict[str, float]:
        """L2-normalised TF-IDF weights; empty when there are no features."""
        vec = self._weights(feats)
        norm = self._norm(vec)
        if norm == 0.0:
            return {}
        return {f: w / norm for f, w in vec.items()}

    def accumulate(self, feats: Counter[str], scale: float, out: list[float]) -> None:
        """Add ``scale`` x cosine(query, candidate) into ``out[candidate]``.

        This is the hot loop of a query (thousands of postings for the character
        space). Each candidate receives its products in query-feature order, and each
        product is ``(w / norm * scale) * posting_weight`` as in ``vector``, so the sums
        are bit-for-bit those of a plain loop over ``vector(feats)``.
        """
        vec = self._weights(feats)
        norm = self._norm(vec)
        if norm == 0.0:
            return
        get = self.postings.get
        for feat, w in vec.items():
            plist = get(feat)
            if plist is None:
                continue
            qs = w / norm * scale
            idxs, weights = plist
            for idx, pw in zip(idxs, weights, strict=True):
                out[idx] += qs * pw


@dataclass(frozen=True)
class Candidate:
    """A quote or claim the player's sentence may echo.

    ``stance`` is free text ("pro", "con", an actor id...) compared for equality only;
    ``label`` is what the UI names it by, e.g. the speaker.
    """

    key: str
    text: str
    stance: str | None = None
    label: str = ""


@dataclass(frozen=True)
class Match:
    """One ranked candidate. ``supports`` is None when either stance is unknown."""

    key: str
    text: str
    similarity: float
    supports: bool | None
    label: str


class Matcher:
    """Ranks candidates by lexical similarity to a sentence; build once, query often."""

    def __init__(
        self,
        candidates: Sequence[Candidate],
        *,
        extra_corpus: Sequence[str] = (),
        config: MatcherConfig | None = None,
    ) -> None:
        self._config = config or MatcherConfig()
        self._candidates = tuple(candidates)
        self._keys = tuple(c.key for c in self._candidates)
        if len(set(self._keys)) != len(self._keys):
            raise ValueError("candidate keys must be unique")
        cand_tokens = [tokenize(c.text) for c in self._candidates]
        extra_tokens = [tokenize(t) for t in extra_corpus]
        cfg = self._config
        self._word = _Space(
            [_word_features(t, cfg) for t in cand_tokens],
            (_word_features(t, cfg) for t in (*cand_tokens, *extra_tokens)),
            cfg.sublinear_tf,
        )
        self._char: _Space | None = None
        if cfg.char_weight > 0.0:
            self._char = _Space(
                [_char_features(t, cfg) for t in cand_tokens],
                (_char_features(t, cfg) for t in (*cand_tokens, *extra_tokens)),
                cfg.sublinear_tf,
            )

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        return self._candidates

    def _scores(self, sentence: str) -> list[float]:
        cfg = self._config
        out = [0.0] * len(self._candidates)
        tokens = tokenize(sentence)
        if not tokens:
            return out
        self._word.accumulate(_word_features(tokens, cfg), 1.0 - cfg.char_weight, out)
        if self._char is not None:
            self._char.accumulate(_char_features(tokens, cfg), cfg.char_weight, out)
        # Float rounding can push a perfect match a hair past 1. Every term added is a
        # product of non-negative weights, so no score is ever below 0.
        if out and max(out) > 1.0:
            return [1.0 if s > 1.0 else s for s in out]
        return out

    def score(self, sentence: str) -> dict[str, float]:
        """Similarity in [0, 1] of ``sentence`` to every candidate, keyed by candidate key."""
        return dict(zip(self._keys, self._scores(sentence), strict=True))

    def best(self, sentence: str, *, stance: str | None = None, limit: int = 3) -> list[Match]:
        """The ``limit`` most similar candidates, best first; zero-similarity ones are omitted.

        Ties break by candidate order so the UI never flickers between equal matches.
        ``supports`` tells whether the candidate argues the player's ``stance``.
        """
        if limit <= 0:
            return []
        scores = self._scores(sentence)
        # Scores are never negative, so compress() keeps exactly those > 0. nlargest is
        # stable (equal scores keep candidate order), like the full sort it replaces.
        nonzero = compress(range(len(scores)), scores)
        top = heapq.nlargest(limit, nonzero, key=scores.__getitem__)
        matches = []
        for i in top:
            s = scores[i]
            c = self._candidates[i]
            supports = None if stance is None or c.stance is None else c.stance == stance
            matches.append(Match(c.key, c.text, s, supports, c.label))
        return matches
