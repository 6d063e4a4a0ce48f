"""Temperature scaling (Guo et al., 2017): one temperature per target, fitted on held-out data.

A temperature T divides the logits before the softmax: T > 1 softens over-confident probabilities,
T < 1 sharpens under-confident ones; the predicted label never changes. We fit T by minimising the
negative log-likelihood of the gold labels over a fixed grid (robust, no optimiser state). Works on
probabilities as well as logits, since log-softmax differs from the logits by a per-row constant.
Not here: the calibration error itself and the reliability diagram (`pipeline.evaluate.calibration`).
"""
from __future__ import annotations

import numpy as np

GRID = np.exp(np.linspace(np.log(0.05), np.log(20.0), 400))


def scale(probs: np.ndarray, temperature: float) -> np.ndarray:
    """Probabilities [..., 3] re-scaled by `temperature` (softmax(log p / T))."""
    logp = np.log(np.clip(probs, 1e-12, 1.0)) / float(temperature)
    logp -= logp.max(axis=-1, keepdims=True)
    out = np.exp(logp)
    return out / out.sum(axis=-1, keepdims=True)


def nll(probs: np.ndarray, gold: np.ndarray) -> float:
    """Mean negative log-likelihood of gold label indices under [n, 3] probabilities."""
    return float(-np.mean(np.log(np.clip(probs[np.arange(len(gold)), gold], 1e-12, 1.0))))


def fit_temperature(probs: np.ndarray, gold: np.ndarray) -> float:
    """The grid temperature with the lowest NLL on (probs [n, 3], gold indices [n]); 1.0 when n = 0.

    >>> p = np.array([[0.98, 0.01, 0.01], [0.98, 0.01, 0.01], [0.01, 0.98, 0.01]])
    >>> fit_temperature(p, np.array([0, 1, 1])) > 1.0
    True
    """
    if len(gold) == 0:
        return 1.0
    if probs.shape[0] != len(gold):
        raise ValueError(f"fit_temperature: {probs.shape[0]} rows of probabilities for {len(gold)} gold labels")
    losses = [nll(scale(probs, t), gold) for t in GRID]
    return float(GRID[int(np.argmin(losses))])
