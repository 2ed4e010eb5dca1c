"""The Key Point Analysis 2021 (track 1) matching metric, without numpy or sklearn.

The game never calls this; it exists so the matcher's benchmark (``bench/argkp.py``)
and its unit test share one implementation of the shared task's metric, as written in
``/work/shared/data/argkp/SOURCE.md``:

* each argument keeps its single best-scoring key point (same topic and stance);
* within each (topic, stance) group, the top half of the arguments by that score is
  kept (``int(n * 0.5)``, as the official script does with ``head``);
* average precision over them (sklearn's definition: ties in score form one
  threshold), multiplied by the share of true matches among them;
* mAP is the mean over groups. "strict" counts an unlabelled pair as non-matching,
  "relaxed" as matching.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


def average_precision(labels: Sequence[bool], scores: Sequence[float]) -> float:
    """Average precision exactly as ``sklearn.metrics.average_precision_score``.

    AP = sum over distinct score thresholds of (recall step) x (precision there).
    Tied scores form a single threshold, which is why we cannot simply walk the
    sorted list item by item. With no positive label the result is 0.0 (sklearn
    warns and also yields 0), so a group without any match scores 0, not NaN.
    """
    if len(labels) != len(scores):
        raise ValueError("labels and scores must have the same length")
    total_pos = sum(1 for y in labels if y)
    if total_pos == 0:
        return 0.0
    order = sorted(range(len(scores)), key=lambda i: -scores[i])  # stable, like mergesort
    ap = 0.0
    tp = 0
    prev_tp = 0
    for rank, i in enumerate(order):
        seen = rank + 1
        if labels[i]:
            tp += 1
        last_of_tie = rank == len(order) - 1 or scores[order[rank + 1]] != scores[i]
        if last_of_tie:
            if tp > prev_tp:
                ap += (tp - prev_tp) / total_pos * (tp / seen)
            prev_tp = tp
    return ap


@dataclass(frozen=True)
class MapResult:
    """Strict and relaxed mAP, plus the per-group values for inspection."""

    strict: float
    relaxed: float
    groups: dict[tuple[str, str], tuple[float, float]]


def _group_value(rows: list[tuple[float, int | None]], relaxed: bool) -> float:
    """AP x precision over the top half of one (topic, stance) group's arguments."""
    top = int(len(rows) * 0.5)
    # Stable sort in argument order, so equal scores keep a reproducible order.
    kept = sorted(rows, key=lambda r: -r[0])[:top]
    if not kept:
        return 0.0
    fill = 1 if relaxed else 0
    labels = [bool(fill if lab is None else lab) for _, lab in kept]
    scores = [s for s, _ in kept]
    share = sum(labels) / len(labels)
    return average_precision(labels, scores) * share


def kpa_map(
    arguments: Iterable[tuple[str, str, str]],
    predictions: Mapping[str, Mapping[str, float]],
    labels: Mapping[tuple[str, str], int],
) -> MapResult:
    """Compute the shared task's strict and relaxed mAP.

    ``arguments`` are ``(arg_id, topic, stance)``; every argument counts, and one with
    no prediction keeps a dummy key point with score 0 that never matches (as in the
    official script). ``predictions`` maps ``arg_id -> {key_point_id: score}``;
    ``labels`` maps ``(arg_id, key_point_id) -> 0/1``, absent when annotators disagreed.
    """
    groups: dict[tuple[str, str], list[tuple[float, int | None]]] = {}
    for arg_id, topic, stance in arguments:
        kps = predictions.get(arg_id, {})
        if kps:
            # First maximum wins on ties, as Python's max() in the official loader.
            kp_id, score = max(kps.items(), key=lambda kv: kv[1])
            label: int | None = labels.get((arg_id, kp_id))
        else:
            score, label = 0.0, 0
        groups.setdefault((topic, stance), []).append((score, label))
    per_group = {
        key: (_group_value(rows, relaxed=False), _group_value(rows, relaxed=True))
        for key, rows in groups.items()
    }
    if not per_group:
        return MapResult(0.0, 0.0, {})
    strict = sum(v[0] for v in per_group.values()) / len(per_group)
    relaxed = sum(v[1] for v in per_group.values()) / len(per_group)
    return MapResult(strict, relaxed, per_group)
