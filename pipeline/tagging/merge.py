"""Combining the rules' statements with a span tagger's per-token probabilities (pure functions, no torch).

The rules find and attribute statements; the tagger gives every token of the article a probability of being
outside (O), at the beginning (B) or inside (I) a statement. `combine` can
- veto: drop a rule statement whose tokens have a mean inside-probability (1 - P(O)) below `veto_max` (with
  `veto_spares_nominal`, session 28: never a nominal one, see `nominal`);
- add: keep a tagged span (an argmax B/I run of at least 4 words, mean inside-probability >= `add_min`) that
  overlaps no rule statement, attributed by the rules' own phrase finder (`attribution`: "verb" = the subject
  before the last communication verb of its sentence; "verb+mention" = else the last known actor named in the
  sentence; "verb+first" = else the first; "verb+paragraph" = else the speaker of the last rule statement of its
  paragraph; round 23: "frame" = the rules' speaker machinery on the frame around the span, then the paragraph's
  speakers, "frame+strict" = the frame of the span's own sentence only, "frame+subject" = only a subject phrase,
  an inverted frame or "according to"; session 24: "frame+recent" = the frame, with the person named last before the
  span (handles read as the persons they spell) in place of the paragraph's speakers, see `pipeline.tagging.frames`);
  a span without a speaker is dropped, unless the settings ask for `learned_speakers` and a
  `pipeline.tagging.fallback.SpeakerFallback` is given (session 28: the best of the span's candidate speakers when
  its probability reaches the fallback's `min_prob`); session 31: with `addition_chooser` and an
  `pipeline.extract.chooser.ActorChooser` trained on additions (`additions.json` in the tagger's folder), each added
  span's speaker is re-chosen among its candidate speakers, the frame's pick kept unless another scores above it.
Probabilities are plain rows `(p_O, p_B, p_I)`, one per token, with the token's character offsets. Not here:
the network (`pipeline.tagging.model`), training (`pipeline.tagging.train`).

>>> s = TaggerSettings(veto_max=0.5)
>>> st = Statement("a", "peace is near", "He", "X", "other", "indirect", {}, 8, 21)
>>> combine("He said peace is near.", "a", None, [st], [(8, 13), (14, 21)], [(0.9, 0.05, 0.05)] * 2, s)
[]
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Sequence

from pipeline.actors import ActorRegistry
from pipeline.extract.lexicon import VERB_RE
from pipeline.extract.phrases import np_before
from pipeline.extract.speakers import Ctx, mentions, resolve
from pipeline.schema import Statement
from pipeline.tagging.frames import article_ctx, frame_speaker

ATTRIBUTIONS = ("verb", "verb+mention", "verb+first", "verb+paragraph", "frame", "frame+strict", "frame+subject",
                "frame+recent")
Offsets = Sequence[tuple[int, int]]
Probs = Sequence[Sequence[float]]


class TaggerSettingsError(ValueError):
    """A combination setting out of range; the message names the key and the allowed values."""


@dataclass(frozen=True)
class TaggerSettings:
    """How rules and tagger combine. `add_min` None: no additions; `veto_max` None: no veto."""

    add_min: float | None = None
    attribution: str = "verb+mention"
    veto_max: float | None = None
    drop_lead_ins: bool = False     # session 24: no addition that only leads into the same speaker's rule statement
    learned_speakers: bool = False  # session 28: a span the frame cannot attribute gets the fallback's speaker
    veto_spares_nominal: bool = False   # session 28: the veto never drops a nominal statement (`nominal`)
    addition_chooser: bool = False  # session 31: additions' speakers re-chosen by an ActorChooser for additions

    def __post_init__(self):
        if self.attribution not in ATTRIBUTIONS:
            raise TaggerSettingsError(f"attribution {self.attribution!r} is not one of {list(ATTRIBUTIONS)}")
        for key in ("add_min", "veto_max"):
            v = getattr(self, key)
            if v is not None and not 0.0 <= v <= 1.0:
                raise TaggerSettingsError(f"{key} {v!r} must be None or a probability in [0, 1]")

    def to_dict(self) -> dict:
        return asdict(self)

    def name(self) -> str:
        add = "off" if self.add_min is None else f"{self.add_min}/{self.attribution}"
        lead = ", no lead-ins" if self.drop_lead_ins else ""
        learned = ", learned speakers" if self.learned_speakers else ""
        spare = " (nominal spared)" if self.veto_spares_nominal and self.veto_max is not None else ""
        chosen = ", additions' speakers chosen" if self.addition_chooser else ""
        return f"add {add}, veto {'off' if self.veto_max is None else self.veto_max}{spare}{lead}{learned}{chosen}"


_NOMINAL_HEAD = re.compile(r"(?:demand|call|concern|proposal|offer|warning|appeal|complaint|criticism|rejection|refusal|"
                           r"insistence|request|plea|pledge|promise|threat|condition|hope|fear|support|opposition)"
                           r"s?(?![\w'’-])", re.I)
_POSSESSIVE_BEFORE = re.compile(r"(?:['’]s?|(?<![\w'’-])(?:its|their|his|her))\s+(?:[\w-]+\s+)?$", re.I)


def nominal(text: str, st: Statement) -> bool:
    """Whether a statement is a nominal attribution: its span opens with a nominal head word ("concern over their
    exclusion ...", "demands that ...") or follows a possessive ("Kyiv's complaint that ...", "its firm refusal to
    ..."). The tagger under-reads these, so a veto spares them when `veto_spares_nominal` is set."""
    if st.start is None:
        return False
    return bool(_NOMINAL_HEAD.match(st.text.lstrip(" \"“‘'"))) or \
        _POSSESSIVE_BEFORE.search(text, max(0, st.start - 40), st.start) is not None


def tagged_spans(text: str, offs: Offsets, probs: Probs) -> list[tuple[int, int, float]]:
    """Spans (start, end, mean inside-probability) of argmax B/I runs, a B opening a new span; >= 4 words."""
    out, cur = [], None
    for (a, b), row in zip(offs, probs):
        t = max(range(3), key=lambda i: row[i])
        if t == 0 or (t == 1 and cur is not None):
            if cur is not None:
                out.append(cur)
            cur = None
        if t in (1, 2):
            cur = (a if cur is None else cur[0], b, (cur[2] if cur else []) + [1.0 - row[0]])
    if cur is not None:
        out.append(cur)
    return [(s, e, sum(c) / len(c)) for s, e, c in out if len(text[s:e].split()) >= 4]


def span_inside(offs: Offsets, probs: Probs, s: int, e: int) -> float:
    """Mean inside-probability of the tokens in [s, e) (1.0 when no token falls inside)."""
    vals = [1.0 - row[0] for (a, b), row in zip(offs, probs) if a < e and b > s]
    return sum(vals) / len(vals) if vals else 1.0


def attribute(text: str, s: int, rules: Sequence[Statement], reg: ActorRegistry,
              mode: str) -> tuple[str, tuple[str, str, str]] | None:
    """(speaker mention, (actor, side, type)) of a tagged span starting at `s`, or None (see `attribution`)."""
    ss = max(text.rfind("\n", 0, s) + 1, max(text.rfind(". ", 0, s), text.rfind("? ", 0, s), text.rfind("! ", 0, s)) + 2)
    ss = min(ss, s)
    ctx = Ctx()
    for r in rules:
        if r.end is not None and r.end <= s:
            (ctx.things if r.speaker.lower() in ("it", "they") else ctx.person).append((r.actor, r.side))
    verbs = list(VERB_RE.finditer(text, ss, s))
    for v in reversed(verbs):
        np = np_before(text, ss, v.start())
        if np:
            res = resolve(text[np[0]:np[1]], ctx, reg)
            if res:
                return text[np[0]:np[1]], res
    if mode in ("verb+mention", "verb+first"):
        ms = [m for m in mentions(text, ss, s, bytearray(len(text) + 1), reg) if m[3] != "unknown"]
        if ms and verbs:
            _, a, side, typ = ms[-1] if mode == "verb+mention" else ms[0]
            return a, (a, side, typ)
    if mode == "verb+paragraph":
        para = text.rfind("\n", 0, s) + 1
        prev = [r for r in rules if r.start is not None and para <= r.start and r.end <= s]
        if prev:
            return prev[-1].speaker, (prev[-1].actor, prev[-1].side, "")
    return None


_LEAD_GAP = re.compile(r"[\s,:;—–-]*(?:[\w'’]+[\s,:;—–-]*){0,3}[\"“‘']?\s*")


def leads_in(text: str, e: int, actor: str, rules: Sequence[Statement], reg: ActorRegistry) -> bool:
    """Whether a span ending at `e` only leads into a rule statement of the same actor that follows it at once
    ("X stressed the need for Y, saying: '[rule statement]'": the gold has the quotation, not the lead-in)."""
    for r in rules:
        if r.start is not None and e <= r.start <= e + 40 and _LEAD_GAP.fullmatch(text[e:r.start]) \
                and reg.canonical(r.actor).lower() == reg.canonical(actor).lower():
            return True
    return False


def combine(text: str, article_id: str, reg: ActorRegistry | None, rules: Sequence[Statement], offs: Offsets,
            probs: Probs, settings: TaggerSettings, fallback=None, additions=None) -> list[Statement]:
    """Rules (less those the tagger vetoes) plus the tagger's attributed spans that overlap no rule statement,
    in text order. `reg` is only read when spans are added; `fallback` (a `SpeakerFallback`) only when the settings
    ask for `learned_speakers`; `additions` (an `ActorChooser` for additions) only when they ask for
    `addition_chooser`."""
    kept = list(rules) if settings.veto_max is None else [
        r for r in rules if r.start is None or span_inside(offs, probs, r.start, r.end) >= settings.veto_max
        or settings.veto_spares_nominal and nominal(text, r)]
    if settings.add_min is None or reg is None:
        return kept
    taken = [(r.start, r.end) for r in rules if r.start is not None]
    extra, base, state, asking = [], None, None, None
    learned = settings.learned_speakers and fallback is not None
    for s, e, conf in tagged_spans(text, offs, probs):
        if conf < settings.add_min:
            continue
        while s < e and text[s] in " \"“”‘’'":
            s += 1
        while e > s and text[e - 1] in " .,\"“”‘’'":
            e -= 1
        if any(min(e, b) - max(s, a) > 0 for a, b in taken) or len(text[s:e].split()) < 4:
            continue
        if asking is None:                       # an interviewer's turns and "Q:" lines only ask (round 50)
            from pipeline.extract.interviews import question_regions
            from pipeline.extract.layout import paragraphs
            asking = question_regions(text, paragraphs(text), reg)
        if any(a <= s < b for a, b in asking):
            continue
        if settings.attribution.startswith("frame"):
            base = base or article_ctx(text, reg)
            att = frame_speaker(text, s, e, rules, reg, strict=settings.attribution == "frame+strict",
                                subject=settings.attribution == "frame+subject",
                                recent=settings.attribution == "frame+recent", base=base)
        else:
            att = attribute(text, s, rules, reg, settings.attribution)
        if att is None and learned:
            if state is None:
                from pipeline.extract.candidates import article_state
                state = article_state(text, reg)
            att = fallback.speaker(text, s, e, rules, reg, state)
        if att is None:
            continue
        mention, (actor, side, _) = att
        if settings.drop_lead_ins and leads_in(text, e, actor, rules, reg):
            continue
        direct = text[max(0, s - 1)] in "\"“‘"
        extra.append(Statement(article_id, text[s:e], mention, actor, side if side in reg.camps else "other",
                               "direct" if direct else "indirect", {}, s, e))
    merged = sorted(kept + extra, key=lambda st: st.start if st.start is not None else 0)
    if settings.addition_chooser and additions is not None and extra:
        added = {id(st) for st in extra}
        merged = additions.choose(text, merged, reg, only={i for i, st in enumerate(merged) if id(st) in added})
    return merged
