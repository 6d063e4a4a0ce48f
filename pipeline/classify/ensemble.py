"""Seed ensembles and their distillation into one model.

`train.ensemble: N` trains N copies of the design with seeds `seed, seed+1, ...`; an ensemble's
probabilities are the mean of its members'. With `train.distill: true` one more model, the student
(seed `seed+N`), learns from the gold labels and from the members' averaged distributions softened
at `train.distill_temperature` (Hinton, Vinyals & Dean 2015), so a release keeps one model's size
and speed. The members' soft targets are computed on the student's own training examples.
Not here: the training loop (`pipeline.classify.train.fit`) and scoring (`pipeline.evaluate`).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from pipeline.classify.examples import StatementExample
from pipeline.classify.model import StanceClassifier
from pipeline.config import RunConfig

log = logging.getLogger(__name__)


def soften(probs: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(z / T) from probabilities softmax(z): p^(1/T), renormalised over the last axis.

    >>> soften(np.array([[0.5, 0.25, 0.25]]), 1.0).round(2).tolist()
    [[0.5, 0.25, 0.25]]
    """
    logp = np.log(np.clip(probs, 1e-12, 1.0)) / temperature
    logp -= logp.max(axis=-1, keepdims=True)
    out = np.exp(logp)
    return out / out.sum(axis=-1, keepdims=True)


def average_proba(models: Sequence[StanceClassifier], examples: Sequence[StatementExample], batch_size: int = 64,
                  *, temperature: float = 1.0, calibrated: bool = True) -> np.ndarray:
    """Mean over `models` of their [examples, targets, 3] probabilities (softened at `temperature`)."""
    if not models:
        raise ValueError("an ensemble needs at least one model")
    total = None
    for clf in models:
        probs = clf.predict_proba(list(examples), batch_size, calibrated=calibrated)
        probs = soften(probs, temperature) if temperature != 1.0 else probs
        total = probs if total is None else total + probs
    return total / len(models)


@dataclass
class EnsembleFit:
    """What `fit_ensemble` trained: the members, the student (if distilled) and the kept model's history."""

    members: list[StanceClassifier]
    student: StanceClassifier | None = None
    histories: list[list[dict]] = field(default_factory=list)
    best_epochs: list[int] = field(default_factory=list)

    @property
    def kept(self) -> StanceClassifier:
        """The single model a release saves: the student, else the first member."""
        return self.student if self.student is not None else self.members[0]


def fit_ensemble(cfg: RunConfig, train_ex: list[StatementExample], targets: list,
                 dev_ex: list[StatementExample] | None = None, dev_targets: list | None = None, *,
                 progress: bool = True, device: str = "auto") -> EnsembleFit:
    """Train `train.ensemble` members (and, with `train.distill`, a student distilled from them)."""
    from pipeline.classify.train import fit

    result = EnsembleFit(members=[])
    for k in range(cfg.train.ensemble):
        seed = cfg.train.seed + k
        if progress and (cfg.train.ensemble > 1 or cfg.train.distill):
            print(f"ensemble member {k + 1}/{cfg.train.ensemble} (seed {seed})", flush=True)
        clf, history, best = fit(cfg, train_ex, targets, dev_ex, dev_targets, progress=progress, device=device,
                                 seed=seed)
        result.members.append(clf)
        result.histories.append(history)
        result.best_epochs.append(best)
    if cfg.train.distill:
        seed = cfg.train.seed + cfg.train.ensemble
        if progress:
            print(f"student distilled from {cfg.train.ensemble} member(s) (seed {seed}, "
                  f"T={cfg.train.distill_temperature}, soft weight {cfg.train.distill_weight})", flush=True)
        soft = average_proba(result.members, train_ex, cfg.train.eval_batch_size,
                             temperature=cfg.train.distill_temperature, calibrated=False)
        student, history, best = fit(cfg, train_ex, targets, dev_ex, dev_targets, progress=progress, device=device,
                                     soft=soft, seed=seed)
        result.student = student
        result.histories.append(history)
        result.best_epochs.append(best)
    return result
