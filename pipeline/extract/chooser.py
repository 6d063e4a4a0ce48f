"""A learned chooser over candidate speakers: re-attributes the rules' statements (round 24, issue 14).

`ActorChooser` holds a linear model (one weight per named feature of `pipeline.extract.candidates`, plus an
intercept) and, for each statement the rules extracted, scores its candidate speakers and keeps the best; a statement
whose best candidate is the rules' own pick is returned unchanged. Spans, kinds and the statement list never change,
so statement F1 is the rules'. The model is a folder with `chooser.json` (feature set, feature names, coefficients,
intercept, how it was trained); loading is pure numpy and refuses a malformed file naming the key. Not here: finding
candidates (`pipeline.extract.candidates`), training (`tools/actor_chooser.py`, scikit-learn at training time only).

>>> from pipeline.actors import ActorRegistry
>>> ch = ActorChooser(feature_set="cues", coef={"cue:rule": 1.0}, intercept=0.0)
>>> [s.actor for s in ch.extract('T\\n\\n"We are close," Lavrov said.', "a", ActorRegistry.default())]
['Sergei Lavrov']
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Collection, Mapping, Sequence

import numpy as np

from pipeline.actors import ActorRegistry
from pipeline.extract.candidates import FEATURES, Candidate, features, speaker_candidates
from pipeline.schema import Statement

__all__ = ["ActorChooser", "ChooserError", "DEFAULT_CHOOSER", "MODEL_FILE", "chooser_from", "read_linear",
           "with_chooser"]

MODEL_FILE = "chooser.json"
DEFAULT_CHOOSER = Path(__file__).resolve().parents[2] / "models" / "actor-chooser"   # the CLI's default (round 24)
OFF = ("none", "off", "")
_KEYS = ("feature_set", "features", "coef", "intercept")


class ChooserError(ValueError):
    """A chooser file that cannot be used; the message names the file and the key."""


def _read_json(file: Path):
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ChooserError(f"{file}: cannot read ({exc.strerror})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ChooserError(f"{file}: not JSON ({exc.msg}, line {exc.lineno})") from exc


def read_linear(file: Path, keys: Sequence[str], error: type[ValueError] = ChooserError) -> dict:
    """A linear model's JSON object: `keys` present, `features` a list of names and `coef` one finite number per
    name; raises `error` naming the file and the key. Shared by the chooser and the tagger's speaker fallback."""
    try:
        raw = _read_json(file)
    except ChooserError as exc:
        raise error(str(exc)) from None
    if not isinstance(raw, dict):
        raise error(f"{file}: expected an object with keys {list(keys)}")
    for key in keys:
        if key not in raw:
            raise error(f"{file}: missing key {key!r}")
    names, coef = raw["features"], raw["coef"]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise error(f"{file}: key 'features' must be a list of names")
    if not isinstance(coef, list) or len(coef) != len(names) or \
            not all(isinstance(c, (int, float)) and np.isfinite(c) for c in coef):
        raise error(f"{file}: key 'coef' must be {len(names)} finite numbers, one per feature")
    return raw


class ActorChooser:
    """Linear scores over candidate speakers; the highest-scoring candidate speaks the statement."""

    def __init__(self, *, feature_set: str, coef: Mapping[str, float], intercept: float = 0.0,
                 meta: Mapping | None = None) -> None:
        if feature_set not in FEATURES:
            raise ChooserError(f"feature_set {feature_set!r} is not one of {sorted(FEATURES)}")
        unknown = sorted(set(coef) - set(FEATURES[feature_set]))
        if unknown:
            raise ChooserError(f"features {unknown} are not in feature set {feature_set!r}")
        self.feature_set = feature_set
        self.names = FEATURES[feature_set]
        self.coef_ = np.array([float(coef.get(n, 0.0)) for n in self.names])
        self.intercept_ = float(intercept)
        self.meta = dict(meta or {})
        self._weights = {n: float(c) for n, c in zip(self.names, self.coef_) if c}

    # ------------------------------------------------------------------------------------------ files
    @classmethod
    def load(cls, path: str | Path) -> "ActorChooser":
        """Read `<path>/chooser.json` (or the file itself); errors name the file and the key."""
        file = Path(path) / MODEL_FILE if Path(path).is_dir() else Path(path)
        raw = read_linear(file, _KEYS)
        names, coef = raw["features"], raw["coef"]
        if not isinstance(raw["intercept"], (int, float)):
            raise ChooserError(f"{file}: key 'intercept' must be a number")
        try:
            return cls(feature_set=raw["feature_set"], coef=dict(zip(names, coef)), intercept=raw["intercept"],
                       meta=raw.get("meta"))
        except ChooserError as exc:
            raise ChooserError(f"{file}: key 'features'/'feature_set': {exc}") from exc

    def save(self, path: str | Path, name: str = MODEL_FILE) -> Path:
        """Write `<path>/chooser.json` (or `<path>/<name>`: a span tagger's `additions.json`); returns the file."""
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        body = {"feature_set": self.feature_set, "features": list(self.names),
                "coef": [round(float(c), 6) for c in self.coef_], "intercept": round(self.intercept_, 6),
                "meta": self.meta}
        (out / name).write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
        return out / name

    # ------------------------------------------------------------------------------------------ use
    def vectors(self, cands: Sequence[Candidate], st: Statement, reg: ActorRegistry) -> np.ndarray:
        """One row of feature values per candidate, columns in `self.names` order."""
        rows = [features(c, st, reg) for c in cands]
        return np.array([[r.get(n, 0.0) for n in self.names] for r in rows]).reshape(len(rows), len(self.names))

    def scores(self, cands: Sequence[Candidate], st: Statement, reg: ActorRegistry) -> np.ndarray:
        """Linear score of each candidate (the features' weighted sum: the same as `vectors(...) @ coef_`)."""
        w = self._weights
        return np.array([sum(w.get(n, 0.0) * v for n, v in features(c, st, reg).items()) + self.intercept_
                         for c in cands])

    def choose(self, text: str, statements: Sequence[Statement], registry: ActorRegistry,
               only: Collection[int] | None = None) -> list[Statement]:
        """The statements with each speaker re-chosen (the given pick kept unless another scores above it); with
        `only`, just the statements at those positions (session 31: the span tagger's additions), the others as
        they are (they still shape the candidates, e.g. as the previous statement)."""
        out = []
        for i, (st, cands) in enumerate(zip(statements, speaker_candidates(text, statements, registry))):
            if only is not None and i not in only:
                out.append(st)
                continue
            sc = self.scores(cands, st, registry)
            best = int(np.argmax(sc)) if len(cands) else 0
            if best == 0 or sc[best] <= sc[0]:
                out.append(st)
                continue
            c = cands[best]
            out.append(replace(st, speaker=c.mention, actor=c.actor, side=c.side))
        return out

    def extract(self, text: str, article_id: str = "article", registry: ActorRegistry | None = None) -> list[Statement]:
        """The rules' statements of one article with the chooser's speakers."""
        from pipeline.extract.extractor import extract_statements

        reg = registry if registry is not None else ActorRegistry.default()
        return self.choose(text, extract_statements(text, article_id, reg), reg)


def chooser_from(spec: str | Path | None) -> ActorChooser | None:
    """The chooser a command-line value names: `none`/`off` (or None) -> None, i.e. the rules' own speakers;
    `default` -> `models/actor-chooser` when that folder holds a model (else None); any other value -> that folder."""
    if spec is None or str(spec).strip().lower() in OFF:
        return None
    if str(spec) == "default":
        return ActorChooser.load(DEFAULT_CHOOSER) if (DEFAULT_CHOOSER / MODEL_FILE).is_file() else None
    return ActorChooser.load(spec)


def with_chooser(extract, chooser: ActorChooser | None):
    """`extract(text, article_id, registry)` with its statements re-attributed by `chooser` (unchanged when None)."""
    if chooser is None:
        return extract

    def run(text: str, article_id: str = "article", registry: ActorRegistry | None = None) -> list[Statement]:
        reg = registry if registry is not None else ActorRegistry.default()
        return chooser.choose(text, extract(text, article_id, reg), reg)
    return run
