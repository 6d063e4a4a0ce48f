"""Candidate speakers of extracted statements, with the features a learned chooser scores (round 24, issue 14).

For every statement the rules extracted, `speaker_candidates` lists who else could have said it, found with the
rules' own machinery: the rules' pick; the subject of a communication verb before the span in its sentence
("X said that [span]"); an inverted frame after it ("[span], said X", "[span], X said"); "according to X"; a colon
label opening the paragraph ("X: [span]") or a paragraph ending in ":" before it; the actors named outside quotes in
the span itself, the rest of its sentence, the sentence before, the paragraph and the paragraph before
(`speakers.mentions`, plus bare surnames the article introduced in full); the previous statement's speaker and the
paragraph's; and the persons and bodies named last before the span (pronoun antecedents). Each is resolved to a
canonical actor and camp with the registry and the article's learned titles and surnames, and candidates naming the
same canonical actor are merged (their cues are OR-ed, their distance is the nearest). `features` turns a candidate
into the named numbers `pipeline.extract.chooser` weighs. Pure functions: no I/O, no model, no change to any span.

>>> from pipeline.actors import ActorRegistry
>>> from pipeline.extract.extractor import extract_statements
>>> text = 'Talks\\n\\nSergei Lavrov met Marco Rubio. "We are close," Lavrov said.'
>>> reg = ActorRegistry.default()
>>> [c.actor for c in speaker_candidates(text, extract_statements(text, "a", reg), reg)[0]][:2]
['Sergei Lavrov', 'Marco Rubio']
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Sequence

from pipeline.actors import ActorRegistry
from pipeline.extract.bodies import learn_acronyms
from pipeline.extract.home import article_home, home_side
from pipeline.extract.layout import find_quotes, paragraphs, sentences
from pipeline.extract.lexicon import VERB_RE
from pipeline.extract.phrases import np_after, np_before
from pipeline.extract.speakers import Ctx, learn_names, learn_reporters, learn_titles, mentions, resolve
from pipeline.schema import Statement

__all__ = ["CUES", "FEATURES", "Candidate", "article_state", "features", "span_candidates", "speaker_candidates"]

# where a candidate was found; one flag each
CUES = ("rule", "subject", "inverted", "according", "colon", "in_span", "sentence_before", "sentence_after",
        "previous_sentence", "paragraph", "previous_paragraph", "previous_statement", "paragraph_statement",
        "last_person", "person_2", "person_3", "last_body", "body_2", "surname", "article")
TYPES = ("person", "institution", "group", "outlet", "unknown")
FORMS = ("pronoun", "common", "named")           # how the rules' own mention reads: "he", "the minister", "Lavrov"
_BASE = (*(f"cue:{c}" for c in CUES), *(f"type:{t}" for t in TYPES), "known", "distance", "before", "n_cues",
         "gender_match", "gender_clash", "in_rule_mention", "lower", "possessive", "title_word", "one_word")
# `cues` feature set: _BASE; `cues+context` adds each cue for direct statements and the rule's flag per mention form
_OWN = (*(f"type:{t}" for t in TYPES), "known", "lower", "possessive", "title_word", "one_word", "n_cues")
_CONTEXT = (*_BASE, *(f"direct*cue:{c}" for c in CUES), *(f"rule*form:{f}" for f in FORMS), *(f"rule*{o}" for o in _OWN))
# `cues+mention` (session 29) adds what the rules' mention shares with how the article introduced each candidate:
# "The Crown Prince" and "Saudi Crown Prince Mohammed bin Salman", "the 93-year-old" and "Charlotte Knobloch, 93,"
_MENTION = ("mention_context", "head_context", "head_name")
FEATURES = {"cues": _BASE,
            "cues+context": _CONTEXT,
            "cues+mention": (*_CONTEXT, *_MENTION, *(f"rule*{m}" for m in _MENTION))}
_LEFT = re.compile(r"[^.!?;:\n\"“”]{0,60}$")    # the title chain before a naming, back to the sentence's start
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*|bin|al-\w+|de|van|von)(?:\s+(?:[A-Z][\w'’.-]*|bin|al-\w+|de|van|von))*")
_APPOSITION = re.compile(r"\s*(?:,\s*([^,.;:\n\"“”]{1,80})[,.;]|\(([^()\n]{1,60})\))")
_STOP = frozenset("the a an of for and in on at to by with from as his her its their our your my this that these those "
                  "who whom which whose said says told also mr ms mrs dr new former".split())

_ACCORDING = re.compile(r"(?<![\w'’-])[Aa]ccording\s+to\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*)")
_COLON_LABEL = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s*:\s")
_PRONOUN = re.compile(r"(?:he|she|it|they|we|i)", re.I)
_CAP = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
_HONOURED = re.compile(r"(?<![\w'’-])(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+)")
_TITLED = re.compile(r"(?i)(?<![\w'’-])(?:gen|general|brig|brigadier|col|cdr|maj|lt|adm|minister|president|spokes(?:man|woman|"
                     r"person)|secretary|chief|head|adviser|advisor|aide|envoy|ambassador|official|leader|rep|sen|prof|"
                     r"dr|mr|ms|mrs)\.?(?![\w'’-])")


@dataclass
class Candidate:
    """One possible speaker of a statement: canonical actor, camp, type, and where it was found."""

    actor: str
    side: str
    type: str
    mention: str
    cues: set[str] = field(default_factory=set)
    distance: int = 10_000                       # characters between the nearest finding and the span
    before: bool = True                          # the nearest finding is before the span
    gender: str = ""                             # "m"/"f" when the registry or the article ("Ms X") says
    context: frozenset[str] = frozenset()        # words around its first namings before the statement's sentence


@dataclass
class _Article:
    text: str
    reg: ActorRegistry
    ctx: Ctx
    inside: bytearray
    paras: list[tuple[int, int]]
    sents: list[tuple[int, int]]
    named: list[tuple[int, str, str, str]]       # (pos, actor, side, type) outside quotes, whole article
    genders: dict[str, str] = field(default_factory=dict)   # surname -> "m"/"f" from "Mr X" / "Ms X"
    canon: dict[str, str] = field(default_factory=dict)     # actor -> its canonical key (cache)
    actors: list[tuple[str, str, str, str, list[int]]] = field(default_factory=list)   # key, actor, side, type, where
    home: list[str | None] = field(default_factory=list)   # the article's home state, read once when needed
    where: dict[str, list[int]] = field(default_factory=dict)   # canonical key -> positions it is named at

    def key(self, actor: str) -> str:
        k = self.canon.get(actor)
        if k is None:
            k = self.canon[actor] = self.reg.canonical(actor).lower()
        return k


def _article(text: str, reg: ActorRegistry) -> _Article:
    paras = paragraphs(text)
    inside = bytearray(len(text) + 1)
    for q in find_quotes(text, paras):
        inside[q.start:q.end] = b"\x01" * (q.end - q.start)
    ctx = Ctx(text=text, inside=inside)
    learn_titles(text, reg, ctx)
    learn_names(text, reg, ctx)
    learn_reporters(text, ctx)
    ctx.acronyms = learn_acronyms(text)
    sents = [s for ps, pe in paras for s in sentences(text, ps, pe, inside)]
    named = [m for ps, pe in paras for m in mentions(text, ps, pe, inside, reg)]
    for ps, pe in paras:                         # "Roe said": the one person the article named in full as Jane Roe
        for m in _CAP.finditer(text, ps, pe):
            full = ctx.surnames.get(m.group(0))
            at = text.rfind(full, max(0, m.start() - len(full or "")), m.end() + len(full or "")) if full else -1
            if full and not inside[m.start()] and full != m.group(0) and not at <= m.start() < at + len(full):
                known = reg.lookup(full)
                named.append((m.start(), full, known.camp if known else ctx.camps.get(full, "other"), "surname"))
    named = sorted(m for m in named if not re.search(r"[.!?]\s", m[1]))   # not "Gaza. He": two sentences
    genders = {m.group(2): "f" if m.group(1) != "Mr" else "m" for m in _HONOURED.finditer(text)}
    art = _Article(text, reg, ctx, inside, paras, sents, named, genders)
    where: dict[str, tuple[str, str, str, str, list[int]]] = {}
    for pos, actor, side, typ in named:
        if typ != "unknown" or len(actor.split()) >= 2:
            where.setdefault(art.key(actor), (art.key(actor), actor, side, typ, []))[4].append(pos)
    art.actors = list(where.values())
    art.where = {k: v[4] for k, v in where.items()}
    return art


def article_state(text: str, reg: ActorRegistry) -> _Article:
    """What candidate finding learns from a whole article once (quotes, sentences, names, titles); pass it to every
    `span_candidates` call of that article."""
    return _article(text, reg)


def span_candidates(art: _Article, s: int, e: int, rules: Sequence[Statement],
                    kind: str = "indirect") -> tuple[list[Candidate], Statement]:
    """Candidate speakers of a span [s, e) that has no speaker yet (a span tagger's, session 28): the same cues as
    `speaker_candidates` less the rules' pick, with the speakers of the rule statements that end before the span
    made salient. Returns the candidates and the speakerless statement they were found for."""
    reg, ctx = art.reg, art.ctx
    ctx.person, ctx.things = [], []
    prev = None
    for r in sorted((r for r in rules if r.end is not None and r.end <= s), key=lambda r: r.start or 0):
        known = reg.lookup(r.actor)
        person = known.type == "person" if known is not None else len(r.actor.split()) >= 2 and \
            r.speaker.lower() not in ("it", "they")
        (ctx.person if person else ctx.things).append((r.actor, r.side))
        prev = r
    st = Statement("", art.text[s:e], "", "", "other", kind, {}, s, e)
    return _candidates(art, st, s, e, prev, art.home, own=False), st


def _kind(reg: ActorRegistry, actor: str, typ: str) -> str:
    known = reg.lookup(actor)
    t = known.type if known is not None else typ
    return t if t in TYPES else "institution" if t in ("inst", "body", "") else "unknown"


def _form(mention: str) -> str:
    m = mention.strip()
    if _PRONOUN.fullmatch(m) or m.lower() in ("his office", "her office"):
        return "pronoun"
    return "named" if re.search(r"[A-Z]", m) and not re.match(r"(?:the|a|an|his|her|its|their)\s", m) else "common"


def _bounds(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the span holding `pos` (else the last one starting before it), -1 when none."""
    k = -1
    for i, (a, b) in enumerate(spans):
        if a <= pos:
            k = i
        else:
            break
    return k


def speaker_candidates(text: str, statements: Sequence[Statement], reg: ActorRegistry) -> list[list[Candidate]]:
    """Candidates of each statement (one list per statement, in the order given), the rules' pick first."""
    if not statements:
        return []
    art = _article(text, reg)
    home: list[str | None] = []
    out = []
    order = sorted(range(len(statements)), key=lambda i: (statements[i].start or 0))
    prev_stmt: Statement | None = None
    pushed = 0
    by_index: dict[int, list[Candidate]] = {}
    for i in order:
        st = statements[i]
        s, e = st.start or 0, st.end or 0
        while pushed < len(order) and (statements[order[pushed]].end or 0) <= s:   # make earlier speakers salient
            r = statements[order[pushed]]
            known = reg.lookup(r.actor)
            person = known.type == "person" if known is not None else len(r.actor.split()) >= 2 and \
                r.speaker.lower() not in ("it", "they")
            (art.ctx.person if person else art.ctx.things).append((r.actor, r.side))
            pushed += 1
        by_index[i] = _candidates(art, st, s, e, prev_stmt, home)
        prev_stmt = st
    for i in range(len(statements)):
        out.append(by_index[i])
    return out


def _candidates(art: _Article, st: Statement, s: int, e: int, prev: Statement | None,
                home: list[str | None], own: bool = True) -> list[Candidate]:
    text, reg, ctx = art.text, art.reg, art.ctx
    found: dict[str, Candidate] = {}

    def add(actor: str, side: str, typ: str, mention: str, cue: str, pos: int) -> None:
        key = art.key(actor)
        c = found.get(key)
        if c is None:
            c = found[key] = Candidate(actor, side, _kind(reg, actor, typ), mention)
        c.cues.add(cue)
        d = s - pos if pos < s else max(0, pos - e) if pos >= e else 0
        if d < c.distance:
            c.distance, c.before = d, pos < s

    def add_np(np: tuple[int, int] | None, cue: str) -> None:
        if np is None:
            return
        res = resolve(text[np[0]:np[1]], ctx, reg)
        if res is not None:
            add(*res, text[np[0]:np[1]], cue, np[0])

    if own:
        add(st.actor, st.side, "", st.speaker, "rule", s)
    si = _bounds(art.sents, s)
    ss, se = art.sents[si] if si >= 0 else (s, e)
    ss, se = min(ss, s), max(se, _end_sentence(art.sents, si, e))
    pi = _bounds(art.paras, s)
    ps, pe = art.paras[pi] if pi >= 0 else (ss, se)
    ctx.pos = ss
    verbs = [v for v in VERB_RE.finditer(text, ss, s) if not art.inside[v.start()]]
    if verbs:                                                          # "X said that [span]"
        add_np(np_before(text, ss, verbs[-1].start()), "subject")
    v = VERB_RE.search(text, e, se)                                    # "[span], X said" / "[span]," said X
    if v is not None and v.start() - e <= 80:
        add_np(np_after(text, v.end(), se) if not re.search(r"\w", text[e:v.start()]) else
               np_before(text, e, v.start()), "inverted")
    am = _ACCORDING.search(text, ss, se)
    if am is not None:
        add_np((am.start(1), am.end(1)), "according")
    lm = _COLON_LABEL.match(text, ps, s)
    if lm is not None and lm.end() <= s:                               # "X: [span]"
        add_np((lm.start(1), lm.end(1)), "colon")
    if pi > 0 and text[art.paras[pi - 1][0]:art.paras[pi - 1][1]].rstrip().endswith(":"):   # "X said:\n\n[span]"
        qs, qe = art.paras[pi - 1]
        verbs = list(VERB_RE.finditer(text, qs, qe))
        if verbs:
            add_np(np_before(text, qs, verbs[-1].start()), "colon")
    prev_s = art.sents[si - 1] if si > 0 else (ss, ss)
    prev_p = art.paras[pi - 1] if pi > 0 else (ps, ps)
    lo = min(prev_p[0], prev_s[0])
    for pos, actor, side, typ in art.named:
        if pos < lo:
            continue
        if pos >= pe:
            break
        cue = "surname" if typ == "surname" else \
            "in_span" if s <= pos < e else "sentence_before" if ss <= pos < s else "sentence_after" if e <= pos < se \
            else "previous_sentence" if prev_s[0] <= pos < prev_s[1] else "paragraph" if ps <= pos < pe \
            else "previous_paragraph"
        add(actor, side, "person" if typ == "surname" else typ, actor, cue, pos)
        if typ == "surname":
            found[art.key(actor)].cues.add("in_span" if s <= pos < e else
                                                         "sentence_before" if ss <= pos < s else "paragraph")
    if prev is not None:
        add(prev.actor, prev.side, "", prev.speaker, "previous_statement", prev.start or 0)
        if prev.start is not None and prev.start >= ps:
            add(prev.actor, prev.side, "", prev.speaker, "paragraph_statement", prev.start)
    before = [m for m in art.named if m[0] < ss]
    seen: list[str] = []
    for m in reversed(before):                                         # pronoun antecedents: the last persons named
        if m[3] in ("person", "surname") or m[3] == "unknown" and len(m[1].split()) >= 2:
            if m[1] not in seen:
                seen.append(m[1])
                add(m[1], m[2], "person", m[1], ("last_person", "person_2", "person_3")[len(seen) - 1], m[0])
            if len(seen) == 3:
                break
    seen = []
    for m in reversed(before):                                         # and the last bodies
        if m[3] not in ("person", "surname", "unknown") and m[1] not in seen:
            seen.append(m[1])
            add(m[1], m[2], m[3], m[1], ("last_body", "body_2")[len(seen) - 1], m[0])
            if len(seen) == 2:
                break
    for key, actor, side, typ, where in art.actors:                    # anyone else the article names, where
        k = bisect_left(where, s)                                      # nearest to the span
        near = [p for p in (where[k - 1] if k else None, where[k] if k < len(where) else None) if p is not None]
        pos = min(near, key=lambda p: s - p if p < s else max(0, p - e))
        if key not in found:
            add(actor, side, "person" if typ == "surname" else typ, actor, "article", pos)
        elif (s - pos if pos < s else max(0, pos - e)) < found[key].distance:
            found[key].distance, found[key].before = (s - pos, True) if pos < s else (max(0, pos - e), False)
    cands = list(found.values())
    for c in cands:
        known = reg.lookup(c.actor)
        c.gender = (known.gender[:1].lower() if known is not None and known.gender else
                    art.genders.get(c.actor.split()[-1], "") if c.type == "person" and c.actor.split() else "")
    for c in cands:                                                    # how the article introduced it, before here
        at = [p for p in art.where.get(art.key(c.actor), ()) if p < ss][:2]
        c.context = frozenset(w for p in at for w in _words(_introduction(text, p, ss)))
    for c in cands[1:] if own else cands:                              # the camp the rules would give an unknown
        if c.side not in reg.camps:
            c.side = "other"
        if c.side == "other" and reg.lookup(c.actor) is None:
            if not home:
                home.append(article_home(ctx))
            c.side = home_side(c.actor, c.mention, "person" if c.type == "person" else "inst", text, home[0], reg) \
                or c.side
    return cands


def _end_sentence(sents: list[tuple[int, int]], si: int, e: int) -> int:
    """End of the sentence the span ends in."""
    for a, b in sents[max(si, 0):]:
        if a <= e <= b or a >= e:
            return b if a <= e else e
    return e


_OWN_CACHE: dict[tuple[int, str, str], dict[str, float]] = {}


def _own(actor: str, typ: str, reg: ActorRegistry) -> dict[str, float]:
    """What a candidate's name alone says (cached per registry, name and type)."""
    key = (id(reg), actor, typ)
    f = _OWN_CACHE.get(key)
    if f is None:
        if len(_OWN_CACHE) > 100_000:
            _OWN_CACHE.clear()
        known = reg.lookup(actor) is not None
        f = _OWN_CACHE[key] = {
            "lower": float(actor[:1].islower()),
            "possessive": float("'s" in actor or "’s" in actor or actor.endswith(")")),
            "title_word": float(bool(_TITLED.search(actor))),
            "one_word": float(" " not in actor.strip() and typ not in ("institution", "group", "outlet") and not known),
            f"type:{typ}": 1.0, "known": float(known)}
    return f


def _words(text: str) -> list[str]:
    """Lower-cased content words (possessives cut, function words and titles of address dropped)."""
    out = []
    for w in re.findall(r"\w+", text.lower()):
        if w not in _STOP and (len(w) > 1 or w.isdigit()):
            out.append(w)
    return out


def _introduction(text: str, pos: int, stop: int) -> str:
    """How the article names someone at `pos`: the title chain before the name (within its sentence), the name,
    and an apposition or bracket after it ("Saudi Crown Prince Mohammed bin Salman", "Charlotte Knobloch, 93,",
    "MP Kh. Solongo (Democratic Party)"); never past `stop`."""
    left = _LEFT.search(text, max(0, pos - 60), pos)
    name = _NAME_RUN.match(text, pos)
    end = name.end() if name else pos
    app = _APPOSITION.match(text, end)
    if app is not None:
        end = app.end()
    return text[left.start() if left else pos:min(end, stop)]


def _mention(mention: str) -> tuple[frozenset[str], str]:
    """The content words of a speaker mention and its head (the last of them), cached."""
    got = _MENTION_CACHE.get(mention)
    if got is None:
        if len(_MENTION_CACHE) > 50_000:
            _MENTION_CACHE.clear()
        ws = [] if _form(mention) == "pronoun" else _words(re.sub(r"['’]s\b", "", mention.split(",")[0]))
        got = _MENTION_CACHE[mention] = frozenset(ws), ws[-1] if ws else ""
    return got


_MENTION_CACHE: dict[str, tuple[frozenset[str], str]] = {}


def features(c: Candidate, st: Statement, reg: ActorRegistry) -> dict[str, float]:
    """The named features of one candidate (every name of `FEATURES['cues+mention']`; absent ones are 0)."""
    f: dict[str, float] = {f"cue:{q}": 1.0 for q in c.cues}
    pron = st.speaker.strip().lower()
    if pron in ("he", "she") and c.gender in ("m", "f"):   # "she said": not a man the registry or "Mr X" names
        f["gender_match" if c.gender == ("m" if pron == "he" else "f") else "gender_clash"] = 1.0
    if "rule" not in c.cues and any(len(w) >= 4 and w in st.speaker for w in re.findall(r"[\w'’-]+", c.actor)):
        f["in_rule_mention"] = 1.0               # "Colin Ashbury" in the rules' "Maj Gen (retd) Colin Ashbury"
    f.update(_own(c.actor, c.type, reg))
    f["distance"] = math.log1p(c.distance) / 10.0
    f["before"] = float(c.before)
    f["n_cues"] = len(c.cues) / 5.0
    if st.kind == "direct":
        f.update({f"direct*cue:{q}": 1.0 for q in c.cues})
    if "rule" in c.cues:                         # how the rules' own pick reads: a malformed name ("Cdr", "the
        f[f"rule*form:{_form(st.speaker)}"] = 1.0   # outlet", "Gen Hisham") is where they go wrong
        f.update({f"rule*{o}": f[o] for o in _OWN if f.get(o)})
    words, head = _mention(st.speaker)
    if words:
        shared = len(words & c.context) / len(words)
        name = _words(c.actor)
        for key, value in (("mention_context", shared), ("head_context", float(head in c.context)),
                           ("head_name", float(head in name))):
            if value:
                f[key] = value
                if "rule" in c.cues:
                    f[f"rule*{key}"] = value
    return f
