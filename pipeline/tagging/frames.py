"""Speakers for the tagger's added spans from the frame around them, with the rules' own machinery (round 23).

`frame_speaker` looks, in this order, for
1. a subject before a communication verb of the span's sentence ("X said that [span]", also "judged", "urged",
   "considered" ...; for a relative clause the phrase it hangs on: "opposed by China, which said [span]", round 54),
   resolved with an article context built as the rules build theirs (titles, surnames, acronyms the article defines,
   and the speakers of the rule statements before the span, for pronouns); a subject that does not resolve as a whole
   is read for the actors it names (its last known person, else the first actor: "One of its leaders, the former
   president X, said that [span]");
2. an inverted frame after the span in the same sentence ("[span], the minister said", "[span]," said X);
3. "according to X" in the sentence;
and, unless `strict` or the span follows a verb whose subject names no one known ("The channel said [span]"),
4. the speaker of the last rule statement of the paragraph before the span, else (for a quotation opening its
paragraph: "X said:" on the line before) of the previous paragraph.
`strict` stops after 3 (an addition without a speaker in its own sentence is dropped: recall traded for actor
accuracy); `recent` (session 24) makes a person named after the last rule statement before the span the salient
"he"/"she", reads platform handles as the persons they spell ("@JaneRoeEU — wrote that [span]"), and replaces 4 by
that last-named person ("X was more sceptical. [quote]"; "X, on Telegram: [span]"), else drops the addition;
`subject` also leaves out the actors named in a subject clause (1, second half): only a subject phrase, an inverted
frame or "according to" attribute. Names in a subject's relative clause or bracket, and places, schools and estates
("X (41), who lives with Y in Orchard Rise, said"; "a driver at the Wendham Park depot"), are never the speaker
(round 37). Not here: the tagger, the spans, the merge (`pipeline.tagging.merge`); no rule is changed.

>>> from pipeline.actors import ActorRegistry
>>> text = "Talks\\n\\nThe talks would resume in June, Dmitry Peskov told reporters."
>>> frame_speaker(text, 7, text.index(","), [], ActorRegistry.default(), strict=True)[1]
('Dmitry Peskov', 'russia', 'person')
"""
from __future__ import annotations

import re
from typing import Sequence

from pipeline.actors import ActorRegistry
from pipeline.extract.bodies import learn_acronyms
from pipeline.extract.bodyheads import body_heads
from pipeline.extract.fullnames import full_names
from pipeline.extract.handles import handle_person
from pipeline.extract.lexicon import VERB_RE
from pipeline.extract.nameorder import given_first
from pipeline.extract.phrases import np_after, np_before, relative_antecedent
from pipeline.extract.speakers import (POLICY_DOC, Ctx, given_subject, ctx_side, learn_names, learn_reporters,
                                      learn_titles, mentions, resolve)
from pipeline.schema import Statement

Speaker = tuple[str, tuple[str, str, str]]
_ACCORDING = re.compile(r"(?<![\w'’-])[Aa]ccording\s+to\s+((?:the\s+)?[A-Z][\w'’.-]*"
                        r"(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*)")
_PRONOUN = re.compile(r"\s*(?:he|she|He|She)\s*")
_THEY = re.compile(r"\s*(?:it|they|It|They)\s*")
_MORE_VERBS = re.compile(r"(?<![\w'’-])(?:judged|judges|considered|considers|estimated|estimates|commented|"
                         r"comments|recalled|pleaded|appealed|appeals|urged|urges|vowing|vowed|argued|argues|"
                         r"maintained|decried|charged|"
                         r"encouraged|invoked|reiterated|dismissed|described|threatened|told|tells|insisted|stressed|"
                         r"noted|added|warned|declared|called|calls|"
                         r"took\s+the\s+view|(?:was|were|is|are)\s+of\s+the\s+(?:view|opinion)|"   # round 53: formal
                         r"recorded)(?![\w'’-])")                                              # digests' frames
_SPLIT = re.compile(r"[,?!…][\"”’]\s+")                   # a quotation's first half closing, its frame next
_CREDIT_AFTER = re.compile(r"[.,!?…]?[\"”’»][.,]?[ \t]*[—–][ \t]*(?=[A-Z])")   # "'…' — Name, on Monday." (round 52)
_LIST_THAT = re.compile(r"[;,]\s+(?:and\s+)?([A-Z][\w'’.-]*(?:\s+(?:al-|el-|von der\s+|de\s+)?[A-Z][\w'’.-]*){0,3}),"
                        r"\s+that\s*$")                     # "...; Emmanuel Macron, that [span]" (round 52)
_STOP = re.compile(r"[.?!][\"”’]?\s+(?=[\"“‘]?[A-Z])")   # a sentence's end before the next one's capital
_ABBREVS = frozenset("mr mrs ms dr gen lt col sgt sen rep gov prof pres amb rev capt maj adm cmdr brig".split())
_HONOUR = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Amb|Hon|Sheikh)\.?\s+")
_HANDLE = re.compile(r"@([A-Za-z][A-Za-z0-9_]{2,})")
# "X quoted him as saying [span]", "was cited by Y" aside: the one quoted is the speaker (round 40)
_QUOTED_AS = re.compile(r"(?<![\w'’-])(?:quoted|quotes|quoting|cited|cites|citing)\s+((?:[Hh]im|[Hh]er|[Tt]hem|[A-Z][\w'’.-]*"
                        r"(?:\s+[A-Z][\w'’.-]*){0,3}))\s+as\s+(?:saying|telling|stating|writing)\b")
# "opposed by China, which said [span]", "the minister, who also told reporters [span]": the phrase the relative
# clause hangs on is the subject (round 54)
_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+\s+){0,2}$")
_GAP = 40        # at most this many characters between a frame's verb and the span ("said on Friday that")
# a relative clause, a bracket, a dashed aside or a call with someone inside a subject: the names in it are not the
# subject ("X, who lives with Y, said"; "The Quad — the US, Egypt and the UAE — called for"; "X, in a call with Y, said")
_ASIDE = re.compile(r",\s+(?:who|whose|whom|which|where)\s[^,;]*|\([^()]*\)|\s[—–-]\s[^—–;]*?\s[—–-]\s|"
                    r",\s+(?:in|during|after|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:call|meeting|"
                    r"talks|conversation|interview|visit)\s+(?:with|to)\s[^,;]*,")
# a name after a preposition of place or membership, or ending in a place's or an institution's noun, is no person
# ("who lives in Orchard Rise", "a pupil at Wendham Academy", "displaced from Khan Younis", "St Peter's primary")
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?:in|at|from|near|outside|inside|around|across|attends|attended)\s+$")
_AFFILIATION = re.compile(r"\s+(?:of|at|from|with)\s+(?:(?:the|of|and|for)\s+|[A-Z][\w'’.-]*\s+){0,6}")
_PLACE_HEAD = re.compile(r"(?<![\w'’-])(?:Academy|College|School|Primary|Church|Chapel|Cathedral|Mosque|Park|Rise|"
                         r"Road|Street|Lane|Avenue|Close|Drive|Square|Estate|Gardens)$")


def _abbreviation(text: str, m: re.Match) -> bool:
    """A stop that is a title's or an initial's period ("said Prof. Jane Roe of ...", "Rep. X", "Jane Q. Roe"): no
    sentence ends there (round 39). Dates and "U.S." may end a sentence in telegraphic copy, so they still do."""
    if text[m.start()] != ".":
        return False
    w = re.search(r"([\w.]+)$", text[max(0, m.start() - 20):m.start()])
    tok = w.group(1) if w else ""
    if tok == "X" and re.search(r"(?<![\w'’-])(?:on|via)\s+X$", text[max(0, m.start() - 8):m.start()]):
        return False                             # "…, published the president on X. The …": the platform (round 64)
    return tok.lower() in _ABBREVS or re.fullmatch(r"[A-Z]", tok) is not None   # "Jane Q. Roe"


def sentence_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """Start of the sentence (or line) the span opens in, end of the one it closes in."""
    stops = [m.end() for m in _STOP.finditer(text, max(0, s - 2000), min(len(text), s + 2)) if m.end() <= s]
    ss = max(text.rfind("\n", 0, s) + 1, stops[-1] if stops else 0)
    m = next((m for m in _STOP.finditer(text, e) if not _abbreviation(text, m)), None)
    se = min(m.start() + 1 if m else len(text), text.find("\n", e) if "\n" in text[e:] else len(text))
    return min(ss, s), max(se, e)


def article_ctx(text: str, reg: ActorRegistry) -> Ctx:
    """What the rules learn from a whole article before reading it: titles, surnames, reporters, acronyms."""
    ctx = Ctx(text=text, inside=bytearray(len(text) + 1))
    learn_titles(text, reg, ctx)
    learn_names(text, reg, ctx)
    learn_reporters(text, ctx)
    ctx.acronyms = learn_acronyms(text)
    return ctx


def _ctx_at(base: Ctx, s: int, rules: Sequence[Statement], reg: ActorRegistry) -> Ctx:
    """`base` with the speakers of the rule statements that end before `s` made salient (persons, bodies)."""
    ctx = Ctx(text=base.text, inside=base.inside, names=base.names, titles=base.titles, surnames=base.surnames,
              reporters=base.reporters, acronyms=base.acronyms, pos=s, given=base.given, camps=base.camps)
    for r in rules:
        if r.end is not None and r.end <= s:
            known = reg.lookup(r.actor)
            person = known.type == "person" if known is not None else r.speaker.lower() not in ("it", "they") \
                and len(r.actor.split()) >= 2 and r.actor[:1].isupper()
            (ctx.person if person else ctx.things).append((r.actor, r.side))
    return ctx


def _handle_name(handle: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The person a platform handle spells, among the registry's and the article's full names
    (`pipeline.extract.handles.handle_person`)."""
    found = handle_person(handle, [(n, ctx.camps.get(n, "other")) for n in set(ctx.names.values())], reg)
    return (*found, "person") if found is not None else None


def _recent_person(text: str, s: int, rules: Sequence[Statement], ctx: Ctx, reg: ActorRegistry):
    """The last person named after the last rule statement before `s` (within this paragraph and the one before):
    (pos, actor, side) or None."""
    para = text.rfind("\n", 0, s) + 1
    k = para - 1
    while k > 0 and text[k - 1] == "\n":
        k -= 1
    lo = text.rfind("\n", 0, k) + 1 if k > 0 else 0
    lo = max([lo] + [r.end for r in rules if r.start is not None and lo <= r.end <= s])
    known = set(ctx.names.values())
    named = [(m[0], m[1], m[2]) for m in mentions(text, lo, s, ctx.inside or bytearray(len(text) + 1), reg)
             if m[3] == "person" or m[3] == "unknown" and m[1] in known]
    for h in _HANDLE.finditer(text, lo, s):
        found = _handle_name(h.group(1), ctx, reg)
        if found is not None:
            named.append((h.start(), found[0], found[1]))
    return max(named) if named else None


def _named(text: str, a: int, b: int, ctx: Ctx, reg: ActorRegistry, whole: bool = True,
           handles: bool = False) -> Speaker | None:
    """The speaker a phrase names: resolved as a whole (unless not `whole`: a clause, not a phrase), else its last
    known person, else the first actor it names; with `handles`, a platform handle names the person it spells."""
    handle = _HANDLE.fullmatch(text[a:b].strip(" —–-:(),")) if handles else None
    if handle:                                   # "@JaneRoeEU", "@Jane_Roe": the name the handle spells
        found = _handle_name(handle.group(1), ctx, reg)
        if found:
            return text[a:b], found
    if _PRONOUN.fullmatch(text[a:b]) or _THEY.fullmatch(text[a:b]):
        salient = ctx.person if _PRONOUN.fullmatch(text[a:b]) else ctx.things
        return (text[a:b], (*salient[-1], "person" if salient is ctx.person else "")) if salient else None
    res = resolve(text[a:b], ctx, reg) if whole else None
    named = mentions(text, a, b, ctx.inside or bytearray(len(text) + 1), reg)
    ms = [m for m in named if m[3] != "unknown"]
    aside = [r.span() for r in _ASIDE.finditer(text, a, b)]   # "X (41), who lives with Y in Z, said": not Y, Z
    persons = [m for m in named if (m[3] == "person" or m[3] == "unknown" and len(m[1].split()) >= 2
                                    and not _place(text, m)) and not any(lo <= m[0] < hi for lo, hi in aside)]
    persons = [m for i, m in enumerate(persons)   # "MP Ivo Roe of the Socialist Party", "Luo Ping of the Academy of
               if not any(p[0] + len(p[1]) <= m[0] and _AFFILIATION.fullmatch(text, p[0] + len(p[1]), m[0])
                          for p in persons[:i])]     # Social Sciences": the person, not the body after "of" (round 64)
    bare = _HONOUR.sub("", res[0]) if res is not None else ""
    if bare in ctx.surnames:                     # "Mr X": the person the article named in full with that surname
        return text[a:b], (ctx.surnames[bare], res[1], "person")   # type: ignore[index]
    full = [m for m in mentions(text, 0, a, ctx.inside or bytearray(len(text) + 1), reg)
            if bare and " " not in bare and m[3] == "person" and m[1].split()[-1] == bare]
    if full:                                     # "Mr X" after a known person named in full: that person
        return text[a:b], (full[-1][1], full[-1][2], "person")
    if res is not None and (reg.lookup(res[0]) is not None or not persons):
        return text[a:b], res                    # a known actor, or an unknown one with no person beside it
    at = text.find(res[0], a, b) if res is not None and res[2] == "person" else -1
    if at >= 0 and all(m[0] >= at + len(res[0]) and _AFFILIATION.match(text, at + len(res[0])) for m in persons
                       if m[1] != res[0]):       # the whole phrase's person, the bodies after "of" aside (round 64)
        return text[a:b], res
    if res is not None and res[2] == "person" and all(_HONOUR.sub("", m[1]).split()[-1:] == res[0].split()[-1:]
                                                      for m in persons):
        return text[a:b], res                    # "Mr. Fidan" read whole as the Hakan Fidan named before (round 39)
    pick = persons[-1] if persons else ms[0] if ms else None   # "the President of the Commission, Ms von der Leyen"
    return (pick[1], (pick[1], pick[2], "person" if pick in persons else pick[3])) if pick else None


def _place(text: str, m: tuple[int, str, str, str]) -> bool:
    """An unknown name that reads as a place or an institution, not a person (round 37): after "in", "at", "from",
    "attends" ..., or ending in "Academy", "Park", "Rise", "Street" ...: "lives in Orchard Rise", "Wendham Academy"."""
    return bool(_PLACE_BEFORE.search(text, max(0, m[0] - 12), m[0]) or _PLACE_HEAD.search(m[1])
                or text[m[0] + len(m[1]):m[0] + len(m[1]) + 2] in ("'s", "’s")
                and re.match(r"['’]s\s+(?:[a-z]+\s+)?(?:school|church|primary|academy|college|hospital|estate)\b",
                             text[m[0] + len(m[1]):m[0] + len(m[1]) + 30]))


def frame_speaker(text: str, s: int, e: int, rules: Sequence[Statement], reg: ActorRegistry, *,
                  strict: bool = False, subject: bool = False, recent: bool = False,
                  base: Ctx | None = None) -> Speaker | None:
    """(speaker mention, (actor, side, type)) of the span [s, e) from its frame (see the module), or None; the actor
    named as the rules name theirs (`_as_the_rules_name`)."""
    found = _frame_speaker(text, s, e, rules, reg, strict=strict, subject=subject, recent=recent, base=base)
    return _as_the_rules_name(found, text, s, e, rules, reg, base) if found is not None else None


def _as_the_rules_name(found: Speaker, text: str, s: int, e: int, rules: Sequence[Statement], reg: ActorRegistry,
                       base: Ctx | None) -> Speaker:
    """The speaker's actor through the rules' last passes over an article's statements (round 40): an unknown
    person under the one full name the article gives ("Mr Kerridge" -> "Martin Kerridge", titles off), a Japanese
    name given name first, an unknown body's bare head word in full (`pipeline.extract.extractor`)."""
    mention, (actor, side, typ) = found
    if reg.lookup(actor) is not None:
        return found
    given = base.given if base is not None else set()
    persons = []
    for r in rules:
        known = reg.lookup(r.actor)
        persons.append(known.type == "person" if known is not None else r.speaker.lower() not in ("it", "they")
                       and len(r.actor.split()) >= 2 and r.actor[:1].isupper())
    sts = [*rules, Statement("", text[s:e], mention, actor, side, "indirect", {}, s, e)]
    persons.append(typ == "person")
    out = body_heads(given_first(full_names(sts, persons, text, reg, given), persons, text, reg), text, reg)[-1]
    return (mention, (out.actor, out.side, typ)) if (out.actor, out.side) != (actor, side) else found


def _frame_speaker(text: str, s: int, e: int, rules: Sequence[Statement], reg: ActorRegistry, *,
                   strict: bool = False, subject: bool = False, recent: bool = False,
                   base: Ctx | None = None) -> Speaker | None:
    ss, se = sentence_bounds(text, s, e)
    ctx = _ctx_at(base if base is not None else article_ctx(text, reg), s, rules, reg)
    late = _recent_person(text, s, rules, ctx, reg) if recent else None
    if late is not None:                      # a person named after the last rule statement is the salient "he"
        ctx.person.append((late[1], late[2]))
    verbs = sorted({(v.start(), v.end()) for r in (VERB_RE, _MORE_VERBS) for v in r.finditer(text, ss, s)})
    framed = bool(verbs) and s - verbs[-1][1] <= _GAP and not re.search(r"[.;:]", text[verbs[-1][1]:s])
    qm = next((m for m in _QUOTED_AS.finditer(text, ss, s) if s - m.end() <= _GAP), None)
    obj = qm.group(1).lower() if qm else ""
    salient = ctx.person if obj in ("him", "her") else ctx.things if obj == "them" else None
    found = (qm.group(1), (*salient[-1], "person" if salient is ctx.person else "")) if salient else \
        _named(text, *qm.span(1), ctx, reg, handles=recent) if qm and salient is None else None
    if found:                                 # "Russian television quoted him as saying [span]": him (round 40)
        return found
    dm = _CREDIT_AFTER.match(text, e)                                 # 0'. "'[span]' — Name, on Monday.": a quotation
    if recent and dm is not None:                                      # credited after it (round 52)
        ce = re.search(r"[.;\n]|$", text[dm.end():dm.end() + 120]).start() + dm.end()
        found = _named(text, dm.end(), ce, ctx, reg, whole=False, handles=recent)
        if found:
            return found
    lm = _LIST_THAT.search(text, ss, s)
    if lm is not None:                        # "X said A; Emmanuel Macron, that [span]": a list item's own subject
        found = _named(text, *lm.span(1), ctx, reg, handles=recent)   # (round 52)
        if found:
            return found
    for a, b in reversed(verbs[-1:] if recent and framed else []):    # 0. "@handle — wrote that [span]"
        h = list(_HANDLE.finditer(text, max(ss, a - 30), a))
        found = _handle_name(h[-1].group(1), ctx, reg) if h and not re.search(r"[\w\"“”]", text[h[-1].end():a]) \
            else None
        if found:
            return h[-1].group(0), found
    for a, b in reversed(verbs):                                      # 1. "X said that [span]"
        rel = _RELATIVE.search(text, max(ss, a - 30), a)
        np = relative_antecedent(text, ss, rel.start(), articled=True) if rel else np_before(text, ss, a)
        found = _named(text, *np, ctx, reg, handles=recent) if np else None
        if found:
            return found
    given = given_subject(text, ss, s, ctx) if not subject else None
    if given is not None:                     # "Oksana, 47, who runs a bakery, said [span]": the person the article knows
        return given, (given, ctx_side(ctx, given, reg), "person")   # by that given name (round 40)
    if framed and not subject and POLICY_DOC.fullmatch(text[ss:verbs[0][0]].strip(" \"“”")):
        found = _named(text, ss, verbs[0][0], ctx, reg)   # "Trump's 20-point plan says [span]": the document's
        if found:                                         # authors, read whole (round 39)
            return found
    if framed and not subject:                # "One of its leaders, the former president X, said": the subject is
        found = _named(text, ss, verbs[0][0], ctx, reg, whole=False,   # not one phrase; the actors it names before
                       handles=recent)
        # the sentence's first verb (not "... urged Moscow to ... and demanded that [span]": Moscow is no speaker)
        if found:
            return found
    for cm in _SPLIT.finditer(text, s, e):                            # 1'. '[span: "A," X told Y, "B."]': a split
        v = VERB_RE.search(text, cm.end(), min(e, cm.end() + 80))     # quotation's own frame inside the span
        if v is None or re.search(r"[\"“”]", text[cm.end():v.start()]):
            continue
        gap = text[cm.end():v.start()]
        np = np_after(text, v.end(), e) if not re.search(r"\w", gap) else np_before(text, cm.end(), v.start()) or \
            ((cm.end(), v.start() - 1) if len(gap.split()) <= 4 else None)    # "al-Sisi told": the words between
        found = _named(text, *np, ctx, reg, handles=recent) if np else None
        if found:
            return found
    v = VERB_RE.search(text, e, se)                                   # 2. "[span], X said" / "[span]," said X
    if v is not None and len(text[e:v.start()]) <= 80 and re.search(r"[,\"”’]", text[e:v.start()] or text[e - 1:e]):
        np = np_after(text, v.end(), se) if not re.search(r"\w", text[e:v.start()]) else np_before(text, e, v.start())
        found = _named(text, *np, ctx, reg, handles=recent) if np else None
        if np and found and text[np[1]:np[1] + 2] == ", " and reg.lookup(found[1][0]) is None:   # "said the minister,
            found = _named(text, np[0], se, ctx, reg, whole=False) or found                     # Mr X, in Rome"
        if found:
            return found
    am = _ACCORDING.search(text, ss, se)                               # 3. "according to X"
    if am is not None:
        found = _named(text, am.start(1), am.end(1), ctx, reg, handles=recent)
        if found:
            return found
    if strict or subject or framed:           # (framed: a verb whose subject names no one we know, not the paragraph's)
        return None
    if recent and re.search(r":\s*[\"“‘']?\s*$", text[ss:s]):   # "The answer came from X, standing next to Y: [quote]":
        aside = [r.span() for r in _ASIDE.finditer(text, ss, s)]   # the first person the sentence names (round 39)
        first = [m for m in mentions(text, ss, s, ctx.inside or bytearray(len(text) + 1), reg)
                 if (m[3] == "person" or m[3] == "unknown" and m[1] in set(ctx.names.values()))
                 and not any(lo <= m[0] < hi for lo, hi in aside)]
        if first:
            return first[0][1], (first[0][1], first[0][2], "person")
    if recent:                                # 4'. "X was more sceptical. [quote]" / "X, on Telegram: [span]"
        return (late[1], (late[1], late[2], "person")) if late is not None else None
    para = text.rfind("\n", 0, s) + 1                                  # 4. the paragraph's last speaker, else the
    prev = [r for r in rules if r.start is not None and r.end <= s and r.start >= para]   # previous paragraph's for
    if not prev and text[para:s].strip(" \"“‘'") == "":                # a quotation opening its paragraph
        k = para - 1
        while k > 0 and text[k - 1] == "\n":
            k -= 1
        prev = [r for r in rules if r.start is not None and r.end <= s and r.start >= text.rfind("\n", 0, k) + 1]
    if prev:
        return prev[-1].speaker, (prev[-1].actor, prev[-1].side, "")
    return None
