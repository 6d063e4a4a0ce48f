"""How far confidences are from accuracies: expected calibration error and reliability diagrams.

ECE (Naeini et al., 2015; Guo et al., 2017): confidences (the top probability) are put into 15
equal-width bins; ECE is the bin-size-weighted mean |accuracy - mean confidence|. The reliability
diagram plots accuracy per bin against confidence, before and after temperature scaling.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np


def reliability(probs: np.ndarray, gold: np.ndarray, bins: int = 15) -> list[dict]:
    """Per bin: lower/upper edge, count, mean confidence, accuracy (empty bins included, count 0)."""
    conf = probs.max(axis=-1)
    correct = probs.argmax(axis=-1) == gold
    edges = np.linspace(0.0, 1.0, bins + 1)
    out = []
    for k in range(bins):
        lo, hi = edges[k], edges[k + 1]
        idx = (conf > lo) & (conf <= hi) if k else (conf >= lo) & (conf <= hi)
        n = int(idx.sum())
        out.append({"lo": float(lo), "hi": float(hi), "n": n,
                    "confidence": float(conf[idx].mean()) if n else 0.0,
                    "accuracy": float(correct[idx].mean()) if n else 0.0})
    return out


def expected_calibration_error(probs: np.ndarray, gold: np.ndarray, bins: int = 15) -> float:
    """ECE over `bins` equal-width confidence bins; 0 for no examples.

    >>> round(expected_calibration_error(np.array([[0.9, 0.05, 0.05], [0.9, 0.05, 0.05]]), np.array([0, 1])), 2)
    0.4
    """
    if len(gold) == 0:
        return 0.0
    table = reliability(probs, gold, bins)
    return float(sum(b["n"] * abs(b["accuracy"] - b["confidence"]) for b in table) / len(gold))


def sampling_floor(probs: np.ndarray, bins: int = 15, draws: int = 200, seed: int = 0) -> dict:
    """ECE that a perfectly calibrated model would still show on these rows, from sampling alone.

    Gold labels are drawn from `probs` themselves (so the probabilities are exactly calibrated) `draws`
    times with a fixed seed; returns the mean and the 95th percentile of the ECE over the draws. On a few
    hundred statements this is several points: an observed ECE at or below the floor is no evidence of
    miscalibration, and a goal below the floor cannot be checked on that set.

    >>> f = sampling_floor(np.tile([0.7, 0.2, 0.1], (50, 1)), draws=50)
    >>> 0.0 < f["mean"] <= f["p95"] < 0.3
    True
    """
    if len(probs) == 0:
        return {"mean": 0.0, "p95": 0.0, "draws": 0}
    rng = np.random.default_rng(seed)
    p = probs / probs.sum(axis=-1, keepdims=True)
    cum = np.cumsum(p, axis=-1)
    values = []
    for _ in range(draws):
        u = rng.random((len(p), 1))
        gold = np.minimum((u > cum).sum(axis=-1), p.shape[-1] - 1)
        values.append(expected_calibration_error(p, gold, bins))
    return {"mean": float(np.mean(values)), "p95": float(np.percentile(values, 95)), "draws": draws}


def plot_reliability(curves: dict[str, tuple[np.ndarray, np.ndarray]], path: str | Path, title: str,
                     bins: int = 15) -> Path:
    """Reliability diagram PNG: one line per named (probs, gold) pair, with the diagonal."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4.8, 4.4), dpi=110)
    ax.plot([0, 1], [0, 1], color="#999999", lw=1, ls="--", label="perfect calibration")
    for name, (probs, gold) in curves.items():
        table = [b for b in reliability(probs, gold, bins) if b["n"]]
        ece = expected_calibration_error(probs, gold, bins)
        ax.plot([b["confidence"] for b in table], [b["accuracy"] for b in table], marker="o", ms=3,
                label=f"{name} (ECE {ece:.3f})")
    ax.set_xlabel("confidence (top probability)")
    ax.set_ylabel("accuracy")
    ax.set_xlim(0.3, 1.0)
    ax.set_ylim(0.0, 1.0)
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path
