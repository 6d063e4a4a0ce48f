"""Speaker noun phrases next to a communication verb, found by shape, without a parser.

`np_before` finds the subject that ends right before a verb ("Kremlin spokesman Dmitry Peskov",
"the ministers", "he", "Zelenskyy, who ..."), `np_after` an inverted subject ("said Fidan") and
`np_forward` the source after "according to". Not here: deciding who the phrase refers to
(`pipeline.extract.speakers`).
"""
from __future__ import annotations

import re

from pipeline.extract.givennames import KIN_NAMED_SUBJECT
from pipeline.extract.introductions import HEAD_TITLES
from pipeline.extract.lexicon import AUX, BEFORE_OK, BRACKETED_ACRONYM, CLASS_YEAR, DOC_WORDS, GROUP_HEADS, LEADER_REGIONS, NAME_PARTICLE, PRONOUNS, STOP_CAP, TITLE_ALT, TITLE_WORDS, VERB_RE, WORD
from pipeline.extract.roles import ROLE_HEADS


_LEADERS_LIST = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?(?:leaders|heads of (?:state|government)|foreign ministers|governments|"
                           r"presidents|prime ministers)\s+of\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*)*"
                           r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?\s+and\s+$")
_GROUP_OF = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:alliance|party|coalition|movement|bloc|front|"
                       r"faction|Party|Alliance|Coalition|Movement|Bloc|Front)\s+(?:of|led by|headed by|founded by|loyal to)"
                       r"\s+(?:the\s+)?(?:former\s+|late\s+)?(?:[a-z]+\s+){0,2}$")
_BODY_OF = re.compile(r"(?<![\w'’-])[Tt]he\s+(?:[a-z]+\s+){0,2}(?:ministry|government|army|military|presidency|embassy|"
                      r"office|parliament|delegation|armed forces|foreign office|cabinet|press service|service)\s+of\s+"
                      r"(?:the\s+)?$")
_BODY_OF_NAME = re.compile(r"(?<![\w'’-])[Tt]he\s+(?:[a-z]+\s+){0,2}(?:press service|press office|ministry|office|embassy|"
                           r"delegation)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$")
_TIME_WORD = r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|" \
             r"August|September|October|November|December)\b"
_LIST_HEAD = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*)+$")
_NOT_BEFORE_NAME = set("of to by for with from in on at about against into near under over between among toward towards "
                       "like than the a an its his her their our".split())
_APP_OPEN = re.compile(r"(?:the|a|an|who|whose|which|its|his|her|their|now|then|formerly|also|one|another|himself|"
                       r"herself|[a-z][\w'’-]*(?:'s|’s))\b")


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
_DOC_END = "|".join(f"(?<={w})" for w in ("statement", "declaration", "communiqué", "communique", "readout", "letter",
                                           "memorandum", "resolution"))
_WHEN_ALT = (r"(?:\s+(?:(?:late|early|earlier|later)\s+)?on\s+" + _DAY + r"(?:\s+(?:morning|afternoon|evening|night))?|"
             r"\s+(?:last|this|on)\s+(?:week|month|year|weekend|night|morning|" + _DAY + r")|"
             r"\s+(?:earlier|later)\s+(?:this|that|in the)\s+(?:week|month|day|year)|\s+(?:yesterday|today|overnight|"
             r"previously|meanwhile|however|in turn|in response|in reply|for (?:his|her|its|their) part)|"
             r"\s+(?:already\s+|also\s+|later\s+|earlier\s+)?(?:after|before|during|at|in|on|after)\s+(?:the|that|this|his|her|its|"
             r"their|a|an)\s+(?:same\s+|next\s+|first\s+|last\s+|previous\s+|following\s+)?(?:[\w-]+\s+)?(?:meeting|call|"
             r"talks|round|days|summit|conversation|visit|speech|interview|briefing|session|week|day|weekend|evening|"
             r"morning|negotiations|consultations|signing|vote|address)|\s+(?:already\s+)?in\s+(?:January|February|March|April|"
             r"May|June|July|August|September|October|November|December|\d{4})(?:\s+\d{4})?|\s+already|\s+at first|"
             r"(?:" + _DOC_END + r")\s+of\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|"
             r"September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)")   # "The Quad's statement of 12
# September called for ...": the document's date, not its subject (round 20)
# "Peskov on Tuesday said" or "Rutte, for his part, said"; not the end of an appositive ("Stubb, who ... on Saturday, said")
_WHEN = re.compile(r"(?:\s*," + _WHEN_ALT + r"\s*,|(?<!,)" + _WHEN_ALT + r")$")


# lower-case heads of institutions and groups that can be a subject on their own ("the party", "the army-backed government")
BODY_HEADS = {"party", "group", "movement", "coalition", "alliance", "embassy", "consulate", "militia", "rebels", "bloc", "mission",
              "forces", "presidency", "military", "army", "government", "signatories", "participants", "mediators",
              "wing", "newspaper", "agency", "daily", "channel", "broadcaster", "outlet", "side", "authorities",
              "leadership", "department", "cabinet", "paramilitary", "paramilitaries", "force", "navy", "police",
              "bureau", "politburo", "faction",
              # round 31: bodies re-mentioned by their head noun ("The union demanded", "The foundation states")
              "union", "council", "foundation", "network", "company", "committee", "association", "institute",
              "federation", "confederation", "commission", "organisation", "organization",
              "caucus"}   # round 36: "The KMT caucus said"
_COALITION = re.compile(r"(?<![\w'’-])(?:(?:[Tt]he\s+)?(?:[Ll]eaders|[Mm]embers)\s+of\s+)?(?:[Tt]he\s+)?(?:so-called\s+)?[\"“]?"
                        r"[Cc]oalition\s+of\s+the\s+[Ww]illing[\"”]?$")
_PLACE_AFTER = re.compile(r"(?<=[A-Za-z])\s+(?:in|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
_LEADERS_OF = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?[Ll]eaders\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:" + LEADER_REGIONS +
                         r")\s+(?:countries|states|nations|governments)(?:\s+and\s+(?:of\s+)?(?:the\s+)?"
                         r"(?:EU|European\s+Union|NATO))?$")
_MINISTERS_OF = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance)\s+)?(?:[Mm]inisters|[Ll]eaders)\s+"
                           r"of\s+the\s+[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,4}(?:\s+[a-z]+\s+(?:nations|"
                           r"countries|states))?$")   # "Foreign ministers of the Group of Seven industrialized nations"
_OFFICIALS_IN = re.compile(r"(?<![\w'’-])(?:(?:[Ss]enior|[Tt]op)\s+)?(?:[Oo]fficials|[Dd]iplomats|[Nn]egotiators)\s+(?:in|from)\s+"
                           r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")


_OPENER_SUBJECT = re.compile(r"\s*(?:On|In|At|After|Before|During|Later|Earlier|By|Since|Within|Throughout|Hours|Days|"
                             r"Weeks)\s+[^,;:\"“”]{1,60}?\s+((?:the|its|their|his|her)\s+(?:(?!(?:the|a|an|of)\s)[a-z][\w-]*\s+){0,2}"
                             r"([a-z][\w-]*))$")
_MISSION_TO = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?[A-Z][\w-]*(?:'s|’s)?\s+(?:[Pp]ermanent\s+)?(?:[Mm]ission|[Dd]elegation|"
                         r"[Rr]epresentation)\s+(?:to|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
# "Analyst Jane Roe from the Centre for Foreign Policy said": the named person, not the institution (round 38)
_PERSON_FROM = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]*)\s+from\s+the\s+[A-Z][\w'’.-]*"
                          r"(?:\s+(?:[A-Z][\w'’.-]*|for|of|the|and|on))*?(?:\s+[A-Z][\w'’.-]*)?$")
_MEMBERS_AT = re.compile(r"(?<![\w'’-])(?:(?:[Ss]enior|[Tt]he)\s+)?(?:[Aa]nalysts|[Ee]xperts|[Rr]esearchers|[Ee]conomists|"
                         r"[Ss]cholars|[Ff]ellows)\s+(?:at|of|from|with)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|"
                         r"for|of|the|and|on))*?(?:\s+[A-Z][\w'’.-]*)?$")


_TITLE_TO = re.compile(r"\s+(?:to|at|in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|(?:[a-z][\w-]*\s+)?"
                       r"(?:talks|negotiations|summit|conference|meeting))$")


_HEAD_OPENS = re.compile(r"\s*(?:[•·▪*–-]\s+)?(?P<intro>(?:On|In|At|Last|This|Earlier|Later|But|And|Meanwhile)\s+[^,;:]{0,40},\s+|"
                         r"[A-Z][a-z]+ing\s+[^,;:\"“”]{0,60},\s+)?"
                         r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|Another|An?|One|[A-Z][\w'’.-]*(?:'s|’s))\s")
# a lone acronym as the name in a describing apposition (round 30): "The bishops' conference, CENCO, said"
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{2,7}")
_PRESS_ROLE = re.compile(r"\b(?:correspondent|reporter|journalist|presenter|anchor|editor|columnist|commentator)s?\b")


def _appositive(text: str, lo: int, base: int, seg: str):
    """Read 'NAME, APPOSITIVE,' before a verb (seg ends with the comma). Returns ("span", s, e) for a
    speaker phrase that covers name and appositive, ("cut", k) to continue with seg[:k], or None."""
    cuts = [i for i, c in enumerate(seg) if c == ","]
    if len(cuts) < 2:
        return None
    k = cuts[-2]
    inner = seg[k + 1:-1].strip()
    valid = 0 < len(inner) < 120 and '"' not in inner and "“" not in inner
    if valid:
        toks = inner.split()
        head_seg = seg[:k].rstrip()
        tm = _TITLE_TO.search(head_seg)          # "Russia's ambassador to the UN, Vasily Nebenzya, said",
        t_end = tm.start() if tm and head_seg[:tm.start()].split() and (   # "Its envoy to the talks, ..."
            head_seg[:tm.start()].split()[-1].lower().rstrip("s") in TITLE_WORDS or
            head_seg[:tm.start()].split()[-1].lower() == "delegation" and
            re.search(r"\b(?:head|chief|leader)\s+of\s+", head_seg[:tm.start()])) else k
        if 1 <= len(toks) <= 6 and all(t[0].isupper() or NAME_PARTICLE.match(t) for t in toks) and toks[0][0].isupper() and \
                head_seg[:t_end].split() and (head_seg[:t_end].split()[-1].lower().rstrip("s") in TITLE_WORDS or re.search(
                    r"\b(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Aa]mbassador)\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*"
                    r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}$", head_seg[:t_end])):   # "... Minister for Foreign Affairs,"
            outer = np_before(text, lo, base + t_end)
            if outer:                            # "its spokesman, Dmitry Peskov, said"
                return "span", outer[0], base + k + 1 + seg[k + 1:].index(inner) + len(inner)
    # "Bankole Adeoye, the African Union's commissioner for political affairs, peace and security, said"
    for i in range(len(cuts) - 2, -1, -1):
        c = cuts[i]
        tail = seg[c + 1:-1]
        if len(tail) > 200 or '"' in tail or "“" in tail or "”" in tail or VERB_RE.search(tail):
            break
        nxt = tail.lstrip()
        head = nxt.split()[0] if nxt.split() else ""
        is_app = bool(_APP_OPEN.match(nxt)) or head.lower() in TITLE_WORDS
        name_app = all(t[0].isupper() or NAME_PARTICLE.match(t) for t in tail.split()) and 2 <= len(tail.split()) <= 5
        if not (is_app or name_app):
            continue
        outer = np_before(text, lo, base + c)
        if outer is None:
            continue
        words = text[outer[0]:outer[1]].split()
        if name_app and not words[-1].lower().rstrip("s") in TITLE_WORDS and not any(w[0].isupper() for w in words):
            continue
        if not name_app and not any(w[0].isupper() for w in words):
            continue
        return "span", outer[0], base + len(seg) - 1
    if valid:                                    # "The head of the rebel alliance, Corneille Nangaa, said", "His
        om = _OF_EMPLOYER.search(inner)          # brother, Foreign Minister Abdullah bin Zayed, said": the name;
        if om is not None and 2 <= len(inner[:om.start()].split()) <= 3 and \
                re.match(r"\s*(?:[Aa]n?|[Tt]he)\s", text[lo:base + k]):   # "A ship manager, Andreas Nicolaou of
            inner = inner[:om.start()]           # Seatrade Coastal, said": the name without its employer (round 36)
        toks = inner.split()
        head = text[lo:base + k]                 # the head opens the clause: a title NP, no verb before the name
        lead = len(toks[0]) + 1 if len(toks) > 2 and toks[0] == "the" else 0   # "..., the Qassam Brigades, said"
        if lead:
            toks = toks[1:]
        if (2 <= len(toks) <= 6 or len(toks) == 1 and _ACRONYM.fullmatch(toks[0])) and \
                all(t[0].isupper() or NAME_PARTICLE.match(t) for t in toks) and \
                toks[0] not in STOP_CAP and not any(t.lower().rstrip(".") in TITLE_WORDS for t in toks[-2:]) and \
                _HEAD_OPENS.match(head) and not VERB_RE.search(head):
            s0 = base + k + 1 + seg[k + 1:].index(inner) + lead
            hm = _HEAD_OPENS.match(head)
            d0 = lo + hm.end("intro") if hm.group("intro") else lo + len(head) - len(head.lstrip())
            # a bare personal name keeps its description, which names the camp ("the Russian embassy's press
            # counsellor, Yuri Baranov"), unless it is a reporter's, which names the beat (round 30)
            bare = len(toks) > 1 and not lead and not any(t.lower().rstrip(".") in TITLE_WORDS for t in toks) and \
                not _PRESS_ROLE.search(text, d0, base + k)
            return "span", d0 if bare else s0, s0 + len(inner) - lead
    return ("cut", k) if valid else None


_PORTFOLIO = re.compile(r"[a-z]{4,}")          # the one word before "ministry": "transport", "infrastructure"
_OF_EMPLOYER = re.compile(r"\s+of\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}$")
_TIME_MODIFIERS = {"outgoing", "former", "incoming", "acting", "interim", "retired", "veteran", "visiting", "then"}
_PARTY_WORDS = {"Republican", "Democrat", "Democratic", "Conservative", "Labour", "Liberal", "MP", "MEP", "Independent"}


def _name_before_title(text: str, lo: int, np: tuple[int, int]) -> int | None:
    """Start of the name that opens the sentence before a capitalized title phrase ("Radosław Sikorski, Deputy Prime
    Minister and Minister for Foreign Affairs of Poland"): the speaker is the named person, not the title."""
    toks = text[np[0]:np[1]].split()
    if toks and toks[0] in ("the", "a", "an") and len(toks) > 1:
        toks = toks[1:]                          # "Ben Obese-Jecty, the Conservative MP for Huntingdon, said"
    if not toks or not toks[0][0].isupper() or not any(
            t.lower() in TITLE_WORDS and t.lower() not in ("on", "of", "for", "and", "the", "to") or t in _PARTY_WORDS
            for t in toks[:5]):
        return None
    m = re.fullmatch(r"\s*(?:(?:[A-Z][\w'’.-]*\s+){0,4}?(?:[Ll]eader|[Ss]enator|[Ss]en\.|[Rr]ep\.|[Cc]hairman|[Mm]inister)\s+)?"
                     r"((?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’.-]*),\s+", text[lo:np[0]])
    if m is None:
        return None
    name = m.group(1).split()
    if not all(t[0].isupper() and t not in STOP_CAP and t.lower() not in TITLE_WORDS and not re.search(r"(?:'s|’s)$", t)
               for t in name):
        return None
    return lo + m.start(1)


# a group's own participle between it and its verb (round 18): "European leaders meeting at the G20 in Johannesburg"
_GROUP_MEETING = re.compile(r"\s+(?:meeting|gathered|gathering|assembled|attending)\s+(?:at|in|on|for)?\s*(?:the\s+)?"
                            r"[A-Z][^,;:\"“”.!?]{1,80}?\s*$")


# a channel's or account's audience after its name, with a translated name in square brackets before it: "Okopnaya
# Pravda [Trench Truth] (780,000 subscribers) wrote", "The channel of MP X (1.1m followers) posted"
_AUDIENCE = re.compile(r"(?:\s*\[[A-Z][^\[\]\n]{1,40}\])?\s*\((?:about\s+|some\s+|over\s+|more\s+than\s+)?[\d.,]+\s*"
                       r"(?:[km]|million|thousand)?\s+(?:subscribers|followers|members|viewers|readers)\)\s*$")


def np_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the subject noun phrase that ends right before `hi` (after adverbs/auxiliaries), or None."""
    j = hi
    while j > lo and text[j - 1].isspace():
        j -= 1
    km = KIN_NAMED_SUBJECT.search(text, max(lo, hi - 80), hi) if j > lo and text[j - 1] == "," else None
    if km is not None:                          # "His wife, Liisa, said": the name the relation introduces (round 55)
        return km.span(1)
    am = _AUDIENCE.search(text[max(lo, hi - 120):hi])
    if am is not None:                          # the name before its audience is the subject (round 21)
        return np_before(text, lo, hi - len(text[max(lo, hi - 120):hi]) + am.start())
    np = _np_before(text, lo, hi) or _doc_np(text, lo, hi)
    if np is None:                              # "European leaders meeting at the G20 in Johannesburg welcomed", "The
        gm = _GROUP_MEETING.search(text, max(lo, hi - 160), hi)   # European leaders gathered in Berlin said": the
        if gm is not None:                      # group before its own participle (round 18)
            np = _np_before(text, lo, gm.start())
            if np is not None and text[np[0]:np[1]].split()[-1].lower() not in GROUP_HEADS:
                np = None
    if np is None:                              # "The press service of the Kremlin reported"
        seg = text[max(lo, hi - 160):hi]
        am = AUX.search(seg)
        seg = seg[:am.start()] if am else seg.rstrip()
        m = _BODY_OF_NAME.search(seg)
        if m:
            base = hi - len(text[max(lo, hi - 160):hi])
            return base + m.start(), base + m.end()
    if np is not None:                          # "the leaders of France, Britain and the European Commission"
        m = _LEADERS_LIST.search(text, max(lo, np[0] - 200), np[0])
        if m:
            return m.start(), np[1]
        cap = re.search(r"(?<![\w'’-])[A-Z]", text[np[0]:np[1]])
        for cut in {np[0], np[0] + cap.start()} if cap else {np[0]}:
            m = _GROUP_OF.search(text, max(lo, cut - 150), cut) or _BODY_OF.search(text, max(lo, cut - 80), cut)
            if m and m.end() == cut:            # "The Hayastan alliance of the former president Robert Kocharyan",
                return m.start(), np[1]         # "The foreign ministry of the United Arab Emirates"
    if np is not None and re.match(r"[RDI]-[A-Z][A-Za-z.]{1,6}(?:,|$)", text[np[0]:np[1]]) and \
            re.search(r",\s*$", text[max(lo, np[0] - 3):np[0]]):   # "Rep. Brad Schneider, D-Ill., whose district ...,
        prev = _np_before(text, lo, text.rfind(",", lo, np[0]))    # said": the member of Congress, not the party tag
        if prev is not None:
            return prev
    if np is not None:                          # "Bankole Adeoye, African Union Commissioner for ..., said"
        named = _name_before_title(text, lo, np)
        if named is not None:
            return named, np[1]
    if np is not None and re.match(r"(?:the\s+)?[A-Z][\w'’-]*\s+and\s+[A-Z]", text[np[0]:np[1]]):
        m = _LIST_HEAD.search(text, max(lo, np[0] - 120), np[0])   # "Egypt, Qatar and Turkey"
        if m and re.search(_TIME_WORD, m.group(0)):   # "... in Jeddah on Tuesday, US and Ukrainian delegations said":
            m = None                                  # a date before the subject, no item of a list (round 20)
        if m and not re.search(r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Ff]rom|[Aa]board|[Ii]nside)\s+$",
                               text[max(0, m.start() - 10):m.start()]):   # not "In Tel Aviv, the X and Y Forum"
            return m.start(), np[1]
    return np


# a modifier between a document's author and the verb (round 18): a participle phrase between commas (", issued after
# the call,") or a group's own participle ("European leaders attending the summit"); read only when the document
# phrase before it is one
_RELATIVE_BY = re.compile(r"(?<![\w'’-])(?:by|from|of|with|for)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)$")
_RELATIVE_BY_THE = re.compile(r"(?<![\w'’-])(?:by|from|of|with|for)\s+((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)$")


def relative_antecedent(text: str, lo: int, rel_at: int, *, articled: bool = False) -> tuple[int, int] | None:
    """Span of the phrase a relative clause opening at `rel_at` (", who said ...") hangs on, or None: the subject
    phrase before it, else a name after "by" / "from" ... ("a weekend remark by Zelenskyy, who told reporters"),
    else a bare title ("declared the general, who also accused"). With `articled` the name after "by" may open with
    "the" ("opposed by the United States, which said": the additions' frames, round 54)."""
    np = np_before(text, lo, rel_at)
    if np is not None:
        return np
    nm = (_RELATIVE_BY_THE if articled else _RELATIVE_BY).search(text[max(lo, rel_at - 80):rel_at])
    if nm:
        return max(lo, rel_at - 80) + nm.start(1), max(lo, rel_at - 80) + nm.end(1)
    tm = re.search(r"(?<![\w'’-])the\s+(?:[a-z-]+\s+){0,2}[a-z-]+$", text[max(lo, rel_at - 40):rel_at])
    if tm and all(w in TITLE_WORDS for w in tm.group(0).split()[1:]):
        return max(lo, rel_at - 40) + tm.start(), rel_at
    return None


_DOC_MODIFIER = re.compile(r"(?:,\s+(?:[a-z]+ed|drawn|sent|written|made|given|shown|put\s+out|handed\s+over)\s+"
                           r"[^,;:\"“”.!?]{1,100},|\s+(?:attending|meeting|gathered|gathering|assembled)\s+(?:at|in|on|for)?\s*"
                           r"[^,;:\"“”.!?]{1,80})$")


def _doc_np(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """A document as subject with free modifiers: "The coalition's own statement", "the same readout", or with a
    modifier before the verb: "A joint statement by European leaders, issued after the call, said"."""
    wide = text[max(lo, hi - 200):hi].rstrip()
    m = AUX.search(wide)
    if m:
        wide = wide[:m.start()].rstrip()
    pm = _DOC_MODIFIER.search(wide)
    if pm is not None:                          # "A joint statement by European leaders, issued after the call, said",
        np = _doc_np_in(wide[:pm.start()], hi - len(text[max(lo, hi - 200):hi]), authored=True)   # "A statement
        if np is not None:                      # from European leaders attending the summit said": the document that
            # names its author ("by/from X") before the modifier; not "The plan's own text, drawn up in Washington,"
            return np
    seg = text[max(lo, hi - 120):hi].rstrip()
    m = AUX.search(seg)
    if m:
        seg = seg[:m.start()].rstrip()
    np = _doc_np_in(seg, hi - len(text[max(lo, hi - 120):hi]))
    m = _WHEN.search(seg) if np is None else None
    if m:                                        # "A statement issued by European leaders on 16 August said": the
        return _doc_np_in(seg[:m.start()].rstrip(), hi - len(text[max(lo, hi - 120):hi]))   # document's date
    return np


def _doc_np_in(seg: str, base: int, authored: bool = False) -> tuple[int, int] | None:
    """The document noun phrase that ends `seg` (which starts at `base` in the text), else None; `authored`: only one
    that names its author after "by", "from" or "of"."""
    m = None if authored else re.search(r"(?<![\w'’-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Tt]hat|[Tt]his)\s+"
                                        r"(?:[\w'’-]+\s+){0,4}?([\w-]+)$", seg)
    if not m or m.group(1).lower() not in DOC_WORDS:
        m = re.search(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,2}?([\w-]+)\s+(?:from|by|of)\s+(?:the\s+)?"
                      r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:presidency|government|(?:[a-z]+\s+)?ministry|military|army|office|"
                      r"embassy|delegation)$", seg) or \
            re.search(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,2}?([\w-]+)\s+(?:(?:issued|released|published|"
                      r"signed|put\s+out|sent)\s+)?(?:from|by|of)\s+(?:the\s+)?"
                      r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+(?:leaders|officials|ministers|foreign\s+ministers|"
                      r"governments|delegations|co-chairs|mediators))?$", seg)   # "A statement from the Kremlin said",
        #                                       "A joint statement by European leaders said", "the text issued by the G7"
        if not m or m.group(1).lower() not in DOC_WORDS:
            return None
    return base + m.start(), base + len(seg)


# a document aside between the subject and its verb, whose own list of names has commas of its own (round 20): ", in a
# joint statement signed by the leaders of A, B and C," (not a document aside with an author of its own: "in a
# statement released by Peskov" leaves the subject as it is, since that aside has no comma inside)
_DOC_ASIDE = re.compile(r"(?<=[\w.'’)]),\s+(?:in|through|via)\s+(?:a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
                        + "|".join(sorted(map(re.escape, DOC_WORDS), key=len, reverse=True)) +
                        r")\s+[^\"“”;:()]{0,250},[^\"“”;:()]{0,250},$")


def _np_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the subject noun phrase that ends right before `hi` (after adverbs/auxiliaries), or None."""
    seg = text[max(lo, hi - 300):hi]
    base = hi - len(seg)
    seg = BRACKETED_ACRONYM.sub(lambda m: " " * len(m.group(0)), seg).rstrip()   # "the Polish Institute of International
    #                                            Affairs (PISM) said": the acronym is no part of the phrase (blanked,
    #                                            so offsets stay those of the text)
    if "’" in seg or "'" in seg:                # "Maya Lindgren ’27, a sophomore, said": a class year, blanked too
        seg = CLASS_YEAR.sub(lambda m: " " * len(m.group(0)), seg).rstrip()
    for _ in range(2):                           # "Peskov on Tuesday also said", "The Kremlin late on Monday said"
        m = AUX.search(seg)
        if m:
            seg = seg[:m.start()]
        m = _WHEN.search(seg.rstrip())
        if m:
            seg = seg.rstrip()[:m.start()]
    seg = seg.rstrip()
    pm = re.search(r"(?<![\w'’-])((?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|de|van|von|der)(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|de|van|"
                   r"von|der)){1,4})\s*\(\s*[A-Z][^()\n]{1,50}\)$", seg)
    if pm:
        return base + pm.start(1), base + pm.end(1)   # "Vassily Nebenzia (Russian Federation) said": the speaker
    if seg.endswith(","):                       # "European leaders, in a joint statement signed by the heads of A, B
        dm = _DOC_ASIDE.search(seg)              # and C, said": the subject before the document aside, not its list
        if dm is not None:
            inner = _np_before(text, lo, base + dm.start())
            if inner is not None:
                return inner
    if seg.endswith(","):                       # appositive: "Zelenskyy, who ..., said"
        app = _appositive(text, lo, base, seg)
        if app is None:
            return None
        if app[0] == "span":
            return app[1], app[2]
        seg = seg[:app[1]].rstrip()
        rm = re.search(r"\s+(?:himself|herself|itself|themselves)$", seg)
        if rm:                                  # "Putin himself, speaking after the talks, said"
            seg = seg[:rm.start()]
    om = _COALITION.search(seg)
    if om:                                       # "The coalition of the willing said": lower-case, yet one name
        return base + om.start(), base + om.end()
    om = _MISSION_TO.search(seg)
    if om:                                       # "The Russian Permanent Mission to the UN said"
        return base + om.start(), base + om.end()
    om = _PERSON_FROM.search(seg)
    if om and not set(om.group(1).split()) & STOP_CAP:
        return base + om.start(1), base + om.end(1)
    om = _MEMBERS_AT.search(seg)
    if om:                                       # "Analysts at the Institute for the Study of War warned"
        return base + om.start(), base + om.end()
    om = _LEADERS_OF.search(seg)
    if om:                                       # "Leaders of ten European countries and the EU said"
        return base + om.start(), base + om.end()
    om = _MINISTERS_OF.search(seg)
    if om:                                       # "Foreign ministers of the Group of Seven said"
        return base + om.start(), base + om.end()
    om = _OFFICIALS_IN.search(seg)
    if om:                                       # "Officials in Kyiv said"
        return base + om.start(), base + om.end()
    pm = _PLACE_AFTER.search(seg)
    if pm:                                       # "The Palestinian Authority in Ramallah said"
        inner = _np_before(text, lo, base + pm.start())
        if inner is not None and (any(w[:1].isupper() for w in text[inner[0]:inner[1]].split()[1:] or [""]) or
                                  re.search(r"\b(?:ministry|embassy|government|parliament|presidency)$",
                                            text[inner[0]:inner[1]])) and \
                text[inner[0]:inner[1]].lower() not in PRONOUNS:
            return inner[0], base + pm.end()
    words = list(WORD.finditer(seg))
    if not words:
        return None
    last = words[-1].group(0)
    if last.lower() in PRONOUNS:
        j = len(words) - 1
        if j > 0 and words[j - 1].group(0).lower() in ("of", "to", "by", "for", "with", "from", "that"):
            return None
        return base + words[-1].start(), base + words[-1].end()
    first = None
    for j in range(len(words) - 1, max(-1, len(words) - 12), -1):
        w = words[j].group(0)
        if j < len(words) - 1 and re.search(r"[,;:()\[\]\"“”«»—–]", seg[words[j].end():words[j + 1].start()]):
            break
        lw = w.lower().rstrip(".")
        if j < len(words) - 1 and re.search(r"(?:'s|’s)$", lw):
            lw = lw[:-2]                         # "the Ukrainian president's office"
        if lw in ("the", "its", "his", "her", "their", "a", "an", "our"):
            if first is not None:
                first = j
                if lw == "the" and j > 1 and words[j - 1].group(0) in ("of", "for", "on") and \
                        (words[j - 2].group(0)[0].isupper() or words[j - 2].group(0).lower() in HEAD_TITLES or
                         words[j - 2].group(0).lower() in ("office", "ministry", "embassy", "presidency", "government")):
                    continue                     # "the Institute for the Study of War", "the head of the delegation"
            break
        if (w[0].isupper() or NAME_PARTICLE.match(w) and (first is not None or "-" in w)) and w.strip(".") not in STOP_CAP:
            first = j
            continue
        if j == len(words) - 1 and j > 0 and re.fullmatch(r"\d{1,3}|\d{4}(?<!19\d\d)(?<!20\d\d)", w) and \
                words[j - 1].group(0)[0].isupper() or j == len(words) - 1 and j > 0 and re.fullmatch(r"\d{3,4}", w) and \
                words[j - 1].group(0) in ("Resolution", "resolution"):
            first = j                            # "Channel 12", "Kan 11", "Resolution 2735": numbered
            continue
        if lw in TITLE_WORDS or lw.rstrip("s") in TITLE_WORDS or j == len(words) - 1 and (
                lw in BODY_HEADS or lw.endswith("s") and lw[:-1] in BODY_HEADS and lw[:-1] not in ("force", "side")) or \
                lw in _TIME_MODIFIERS and first is not None and j < len(words) - 1 or \
                lw in ("two", "both") and first == j + 1 == len(words) - 1 or \
                j == len(words) - 1 and lw in ("scholars", "researchers", "fellows") or \
                j == len(words) - 1 and lw in ROLE_HEADS or \
                j == len(words) - 1 and j > 0 and re.fullmatch(r"\d{2}-year-old", lw) and \
                words[j - 1].group(0) in ("The", "the", "That", "that") or \
                "-" in lw and all(x in TITLE_WORDS for x in lw.split("-")) or \
                j == len(words) - 2 and _PORTFOLIO.fullmatch(w) and words[-1].group(0).lower() in ("ministry", "ministries") \
                and lw not in _NOT_BEFORE_NAME and not VERB_RE.fullmatch(w):   # "secretary-general", "the transport
            first = j                            # ministry": its portfolio is an open list (round 36)
            continue
        break
    if first is None:
        return None
    lw0 = words[first].group(0).lower()
    if first >= 2 and first == len(words) - 1 and (lw0 in HEAD_TITLES or lw0.rstrip("s") in HEAD_TITLES or
                                                   lw0 in BODY_HEADS or lw0 in ROLE_HEADS) and words[first].group(0).islower():
        dm = re.search(r"(?:^|[\s,])((?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:[Tt]he\s+)?[A-Z][\w-]*(?:'s|’s))\s+"
                       r"(?:[a-z][\w-]*\s+){1,2})$", seg[:words[first].start()])   # also "Hamas's armed wing"
        if dm and not VERB_RE.search(dm.group(1)):   # "the retired general", "the visiting minister"
            k = next(j for j in range(first) if words[j].start() >= dm.start(1))
            first = k
    while first < len(words) - 1 and words[first].group(0).lower() in ("of", "and", "for", "on", "to"):
        first += 1
    if first > 0:                                # what precedes must be a boundary, not a content word
        prev = words[first - 1]
        gap = seg[prev.end():words[first].start()]
        pw = prev.group(0)
        if not any(c in gap for c in ",;:(—–") and not (pw[0].isupper() or not any(c.isalpha() for c in pw)
                                                         or pw.lower() in BEFORE_OK or pw.endswith(".")):
            k = first
            while k < len(words) and not words[k].group(0)[0].isupper():
                k += 1
            caps = [w.group(0) for w in words[k:]]
            if k >= len(words) or not (len(caps) >= 2 and all(c[0].isupper() or NAME_PARTICLE.match(c) for c in caps[-2:])
                                       or len(caps) == 1
                                       and words[k - 1].group(0).lower() not in _NOT_BEFORE_NAME):
                om = _OPENER_SUBJECT.match(seg)
                if om and (om.group(2).lower() in TITLE_WORDS or om.group(2).lower() in BODY_HEADS):
                    return base + om.start(1), base + om.end(1)   # "On the day of the meeting the party condemned"
                return None
            first = k
    s, e = base + words[first].start(), base + words[-1].end()
    phrase = text[s:e]
    low = phrase.lower().split()
    if not any(w[0].isupper() for w in phrase.split()) and not (
            low[0] in ("the", "its", "his", "her", "their", "both") and (low[-1] in TITLE_WORDS or low[-1] in DOC_WORDS
                                                                  or low[-1] in BODY_HEADS or low[-1] in GROUP_HEADS
                                                                  or low[-1].endswith("-year-old"))):
        return None                              # '"...", the 47-year-old warned' (round 34)
    if low[-1] in ("of", "the", "and", "for", "to", "on"):
        return None
    return s, e


def np_after(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of an inverted subject right after a verb ("said Fidan", "said the Kremlin spokesman")."""
    m = re.match(r"\s*((?:the\s+|The\s+)?(?:[A-Z][\w'’.-]*|[a-z][\w-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|the|"
                 r"\((?:ret|retd|Ret|rtd)\.?\)(?=\s+[A-Z])|"   # "Ambassador (ret.) Ann Lee": a rank's bracket
                 r"(?:von|van|der|de|al|bin)(?=\s+[A-Z])|" + TITLE_ALT + r"))*)", text[lo:hi])
    pm = re.match(r"\s*((?:his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|aide|adviser|"
                  r"envoy|office|deputy))(?:,\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}))?", text[lo:hi])
    hm = re.match(r"\s*((?:host|envoy|mediator|chair|moderator|spokesman|spokeswoman|spokesperson|minister|president)\s+"
                  r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})", text[lo:hi])
    if hm:                                       # 'announced host Anwar Ibrahim'
        return lo + hm.start(1), lo + hm.end(1)
    fm = re.match(r"\s*((?:a|an|the)\s+(?:[\w-]+\s+)?(?:spokesman|spokeswoman|spokesperson|official)\s+for\s+(?:the\s+)?"
                  r"[\w'’-]+(?:\s+[\w'’-]+){0,5}?)(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|after|told)\s)", text[lo:hi])
    if fm:                                       # 'said a spokesperson for the Ukrainian foreign ministry'
        return lo + fm.start(1), lo + fm.end(1)
    if pm:                                       # 'said his spokesman, Lieutenant Colonel Jeff Tolbert'
        e = lo + (pm.end(2) if pm.group(2) else pm.end(1))
        return lo + pm.start(1), e - 1 if text[e - 1] == "." else e
    if not m:
        return None
    s, e = lo + m.start(1), lo + m.end(1)
    words = text[s:e].split()
    while words and (words[-1].lower() in ("of", "the") or words[-1] in STOP_CAP):
        words.pop()
    if not words or not any(w[0].isupper() for w in words) and words[0].lower() not in PRONOUNS and \
            not (len(words) > 1 and words[0].lower() == "the" and words[-1].lower() in DOC_WORDS) and \
            not (1 < len(words) <= 4 and words[0].lower() == "the" and all(w.lower() in TITLE_WORDS for w in words[1:])
                 and words[-1].lower() not in DOC_WORDS and words[-1].lower() not in ("of", "the", "for", "and", "on", "to")):
        return None                              # '"...," said the joint statement' names a document; '"...,"
        # declared the president' names a title
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return s, s + len(words[0])
    if words[-1].endswith(".") and len(words[-1]) > 3 and not re.fullmatch(r"(?:[A-Z]\.)+", words[-1]):
        words[-1] = words[-1][:-1]               # 'said Lavrov.': the full stop ends the sentence
    if words[0][0].islower() and words[0].lower() != "the" and not (
            words[0].lower() in TITLE_WORDS and len(words) >= 3 and words[-1][:1].isupper() and words[-2][:1].isupper()):
        return None                              # but 'said press secretary of the Russian president Dmitry Peskov'

    e = s + len(" ".join(words)) if text[s:e].startswith(" ".join(words)) else e
    return s, e


def np_forward(text: str, s: int, e: int) -> tuple[int, int] | None:
    m = re.match(r"(?:the\s+|The\s+|an?\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*|\s+(?:" +
                 TITLE_ALT + r"))*", text[s:e])
    if not m or not m.group(0).strip():
        return None
    return s, s + len(m.group(0).rstrip(". "))
