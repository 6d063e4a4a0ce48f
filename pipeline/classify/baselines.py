"""Baselines the model is compared with, trained on the same training split.

`MajorityBaseline` predicts each target's most frequent training label; `TfidfLogRegBaseline`
fits one TF-IDF (word 1-2-grams) + logistic-regression classifier per target (scikit-learn). A
target never seen in training (a benchmark's unseen test claims) gets the pooled model fitted on
all single-target training rows. Both follow the estimator contract: `fit` returns self,
`predict` before `fit` raises. Not here: metrics.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from pipeline.classify.examples import StatementExample


class NotFittedError(RuntimeError):
    """`predict` was called before `fit`."""


class MajorityBaseline:
    """Most frequent training label per target."""

    def __init__(self, *, targets: Sequence[str]):
        self.targets = list(targets)

    def fit(self, examples: Sequence[StatementExample]) -> "MajorityBaseline":
        self.majority_ = {}
        pooled = Counter(next(iter(ex.labels.values())) for ex in examples if len(ex.labels) == 1)
        self.pooled_ = pooled.most_common(1)[0][0] if pooled else "none"
        for t in self.targets:
            counts = Counter(ex.labels[t] for ex in examples if t in ex.labels)
            self.majority_[t] = counts.most_common(1)[0][0] if counts else self.pooled_
        return self

    def predict(self, examples: Sequence[StatementExample], target: str) -> list[str]:
        if not hasattr(self, "majority_"):
            raise NotFittedError("MajorityBaseline.predict called before fit")
        return [self.majority_[target]] * len(examples)


class TfidfLogRegBaseline:
    """TF-IDF word n-grams + logistic regression, one model per target, balanced class weights."""

    def __init__(self, *, targets: Sequence[str], ngram_max: int = 2, C: float = 1.0, seed: int = 0):
        self.targets = list(targets)
        self.ngram_max = ngram_max
        self.C = C
        self.seed = seed

    def fit(self, examples: Sequence[StatementExample]) -> "TfidfLogRegBaseline":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        def fit_one(rows: list[StatementExample], labels: list[str]):
            if len(set(labels)) < 2:
                return labels[0] if labels else None
            model = make_pipeline(
                TfidfVectorizer(ngram_range=(1, self.ngram_max), sublinear_tf=True, min_df=1),
                LogisticRegression(C=self.C, class_weight="balanced", max_iter=2000, random_state=self.seed))
            return model.fit([ex.text for ex in rows], labels)

        single = [ex for ex in examples if len(ex.labels) == 1]
        self.pooled_ = fit_one(single, [next(iter(ex.labels.values())) for ex in single]) or "none"
        self.models_ = {}
        for t in self.targets:
            rows = [ex for ex in examples if t in ex.labels]
            self.models_[t] = fit_one(rows, [ex.labels[t] for ex in rows]) if rows else self.pooled_
        return self

    def predict_proba(self, examples: Sequence[StatementExample], target: str):
        """Probabilities [n, 3] in the order of LABELS; a label the target's model never saw gets 0,
        a target with a single training label gets probability 1 on it."""
        import numpy as np

        from pipeline.schema import LABELS

        if not hasattr(self, "models_"):
            raise NotFittedError("TfidfLogRegBaseline.predict_proba called before fit")
        model = self.models_[target]
        out = np.zeros((len(examples), len(LABELS)), dtype=np.float32)
        if not examples:
            return out
        if isinstance(model, str):
            out[:, LABELS.index(model)] = 1.0
            return out
        proba = model.predict_proba([ex.text for ex in examples])
        for k, label in enumerate(model.classes_):
            out[:, LABELS.index(label)] = proba[:, k]
        return out

    def predict(self, examples: Sequence[StatementExample], target: str) -> list[str]:
        if not hasattr(self, "models_"):
            raise NotFittedError("TfidfLogRegBaseline.predict called before fit")
        model = self.models_[target]
        if isinstance(model, str):
            return [model] * len(examples)
        return list(model.predict([ex.text for ex in examples])) if examples else []
