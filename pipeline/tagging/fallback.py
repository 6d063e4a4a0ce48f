"""A learned speaker for the tagger's spans that the frame leaves without one (session 28, issue 14).

`pipeline.tagging.frames.frame_speaker` names the speaker of an added span from the words around it; where it names
no one ("The four ministers said that [span]", a quotation opening its paragraph, "For the agency, [span]") the
addition used to be dropped. `SpeakerFallback` scores the span's candidate speakers
(`pipeline.extract.candidates.span_candidates`: the phrases, persons and bodies around it, pronoun antecedents,
everyone the article names) with a conditional logit (a softmax over the span's candidates) and keeps the best one
when its probability reaches `min_prob`; otherwise the span stays dropped. Besides the candidates' own features
(cues, type, distance ...), it reads the span's frame (`span_frame`: a verb before it, a verb after it, a colon, a
paragraph it opens, none) and the class of the frame's subject phrase (a person noun, a plural of persons, a body, a
document, an outlet, a pronoun, a name), crossed with the candidates' cues and types: "The four ministers" favours
a group named before, "The agency" an outlet or institution. The model is one JSON file, `speakers.json`, in the
tagger's folder; loading is pure numpy and refuses a malformed file naming the key. Not here: training
(`tools/speaker_fallback.py`), the merge (`pipeline.tagging.merge`). No torch.

>>> from pipeline.actors import ActorRegistry
>>> text = "Talks\\n\\nThe Quad met on Friday. The four ministers agreed that the fighting must stop within weeks."
>>> span_frame(text, text.index("the fighting"), len(text) - 1).subject_class
'person_plural'
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from pipeline.actors import ActorRegistry
from pipeline.extract.candidates import CUES, FEATURES, TYPES, Candidate, article_state, features, span_candidates
from pipeline.extract.chooser import read_linear
from pipeline.extract.lexicon import VERB_RE
from pipeline.extract.phrases import np_after, np_before
from pipeline.schema import Statement
from pipeline.tagging.frames import _STOP   # a sentence's end before the next one's capital

__all__ = ["FALLBACK_FEATURES", "FALLBACK_FILE", "FallbackError", "SpanFrame", "SpeakerFallback", "fallback_candidates",
           "span_features", "span_frame", "subject_actor"]

FALLBACK_FILE = "speakers.json"
FRAMES = ("before", "after", "colon", "opens", "none")
SUBJECTS = ("pronoun", "document", "outlet", "body", "person_plural", "person", "named", "other", "absent")
_SKIP = frozenset(("cue:rule", "in_rule_mention", "gender_match", "gender_clash"))
_CUES = (*(c for c in CUES if c != "rule"), "frame_subject")
FALLBACK_FEATURES: tuple[str, ...] = (
    *(f for f in FEATURES["cues"] if f not in _SKIP), "cue:frame_subject",
    *(f"frame:{k}*cue:{c}" for k in FRAMES for c in _CUES),
    *(f"subject:{k}*type:{t}" for k in SUBJECTS for t in TYPES),
    *(f"subject:{k}*known" for k in SUBJECTS))
_KEYS = ("features", "coef", "min_prob")

_MORE_VERBS = re.compile(r"(?<![\w'’-])(?:argued|argues|urged|urges|insisted|insists|stressed|noted|added|warned|"
                         r"declared|called|calls|repeat|repeats|repeated|wrote|writes|adds|added|believes|believe|"
                         r"agreed|agree|agrees|concluded|concludes|found|finds|conceded|acknowledged)(?![\w'’-])")
_GAP = 40
_W = r"(?<![\w'’-])(?:{})(?![\w'’-])"
_CLASSES = (
    ("pronoun", re.compile(r"^\s*(?:he|she|it|they|we|i)\s*$", re.I)),
    ("document", re.compile(_W.format(r"statement|release|communiqu[eé]|read-?out|motion|plan|document|report|memo|"
                                      r"memorandum|letter|text|draft|declaration|resolution|note|submission|post|"
                                      r"tweet|paper|briefing|analysis|survey|poll|study|editorial|transcript"), re.I)),
    ("outlet", re.compile(_W.format(r"channel|newspaper|broadcaster|station|network|outlet|daily|wire|tv|television|"
                                    r"radio|magazine|website|agency|newswire|tabloid"), re.I)),
    ("body", re.compile(_W.format(r"ministry|office|council|command|mission|government|committee|parliament|"
                                  r"commission|administration|cabinet|presidency|embassy|department|authority|"
                                  r"authorities|army|military|forces|union|alliance|bloc|group|coalition|party|"
                                  r"delegations?|bank|fund|association|organi[sz]ation|movement|federation|"
                                  r"secretariat|headquarters|staff|team|side|camp|capitals?|chancellery|kremlin|"
                                  r"white house|pentagon|state department|foreign office"), re.I)),
    ("person_plural", re.compile(_W.format(r"ministers|officials|leaders|diplomats|negotiators|sources|analysts|"
                                           r"lawmakers|legislators|envoys|ambassadors|generals|commanders|advisers|"
                                           r"advisors|aides|spokespeople|experts|strategists|economists|observers|"
                                           r"residents|people|critics|allies|partners|presidents|heads|"
                                           r"representatives|members|mps|senators|colleagues|both|two|three|four|"
                                           r"five"), re.I)),
    ("person", re.compile(_W.format(r"minister|president|spokes(?:man|woman|person)|official|leader|ambassador|"
                                    r"envoy|diplomat|chancellor|premier|secretary|adviser|advisor|aide|general|"
                                    r"commander|chief|head|director|negotiator|mayor|governor|king|prince|senator|"
                                    r"lawmaker|analyst|expert|source|host|speaker|chair|chairman|chairwoman|"
                                    r"president-elect|foreign minister|mp|deputy"), re.I)),
    ("named", re.compile(r"(?<![\w'’-])[A-Z][a-z]")),
)


_DET = re.compile(r"^(?:the|a|an|its|their|his|her|our|both)\s+", re.I)
_TAIL = re.compile(r"\s*(?:\([^()]*\)|@\w+|,.*)$")
_TYPE_OF = {"body": "institution", "outlet": "outlet", "document": "institution", "person": "person",
            "person_plural": "group", "named": "unknown"}


class FallbackError(ValueError):
    """A fallback file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class SpanFrame:
    """How a span is framed: `kind` (one of FRAMES), the subject phrase's class (one of SUBJECTS) and its words."""

    kind: str
    subject_class: str
    subject: str


def _subject_class(phrase: str) -> str:
    if not phrase.strip():
        return "absent"
    for name, rx in _CLASSES:
        if name == "named":
            if rx.search(phrase[1:]) or re.match(r"\s*(?!The\s|A\s|An\s)[A-Z][a-z]", phrase):
                return name
        elif rx.search(phrase):
            return name
    return "other"


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    stops = [m.end() for m in _STOP.finditer(text, max(0, s - 2000), s + 2) if m.end() <= s]
    ss = max(text.rfind("\n", 0, s) + 1, stops[-1] if stops else 0)
    m = _STOP.search(text, e)
    nl = text.find("\n", e)
    se = min(m.start() + 1 if m else len(text), nl if nl >= 0 else len(text))
    return min(ss, s), max(se, e)


def span_frame(text: str, s: int, e: int) -> SpanFrame:
    """The frame around the span [s, e) and its subject phrase (see the module)."""
    ss, se = _sentence(text, s, e)
    verbs = sorted({(v.start(), v.end()) for r in (VERB_RE, _MORE_VERBS) for v in r.finditer(text, ss, s)})
    if verbs and s - verbs[-1][1] <= _GAP and not re.search(r"[.;:]", text[verbs[-1][1]:s]):
        a = verbs[-1][0]
        np = np_before(text, ss, a)
        phrase = text[np[0]:np[1]] if np else " ".join(text[ss:a].split()[-8:])
        return SpanFrame("before", _subject_class(phrase), phrase.strip())
    v = VERB_RE.search(text, e, se)
    if v is not None and v.start() - e <= 80 and re.search(r"[,\"”’]", text[e:v.start()] or text[e - 1:e]):
        np = np_after(text, v.end(), se) if not re.search(r"\w", text[e:v.start()]) else np_before(text, e, v.start())
        phrase = text[np[0]:np[1]] if np else ""
        return SpanFrame("after", _subject_class(phrase), phrase.strip())
    if re.search(r":\s*[\"“‘']?\s*$", text[ss:s]):
        phrase = text[ss:s].rstrip(" \"“‘':")
        return SpanFrame("colon", _subject_class(" ".join(phrase.split()[-8:])), phrase.strip())
    para = text.rfind("\n", 0, s) + 1
    if text[para:s].strip(" \"“‘'") == "":
        return SpanFrame("opens", "absent", "")
    return SpanFrame("none", "absent", "")


def subject_actor(frame: SpanFrame) -> str | None:
    """The frame's subject phrase read as an actor the registry may not know ("The Donetsk regional military
    administration" -> "Donetsk regional military administration"), or None for pronouns, descriptions without a
    capitalised word ("The four ministers") and phrases of more than eight words."""
    if frame.kind not in ("before", "after", "colon") or frame.subject_class not in _TYPE_OF:
        return None
    phrase = _TAIL.sub("", _DET.sub("", frame.subject.strip(" \"“”‘’'*:-—–"))).strip()
    words = phrase.split()
    if not words or len(words) > 8 or not any(w[:1].isupper() for w in words):   # a name, not "four ministers"
        return None
    return phrase


def fallback_candidates(art, s: int, e: int, rules: Sequence[Statement]) -> tuple[list[Candidate], Statement,
                                                                                  SpanFrame]:
    """A speakerless span's candidates (`span_candidates`, plus its frame's subject phrase as an actor of its own,
    cue `frame_subject`), the statement they were found for, and the span's frame."""
    text, reg = art.text, art.reg
    kind = "direct" if text[max(0, s - 1)] in "\"“‘" else "indirect"
    cands, st = span_candidates(art, s, e, rules, kind)
    frame = span_frame(text, s, e)
    phrase = subject_actor(frame)
    if phrase is not None:
        key = reg.canonical(phrase).lower()
        same = [c for c in cands if reg.canonical(c.actor).lower() == key]
        if same:
            same[0].cues.add("frame_subject")
        else:
            known = reg.lookup(phrase)
            side = known.camp if known is not None else "other"
            if side == "other":
                from pipeline.extract.home import article_home, home_side

                if not art.home:
                    art.home.append(article_home(art.ctx))
                typ = _TYPE_OF[frame.subject_class]
                side = home_side(phrase, frame.subject, "person" if typ == "person" else "inst", text, art.home[0],
                                 reg) or "other"
            at = text.rfind(frame.subject, max(0, s - 400), s + 1) if frame.kind != "after" else e
            cands.append(Candidate(phrase, side if side in reg.camps else "other", _TYPE_OF[frame.subject_class],
                                   frame.subject, {"frame_subject"}, max(0, s - at) if at >= 0 else 0,
                                   frame.kind != "after"))
    return cands, st, frame


def span_features(c: Candidate, frame: SpanFrame, st: Statement, reg: ActorRegistry) -> dict[str, float]:
    """The named features of one candidate of a speakerless span (names in FALLBACK_FEATURES; absent ones are 0)."""
    f = {k: v for k, v in features(c, st, reg).items() if k in _NAMES}
    for q in c.cues:
        f[f"frame:{frame.kind}*cue:{q}"] = 1.0
    f[f"subject:{frame.subject_class}*type:{c.type}"] = 1.0
    if f.get("known"):
        f[f"subject:{frame.subject_class}*known"] = 1.0
    return f


_NAMES = frozenset(FALLBACK_FEATURES)


class SpeakerFallback:
    """A conditional logit over a speakerless span's candidates; the best is kept at probability >= `min_prob`."""

    def __init__(self, *, coef: Mapping[str, float], min_prob: float, meta: Mapping | None = None) -> None:
        unknown = sorted(set(coef) - _NAMES)
        if unknown:
            raise FallbackError(f"features {unknown[:3]} are not fallback features")
        if not 0.0 <= float(min_prob) <= 1.0:
            raise FallbackError(f"min_prob {min_prob!r} must be a probability in [0, 1]")
        self.weights = {n: float(c) for n, c in coef.items() if c}
        self.min_prob = float(min_prob)
        self.meta = dict(meta or {})

    @classmethod
    def load(cls, path: str | Path) -> "SpeakerFallback":
        """Read `<path>/speakers.json` (or the file itself); errors name the file and the key."""
        file = Path(path) / FALLBACK_FILE if Path(path).is_dir() else Path(path)
        raw = read_linear(file, _KEYS, FallbackError)
        names, coef = raw["features"], raw["coef"]
        if not isinstance(raw["min_prob"], (int, float)):
            raise FallbackError(f"{file}: key 'min_prob' must be a number")
        try:
            return cls(coef=dict(zip(names, coef)), min_prob=raw["min_prob"], meta=raw.get("meta"))
        except FallbackError as exc:
            raise FallbackError(f"{file}: {exc}") from None

    def save(self, path: str | Path) -> Path:
        """Write `<path>/speakers.json` (every feature, in FALLBACK_FEATURES order); returns the file."""
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        body = {"features": list(FALLBACK_FEATURES),
                "coef": [round(self.weights.get(n, 0.0), 6) for n in FALLBACK_FEATURES],
                "min_prob": self.min_prob, "meta": self.meta}
        (out / FALLBACK_FILE).write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
        return out / FALLBACK_FILE

    def probabilities(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        """Softmax over the candidates' linear scores (one row of features per candidate)."""
        if not rows:
            return np.zeros(0)
        sc = np.array([sum(self.weights.get(n, 0.0) * v for n, v in r.items()) for r in rows])
        sc = np.exp(sc - sc.max())
        return sc / sc.sum()

    def speaker(self, text: str, s: int, e: int, rules: Sequence[Statement], reg: ActorRegistry,
                state=None) -> tuple[str, tuple[str, str, str]] | None:
        """(speaker mention, (actor, side, type)) of a speakerless span, or None below `min_prob`. `state`:
        `pipeline.extract.candidates.article_state(text, reg)`, computed once per article."""
        art = state if state is not None else article_state(text, reg)
        cands, st, frame = fallback_candidates(art, s, e, rules)
        if not cands:
            return None
        p = self.probabilities([span_features(c, frame, st, reg) for c in cands])
        best = int(np.argmax(p))
        if p[best] < self.min_prob:
            return None
        c = cands[best]
        mention = frame.subject if frame.kind in ("before", "after") and frame.subject else c.mention
        return mention, (c.actor, c.side, c.type)
