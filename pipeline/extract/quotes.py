"""Direct quotations and their attribution: quote-first, speaker-first, colon, split, "called it".

`direct_quote` attaches one quotation (and a continuation after an interrupting frame) to the
speaker in the frame after it ('"...," Fidan said'), before it ('he said: "..."', 'stating, "..."')
or to a describing verb ('called the sanctions "an unfriendly step"'). Not here: reported speech
(`pipeline.extract.clauses`), finding quotation marks (`pipeline.extract.layout`).
"""
from __future__ import annotations

import re

from pipeline.extract.lexicon import ADV_AFTER, ALL_VERBS, AUDIENCE, CALLED, INTRO_PART, INTRO_WORD, PARTICIPLES, V_OBJECT, VERB_RE
from pipeline.extract.clauses import is_interposed
from pipeline.extract.layout import Quote
from pipeline.extract.phrases import np_after, np_before
from pipeline.extract.speakers import NAME_AT, Found, add_found, mentions, resolve, sentence_subject


def colon_subject(text, ss, colon, inside, ctx, reg) -> Found | None:
    """The speaker of 'Donald Trump was blunter: "..."' or '15:10 Rubio: "..."': a short lead-in with no
    communication verb whose subject is a person (or, failing that, a pronoun) at its start or after an
    opening adverbial."""
    seg = text[ss:colon]
    if len(seg.split()) > 14 or re.search(r"[\"“”]", seg):
        return None
    body = ss + re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)?", seg).end()
    pm = re.match(r"(?:(?:[A-Z][^,]{0,60},\s+)?)(he|she|they|He|She|They)\s+[a-z]", text[body:colon])
    if pm:
        res = resolve(pm.group(1), ctx, reg)
        return Found(0, 0, pm.group(1), res) if res else None
    ments = mentions(text, body, colon, inside, reg)
    for pos, a, side, typ in [m for m in ments if m[3] == "person"] + [m for m in ments if m[3] == "unknown"]:
        lead = text[body:pos]
        m = NAME_AT.match(text, pos)
        subject_pos = not lead.strip() or lead.rstrip().endswith(",") or \
            len(lead.split()) <= 3 and not re.search(r"[,;()]", lead) and not INTRO_WORD.match(lead)
        if subject_pos and m and re.match(r"\s*(?::|,\s+[a-z]|\s[a-z])", text[m.end():colon + 1]):
            return Found(0, 0, m.group(0), (a, side, "person"))
    return None


def direct_quote(text, q, ss, se, inside, taken, qstart, used, found, ctx, reg) -> Found | None:
    content_end = q.end
    last = text[q.end - 1] if q.end > q.start else ""
    post = q.end + 1
    # (a) attribution after the quote: '"...," Fidan said' / '"...," said Fidan'
    m = re.match(r"\s*,?\s*", text[post:post + 5])
    p0 = post + (m.end() if m else 0)
    handover = last in ",?!…—–-" or text[post:post + 1] == ","
    if handover:
        window_end = min(len(text), p0 + 140)
        cut = re.search(r"(?<![A-Z]\.[A-Z])(?<!\b[A-Z])\.|[!?;\"“”\n]", text[p0:window_end])   # not "U.S."
        if cut:
            window_end = p0 + cut.start() + 1
        for v in VERB_RE.finditer(text, p0, window_end):
            if v.group(1) not in ALL_VERBS or v.group(1) in V_OBJECT:
                continue
            np = None
            if v.start() == p0:
                np = np_after(text, v.end(), window_end)
            else:
                np = np_before(text, p0, v.start())
                if np and text[p0:np[0]].strip(" ,"):
                    np = None
            if np is None:
                break
            f = Found(q.start, content_end, text[np[0]:np[1]], direct=True)
            frame = max(v.end(), np[1])
            aud = AUDIENCE.match(text, frame) if v.group(1) in ("told", "tells") else None
            if aud:
                frame = aud.end()
            adv = ADV_AFTER.match(text, frame)
            if adv:
                frame = adv.end()
            gm = re.match(r"[^\"“”‘’.!?;\n]{0,80}?(?=\s*,\s*[\"“‘])", text[frame:frame + 90])
            if gm and (frame + gm.end() + 4) and not VERB_RE.search(gm.group(0)):
                frame += gm.end()
            sm = re.match(r"\s*[,.]\s*", text[frame:frame + 4])
            q2 = qstart.get(frame + sm.end()) if sm else None
            if q2 is not None and "." in sm.group(0) and (
                    text[q2.end - 1:q2.end] in ",?!" and VERB_RE.search(text, q2.end, min(len(text), q2.end + 40))):
                q2 = None                            # the next quote has its own attribution
            if q2 is not None and not taken[q2.open]:
                f.end = q2.end
                taken[q.open:q2.end + 1] = b"\x01" * (q2.end + 1 - q.open)
            used.add(v.start())
            taken[q.open:frame] = b"\x01" * (frame - q.open)
            if text[f.end - 1] == ",":
                f.end -= 1
            return add_found(found, f, ctx, reg, taken)
    # (b) attribution before the quote: 'he said: "..."', 'stating, "..."'
    lo = max(ss, q.open - 300)
    if q.open == ss or not text[ss:q.open].strip():
        k = q.open - 1
        while k > 0 and text[k].isspace():
            k -= 1
        if k >= 0 and text[k] == ":":
            lo = max(0, k - 300)
    pre = text[lo:q.open]
    cm = re.search(r"[:,]\s*$", pre)
    if cm:
        colon = pre[cm.start()] == ":"
        best = None
        for v in VERB_RE.finditer(text, lo, lo + cm.start()):
            if inside[v.start()] or taken[v.start()]:
                continue
            gap = text[v.end():lo + cm.start()]
            if colon and len(gap) < 160 and not re.search(r"[.!?\"“”]", gap) or not gap.strip():
                best = v
        if best is not None and not colon and len(text[q.start:q.end].split()) < 4 and \
                not re.match(r"\s*[.!?]?\s*$", text[q.end + 1:q.end + 3]) and text[q.end - 1] not in ".!?":
            best = None
        if best is None and colon and not taken[q.open]:
            subj = colon_subject(text, max(ss, lo), lo + cm.start(), inside, ctx, reg)
            if subj is not None:
                f = Found(q.start, content_end, subj.mention, direct=True)
                r = add_found(found, f, ctx, reg, taken, inherit=subj)
                if r is not None:
                    taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
                return r
        if best is not None and best.group(1) not in ("called", "calls", "call"):
            verb = best.group(1)
            used.add(best.start())
            np = None if verb in PARTICIPLES else np_before(text, ss if lo == ss else lo, best.start())
            if np is not None and not colon and is_interposed(text, ss, np):
                used.discard(best.start())
                return None
            f = Found(q.start, content_end, "", direct=True)
            if text[f.end - 1] == ",":
                f.end -= 1
            if verb in INTRO_PART:
                for v in VERB_RE.finditer(text, ss, best.start()):
                    used.add(v.start())
            if np:
                f.mention = text[np[0]:np[1]]
                r = add_found(found, f, ctx, reg, taken)
            else:
                subj = sentence_subject(text, ss if lo == ss else lo, best.start(), found, inside, ctx, reg)
                r = add_found(found, f, ctx, reg, taken, inherit=subj) if subj else None
            if r is not None:
                taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
            return r
    # (c) 'called the sanctions "an unfriendly step"'
    cm = CALLED.search(text[max(ss, q.open - 120):q.open])
    if cm and q.end - q.start < 200:
        vpos = max(ss, q.open - 120) + cm.start(1)
        if taken[vpos] or re.search(r"\bwhat\s+(?:[\w'’-]+\s+){0,3}$", text[max(ss, vpos - 40):vpos]):
            return None
        used.add(vpos)
        np = np_before(text, ss, vpos)
        am = re.match(r"\s+and\s+", text[q.end + 1:q.end + 8])
        q2 = qstart.get(q.end + 1 + am.end()) if am else None
        if q2 is not None and q2.end - q2.start < 200 and not taken[q2.open]:   # 'called it “A” and “B”'
            content_end, q = q2.end, Quote(q.open, q.start, q2.end)
        f = Found(q.start, content_end, "", direct=True)
        if text[f.end - 1] == ",":
            f.end -= 1
        if np:
            f.mention = text[np[0]:np[1]]
            r = add_found(found, f, ctx, reg, taken)
        else:
            subj = sentence_subject(text, ss, vpos, found, inside, ctx, reg)
            r = add_found(found, f, ctx, reg, taken, inherit=subj) if subj else None
        if r is not None:
            taken[vpos:q.end + 1] = b"\x01" * (q.end + 1 - vpos)
        return r
    return None
