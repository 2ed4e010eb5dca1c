"""Quotes are found in the source after folding what a reader cannot see, and mapped back."""

from __future__ import annotations

from pathlib import Path

from debate.scenario.source import SourceMeta, SourceText, fold

META = SourceMeta(title="t", publisher="p", year=2020, speakers=())
TEXT = 'He said: \u201cWe have  to work\nhand\u2013in\u2013hand,\u201d and left. Later: "Go on."'


def source() -> SourceText:
    return SourceText(Path("s.txt"), TEXT, META)


def test_fold_unifies_quotes_dashes_and_whitespace() -> None:
    assert fold(" \u201cA\u2014b\u2019s\u201d\n\tc ") == '"A-b\'s" c'


def test_curly_and_straight_marks_and_dashes_match() -> None:
    assert source().contains("We have to work hand-in-hand")
    assert not source().contains("we have to work hand-in-hand")  # case matters


def test_spans_point_at_the_original_characters() -> None:
    text = source()
    spans = text.spans("We have to work hand-in-hand")
    assert [TEXT[a:b] for a, b in spans] == ["We have  to work\nhand\u2013in\u2013hand"]


def test_ellipsis_parts_are_found_in_order() -> None:
    text = source()
    spans = text.spans("We have to work … Go on.")
    assert [TEXT[a:b] for a, b in spans] == ["We have  to work", "Go on."]
    assert text.spans("Go on. … We have") == []
    mismatch = text.find("Go on. … We have")
    assert mismatch is not None
    assert mismatch.differences == (
        "this part comes earlier in the source than the part before it",
    )


def test_mismatch_names_the_changed_word() -> None:
    mismatch = source().find("We have to walk hand-in-hand")
    assert mismatch is not None
    assert mismatch.closest == "We have to work hand-in-hand"
    assert mismatch.differences == ('"walk" where the source has "work"',)
    assert mismatch.line == 1
