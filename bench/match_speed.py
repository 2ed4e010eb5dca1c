"""Time one sentence against 1,000 candidates, beside a naive baseline in the same run.

Usage::

    python bench/match_speed.py [DATA_DIR] [--candidates 1000] [--sentences 300]

Candidates are ArgKP train arguments (longer than real game quotes, so this is a
pessimistic case); sentences are dev arguments. The baseline is the cheapest thing
that could work: ``str.split`` + set intersection against every candidate. Absolute
numbers depend on the machine, hence the ratio; the target is a median under 5 ms.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from debate.scoring.match import Candidate, Matcher


def _texts(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [row["argument"] for row in csv.DictReader(fh)]


def _time_ms(fn: Callable[[str], object], sentences: Sequence[str]) -> list[float]:
    out = []
    for s in sentences:
        t0 = time.perf_counter()
        fn(s)
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def _p95(xs: Sequence[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("/work/shared/data/argkp"))
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--sentences", type=int, default=300)
    ns = parser.parse_args(argv)

    cand_texts = _texts(ns.data_dir / "arguments_train.csv")[: ns.candidates]
    sentences = _texts(ns.data_dir / "arguments_dev.csv")[: ns.sentences]

    t0 = time.perf_counter()
    matcher = Matcher([Candidate(f"c{i}", t) for i, t in enumerate(cand_texts)])
    build_ms = (time.perf_counter() - t0) * 1000.0

    cand_sets = [set(t.lower().split()) for t in cand_texts]

    def naive(sentence: str) -> list[int]:
        words = set(sentence.lower().split())
        return [len(words & c) for c in cand_sets]

    # Warm up caches (stemmer, allocator) so the first sentence does not skew p95.
    for s in sentences[:10]:
        matcher.score(s)
        naive(s)
    score_ms = _time_ms(matcher.score, sentences)
    best_ms = _time_ms(lambda s: matcher.best(s, limit=3), sentences)
    naive_ms = _time_ms(naive, sentences)

    base_med = statistics.median(naive_ms)
    print(
        f"{len(cand_texts)} candidates, {len(sentences)} sentences; index build {build_ms:.0f} ms"
    )
    for name, xs in (("Matcher.score", score_ms), ("Matcher.best", best_ms), ("naive", naive_ms)):
        med = statistics.median(xs)
        print(
            f"{name:14s} median={med:6.3f} ms  p95={_p95(xs):6.3f} ms  "
            f"ratio_vs_naive={med / base_med:5.1f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
