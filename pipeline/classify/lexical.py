"""The lexical component of a `heads` classifier: TF-IDF word n-grams + logistic regression per target.

A fine-tuned encoder and a bag-of-n-grams model err on different statements, so their log-probabilities
are mixed (`model.lexical_weight`, see `StanceClassifier.predict_proba`). Fitted with scikit-learn on
the same training examples as the network; saved without pickle, as arrays in `lexical.safetensors`
(idf, coefficients, intercepts) and the n-gram vocabulary in `lexical_vocab.json`, and scored with
scikit-learn's analyzer over that fixed vocabulary. The statement text alone is read (no camp prefix).
Not here: the mixing itself and calibration (`pipeline.classify.model`).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np
from safetensors.numpy import save_file

from pipeline.classify.examples import StatementExample
from pipeline.schema import LABELS

WEIGHTS_FILE = "lexical.safetensors"
VOCAB_FILE = "lexical_vocab.json"
NGRAM_MAX = 2


class LexicalModelError(ValueError):
    """A lexical component that cannot be fitted or loaded; the message names the target or file."""


def _vectorizer(vocabulary: dict[str, int] | None = None):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(ngram_range=(1, NGRAM_MAX), sublinear_tf=True, vocabulary=vocabulary)


class LexicalModel:
    """TF-IDF (word 1-2-grams, sublinear tf, one vocabulary) + multinomial logistic regression per target.

    >>> lex = LexicalModel.fit(examples, ["inclusion", "ceasefire"])   # doctest: +SKIP
    >>> lex.predict_proba(examples).shape                              # doctest: +SKIP
    (n, 2, 3)
    """

    def __init__(self, targets: Sequence[str], vocabulary: dict[str, int], idf: np.ndarray,
                 coef: np.ndarray, intercept: np.ndarray):
        n_t, n_v = len(targets), len(vocabulary)
        if idf.shape != (n_v,) or coef.shape != (n_t, len(LABELS), n_v) or intercept.shape != (n_t, len(LABELS)):
            raise LexicalModelError(f"lexical arrays do not fit {n_t} targets x {n_v} n-grams: idf {idf.shape}, "
                                    f"coef {coef.shape}, intercept {intercept.shape}")
        self.targets = list(targets)
        self.vocabulary = vocabulary
        self.idf = idf.astype(np.float32)
        self.coef = coef.astype(np.float32)
        self.intercept = intercept.astype(np.float32)
        self._vec = _vectorizer(vocabulary)
        self._vec.idf_ = self.idf.astype(np.float64)

    @classmethod
    def fit(cls, examples: Sequence[StatementExample], targets: Sequence[str], *, C: float = 1.0,
            seed: int = 0, balanced: bool = True) -> "LexicalModel":
        """One vocabulary over every training text; per target a logistic regression on the examples
        labelled for it, with inverse-frequency ("balanced") label weights unless `balanced=False`
        (the run's `train.class_weights`). A target needs at least two labels among its examples."""
        from sklearn.linear_model import LogisticRegression

        if not examples:
            raise LexicalModelError("no training examples for the lexical component")
        vec = _vectorizer()
        try:
            X = vec.fit_transform([ex.text for ex in examples])
        except ValueError as exc:  # no word of two letters or more in any text
            raise LexicalModelError(f"lexical component: {exc}") from None
        vocabulary = {term: int(i) for term, i in vec.vocabulary_.items()}
        coef = np.zeros((len(targets), len(LABELS), len(vocabulary)), dtype=np.float32)
        intercept = np.zeros((len(targets), len(LABELS)), dtype=np.float32)
        for t, name in enumerate(targets):
            rows = [i for i, ex in enumerate(examples) if name in ex.labels]
            labels = [examples[i].labels[name] for i in rows]
            if len(set(labels)) < 2:
                raise LexicalModelError(f"target {name!r}: the lexical component needs at least two different "
                                        f"labels in training, got {sorted(set(labels))}")
            lr = LogisticRegression(C=C, class_weight="balanced" if balanced else None, max_iter=2000, random_state=seed)
            lr.fit(X[rows], labels)
            for k, label in enumerate(lr.classes_):
                j = LABELS.index(label)
                if len(lr.classes_) == 2:  # binary: sklearn keeps one row for the second class
                    coef[t, j] = lr.coef_[0] * (1 if k == 1 else -1) / 2
                    intercept[t, j] = lr.intercept_[0] * (1 if k == 1 else -1) / 2
                else:
                    coef[t, j] = lr.coef_[k]
                    intercept[t, j] = lr.intercept_[k]
            for j, label in enumerate(LABELS):  # a label never seen in training gets no probability
                if label not in lr.classes_:
                    intercept[t, j] = -1e4
        return cls(targets, vocabulary, vec.idf_, coef, intercept)

    def predict_proba(self, examples: Sequence[StatementExample]) -> np.ndarray:
        """Probabilities [n_examples, n_targets, 3] in the order of LABELS."""
        if not examples:
            return np.zeros((0, len(self.targets), len(LABELS)), dtype=np.float32)
        X = self._vec.transform([ex.text for ex in examples]).astype(np.float32)
        return softmax(np.stack([X @ self.coef[t].T + self.intercept[t] for t in range(len(self.targets))], axis=1))

    def save(self, folder: str | Path) -> None:
        folder = Path(folder)
        save_file({"idf": self.idf, "coef": self.coef, "intercept": self.intercept}, str(folder / WEIGHTS_FILE),
                  metadata={"targets": json.dumps(self.targets), "labels": json.dumps(list(LABELS))})
        (folder / VOCAB_FILE).write_text(json.dumps(self.vocabulary, ensure_ascii=False, sort_keys=True) + "\n",
                                         encoding="utf-8")

    @classmethod
    def load(cls, folder: str | Path, targets: Sequence[str]) -> "LexicalModel":
        from safetensors import safe_open

        folder = Path(folder)
        weights, vocab = folder / WEIGHTS_FILE, folder / VOCAB_FILE
        for path in (weights, vocab):
            if not path.exists():
                raise LexicalModelError(f"{folder}: missing {path.name} (the model's settings name a lexical component)")
        with safe_open(str(weights), framework="numpy") as f:
            meta = f.metadata() or {}
            arrays = {name: f.get_tensor(name) for name in f.keys()}
        if json.loads(meta.get("labels", "[]")) != list(LABELS):
            raise LexicalModelError(f"{weights}: labels {meta.get('labels')} differ from {list(LABELS)}")
        if json.loads(meta.get("targets", "[]")) != list(targets):
            raise LexicalModelError(f"{weights}: targets {meta.get('targets')} differ from the model's {list(targets)}")
        try:
            vocabulary = json.loads(vocab.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise LexicalModelError(f"{vocab}: not valid JSON ({exc})") from None
        return cls(targets, vocabulary, arrays["idf"], arrays["coef"], arrays["intercept"])


def softmax(scores: np.ndarray) -> np.ndarray:
    """Probabilities over the last axis, as float32."""
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (e / e.sum(axis=-1, keepdims=True)).astype(np.float32)


def mix(network_proba: np.ndarray, lexical_proba: np.ndarray, weight: float) -> np.ndarray:
    """Log-linear mixture: (1 - weight) * log p_network + weight * log p_lexical, as log-scores
    (temperature-scale, then softmax, to get probabilities)."""
    tiny = 1e-12
    return (1.0 - weight) * np.log(np.maximum(network_proba, tiny)) + weight * np.log(np.maximum(lexical_proba, tiny))
