"""The shared progress bar redraws in place, at most a hundred times, and ends its line."""

from __future__ import annotations

import io

from debate.progress import progress_bar


def test_bar_redraws_in_place_and_ends_with_newline() -> None:
    stream = io.StringIO()
    show = progress_bar(stream, "simulating", width=10)
    for done in range(1, 1001):
        show(done, 1000)
    text = stream.getvalue()
    assert text.count("\r") == 100
    assert text.endswith("\rsimulating [##########] 1000/1000 games\n")
    assert "\rsimulating [#####.....] 500/1000 games" in text


def test_small_runs_draw_every_step() -> None:
    stream = io.StringIO()
    show = progress_bar(stream, "x", width=4)
    show(1, 2)
    show(2, 2)
    assert stream.getvalue() == "\rx [##..] 1/2 games\rx [####] 2/2 games\n"
