"""A learned camp for speakers the registry does not know (session 29, issue 14).

The rules name an unknown speaker's camp only where a demonym, a title or the registry says it ("Ukrainian
lawmaker X"); otherwise the camp stays `other`. Readers use wider cues — the institution, the city, the parliament,
a party tag, the outlet's home country — and they differ by voice. `CampModel` is a multinomial logistic regression
over the camps of every conflict registry whose features are the lower-cased words within `WINDOW` characters of the
actor's first two namings in the article, the words of the actor's name and the conflict (feature set `namings`;
`namings+lead`, session 30, adds the words of the article's first `LEAD` characters). At prediction the camps are
restricted to the article's registry and renormalised; a statement whose actor the registry does not know and whose
camp the rules left `other` takes the best camp other than `other` when its probability is at least `min_prob`.
Spans, actors and kinds never change.

The model is a folder with `camps.json` (camps, intercepts, sparse weights per camp, `min_prob`, the feature set,
how it was trained); loading is pure Python and refuses a malformed file naming the key. Training: `tools/camp_model.py`
(scikit-learn at training time only). Not here: the rules' own camps (`pipeline.extract.camps`, `home`).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Mapping, Sequence

from pipeline.actors import ActorRegistry
from pipeline.schema import Statement

__all__ = ["CAMP_MODEL_DEFAULT", "CampModel", "CampModelError", "DEFAULT_CAMP_MODEL", "FEATURE_SETS", "MODEL_FILE",
           "camp_features", "camp_model_from", "with_camps"]

MODEL_FILE = "camps.json"
DEFAULT_CAMP_MODEL = Path(__file__).resolve().parents[2] / "models" / "camp-model"
CAMP_MODEL_DEFAULT = "default"   # models/camp-model in the CLI and StancePipeline.load() (session 29: camp_model.session29.md)
WINDOW = 100                                     # characters either side of a naming
LEAD = 200                                       # the article's opening characters (dateline, outlet, byline)
FEATURE_SETS = ("namings", "namings+lead")       # session 29's features; the same plus the article's opening words
OFF = ("none", "off", "")
_STOP = frozenset("the a an of for and in on at to by with from as his her its their our this that these those who "
                  "whom which whose said says told also mr ms mrs dr is was are were be been has have had it he she "
                  "they we i not but or".split())


class CampModelError(ValueError):
    """A camp-model file that cannot be used; the message names the file and the key."""


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) > 1 and w not in _STOP]


def _namings(text: str, actor: str) -> list[int]:
    """Where the article names the actor: its full name, else its last word (a surname), first two places."""
    for key in (actor, actor.split()[-1] if actor.split() else ""):
        if len(key) < 3:
            continue
        at = [m.start() for m in re.finditer(r"(?<![\w'’-])" + re.escape(key) + r"(?![\w'’-])", text)]
        if at:
            return at[:2]
    return []


def camp_features(text: str, actor: str, conflict: str, features: str = "namings") -> dict[str, float]:
    """The named features of one actor in one article (`w:` context word, `n:` name word, `c:` conflict; with
    `namings+lead` also `l:` words of the article's first `LEAD` characters, where it says where it comes from)."""
    if features not in FEATURE_SETS:
        raise CampModelError(f"feature set {features!r} is not one of {', '.join(FEATURE_SETS)}")
    feats = {f"c:{conflict}": 1.0}
    if features == "namings+lead":
        feats.update({f"l:{w}": 1.0 for w in _words(text[:LEAD])})
    for p in _namings(text, actor):
        for w in _words(text[max(0, p - WINDOW):p + len(actor) + WINDOW]):
            feats[f"w:{w}"] = 1.0
    for w in _words(actor):
        feats[f"n:{w}"] = 1.0
    return feats


class CampModel:
    """Linear scores per camp over `camp_features`; softmax over the camps an article's registry has."""

    def __init__(self, *, camps: Sequence[str], weights: Mapping[str, Mapping[str, float]],
                 intercepts: Mapping[str, float], min_prob: float, meta: Mapping | None = None,
                 features: str = "namings") -> None:
        if not camps:
            raise CampModelError("camps: empty")
        if features not in FEATURE_SETS:
            raise CampModelError(f"features {features!r} is not one of {', '.join(FEATURE_SETS)}")
        if not 0.0 < float(min_prob) <= 1.0:
            raise CampModelError(f"min_prob {min_prob!r} is not in (0, 1]")
        self.camps = tuple(camps)
        self.weights = {c: dict(weights.get(c, {})) for c in self.camps}
        self.intercepts = {c: float(intercepts.get(c, 0.0)) for c in self.camps}
        self.min_prob = float(min_prob)
        self.features = features
        self.meta = dict(meta or {})

    # ------------------------------------------------------------------------------------------ files
    @classmethod
    def load(cls, path: str | Path) -> "CampModel":
        """Read `<path>/camps.json` (or the file itself); errors name the file and the key. A file without
        `features` (session 29's) uses `namings`."""
        file = Path(path) / MODEL_FILE if Path(path).is_dir() else Path(path)
        try:
            raw = json.loads(file.read_text(encoding="utf-8"))
        except OSError as exc:
            raise CampModelError(f"{file}: cannot read ({exc.strerror})") from exc
        except json.JSONDecodeError as exc:
            raise CampModelError(f"{file}: not JSON ({exc.msg}, line {exc.lineno})") from exc
        if not isinstance(raw, dict):
            raise CampModelError(f"{file}: expected an object")
        for key, kind in (("camps", list), ("weights", dict), ("intercepts", dict), ("min_prob", (int, float))):
            if not isinstance(raw.get(key), kind):
                raise CampModelError(f"{file}: key {key!r} missing or of the wrong type")
        for camp, ws in raw["weights"].items():
            if camp not in raw["camps"] or not isinstance(ws, dict) or not all(
                    isinstance(v, (int, float)) and math.isfinite(v) for v in ws.values()):
                raise CampModelError(f"{file}: key 'weights'/{camp!r}: not a camp with finite numbers")
        try:
            return cls(camps=raw["camps"], weights=raw["weights"], intercepts=raw["intercepts"],
                       min_prob=raw["min_prob"], meta=raw.get("meta"), features=raw.get("features", "namings"))
        except CampModelError as exc:
            raise CampModelError(f"{file}: {exc}") from None

    def save(self, path: str | Path) -> Path:
        """Write `<path>/camps.json`; returns the file."""
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        body = {"camps": list(self.camps), "min_prob": self.min_prob, "features": self.features,
                "intercepts": {c: round(v, 6) for c, v in self.intercepts.items()},
                "weights": {c: {f: round(v, 5) for f, v in sorted(ws.items())} for c, ws in self.weights.items()},
                "meta": self.meta}
        (out / MODEL_FILE).write_text(json.dumps(body, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        return out / MODEL_FILE

    # ------------------------------------------------------------------------------------------ use
    def probabilities(self, feats: Mapping[str, float], allowed: Sequence[str]) -> dict[str, float]:
        """Softmax over the camps in `allowed` that the model knows (empty when none)."""
        camps = [c for c in allowed if c in self.weights]
        if not camps:
            return {}
        scores = {c: self.intercepts[c] + sum(self.weights[c].get(f, 0.0) * v for f, v in feats.items())
                  for c in camps}
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        z = sum(exp.values())
        return {c: e / z for c, e in exp.items()}

    def relabel(self, text: str, statements: Sequence[Statement], reg: ActorRegistry) -> list[Statement]:
        """The statements with a camp for each unknown actor the rules left `other`, where the model is sure."""
        out, seen = [], {}
        for st in statements:
            if st.side != "other" or reg.lookup(st.actor) is not None:
                out.append(st)
                continue
            if st.actor not in seen:
                probs = self.probabilities(camp_features(text, st.actor, reg.conflict, self.features),
                                           reg.camps)
                best = max((c for c in probs if c != "other"), key=probs.get, default=None)
                seen[st.actor] = best if best is not None and probs[best] >= self.min_prob else None
            out.append(replace(st, side=seen[st.actor]) if seen[st.actor] else st)
        return out


def camp_model_from(spec: str | Path | None) -> CampModel | None:
    """The model a command-line value names: `none`/`off` (or None) -> None; `default` -> `models/camp-model` when
    that folder holds a model (else None); any other value -> that folder."""
    if spec is None or str(spec).strip().lower() in OFF:
        return None
    if str(spec) == "default":
        return CampModel.load(DEFAULT_CAMP_MODEL) if (DEFAULT_CAMP_MODEL / MODEL_FILE).is_file() else None
    return CampModel.load(spec)


def with_camps(extract, model: CampModel | None):
    """`extract(text, article_id, registry)` with unknown actors' camps filled in by `model` (unchanged when None)."""
    if model is None:
        return extract

    def run(text: str, article_id: str = "article", registry: ActorRegistry | None = None) -> list[Statement]:
        reg = registry if registry is not None else ActorRegistry.default()
        return model.relabel(text, extract(text, article_id, reg), reg)
    return run
