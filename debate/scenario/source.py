"""Source texts and the word-for-word check of quotes against them.

A quote matches its source when it appears verbatim after folding the
differences a reader does not see: runs of whitespace, straight versus curly
quote marks, and the various dashes.  Case and words matter.  An ellipsis
(``…`` or ``...``) in a quote skips words: each part must appear, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_OUT_OF_ORDER = "this part comes earlier in the source than the part before it"
_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.\.\.)\s*")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold quote marks, dashes and whitespace so that only real differences remain."""
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


def quote_parts(text: str) -> list[str]:
    """The verbatim parts of a quote, split at its ellipses."""
    return [part for part in (fold(p) for p in _ELLIPSIS.split(text)) if part]


@dataclass(frozen=True)
class Mismatch:
    """Why a quote is not in the source: the part that failed and the nearest passage."""

    part: str
    closest: str
    line: int
    differences: tuple[str, ...]


@dataclass(frozen=True)
class SourceMeta:
    """What the `.meta.yaml` beside a source text says about it."""

    title: str
    publisher: str
    year: int | None
    speakers: tuple[str, ...]


class SourceText:
    """A source text, folded once so that many quotes can be checked quickly."""

    def __init__(self, path: Path, text: str, meta: SourceMeta) -> None:
        self.path = path
        self.text = text
        self.meta = meta
        folded_chars: list[str] = []
        offsets: list[int] = []
        previous_space = True
        for index, char in enumerate(text.translate(_FOLD)):
            if char.isspace():
                if previous_space:
                    continue
                char = " "
                previous_space = True
            else:
                previous_space = False
            folded_chars.append(char)
            offsets.append(index)
        self.folded = "".join(folded_chars)
        self._offsets = offsets

    @classmethod
    def read(cls, path: Path) -> SourceText:
        """Read a source and its metadata file (``NAME.meta.yaml`` beside ``NAME.txt``).

        :raises OSError: the text cannot be read.
        :raises UnicodeDecodeError: the text is not UTF-8.
        """
        text = path.read_text(encoding="utf-8")
        return cls(path, text, read_meta(path))

    def find(self, quote: str) -> Mismatch | None:
        """``None`` when every part of the quote is in the source, in order."""
        start = 0
        for part in quote_parts(quote):
            found = self.folded.find(part, start)
            if found < 0:
                if start and part in self.folded:
                    earlier = self.folded.find(part)
                    return Mismatch(
                        part=part,
                        closest=part,
                        line=self.line_of(earlier),
                        differences=(_OUT_OF_ORDER,),
                    )
                return self._mismatch(part)
            start = found + len(part)
        return None

    def spans(self, quote: str) -> list[tuple[int, int]]:
        """Where each part of ``quote`` sits in the *original* text, as (start, end).

        Matching happens on the folded text; the offsets map it back so that a
        highlight covers the article's own characters.  Empty when the quote is
        not in the source.
        """
        found_spans: list[tuple[int, int]] = []
        start = 0
        for part in quote_parts(quote):
            found = self.folded.find(part, start)
            if found < 0:
                return []
            start = found + len(part)
            found_spans.append((self._offsets[found], self._offsets[start - 1] + 1))
        return found_spans

    def contains(self, quote: str) -> bool:
        """Whether the quote appears in the source word for word."""
        return self.find(quote) is None

    def line_of(self, folded_index: int) -> int:
        """1-based line in the original text of a position in the folded text."""
        if not self._offsets:
            return 1
        original = self._offsets[min(folded_index, len(self._offsets) - 1)]
        return self.text.count("\n", 0, original) + 1

    @cached_property
    def _words(self) -> list[tuple[int, int]]:
        """(start, end) of every word of the folded text."""
        return [(m.start(), m.end()) for m in re.finditer(r"\S+", self.folded)]

    def _mismatch(self, part: str) -> Mismatch:
        """Find the run of words most like ``part`` (same word count, give or take one).

        Shared words decide first (an author changes words, not letters);
        characters break ties, so the passage of the right length wins.
        """
        import difflib  # only on a mismatch: most runs never need it

        words = self._words
        wanted = part.split()
        best_score = (-1.0, -1.0)
        best = (0, 0)
        by_word = difflib.SequenceMatcher(autojunk=False)
        by_word.set_seq2(wanted)
        by_char = difflib.SequenceMatcher(autojunk=False)
        by_char.set_seq2(part)
        for first in range(len(words)):
            for size in (len(wanted) - 1, len(wanted), len(wanted) + 1):
                last = first + size - 1
                if size < 1 or last >= len(words):
                    continue
                window = _trim(self.folded[words[first][0] : words[last][1]], part)
                by_word.set_seq1(window.split())
                shared = float(sum(block.size for block in by_word.get_matching_blocks()))
                if shared < best_score[0]:
                    continue
                by_char.set_seq1(window)
                score = (shared, by_char.ratio())
                if score > best_score:
                    best_score, best = score, (words[first][0], words[last][1])
        closest = _trim(self.folded[best[0] : best[1]], part)
        return Mismatch(
            part=part,
            closest=closest,
            line=self.line_of(best[0]),
            differences=word_differences(part, closest),
        )


_EDGE_PUNCTUATION = "\"',.;:!?()"


def _trim(window: str, part: str) -> str:
    """Drop punctuation at the window's edges that the quote does not have there."""
    if part and part[0] not in _EDGE_PUNCTUATION:
        window = window.lstrip(_EDGE_PUNCTUATION)
    if part and part[-1] not in _EDGE_PUNCTUATION:
        window = window.rstrip(_EDGE_PUNCTUATION)
    return window


def word_differences(quote: str, passage: str) -> tuple[str, ...]:
    """Human-readable word differences, such as ``"missile" where the source has "missiles"``."""
    import difflib

    said, source = quote.split(), passage.split()
    differences: list[str] = []
    matcher = difflib.SequenceMatcher(a=said, b=source, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ours, theirs = " ".join(said[i1:i2]), " ".join(source[j1:j2])
        if tag == "replace":
            differences.append(f'"{ours}" where the source has "{theirs}"')
        elif tag == "delete":
            differences.append(f'"{ours}" is not in the source')
        elif tag == "insert" and 0 < i1 < len(said):
            differences.append(f'the source has "{theirs}" here')
    return tuple(differences[:4])


def read_meta(text_path: Path) -> SourceMeta:
    """Metadata of a source text; missing metadata gives the file name as title.

    :raises ValueError: the metadata file exists but is not a mapping of the
        expected fields.
    """
    meta_path = text_path.with_suffix(".meta.yaml")
    if not meta_path.exists():
        return SourceMeta(title=text_path.stem, publisher="", year=None, speakers=())
    try:
        data: Any = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ValueError(f"{meta_path}: cannot read source metadata: {error}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{meta_path}: source metadata must be a mapping")
    year = data.get("year")
    speakers = data.get("speakers") or []
    if not isinstance(year, int | None) or not isinstance(speakers, list):
        raise ValueError(f"{meta_path}: `year` must be a number and `speakers` a list")
    return SourceMeta(
        title=str(data.get("title") or text_path.stem),
        publisher=str(data.get("publisher") or ""),
        year=year,
        speakers=tuple(str(s) for s in speakers),
    )
