"""Direct quotations and their attribution: quote-first, speaker-first, colon, split, "called it".

`direct_quote` attaches one quotation (and a continuation after an interrupting frame) to the
speaker in the frame after it ('"...," Fidan said'), before it ('he said: "..."', 'stating, "..."')
or to a describing verb ('called the sanctions "an unfriendly step"'). Not here: reported speech
(`pipeline.extract.clauses`), finding quotation marks (`pipeline.extract.layout`).
"""
from __future__ import annotations

import re

from pipeline.extract.lexicon import (TITLE_ALT, ADV_AFTER, ALL_VERBS, AUDIENCE, CALLED, INTRO_PART, INTRO_WORD, OUTLET_WORDS, PARTICIPLES, PRONOUNS,
                                      STOP_CAP, TITLE_WORDS, V_OBJECT, VERB_RE)
from pipeline.extract.clauses import is_interposed
from pipeline.extract.layout import Quote, trim_span
from pipeline.extract.phrases import np_after, np_before
from pipeline.extract.soframes import says_in_speaker, so_speaker
from pipeline.extract.speakers import NAME_AT, Found, add_found, mentions, resolve, sentence_subject


# a press review's channel: "The Times quotes Prime Minister X:", "Y leads with the words X spoke in Ankara:",
# "Z opens with the words of Foreign Minister X, who told both delegations:": X speaks (R27), not the outlet
_CHANNEL_LEAD = re.compile(r"(?<![\w'’-])(?:quot(?:es|ed|ing)|(?:leads|opens|led|opened)\s+with(?:\s+the\s+words(?:\s+of)?)?)\s+"
                           r"((?:(?:[A-Z][\w'’.-]*|of|the)\s+){0,5}[A-Z][\w'’.-]*|the\s+(?:[a-z]+\s+)?[a-z]+)"
                           r"(?:(?:'s|’s)\s+(?:own\s+)?(?:statement|words|remarks?|verdict|comments?))?"
                           r"(?:\s+(?:spoke|gave|used)\b[^,:;\"“”]{0,40}?)?"
                           r"(?:\s+(?:at|in|on|during|after|from)\s+[^,:;\"“”]{1,60}?)?(?:,\s+who\s+[^:;\"“”]{1,160})?\s*$")


def colon_subject(text, ss, colon, inside, ctx, reg) -> Found | None:
    """The speaker of 'Donald Trump was blunter: "..."' or '15:10 Rubio: "..."': a short lead-in with no
    communication verb whose subject is a person (or, failing that, a pronoun) at its start or after an
    opening adverbial."""
    seg = text[ss:colon]
    if re.search(r"[\"“”]", seg):
        return None
    cm = _CHANNEL_LEAD.search(seg)
    if cm:
        res = resolve(cm.group(1), ctx, reg)
        if res is not None and (res[2] == "person" or reg.lookup(res[0]) is not None):
            return Found(0, 0, cm.group(1), res)
    limit = 18 if re.match(r"\s*(?:He|She|They)\s", seg) else 14
    if len(seg.split()) > limit:                 # "Asked whether ..., Dmitry Peskov was categorical:", "Gregory
        core = re.sub(r"^(\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?:,\s+[^,;:]{3,120}){1,2},(?=\s+[a-z])", r"\1", seg)
        if len(core.split()) <= limit:           # Johnsen, a former member of the panel, was unconvinced:": the
            limit = len(seg.split())             # subject is there, only framed longer
        else:
            cut = next((cm.end() for cm in re.finditer(r",\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+[a-z]|(?:he|she)\s)", seg)
                        if len(seg[cm.end():].split()) <= 14), None)
            if cut is None:
                return None                      # "He closed it with a line that the media ran as a headline:"
            ss, seg = ss + cut, seg[cut:]
    body = ss + re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)?", seg).end()
    pm = re.match(r"(?:[A-Z][^,]{0,60},\s+(?:[a-z][^,:;\"“”]{0,60},\s+)?|(?:On|In|At|After|Before|During|With|For|Then|Later|"
                  r"Earlier|By)\s+(?:[^,:;\"“”]{0,60}?\s+)?)?(he|she|they|He|She|They)\s+[a-z]", text[body:colon])
    # "On the insult he was", "Then he issued the invitation:", "In Paris, after the summit, he was sardonic:"
    if pm:
        res = resolve(pm.group(1), ctx, reg)
        return Found(0, 0, pm.group(1), res) if res else None
    ments = mentions(text, body, colon, inside, reg)
    for pos, a, side, typ in [m for m in ments if m[3] == "person"] + [m for m in ments if m[3] == "unknown"]:
        lead = text[body:pos]
        m = NAME_AT.match(text, pos)
        subject_pos = not lead.strip() or lead.rstrip().endswith(",") or \
            len(lead.split()) <= 3 and not re.search(r"[,;()]", lead) and not INTRO_WORD.match(lead) or \
            _TITLE_LEAD.fullmatch(lead) is not None and all(   # "EU foreign policy chief Kaja Kallas was blunter:"
                w[:1].isupper() or w.lower() in TITLE_WORDS or w.lower().rstrip("s") in TITLE_WORDS for w in lead.split())
        om = re.search(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?:'s|’s)\s*$", lead) or \
            re.match(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)(?:'s|’s)\s", m.group(0) + " " if m else "")
        if om and (om.group(1).split()[-1] in OUTLET_WORDS or (reg.lookup(om.group(1)) is not None and
                                                               reg.lookup(om.group(1)).type == "outlet")):
            return None                          # "CNN's Kaitlan Collins: ...": a reporter's question
        if subject_pos and m and re.match(r"\s*(?::|,\s+[a-z]|\s[a-z]|\([^()\n]{1,40}\)\s*:|,\s+(?:[A-Z][\w'’-]*\s+){1,3}"
                                          r"(?:for|of|to|at)\s)", text[m.end():colon + 1]):   # "Mélanie Joly, Minister for"
            return Found(0, 0, m.group(0), (a, side, "person"))
    tm = _COLON_TITLE.match(text[body:colon])
    if tm:                                       # "The Turkish foreign minister was upbeat:": the title's holder
        res = resolve(tm.group(1), ctx, reg)
        if res is not None and res[2] == "person":
            return Found(0, 0, tm.group(1), res)
    im = _COLON_BODY.match(text[body:colon])
    if im and im.group(1).split()[0] not in STOP_CAP:   # "The Kremlin was dismissive:", "Moscow was unimpressed:"
        res = resolve(im.group(1), ctx, reg)
        if res is not None and res[2] != "person" and reg.lookup(res[0]) is not None:
            return Found(0, 0, im.group(1), res)
    dm = _COLON_SOURCE.match(text[body:colon + 1]) or _COLON_OWNED.match(text[body:colon + 1])
    # "The ministry's statement read:", "Peskov's answer was short:", "Then came Peskov's reply:"
    if dm and dm.group(1).split()[0] not in STOP_CAP:
        res = resolve(dm.group(1), ctx, reg)
        if res is not None:
            return Found(0, 0, dm.group(1), res)
    found = _lead_subject(text, body, colon, ctx, reg)
    om = _OPENER.match(text, body, colon) if found is None else None
    if om:                                       # "From the opposition benches Jan Novak pulled the other way:",
        for cm in re.finditer(r"(?<=\s)(?=[A-Z]|the\s)", text[om.end() - 1:colon]):   # "Already before the round
            f = _lead_subject(text, om.end() - 1 + cm.start(), colon, ctx, reg)    # Press Secretary X was categorical:":
            if f is not None and f.resolved[2] == "person":   # the subject (a person) after an opening adverbial
                return f                         # without a comma
    return found


# an opening adverbial without a comma before the subject of a colon lead-in (round 16): a preposition or a time
# phrase first, so a sentence that opens with its subject never matches
_OPENER = re.compile(r"\s*(?:(?:Already|Then|Later|Earlier|Meanwhile|And|But|Also|Only)\s+)?(?:(?:From|On|In|At|After|Before|"
                     r"During|Within|Until|Over|Across|Back|Outside|Inside|Hours|Days|Weeks|Minutes|Moments|(?:One|Two|Three|"
                     r"Four|Five|A)\s+(?:day|days|hour|hours|week|weeks)\s+later)\b|(?:already|later|earlier)\s+(?:before|after|"
                     r"on|in|at)\b)[^,;:()\"“”]{0,60}?\s", re.I)


def _lead_subject(text, body, colon, ctx, reg) -> Found | None:
    """A lead-in of any length whose sentence opens with its subject, a person the registry or the article knows
    ("Houthi political bureau member Mohammed al-Bukhaiti was more scathing:", "Graham, who spent the week in
    Turkey, issued a statement on Friday:", "Sweden's foreign minister, Maria Malmer Stenergard, turned the
    questionnaire back on its authors:")."""
    seg = text[body:colon]
    if re.search(r"[\"“”;]", seg) or not (seg[:1].isupper() or seg.startswith("the ")) or seg.split()[0] in STOP_CAP or re.search(
            r"(?<![\w'’-])(?:in\s+(?:his|her|their|its)\s+(?:own\s+)?\w+|via|according\s+to|by)[\s,]", seg):
        return None                              # "The Europeans, in his telling, were the obstacle:": his, not theirs
    cut = None
    for m in re.finditer(r"(,\s+)?(\S+)", seg):
        w = m.group(2)
        if m.group(1) and (re.match(r"(?:who|which|whose)\b", w) or w[:1].isupper() and cut is None):
            end = seg.find(",", m.end())         # an appositive or a relative clause: the subject is before it
            if end < 0:
                return None
            rest = re.match(r",\s+([a-z][\w'’-]*)", seg[end:])
            if rest is None or rest.group(1) in TITLE_WORDS:
                return None
            cut = (m.start(), end) if re.match(r"(?:who|which|whose)\b", w) else (end, end)
            break
        if w[:1].islower() and not re.match(r"(?:al-|el-|bin\b|of\b|the\b|de\b|bureau\b|committee\b)", w) and \
                w.rstrip(",") not in TITLE_WORDS and w.rstrip(",").rstrip("s") not in TITLE_WORDS:
            cut = (m.start(), m.start())
            break
    if cut is None:
        return None
    mention = seg[:cut[0]].strip().rstrip(",")
    if not mention or len(mention.split()) > 9 or not re.sub(r"^(?:al|el)-", "", mention.split()[-1])[:1].isupper():
        return None
    res = resolve(mention, ctx, reg)
    if res is None or not (res[2] == "person" and len(res[0].split()) >= 2 or reg.lookup(res[0]) is not None) or \
            reg.lookup(res[0]) is None and not all(re.sub(r"^(?:al|el)-", "", w)[:1].isupper() for w in res[0].split()):
        return None                              # not "About the Ukrainian (request ...)"
    return Found(0, 0, mention, res)


_TITLE_LEAD = re.compile(r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*|[a-z][\w-]*)\s+){1,7}|(?:[^,;:]{0,60},\s+)(?:(?:[A-Z][\w'’.-]*|"
                         r"[a-z][\w-]*)\s+){1,7}")
_COLON_TITLE = re.compile(r"((?:[Tt]he|[A-Z][\w'’-]*(?:'s|’s))\s+(?:[\w'’-]+\s+){0,3}?(?:minister|president|chancellor|"
                          r"spokesman|spokeswoman|spokesperson|envoy|ambassador|leader|premier|secretary|negotiator|aide|"
                          r"adviser|advisor|commander|diplomat|general|host))(?:,\s+(?:however|though|for (?:his|her) part),)?"
                          r"(?:\s+(?!(?:of|for|to|and|in|at|from|with)\s)[a-z][\w'’-]*)(?:\s+[\w'’-]+){0,7}\s*$")
_COLON_BODY = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:[A-Z][\w'’-]*|(?:[a-z]+\s+)?ministry|government|military|"
                         r"army|presidency|office|embassy|delegation))(?:,\s+(?:however|though|for its part),)?"
                         r"(?:\s+(?!(?:of|for|to|and|in|at|from|with)\s)[a-z][\w'’-]*)(?:\s+[\w'’-]+){0,7}\s*$")
_COLON_SOURCE = re.compile(r"((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,4}?\s+(?:statement|"
                           r"readout|read-out|communiqu[eé]|declaration|letter|post|message|note|answer|reply|response|"
                           r"verdict|reaction|words|position|text))\s+(?:read|reads|was|is|were|are|came|ran|went|stated|"
                           r"added|concluded|continued|put it)\b[^:]{0,40}:\s*$")


_COLON_OWNED = re.compile(r"(?:(?:Then|And|But)\s+came\s+)?((?:(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}?(?:[A-Z][\w.-]*|[a-z]+)"
                          r"(?:'s|’s)|Their|His|Her|Its)\s+(?:own\s+|first\s+|latest\s+|final\s+|standing\s+|main\s+|"
                          r"key\s+|core\s+|new\s+)?(?:verdict|reply|answer|response|reaction|message|position|words|view|"
                          r"take|terms|demands|conditions|red lines|stance|summary|advice|assessment|conclusion|plea|"
                          r"warning|retort|diagnosis))(?:\s+to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|"
                          r"\s+to\s+(?:both|all|the)\s+[a-z]+|\s+on\s+(?:[A-Z][\w.-]*\s*){1,3}|"
                          r",\s+(?:restated|repeated|reiterated|set out|spelled out|laid out)\b[^,:;\"“”]{0,50})?\s*:\s*$")


def reported_around(text, ss, se, q, frame, inside, taken) -> tuple[int, int] | None:
    """Reported speech with a quotation in it, then the frame ('Europe was “weak”, he said.'): the reported
    part, quotation included; when the sentence goes on after the frame ('Ukraine wanted peace “very much”,
    he said, but needed guarantees') the whole sentence, frame included (data card rule 10). None when the
    quotation opens the sentence (or its clause after ';' or ':')."""
    colon = text.rfind(":", ss, q.open)
    colon = colon if colon >= 0 and not inside[colon] and not re.match(r"\d", text[colon + 1:colon + 2]) else -1
    lo = max(ss, text.rfind(";", ss, q.open) + 1, colon + 1)   # "X went further: Ukraine "must ...," he said, or ..."
    lo += re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪‣◦*–-]\s+)?", text[lo:q.open]).end()
    lead = text[lo:q.open]
    if not re.search(r"[A-Za-z]", lead) or re.search(r"[:,]\s*$", lead) or ":" in lead or inside[lo] or \
            re.search(r"[.!?][\"”’']?\s+\S", lead):
        return None
    hi = se if text.find(";", q.end, se) < 0 else text.find(";", q.end, se)
    rest = text[frame:hi]
    if not rest.strip(" .!?,\"”’'") or re.match(r"\s*,?\s*(?:adding|saying|noting|warning|insisting|stressing|arguing|"
                                                 r"urging|citing|accusing|dismissing|rejecting|praising|claiming|demanding|"
                                                 r"and\s+(?:added|said|warned))\b", rest):
        hi = q.end + 1                           # the frame ends the reported part
    s, e = trim_span(text, lo, hi, inside)
    if any(taken[s:e]) or len(text[s:e].split()) < 3:
        return None
    return s, e


_WINDOW_CUT = re.compile(r"(?<![A-Z]\.[A-Z])(?<!\b[A-Z])(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGen)(?<!\bCol)(?<!\bLt)"
                         r"(?<!\bProf)(?<!\bGov)(?<!\bRev)(?<!\bCapt)(?<!\bMaj)(?<!\bSgt)(?<!\bAdm)(?<!\bAmb)(?<!\(ret)(?<![RDI]-[A-Z][a-z])(?<![RDI]-[A-Z][a-z]{2})(?<![RDI]-[A-Z][a-z]{3})"
                         r"(?<![RDI]-[A-Z][a-z]{4})\.|[!?;\"“”\n]")   # nor "Sen. Roger Wicker, R-Miss., said"


# the rest of a frame after its speaker, up to the full stop before the quotation that goes on: an age, a title, a
# relative clause, a party tag or a saint's abbreviation ('said Osman, 48, who chairs X.', 'said Rep. Y, D-Ill.')
_APPOSITIVE_FRAME = re.compile(r",\s(?:[^\"“”‘’.!?;\n]|(?<=\b[A-Z])\.(?=\s*[A-Z,])|(?<=\b(?:St|Dr|Fr|Mt|Jr|Sr))\.(?=\s*[A-Z,])|"
                               r"(?<=\bRev)\.(?=\s*[A-Z,])|(?<=[RDI]-[A-Z][a-z])\.(?=,)|(?<=[RDI]-[A-Z][a-z]{2})\.(?=,)|"
                               r"(?<=[RDI]-[A-Z][a-z]{3})\.(?=,)|(?<=[RDI]-[A-Z][a-z]{4})\.(?=,)){0,140}?(?=\.\s*[\"“‘])")


# a frame that is the whole next sentence after a quotation closed with a full stop ('"We will not sign." Dr Okafor
# said.', '"... ." the diplomat said on Friday.'): the writer's stop stands for the handover comma
_STOP_FRAME = re.compile(r"[ \t]+(?:[A-Za-z][\w'’.-]*[ \t]+){0,5}?(?:said|says|added|adds|stressed|noted|insisted|warned|"
                         r"declared|stated|explained|posted|wrote|tweeted|told\s+(?:[A-Z][\w'’-]*|reporters|journalists))"
                         r"(?:[ \t]+(?:(?:late|early|later|earlier)[ \t]+)?(?:on|in|at|during)[ \t]+[\w ]{1,30}?){0,2}"
                         r"\.(?=\s|$)")   # round 36: two adjuncts ("posted on X late on Monday"), posted/wrote
# round 60: the frame sentence's adjuncts may be longer, as in copy translated from Norwegian or Russian ('"... ."
# Governor X wrote on his VK page at 16.05 on Monday.', '... ." President X wrote on X shortly after the leaders left
# the stage.'): they open with a preposition or a time word, and carry no auxiliary or "that" of a reported clause
_STOP_FRAME_LONG = re.compile(r"[ \t]+(?:[A-Za-z][\w'’.-]*[ \t]+){0,5}?(?:said|says|wrote|writes|posted|posts|tweeted|"
                              r"added|adds|stated|declared)(?:[ \t]+that(?=[ \t]+(?:on|in|at)\b))?[ \t]+"
                              r"(?=(?:on|in|at|during|after|before|shortly|late|early|later|earlier|from|via|through)\b)"
                              r"([^\"“”‘’;:\n]{1,90}?)(?<![A-Z])\.(?=\s+[A-Z\"“‘(]|\s*$|\s*\n)")
_NO_CONTENT_TAIL = re.compile(r"\b(?:would|will|could|should|had|has|have|was|were|is|are|must|can|that|not)\b")


def _stop_frame_long(text: str, post: int) -> bool:
    m = _STOP_FRAME_LONG.match(text, post)
    return bool(m and not _NO_CONTENT_TAIL.search(m.group(1)))


# '"... they agree." said Peter Szabo, Minister of ...': a lower-case verb right after a quotation closed by its own
# stop opens no new sentence, so it is the quotation's frame (release copy; round 27)
_STOP_INVERTED = re.compile(r"[ \t]+(?:said|says|added|adds|stressed|noted|insisted|warned|declared|stated|explained|"
                            r"continued|concluded)[ \t]+[A-Z]")


# after a quotation: a translation in brackets, then "So said X" or "said X" (Caribbean copy glossing Creole; round 55)
_GLOSS_SO = re.compile(r"(\([^()\n]{1,240}\)[ \t]*)?(So[ \t]+(?=said[ \t]))?")


def direct_quote(text, q, ss, se, inside, taken, qstart, used, found, ctx, reg) -> Found | None:
    content_end = q.end
    last = text[q.end - 1] if q.end > q.start else ""
    post = q.end + 1
    # (a) attribution after the quote: '"...," Fidan said' / '"...," said Fidan'
    m = re.match(r"[ \t]*,?[ \t]*(?:[-–—][ \t]*)?", text[post:post + 8])   # not into the next paragraph
    p0 = post + (m.end() if m else 0)
    gloss = _GLOSS_SO.match(text, p0)            # '"Mi nuh care," (I don't care) said X', '"..." So said X' (round 55)
    handover = last in ",?!…—–-" or text[post:post + 1] == "," or bool(m and re.search(r"[-–—]", m.group(0))) or \
        last == "." and bool(_STOP_FRAME.match(text, post) or _STOP_INVERTED.match(text, post) or
                             _stop_frame_long(text, post)) or \
        last in ".," and says_in_speaker(text, p0) is not None or \
        bool(gloss and gloss.group(2) and VERB_RE.match(text, gloss.end()))   # '"... ." Dr Okafor said.', '"... ."
    # said Dr Okafor, ...': a stop for the comma; '"... ." So said X': the writer's inverted frame
    if gloss and handover and (gloss.group(1) or gloss.group(2)) and VERB_RE.match(text, gloss.end()):
        p0 = gloss.end()                         # the gloss (a translation in brackets) and "So" lead to the frame
    # '"We are ready," - Peskov said.': a dash hands over to the frame, as in copy translated from Russian
    if last in "?!" and re.match(r"(?:He|She|They|It|We|I)\s", text[p0:p0 + 5]):
        handover = False                         # '..., he replied: "How can we?" He said it was not the time': a new sentence
    elif handover and last in "?!" and re.match(r"[A-Z]", text[p0:p0 + 1]) and re.search(r":\s*$", text[max(ss, q.open - 4):q.open]):
        k = text.rfind(":", ss, q.open)          # 'Smotrich needed one word: "War!" Hamas official X said ...': the
        if colon_subject(text, ss, k, inside, ctx, reg) is not None:   # lead-in's subject, the next sentence is new
            handover = False
    hm = re.match(r"(?:[Tt]his|[Tt]hat)\s+(?:is|was)\s+how\s+|(?:[Ss]o|[Tt]hus)\s+(?=[A-Z]|the\s)", text[p0:p0 + 20]) \
        if handover and m and re.search(r"[-–—]", m.group(0)) else None
    if hm:                                       # '"...," - this is how Peskov commented on ...' (copy from Russian)
        p0 += hm.end()
    np = (so_speaker(text, p0) or says_in_speaker(text, p0)) if handover and not hm else None
    if np is not None:                           # '"...", so Rubio after the talks.': a verbless frame, the speaker
        f = Found(q.start, content_end, text[np[0]:np[1]], direct=True)   # after "so" (`pipeline.extract.soframes`)
        taken[q.open:np[1]] = b"\x01" * (np[1] - q.open)
        if text[f.end - 1] == ",":
            f.end -= 1
        return add_found(found, f, ctx, reg, taken)
    if handover:
        window_end = min(len(text), p0 + 140)
        cut = _WINDOW_CUT.search(text, p0, window_end)   # not "U.S.", not "Dr." ('"...," HE Dr. Majed Al-Ansari said')
        while cut and re.search(r"\b(?:Mr|Ms|Mrs)$", text[max(p0, cut.start() - 4):cut.start()]):
            nm = re.match(r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text[cut.end():cut.end() + 60])
            known = next((reg.lookup(c) for c in ([nm.group(1), nm.group(1).split()[0]] if nm else [])
                          if reg.lookup(c) is not None), None)
            if known is None or known.type != "person":
                break                            # "Mr. X": only a person the registry knows goes on past the stop
            cut = _WINDOW_CUT.search(text, cut.end(), window_end)
        if cut:
            window_end = cut.start() + 1
        for v in VERB_RE.finditer(text, p0, window_end):
            if v.group(1) not in ALL_VERBS or v.group(1) in V_OBJECT:
                continue
            if v.group(1) in ("asked", "asks") and re.search(r"\b(?:was|were|is|are|being|been)\s+$", text[p0:v.start()]):
                taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)   # '"Is Russia winning?" Trump was asked.':
                return None                                             # a reporter's question (data card rule 22)
            np = None
            if v.start() == p0:
                np = np_after(text, v.end(), window_end)
            else:
                np = np_before(text, p0, v.start())
                if np and text[p0:np[0]].strip(" ,"):
                    np = None
            if np is None:
                break
            frame = max(v.end(), np[1])
            fe = ADV_AFTER.match(text, frame)
            whole = reported_around(text, ss, se, q, fe.end() if fe else frame, inside, taken)
            if whole is not None:                # 'It would be “dangerous”, he warned, for the president to ...'
                used.add(v.start())
                taken[v.start():frame] = b"\x01" * (frame - v.start())
                return add_found(found, Found(whole[0], whole[1], text[np[0]:np[1]], direct=True), ctx, reg, taken)
            f = Found(q.start, content_end, text[np[0]:np[1]], direct=True)
            aud = AUDIENCE.match(text, frame) if v.group(1) in ("told", "tells") else None
            if aud:
                frame = aud.end()
                if text[frame - 1] == "." and re.match(r"\s*[\"“‘]", text[frame:frame + 3]):
                    frame -= 1                   # '"...," he told TASS. "...": the stop ends the frame, not the name
            adv = ADV_AFTER.match(text, frame)
            if adv:
                frame = adv.end()
            gm = re.match(r"[^\"“”‘’.!?;\n]{0,80}?(?=\s*,\s*[\"“‘])", text[frame:frame + 90]) or \
                re.match(r"[^\"“”‘’.!?;\n,]{0,60}?(?=\.\s*[\"“‘])", text[frame:frame + 70]) or \
                _APPOSITIVE_FRAME.match(text[frame:frame + 150])   # '..." said Osman, 48, who chairs X. "..."'
            if gm and (frame + gm.end() + 4) and not VERB_RE.search(gm.group(0)):
                frame += gm.end()                # '... he told reporters at the White House. “..."' 
            sm = re.match(r"\s*[,.;—–]\s*", text[frame:frame + 4])   # 'Zelensky said — "but ..."' continues too
            q2 = qstart.get(frame + sm.end()) if sm and "\n" not in sm.group(0) else None   # not the next paragraph
            if q2 is not None and re.search(r"[.;—–]", sm.group(0)) and (
                    text[q2.end - 1:q2.end] in ",?!" and VERB_RE.search(text, q2.end, min(len(text), q2.end + 40))) and \
                    not (text[q2.end - 1:q2.end] in "?!" and
                         re.match(r"[\"”’']?\s*(?:He|She|They|It|This|That|We)\s", text[q2.end:q2.end + 12])):
                q2 = None                            # the next quote has its own attribution (not '...?" He went on')
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
            if colon and re.match(r"\s+by\s", text[v.end():v.end() + 4]):
                continue                         # "the summit proposed by Erdogan, he was unequivocal:": no frame
            if colon and re.search(r",\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:was|is|were|had|seemed|sounded|remained)\s",
                                   text[v.end():lo + cm.start()]):
                continue                         # "Asked what he would say ..., Donald Trump was unmoved:": an opener
            if colon and re.match(r"\s*(?:Asked|Pressed|Questioned)\s[^,;:\"“”]*$", text[ss:v.start()]) and \
                    re.search(r",\s+(?:[A-Z][\w'’.-]*\s+){1,3}[a-z]+\s*$", text[v.end():lo + cm.start()]):
                continue                         # "Asked what happened if Zelenskyy said no, Trump shrugged:"
            gap = text[v.end():lo + cm.start()]
            if colon and len(gap) < 160 and not re.search(r"[.!?\"“”]", gap) or not gap.strip():
                best = v
        if colon and best is not None and _CHANNEL_LEAD.search(text, max(ss, lo), lo + cm.start()):
            used.add(best.start())               # "X opens with the words of Y, who told ...:": Y, by colon_subject
            best = None
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
            if np is not None and not colon and is_interposed(text, ss, np, cont=bool(
                    re.match(r"\s*[a-z]", text[q.start:q.start + 3]))):
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
    lo_c = max(ss, q.open - 120)                 # not "his phone call with Trump had produced "no agreement"": a noun
    cm = next((c for c in CALLED.finditer(text[lo_c:q.open]) if not (c.group(1) in ("call", "calls") and re.search(
        r"(?<![\w'’-])(?:his|her|its|their|our|my)\s+(?:(?:phone|telephone|video)\s+)?$", text[max(ss, lo_c + c.start(1) - 20):
                                                                                 lo_c + c.start(1)], re.I))), None)
    if cm and q.end - q.start < 200:
        vpos = max(ss, q.open - 120) + cm.start(1)
        if taken[vpos] or re.search(r"\bwhat\s+(?:[\w'’-]+\s+){0,3}$", text[max(ss, vpos - 40):vpos]):
            return None
        used.add(vpos)
        np = np_before(text, ss, vpos)
        rm = _WHICH_NAME.search(text, max(ss, vpos - 90), vpos)
        if np is None and rm:                    # "the truce, which Information Minister Khalid al-Aiser called “...”"
            np = rm.start(1), rm.end(1)
        am = re.match(r"\s+and\s+", text[q.end + 1:q.end + 8])
        q2 = qstart.get(q.end + 1 + am.end()) if am else None
        if q2 is not None and q2.end - q2.start < 200 and not taken[q2.open]:   # 'called it “A” and “B”'
            content_end, q = q2.end, Quote(q.open, q.start, q2.end)
        f = Found(q.start, content_end, "", direct=True)
        if text[f.end - 1] == ",":
            f.end -= 1
        pm = re.match(r"\S+\s+(?:it|them|this|that|him|her)\s+(?!as\b)(\S.*?)\s*$", text[vpos:q.open], re.S) or \
            re.search(r"\sas\s+((?:an?|the)\s+(?:[\w'’-]+\s+){1,3}?)$", text[vpos:q.open])   # not 'as a "X"' alone
        if pm and content_end == q.end:          # "calling it a failure that would “end in tears”", "described the
            f.start, f.end = vpos + pm.start(1), q.end + 1   # coalition as a genuine “axis of war”": the complement
        elif content_end == q.end and cm.group(1) != "call" and not (np and _REPORTED.search(text, ss, np[0])):
            #                                      'called Russia's memorandum "an ultimatum" that "nobody will sign"',
            om = _CALLED_OBJECT.match(text, vpos, q.open)   # 'hailed "detailed" sessions covering ...': the object
            stop = _clause_end(text, q.end + 1, se, inside)   # named and what the clause goes on to say (round 29)
            wide = (om.end() if om is not None else q.open), max(stop, q.end + 1)
            if 0.25 * (wide[1] - wide[0]) <= q.end - q.start < 0.5 * (wide[1] - wide[0]):
                f.start, f.end = wide            # the quoted name alone is under half of what the clause says:
                #                                  the object and the clause's rest with it (round 29), but only
                #                                  while the name stays a quarter of it (ANNOTATION.md §1: "X")
        if np:
            f.mention = text[np[0]:np[1]]
            r = add_found(found, f, ctx, reg, taken)
        else:
            subj = sentence_subject(text, ss, vpos, found, inside, ctx, reg)
            r = add_found(found, f, ctx, reg, taken, inherit=subj) if subj else None
        if r is not None:
            taken[vpos:max(q.end + 1, f.end)] = b"\x01" * (max(q.end + 1, f.end) - vpos)
        return r
    return None


# the subject of the describing verb is reported by another speaker ('The Institute noted that Umerov had called ...')
_REPORTED = re.compile(r"(?<![\w'’-])(?:[a-z]+)\s+that\s+$")
# the object a describing verb names before its quoted name ('called the 30-day plan "a respite"'); not a pronoun
# (the quoted name alone, ANNOTATION.md §1) and not "as" alone
_CALLED_OBJECT = re.compile(r"\S+\s+(?!(?:it|them|this|that|him|her|as|on|for|upon)\s)(?=[^\s\"“”‘’'])")


def _clause_end(text: str, start: int, se: int, inside) -> int:
    """Where the clause that goes on after a quotation ends ('"an ultimatum" that "nobody will sign."'): at the
    first full stop, semicolon, comma or line end outside quotation marks; `start` itself when the text after the
    quotation does not go on with a lower-case word or another quotation."""
    if not re.match(r" (?:[a-z]|[\"“‘](?=\w))", text[start:start + 3]):
        return start
    first = re.match(r" ([a-z]+)", text[start:start + 30])
    if first and (first.group(1) in ALL_VERBS or first.group(1) in PARTICIPLES or first.group(1).endswith("ing") and
                  first.group(1)[:-3] + "ed" in ALL_VERBS):
        return start                             # '"...," adding that ...': a statement of its own
    i = start
    while i < se and i < len(text):
        c = text[i]
        if c == "\n" or c in ".;,!?" and not inside[i]:
            break
        if c == " " and not inside[i] and text.startswith((" and ", " but ", " yet ", " while "), i):
            nxt = re.match(r" (?:and|but|yet|while) (?:(?:also|then|later)\s+)?([a-z]+)", text[i:i + 30])
            if nxt and (nxt.group(1) in ALL_VERBS or nxt.group(1) in _CALLED_VERBS):
                break                            # '... "ill-advised" and said it would cost lives': a statement
        i += 1
    return i


# the describing verbs of CALLED ("called" ... "waves")
_CALLED_VERBS = frozenset(re.search(r"\((called\|[a-z|]+)\)", CALLED.pattern).group(1).split("|"))


_WHICH_NAME = re.compile(r"(?<![\w'’-])(?:which|what|that)\s+([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|el-[\w'’-]+|"
                         r"bin|von|der|de)){0,5})\s+(?:also\s+|then\s+|later\s+)?$")


def orphan_quote(text, ps, pe, qstart, taken, prev, sentence: bool = False) -> Found | None:
    """A paragraph (or, with `sentence`, a sentence) that is nothing but a quotation, after a paragraph or
    sentence that named a speaker ('Zelensky was defiant.' / '"We will not give away our land."'): the
    quotation is that speaker's."""
    q = qstart.get(ps)
    if q is None or taken[q.open] or prev is None or q.end - q.start < 8:
        return None
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    if sentence:
        line_end = min(line_end, pe)
    if text[q.end + 1:line_end].strip(" .,;\t\r"):
        return None                              # text after the quotation: an attribution we did not read
    if len(text[q.start:q.end].split()) < 8 and not re.search(r"[.!?…][\"”’']?$", text[q.start:q.end + 1]):
        return None                              # a quoted subheading ("Without Ukraine"), not a statement
    f = Found(q.start, q.end, prev[0], prev, direct=True)
    if text[f.end - 1] == ",":
        f.end -= 1
    taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
    return f


_BYLINE = re.compile(r"[—–]\s*([A-Z][^,:;\n]{1,80}?)\s*(?:,[^\n]*)?$")   # "— Ivica Dačić, Minister of Interior"


def bylined_quote(text, ps, pe, nxt, qstart, taken, ctx, reg) -> Found | None:
    """A paragraph that is nothing but a quotation, over a line that names its speaker after a dash (a pull quote:
    '“Peace is made by those who can stop the war.”' / '— Jane Roe, Minister of Interior, for TV One'): the quotation
    is that speaker's. `nxt` is the next paragraph's (start, end), or None."""
    q = qstart.get(ps)
    if q is None or nxt is None or taken[q.open] or q.end - q.start < 8 or text[q.end + 1:pe].strip(" .,;\t"):
        return None
    bm = _BYLINE.match(text, nxt[0], nxt[1])
    if bm is None:
        return None
    name = bm.group(1)
    if re.search(r"(?<![\w'’-])(?:by|reporting|reported|translated|edited|compiled|written)(?![\w'’-])", name, re.I):
        return None                              # "— Additional reporting by agencies": a credit line
    res = resolve(re.split(r"\s+(?:in|at|for)\s", name)[0], ctx, reg) or resolve(name, ctx, reg)
    if res is None:
        return None
    if res[2] == "person" and res[1] == "other" and reg.lookup(res[0]) is None:   # "— Jane Roe, Ukrainian minister"
        res = res[0], reg.camp_from_words(text[bm.end(1):nxt[1]]), "person"
    taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
    return Found(q.start, q.end - (text[q.end - 1] == ","), name, res, direct=True)


_WOVEN_BEFORE = re.compile(r"(?<![\w'’-])(?:(?:at|of|to|about|on)\s+(?:their|his|her|its|our)\s+|(?:at|as|of|to|was|were|"
                           r"is|are|be|been|would|will|remained|seemed|sounded|looked|felt|found|saw|called|deemed|"
                           r"considered|put|kept|than|like|about|only|still|just|not|now|merely|simply|nothing but)\s+)$",
                           re.I)
_SUBJECT = re.compile(r"\s*(?:[A-Z][\w-]*\s+(?:[a-z]\w*\s+){0,5}?\w*,\s+)?((?:He|She|They)\b|[A-Z][\w'’.-]*"
                      r"(?:\s+(?:of\s+|von der\s+|bin\s+|al-)?[A-Z][\w'’.-]*)*)\s+(?:also\s+|then\s+|later\s+)?"
                      r"([a-z][\w'’-]*)")


def woven_quote(text, ss, se, quotes, qi, inside, taken, found, ctx, reg) -> Found | None:
    """A short quotation woven into narration about a speaker ('He put support for the deal at "barely a
    third".'): the sentence's subject is the speaker when nothing else attributes the quotation. Scare quotes
    after an article or "so-called", and quoted names, are left alone."""
    sm = _SUBJECT.match(text, ss, se)
    if sm is None or sm.group(2) in ("of", "and", "or", "who", "which", "whose", "in", "on", "at", "to", "for") or \
            sm.group(2) in TITLE_WORDS or sm.group(2).rstrip("s") in TITLE_WORDS:
        return None                              # "The Kremlin spokesman was asked ...": no verb after the name
    mention = sm.group(1)
    if mention.split()[0] in STOP_CAP or re.search(r"(?:'s|’s)$", mention):
        return None
    res = resolve(mention, ctx, reg)
    if res is None or mention.lower() not in PRONOUNS and reg.lookup(res[0]) is None and res[0] not in ctx.camps:
        return None                              # only a known actor, a pronoun or a person the article introduced
    j = qi
    while j < len(quotes) and quotes[j].open < se:
        q = quotes[j]
        j += 1
        if q.open < sm.end() or taken[q.open] or q.end > se:
            continue
        words = text[q.start:q.end].split()
        if len(words) < 2 or all(w[:1].isupper() for w in words if w[:1].isalpha()):
            continue
        if not _WOVEN_BEFORE.search(text[max(ss, q.open - 30):q.open]) or \
                re.search(r"so-called\s+$", text[max(ss, q.open - 12):q.open]):
            continue
        f = Found(q.start, q.end, mention, direct=True)
        if text[f.end - 1] == ",":
            f.end -= 1
        r = add_found(found, f, ctx, reg, taken)
        if r is not None:
            taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
        return r
    return None


LIST_ITEM = re.compile(r"(?:[•·▪‣◦*–-]|\d{1,2}[.)])\s+")
_LIST_OWNER = re.compile(r"((?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:demands|"
                         r"conditions|terms|proposals|points|requirements|red lines|priorities|plan|positions|position)\b")


_LIST_DOC = re.compile(r"((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?(?:memorandum|statement|readout|read-out|"
                       r"declaration|communiqu[eé]|plan|proposal|document|draft|letter|text))\s+(?:contains|includes|lists|"
                       r"says|states|reads|proposes|demands|sets out|calls for|offers)\b")


def list_lead_speaker(text, ps, pe, inside, ctx, reg) -> tuple[str, str, str] | None:
    """Who speaks through the list a paragraph ending in a colon introduces: 'Zelensky set out three conditions:',
    'The Kremlin's demands, according to the memorandum:', 'He told reporters:'."""
    colon = pe - 1
    if text[colon] != ":" or LIST_ITEM.match(text, ps):
        return None
    ss = max(ps, text.rfind(". ", ps, colon) + 2)
    for v in VERB_RE.finditer(text, ss, colon):
        if inside[v.start()] or re.search(r"(?:'s|’s)\s+$", text[max(ss, v.start() - 4):v.start()]):
            continue
        np = np_before(text, ss, v.start())
        if np is not None:
            res = resolve(text[np[0]:np[1]], ctx, reg)
            if res is not None:
                return res
    om = _LIST_OWNER.search(text, ss, colon) or _LIST_DOC.search(text, ss, colon)
    if om:
        res = resolve(om.group(1), ctx, reg)
        if res is not None:
            return res
    subj = colon_subject(text, ss, colon, inside, ctx, reg)
    return subj.resolved if subj is not None else None


def list_item(text, ps, pe, inside, taken, speaker) -> Found | None:
    """One item of a list introduced by a speaker: the item's text, without its marker."""
    m = LIST_ITEM.match(text, ps, pe)
    if m is None or speaker is None:
        return None
    s, e = trim_span(text, m.end(), pe, inside)
    if len(text[s:e].split()) < 2 or any(taken[s:e]):
        return None
    taken[s:e] = b"\x01" * (e - s)
    return Found(s, e, speaker[0], speaker)


_SPOKE = re.compile(r"\b(?:was|were|is|are|sounded|remained|seemed)\s+(?:\w+\s+)?(?:blunt|blunter|clear|clearer|categorical|"
                    r"direct|plain|plainer|explicit|unambiguous|emphatic|firm|frank|candid|defiant|dismissive|scathing|"
                    r"brief|short|succinct|sharp|terse|cautious|guarded|upbeat|optimistic|pessimistic|sceptical|"
                    r"skeptical|adamant|unequivocal|specific|precise|crude|cruder|coarse|coarser|harsh|harsher|sharper|"
                    r"tough|tougher|stronger|stark|starker|softer|gentler|milder|conciliatory|measured|forthright|"
                    r"caustic|acerbic|withering|scornful|combative|uncompromising|more\s+cautious|laconic|curt|"
                    r"generous|personal|sardonic|sarcastic|ironic|philosophical|diplomatic|evasive|noncommittal|vague|"
                    r"coy|gloomy|bullish|confident|hopeful|pointed|damning|effusive|gracious|dismissive|categorical)\b|\b(?:message|verdict|answer|reply|response|"
                    r"position|warning|view|line|terms|demands|conditions|red lines|stance)\b|\bput it\b|\bin (?:his|her|their) words\b"
                    r"|\b(?:went|go|goes|going)\s+(?:even\s+|a\s+step\s+|much\s+)?further\b|\bput\s+the\s+(?:point|principle|case|"
                    r"matter|argument)\b|\bsummed\s+(?:it\s+)?up\b|\bset\s+the\s+tone\b")


# a speaker's name alone before a colon, with where and on what ("Putin, from Bishkek, on the plan:")
_COLON_NAME = re.compile(r"\s*((?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:al-|el-|bin\s+|von\s+|de\s+)?[A-Z][\w'’.-]*){0,3})"
                         r"(?:,?\s+(?:on|from|in|at|about|after|during)\s+[^,:;\"“”]{1,60}?)*,?\s*")


# a lead-in line ending in a colon (bold or not), then on the next line a block without quotation marks
_BLOCK_AFTER = re.compile(r":[ \t]*(?:\*\*|__)?[ \t]*\n(?:[ \t]{2,})?(?=[^\s\"“‘'*#•·>|-])[^\n]*[.!?…][\"”’]?[ \t]*(?=\n|$)")
_HEADER_FINITE = re.compile(r"\b(?:is|was|were|are|has|had|have|will|would|did|does|went|came|made|can|could|must|should)\b")


def colon_block(text, ss, se, inside, taken, found, ctx, reg) -> Found | None:
    """A lead-in line ending in a colon, and on the next line a block without quotation marks: the block is the
    lead-in's speaker's direct statement. A lead-in with a verb is read as `colon_content` reads one ('He went on:',
    'Dr X, Berlin, fellow at ..., writes:'; round 55: a live blog's indented block); a whole line without one as a
    header of a speaker and where and when ('**Presidential aide Yuri Ushakov, Feb. 18, Riyadh, to reporters:**': the
    speaker before the first comma, a person or body the registry or the article knows, or a person's full name in
    capitals; round 56)."""
    k = se
    while k > ss and text[k - 1] in " \t*_":    # the sentence's own end, not a copy of the text before it
        k -= 1
    if k <= ss or text[k - 1] != ":":
        return None
    m = _BLOCK_AFTER.match(text, k - 1)
    if m is None or any(taken[k:m.end()]) or any(inside[k + 1:m.end()]):
        return None
    block = text.index("\n", k - 1) + 1
    line = text.rfind("\n", 0, k) + 1
    lo = line + len(text[line:k - 1]) - len(text[line:k - 1].lstrip(" \t*_"))
    if VERB_RE.search(text, lo, k - 1) is None:
        f = _header_block(text, lo, k - 1, block, m.end(), taken, found, ctx, reg)
    else:
        f = colon_content(text, max(ss, lo), m.end(), inside, taken, found, ctx, reg)   # 'He went on:', 'X writes:'
    if f is not None:
        f.direct = True
        f.start = max(f.start, block + len(text[block:f.end]) - len(text[block:f.end].lstrip()))
    return f


def _header_block(text, lo, colon, block, end, taken, found, ctx, reg) -> Found | None:
    """'**Medvedev, Saturday, X, 1:17 p.m. Moscow:**' over a block: the header names the speaker (see `colon_block`)."""
    head = text[lo:colon]
    name, _, quals = head.partition(",")
    name = name.strip()
    if not name or _HEADER_FINITE.search(quals) or len(head) > 160:
        return None
    if re.match(r"(?:Reader|Listener|Viewer|Subscriber)s?\b", name):
        return None                               # "Reader Tomasz, in Gdańsk, emails:": no name the rules can give
    r = resolve(name, ctx, reg)
    if r is None or not (reg.lookup(r[0]) is not None or r[0] in ctx.names.values() or r[0] in ctx.camps or
                         r[2] == "person" and len(r[0].split()) >= 2 and all(w[:1].isupper() for w in r[0].split())):
        return None
    s, e = trim_span(text, block, end, bytearray(len(text) + 1))
    if len(text[s:e].split()) < 2 or any(taken[s:e]):
        return None
    taken[colon:colon + 1] = b"\x01"
    return add_found(found, Found(s, e, name), ctx, reg, taken, inherit=Found(0, 0, name, r))


def colon_content(text, ss, se, inside, taken, found, ctx, reg) -> Found | None:
    """Reported content after a colon whose lead-in names the speaker: 'Umerov had set out Kyiv's terms: peace
    was possible only if ...', 'On the land grab, he was blunter still: without a solution ...', 'the position
    was restated by Peskov: ...'. Quotations after a colon are `direct_quote`'s."""
    colon = next((k for k in range(ss, se) if text[k] == ":" and not inside[k] and not taken[k]
                  and not (text[k - 1:k].isdigit() and text[k + 1:k + 2].isdigit())), -1)
    if colon < 0 or re.match(r"\s*[\"“‘']", text[colon + 1:colon + 4]):
        return None
    s, e = trim_span(text, colon + 1, se, inside)
    if len(text[s:e].split()) < 4 or any(taken[s:e]) or not re.search(r"[.!?…][\"”’')]*\s*$", text[ss:se]):
        return None                              # a subheading ("Putin: no sense in foreign troops")
    lead_lo = ss + re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪‣◦*–-]\s+)?", text[ss:colon]).end()
    res = None
    verbs = [v for v in VERB_RE.finditer(text, lead_lo, colon) if not inside[v.start()] and not taken[v.start()]]
    cm = _CHANNEL_LEAD.search(text, lead_lo, colon)
    if cm:                                       # "Ukrainska Pravda leads with the words X spoke in Ankara: ..."
        r = resolve(cm.group(1), ctx, reg)
        res = Found(0, 0, cm.group(1), r) if r is not None and (r[2] == "person" or reg.lookup(r[0])) else None
        verbs = [] if res is not None else verbs
    if verbs:
        v = verbs[-1]
        np = np_before(text, lead_lo, v.start()) if v.group(1) not in PARTICIPLES else None
        sub = Found(0, 0, text[np[0]:np[1]], resolve(text[np[0]:np[1]], ctx, reg)) if np else \
            sentence_subject(text, lead_lo, v.start(), found, inside, ctx, reg)
        res = sub if sub is not None and sub.resolved is not None else None
    if res is None:
        bm = re.search(r"\bby\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*$", text[lead_lo:colon])
        if bm:                                   # "... was restated by Peskov:"
            r = resolve(bm.group(1), ctx, reg)
            res = Found(0, 0, bm.group(1), r) if r else None
    if res is None and not verbs and _SPOKE.search(text, lead_lo, colon):
        res = colon_subject(text, lead_lo, colon, inside, ctx, reg)
    nm = _COLON_NAME.fullmatch(text, lead_lo, colon) if res is None and not verbs else None
    if nm:                                       # "Antonio Tajani: the Vatican is ...", "Putin, from Bishkek, on the
        r = resolve(nm.group(1), ctx, reg)       # plan: the text could ...": a name and a colon, no verb (round 32)
        if r is not None and (reg.lookup(r[0]) is not None or r[0] in ctx.camps or r[0] in text[:lead_lo] and
                              (r[0] in ctx.surnames.values() or any(r[0] == n for n, _ in ctx.person))):
            res = Found(0, 0, nm.group(1), r)    # known, or a person the article named before ("Pull Quote:" never)
            if re.fullmatch(r"[ \t]*(?:\d{1,2}[:.]\d{2}[^\n\w]{0,6})?", text[text.rfind("\n", 0, lead_lo) + 1:lead_lo]):
                e = _turn_end(text, e, inside, taken)   # a transcript's turn: the answer runs on (round 33)
    if res is None:
        return None
    taken[colon:colon + 1] = b"\x01"
    return add_found(found, Found(s, e, res.mention), ctx, reg, taken, inherit=res)


_NEXT_SENTENCE = re.compile(r"[.!?…]*[\"”’')]*[ \t]+([A-Z][^\n.!?]*[.!?…]+[\"”’')]*)(?=[ \t]|\n|$)")


def _turn_end(text, e, inside, taken) -> int:
    """The end of a speaker's turn that opens its line ("3:11 — POTUS: There's no deal. We didn't get there."): the
    sentences after the first on the same line, up to one with a speech verb, a quotation, a colon or a dash of its
    own ("He added that ...", "Crosstalk. POTUS then said ...")."""
    while True:
        m = _NEXT_SENTENCE.match(text, e)
        if m is None:
            return e
        seg = m.group(1)
        if re.search(r"[\"“”:—–]|\b(?:[Ss]aid|says|added|asked|told|Pool|pooler|[Cc]rosstalk)\b", seg) or \
                VERB_RE.search(seg) or any(taken[m.start(1):m.end(1)]) or len(seg.split()) < 2:
            return e
        e = trim_span(text, m.start(1), m.end(1), inside)[1]


_DASHED = re.compile(r"[\"”’']?\s*(?:[—–]|(?<=\s)-(?=\s))\s*((?:[A-Z][\w'’.-]*\s+|(?:" + "|".join(("al-", "el-", "bin ", "von ", "de "))
                     + r")|(?:" + TITLE_ALT + r")\s+){0,6}[A-Z][\w'’.-]*)(?:,\s+[^\"“”\n]{0,120})?\s*[.]?\s*$")


def dashed_quote(text, q, se, taken, found, ctx, reg) -> Found | None:
    """A quotation signed with a dash after it: '"We will not give up an inch of our land" — Volodymyr Zelenskyy,
    in his nightly address.' (pull quotes, social copy); the name must be a person or body the registry or the
    article knows."""
    m = _DASHED.match(text, q.end, se)
    if m is None or taken[q.open] or len(text[q.start:q.end].split()) < 3:
        return None
    name = m.group(1).rstrip(".")
    res = resolve(name, ctx, reg)
    if res is None or not (reg.lookup(res[0]) is not None or res[2] == "person" and len(res[0].split()) >= 2):
        return None
    f = add_found(found, Found(q.start, q.end, name, direct=True), ctx, reg, taken)
    if f is not None:
        taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
    return f


# a post credited in brackets after its quotation: "(Telegram, Rybar, 08:40 Moscow time)", "(X post, Ukraine's
# defence intelligence)": the platform, then who posted it
_CREDIT = re.compile(r"[ \t]*\((?:Telegram|Facebook|X|Twitter|VK|VKontakte|Instagram|YouTube|TikTok|Truth\s+Social|Weibo|"
                     r"WeChat|Threads|Bluesky|Substack|LinkedIn|Odnoklassniki)(?:\s+(?:post|channel|video|account))?,\s+"
                     r"([^,()\n]{2,80}?)\s*(?:,[^()\n]{0,60})?\)")


def credited_quote(text, q, taken, found, ctx, reg) -> Found | None:
    """A quotation whose poster is credited in brackets right after it, the platform first ('‘No truce while the
    front moves.’ (Telegram, Rybar, 08:40 Moscow time)': monitoring copy's translated posts); the poster is the
    speaker, a channel the registry does not know is named as written (round 32)."""
    m = _CREDIT.match(text, q.end + 1)
    if m is None or taken[q.open] or len(text[q.start:q.end].split()) < 3:
        return None
    name = m.group(1)
    res = resolve(name, ctx, reg)
    if res is None or res[1] == "other" and reg.lookup(res[0]) is None:   # a channel the registry does not know: its
        res = (re.sub(r"^(?:[Tt]he)\s+", "", name), reg.camp_from_words(m.group(0)), "group")   # camp from the credit's
        #                                                                     words ("Moscow time", "Thai nationalist")
    f = add_found(found, Found(q.start, q.end, name, direct=True), ctx, reg, taken, inherit=Found(0, 0, name, res))
    if f is not None:
        taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
    return f


_COLON_QUOTE = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s+(?:[A-Z]{2,4}\s+)?(?:[—–-]\s+)?)?([^\"“”:;]{0,160}):\s*[\"“]")
_PRONOUN_LEAD = re.compile(r"(?<![\w'’-])(he|she|they|his|her|their|He|She|They|His|Her|Their)(?![\w'’-])")


def colon_orphan(text, ss, se, qstart, inside, taken, found, ctx, reg, before) -> Found | None:
    """'At the end he switched to English and proposed the next meeting: "..."', 'In the same post: "..."', 'And:
    "..."': a quotation after a lead-in that names nobody is the pronoun's person, or, after "same" or a one-word
    lead-in, the speaker the previous sentence or paragraph left (`before`)."""
    m = _COLON_QUOTE.match(text, ss, se)
    if m is None:
        return None
    q = qstart.get(m.end() - 1)
    if q is None or taken[q.open] or len(text[q.start:q.end].split()) < 3 or \
            text[q.end + 1:se].strip(" .,;\t\r\n\"”"):
        return None                              # the quotation must close the sentence
    lead = m.group(1)
    if len(lead.split()) < 2 and lead.strip() not in ("And", "Then", "Also", "Later", "Finally", "Plus", "Next", "Again"):
        return None                              # "Claim:", "Verdict:", "Headline:": a label, no speaker
    if any(x[3] in ("person", "unknown") or reg.lookup(x[1]) is not None
           for x in mentions(text, m.start(1), m.end(1), inside, reg)) or \
            re.search(r"(?<![\w'’-])[A-Z][\w'’-]*\s+(?:[a-z]+\s+)?(?:senators|leaders|ministers|officials|lawmakers|"
                      r"members|delegates|group|party|movement|council|bureau|government|ministry)\b", lead) or \
            re.search(r"(?:'s|’s)(?![\w'’-])", lead):
        return None                              # a lead-in naming someone is another rule's (or nobody's)
    pm = _PRONOUN_LEAD.search(lead)
    dm = re.search(r"(?<![\w'’-])(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+){0,2}(statement|letter|post|communiqu[eé]|"
                   r"readout|read-out|declaration|text|document|memorandum|message|video|address|speech|interview|"
                   r"movement|group|party|council|ministry|government|office|presidency|bureau|delegation)\b", lead)
    res = None
    if pm is not None:
        word = pm.group(1).lower()
        res = resolve({"his": "he", "her": "she", "their": "they"}.get(word, word), ctx, reg)
    elif re.match(r"\s*It\s", lead):
        res = resolve("it", ctx, reg)             # "It closes with a commitment:": the document's authors
    elif dm is not None and not re.search(r"\bsame\b", lead):
        res = resolve(dm.group(0), ctx, reg)      # "Also in the letter:": the letter's author, not the last speaker
    elif before is not None and (re.search(r"\bsame\b", lead) or len(lead.split()) < 2):
        res = before                             # "In the same post:", "And:": the speaker before
    if res is None:
        return None
    f = add_found(found, Found(q.start, q.end, pm.group(1) if pm else res[0], direct=True), ctx, reg, taken,
                  inherit=Found(0, 0, pm.group(1) if pm else res[0], res))
    if f is not None:
        taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
    return f
