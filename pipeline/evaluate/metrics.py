"""Classification metrics over the fixed label order, with a bootstrap interval for macro-F1.

Pure functions of gold and predicted label lists (strings from LABELS). Macro-F1 averages the F1
of all three labels, counting a label with no gold and no predicted item as F1 = 0 only when it
occurs in neither (then it is left out of the average). Not here: which data is scored
(`pipeline.evaluate.stance`).
"""
from __future__ import annotations

import random
from typing import Sequence

from pipeline.schema import LABELS


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = LABELS) -> list[list[int]]:
    """Rows: gold label, columns: predicted label, in `labels` order."""
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} items but pred has {len(pred)}")
    index = {lab: i for i, lab in enumerate(labels)}
    table = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred):
        table[index[g]][index[p]] += 1
    return table


def per_label(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = LABELS) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support per label."""
    table = confusion(gold, pred, labels)
    out = {}
    for i, lab in enumerate(labels):
        tp = table[i][i]
        predicted = sum(row[i] for row in table)
        support = sum(table[i])
        p = tp / predicted if predicted else 0.0
        r = tp / support if support else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[lab] = {"precision": p, "recall": r, "f1": f, "support": support}
    return out


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = LABELS) -> float:
    """Mean F1 over the labels that occur in gold or predictions."""
    scores = per_label(gold, pred, labels)
    present = [lab for lab in labels if scores[lab]["support"] or lab in pred]
    return sum(scores[lab]["f1"] for lab in present) / len(present) if present else 0.0


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} items but pred has {len(pred)}")
    return sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0


def f_avg(gold: Sequence[str], pred: Sequence[str]) -> float:
    """SemEval-2016 Task 6 official score: mean of F1(favor) and F1(against), pooled."""
    scores = per_label(gold, pred)
    return (scores["favor"]["f1"] + scores["against"]["f1"]) / 2


def bootstrap_ci(gold: Sequence[str], pred: Sequence[str], metric=macro_f1, *, rounds: int = 1000,
                 seed: int = 0, level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of `metric`, resampling items with replacement."""
    if not gold:
        return (0.0, 0.0)
    rng = random.Random(seed)
    n = len(gold)
    values = []
    for _ in range(rounds):
        idx = [rng.randrange(n) for _ in range(n)]
        values.append(metric([gold[i] for i in idx], [pred[i] for i in idx]))
    values.sort()
    lo = values[int((1 - level) / 2 * rounds)]
    hi = values[min(rounds - 1, int((1 + level) / 2 * rounds))]
    return (lo, hi)


def summary(gold: Sequence[str], pred: Sequence[str], *, bootstrap_rounds: int = 1000) -> dict:
    """Accuracy, macro-F1 with its 95% interval, per-label scores and the confusion matrix."""
    lo, hi = bootstrap_ci(gold, pred, rounds=bootstrap_rounds) if bootstrap_rounds else (None, None)
    return {"n": len(gold), "accuracy": accuracy(gold, pred), "macro_f1": macro_f1(gold, pred),
            "macro_f1_ci95": [lo, hi], "per_label": per_label(gold, pred), "confusion": confusion(gold, pred),
            "labels": list(LABELS)}
