"""Reported speech: the clause after "said (that)", "according to X", nominal attributions.

`reported_speech` cuts the content of each communication verb of a sentence (object verbs such as
"urged", "rejected", "expressed concern" included), stopping at the next coordinated attribution;
`reported_before` and `interposed_clause` handle "..., Lavrov said." and "The talks, he said, ...";
`according_to` and `nominal_attributions` the remaining constructions. Not here: direct quotes
(`pipeline.extract.quotes`), speaker resolution (`pipeline.extract.speakers`).
"""
from __future__ import annotations

import re

from pipeline.extract.lexicon import (ACCORDING, CAPITALS, DEMONYMS, OUTLET_WORDS, ADV_AFTER, AUDIENCE, BAD_CLAUSE_START, DOC_WORDS, INTRO_WORD, MAX_CLAUSE,
                                      INST_HEADS, NOMINAL, NOMINAL_END, ORG_WORDS, PARTICIPLES, PRONOUNS, SPLIT, STOP_CAP, TITLE_ALT,
                                      THAT_VERBS, TITLE_WORDS, V_AS, V_CLAUSE, V_INVERTED, V_PLURAL_THAT, V_STRONG,
                                      V_FRAME, V_HELD, V_INF, V_OBJECT, V_PRESS, V_WEAK, VERB_RE)
from pipeline.extract.documents import document_subject
from pipeline.extract.layout import trim_span
from pipeline.extract.phrases import np_after, np_before, np_forward, relative_antecedent
from pipeline.extract.speakers import Found, add_found, mentions, opening_pronoun, push, resolve, sentence_subject


_PRON_OBJ = {"it", "them", "this", "that", "him", "her", "these", "those"}
_BARE_CLAUSE = re.compile(r"\s*(?:[A-Z][\w'’.-]*|the|a|an|it|he|she|they|we|there|its|his|her|their)(?:\s+[\w'’.-]+){0,5}?"
                          r"\s+(?:could|would|should|was|were|had|has|have|is|are|will|might|must|can|did|does|do)\b")


_V_BARE = set("wrote writes posted posts tweeted tweets replied replies responded responds recalled recalls observed "
              "remarked agreed agrees answered".split()) | {"went on", "made clear", "makes clear", "made it clear"}
# weak verbs that also take a clause without "that"
NOUN_OBJECT = set("announced announces confirmed confirms explained explains accepted accepts welcomed welcomes rejected "
                  "rejects declared declares repeated repeats reiterated reiterates acknowledged acknowledges conceded "
                  "concedes welcoming rejecting".split()) | {"objected to", "objects to"} | \
    {"talked up", "talks up", "played down", "plays down"}   # "objected to the vote": a
#   thing; "talked up the format": no content (round 36: these two only with a long object or a clause)
STRICT_OBJECT = set("announced announces confirmed confirms explained explains accepted accepts".split())
_CONTENT = re.compile(r"[\"“‘]|\b(?:truce|ceasefire|cease-fire|concerns?|demands?|readiness|willingness|support|opposition|"
                      r"refusal|hopes?|condition|conditions|calls?\s+for|acceptance|rejection|commitment|intention|objections?)\b", re.I)
_ADVERBIAL_TAIL = re.compile(r"\s+(?:at|on|in|within|during|after|before|from|out of|first|last|earlier|later|late|early|"
                             r"the same day|the next day|shortly|immediately)\b.*$", re.S)


def unquote(text: str, s: int, e: int) -> tuple[int, int]:
    """A span that is one whole quotation ('told Interfax, "There is no plan."') without its marks
    (ANNOTATION.md §1: the words inside the quotation marks)."""
    if e - s > 2 and text[s] in "\"“«„" and text[e - 1] in "\"”»“" and not re.search(r"[\"“”«»„]", text[s + 1:e - 1]):
        return s + 1, e - 1
    return s, e


_AS_PUT = re.compile(r"[Aa]s\s+((?:[A-Z][\w'’.-]*|the|his|her|its|their|he|she|they)(?:\s+[\w'’.-]+){0,5}?)\s+"
                     r"(?:(?:has|had|once|later)\s+)?(?:put it|puts it|said|says|noted|notes|wrote|writes|argued|told "
                     r"(?:reporters|journalists)|reports|reported|stated|stressed|emphasized|emphasised|pointed out|"
                     r"explained|recalled|informs|informed|specified|clarified|added|underlined|confirmed)"
                     r"(?:\s+(?:on|in|at)\s+[^,\"“]{1,40})?\s*,\s*")


_IN_WORDS = re.compile(r"(?:[Ii]n\s+(?:the\s+(?:words|opinion|view|assessment)\s+of\s+((?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?)|"
                       r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?(?:'s|’s)|his|her|their|its)\s+(?:own\s+)?(?:words|"
                       r"opinion|view|assessment|estimation|estimate|telling))|[Bb]y\s+(?:the\s+account\s+of\s+((?:the\s+)?[\w'’.-]+"
                       r"(?:\s+[\w'’.-]+){0,5}?)|((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?(?:'s|’s)|his|her|their|its)"
                       r"\s+(?:own\s+)?account))\s*,\s*")   # "In his opinion, ...", "By his own account, ..."


_AS_STATED = re.compile(r"[Aa]s\s+(?:(?:was\s+|has\s+been\s+)?(?:stated|noted|reported|said|emphasized|emphasised|announced)\s+"
                        r"(?:in|by|at)|follows\s+from\s+(?:the|a|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|"
                        r"document|text|readout|read-out|communiqu[eé]|report|words|remarks)\s+(?:of|by|from))\s+"
                        r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s*,\s*()")
# "As stated in the Kremlin,", "As follows from the statement of the Russian Foreign Ministry," (copy from Russian)


_POSITION = re.compile(r"(?<![\w'’-])((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|’s)|[Tt]he\s+[a-z][\w-]*"
                       r"(?:\s+[a-z][\w-]*)?(?:'s|’s)|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:own\s+|official\s+|stated\s+|"
                       r"public\s+)?(?:position|view|line|stance|argument|assessment|conclusion|riposte|retort|reply|answer|"
                       r"response|message|verdict|(proposal|demand|condition|offer|terms|red line|priority))\s+(?:is|was|"
                       r"are|were|remains|remained|has been|had been|has long been|has always been)\s+(that\s+)?")


# "She was also of the view that ...", "Kyiv is of the opinion that ...": the clause, by the subject (round 34)
_OF_VIEW = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|he|she|they)\s+(?:is|was|are|were|remains|"
                      r"remained)\s+(?:also\s+|still\s+|firmly\s+|clearly\s+)?of\s+the\s+(?:view|opinion)\s+that\s+")


def position_is(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'The Kremlin's position is that ...', 'His view was that ...' (ANNOTATION.md §1: "X's position is
    that…"), 'She was of the view that ...': the clause, by the owner."""
    for m in _OF_VIEW.finditer(text, ss, se) if "of the view" in text[ss:se] or "of the opinion" in text[ss:se] else ():
        end = min(se, m.end() + MAX_CLAUSE)
        sm = SPLIT.search(text, m.end(), end)
        s, e = unquote(text, *trim_span(text, m.end(), sm.start() if sm else end, inside))
        if not inside[m.start()] and len(text[s:e].split()) >= 3 and not any(taken[m.start():e]):
            add_found(found, Found(s, e, m.group(1)), ctx, reg, taken)
    for m in _POSITION.finditer(text, ss, se):
        if inside[m.start()] or taken[m.end()]:
            continue
        end = min(se, m.end() + MAX_CLAUSE)
        sm = SPLIT.search(text, m.end(), end)
        s, e = unquote(text, *trim_span(text, m.end(), sm.start() if sm else end, inside))
        if not m.group(3) and not m.group(2) and not _BARE_CLAUSE.match(text, s):
            continue                             # "His own proposal is a freeze: ..." needs no clause
        if m.group(2) and (VERB_RE.search(text, ss, m.start()) or re.match(r"[a-z]+ed\b", text[s:s + 20])):
            continue                             # not "argued that Putin's offer was meant to ..."
        owner = re.sub(r"(?:'s|’s)$", "", m.group(1))
        owner = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(owner.lower(), owner)
        if len(text[s:e].split()) >= 3 and not any(taken[s:e]):
            add_found(found, Found(s, e, owner), ctx, reg, taken)


def as_put_it(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'As Zelensky put it, "Ukraine will not be traded."', 'As Peskov said, the talks are at an early stage.':
    the rest of the sentence is the speaker's."""
    lead = re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)?(?:(?:But|And|Yet|Or)\s+)?", text[ss:se])
    m = _AS_PUT.match(text, ss + (lead.end() if lead else 0), se) or _IN_WORDS.match(text, ss + (lead.end() if lead else 0), se) \
        or _AS_STATED.match(text, ss + (lead.end() if lead else 0), se)
    if m is None or inside[m.start()] or taken[m.end()]:
        return
    s, e = unquote(text, *trim_span(text, m.end(), se, inside))
    if len(text[s:e].split()) < 2 or any(taken[s:e]):
        return
    mention = next(g for g in m.groups() if g) if m.re is _IN_WORDS else m.group(1) or m.group(2)
    mention = re.sub(r"(?:'s|’s)$", "", mention) if m.re is _IN_WORDS else mention
    if m.re is _IN_WORDS and re.search(r"\btelling\s*,\s*$", m.group(0)) and mention.lower() in ("his", "her", "their", "its"):
        return                                   # "In his telling," only with a named teller ("In Ushakov's telling,")
    mention = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(mention.lower(), mention)   # "In his opinion,"
    back = opening_pronoun(mention, text[s:e], ctx, reg) if mention in ("he", "she") else None
    add_found(found, Found(s, e, mention, direct=bool(inside[s])), ctx, reg, taken,
              inherit=Found(0, 0, mention, back) if back is not None else None)


# "For Amorim, the war needs ...", "For the special adviser X, consulted by this newspaper, ..." (translated copy:
# Portuguese "para X"; round 16, taken back there; round 17 without pronoun holders and without the "In his telling"
# words): the opinion's holder, a named person the registry or the article knows, or a body the registry knows
_FOR_HOLDER = re.compile(r"[Ff]or\s+((?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+(?:al-|el-)?[A-Z][\w'’.-]*){0,3})"
                         r"(?:,\s+[a-z][^,;:\"“”]{3,100})?,\s+")
# the holder named after a role or an owner ("For the party secretary, Anna Rossi, ...", "for the League's Marco Bianchi
# the talks are ...") and the next holder of a paired sentence ("For A, X; for B, Y": round 32)
_FOR_ROLE_NAME = re.compile(r"[Ff]or\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:secretary|leader|minister|president|chief|head|"
                            r"chairman|chairwoman|chair|premier|envoy|spokes(?:man|woman|person)),\s+([A-Z][\w'’.-]*"
                            r"(?:\s+(?:al-|el-)?[A-Z][\w'’.-]*){1,3}),\s+")
_FOR_OWNED_NAME = re.compile(r"[Ff]or\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:'s|’s)\s+([A-Z][\w'’.-]*"
                             r"(?:\s+[A-Z][\w'’.-]*){1,2}),?\s+(?=[a-z])")
_FOR_NEXT = re.compile(r";\s+(?=for\s)")


def for_holder(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'For Amorim, the international community owes the region the same effort.': the rest of the sentence is the
    holder's view when the holder is a named person the registry or the article knows, or a body the registry knows;
    "For Moscow, the arithmetic is simple" (a place or a camp) is narration, and so is "For him, ..." (whom the
    pronoun means is too often the wrong person)."""
    lead = re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+(?:-\s+)?|[•·▪*–-]\s+)?", text[ss:se])
    cuts = [m for m in _FOR_NEXT.finditer(text, ss, se) if not inside[m.start()]]
    starts = [ss + (lead.end() if lead else 0), *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), se]
    for k, (s0, e0) in enumerate(zip(starts, ends)):   # "For A, X; for B, Y": each holder's own clause (round 32)
        m = _FOR_ROLE_NAME.match(text, s0, e0) or _FOR_OWNED_NAME.match(text, s0, e0) or \
            _FOR_HOLDER.match(text, s0, e0)
        if m is not None and (k > 0 or text[s0] == "F"):
            _for_holder_one(text, m, e0, inside, taken, found, ctx, reg)


def _for_holder_one(text, m, se, inside, taken, found, ctx, reg) -> None:
    if inside[m.start()] or taken[m.end()]:
        return
    holder = m.group(1)
    words = [w for w in holder.split() if w[:1].isupper()]
    name = " ".join(words)
    if name in CAPITALS or name in CAPITALS.values() or name in DEMONYMS or \
            holder.lower() in reg.camp_words or words and words[0] in ("Example", "Instance", "Now", "Years", "Decades"):
        return
    s, e = unquote(text, *trim_span(text, m.end(), se, inside))
    if len(text[s:e].split()) < 5 or any(taken[s:e]) or not re.match(r"[a-zA-Z\"“]", text[s:s + 1]):
        return
    if any(w[:1].islower() and w != "the" and w not in TITLE_WORDS for w in holder.split()):
        return                                   # "For three days in Munich, ...": a time, not a holder
    res = resolve(holder, ctx, reg)
    if res is None or res[2] == "person" and reg.lookup(res[0]) is None and res[0] not in ctx.camps or \
            res[2] != "person" and reg.lookup(res[0]) is None:
        return                                   # a person the registry or the article introduced, or a known body
    if res[2] != "person" and any(w.lower() in reg.camp_words for w in words):
        return                                   # "For the Kremlin, the summit was a win": the camp's analysis
    add_found(found, Found(s, e, holder, direct=bool(inside[s])), ctx, reg, taken)


_VIEW_MID = re.compile(r",\s+(?:in\s+(?:((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?(?:'s|’s)|his|her|their|its)\s+(?:own\s+)?"
                       r"(?:words|view|telling|opinion|estimation|assessment|reading|judgment|judgement)|the\s+(?:words|view|"
                       r"opinion|assessment)\s+of\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))|by\s+"
                       r"((?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?(?:'s|’s)|his|her|their|its))\s+(?:own\s+)?account),\s+")


def view_interposed(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'Appeals for a ceasefire were, in his view, a trick to win time.', 'The rebels were, in his words, the
    militia's wing.': the whole sentence is the owner's (reported); when the sentence then opens a quotation
    after a colon ('The Europeans, in his telling, were the obstacle: "..."'), the quotation is."""
    m = _VIEW_MID.search(text, ss, se)
    if m is None or inside[m.start()] or m.start() - ss < 8:
        return
    lead = re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)?", text[ss:se])
    s, e = trim_span(text, ss + (lead.end() if lead else 0), se, inside)
    if any(inside[s:m.start()]) or any(taken[s:e]):
        return
    q = next((k for k in range(m.end(), e) if inside[k]), None)
    direct = False
    if q is not None:
        if not text[m.end():q].rstrip().endswith(":") or not re.match(r"[\"“]", text[q - 1:q] or " "):
            return
        s, e = unquote(text, *trim_span(text, q - 1, e, inside))
        direct = True
    owner = next(g for g in m.groups() if g)
    owner = re.sub(r"(?:'s|’s)$", "", owner)
    owner = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(owner.lower(), owner)
    if len(text[s:e].split()) >= 4:
        add_found(found, Found(s, e, owner, direct=direct), ctx, reg, taken)


_BEHALF = re.compile(r"(?<![\w'’-])on\s+behalf\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*|of|and|the)(?:\s+(?:[A-Z][\w'’-]*|of|and|the)){0,5}"
                     r"(?:\s+(?:countries|states|members|group))?)")
_DELEGATE = re.compile(r"(?:[Tt]he\s+)?(?:(?:[Pp]ermanent\s+)?(?:[Rr]epresentative|[Dd]elegate|[Ss]peaker)\s+(?:of|for)\s+|[A-Z][\w'’-]*"
                       r"(?:\s+[A-Z][\w'’-]*){0,2}(?:'s|’s)\s+(?:representative|delegate)\b)")


def behalf_of(text, ss, se, found, ctx, reg) -> None:
    """'Speaking on behalf of the European Union, the representative of Denmark said ...': an unnamed delegate
    speaking for a group is the group (data card rule 23); speaking also for another state changes nothing."""
    m = _BEHALF.search(text, ss, se)
    if m is None:
        return
    target = re.sub(r"\s+(?:and|of|the)$", "", m.group(1))
    if target in DEMONYMS or target.lower() in reg.camp_words and " " not in target:
        return                                   # "also speaking on behalf of Sierra Leone": one state, not a group
    res = resolve(target, ctx, reg)
    if res is None or res[2] == "person" or reg.lookup(res[0]) is not None and reg.lookup(res[0]).type == "person":
        return
    for f in found:
        if f.resolved and _DELEGATE.match(f.mention.strip()):
            f.resolved = res
            push(ctx, res[0], res[1], "person")  # "She warned that ...": the delegate speaking for the group


# events of the talks whose welcome is a position (development writers: "welcomed the de-escalation / the outcome / the
# initialling / the announcement of Oman / any step toward de-escalation"); a thing ("the vote", "the accords signed
# in Washington", "the move": tests/extract/test_extractor_round6.py) stays a name
_WELCOMED_EVENT = re.compile(r"(?:the|any|this|that|its|their|his|her|(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*(?:'s|’s))\s+"
                             r"(?:[\w-]+\s+)?(?:outcome|announcement|de-escalation|initialling|initialing|signing|step|steps|"
                             r"efforts?|breakthrough|understandings?|pledges?|commitments?|progress)"   # round 40: "Oman's
                             r"(?:\s+(?:of|toward|towards)\s+[\w-]+)?")   # announcement", "the Muscat understanding"


# what one dismisses as a position, with no "as" after it: "dismissed complaints that Kyiv was left out", "dismissed
# Kyiv's proposal for a summit", "dismissed European claims to a role" (round 40); never "dismissed the envoy"
_DISMISSED = re.compile(r"\s+(?:(?:the|any|all|such|these|those|its|their|his|her|(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*(?:'s|’s))\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:reports?|claims?|complaints?|demands?|calls|proposals?|suggestions?|"
                        r"accusations?|allegations?|speculation|criticism|fears|concerns|idea|notion|talk|threats?|"
                        r"warnings?|offers?|ultimatum)\s+(?:that|of|for|to|about|by|from|as)\b")


def carries_content(obj: str, strict: bool) -> bool:
    """Whether a plain object of "welcomed"/"announced" carries content (a quote, a stance noun, a clause, or a long
    noun phrase) rather than naming a thing: "welcomed the vote", "announced the agreement at a news conference" do not."""
    if _CONTENT.search(obj[:120]) or _BARE_CLAUSE.match(obj):
        return True
    if strict:
        return False
    core = re.sub(r"\s+(?:itself|themselves)$", "", _ADVERBIAL_TAIL.sub("", obj))
    if re.search(r"\b(?:statement|declaration|proposals?|plan|initiative|road ?map|resolution|(?:peace\s+)?(?:agreement|"
                 r"accord|treaty))$", core):   # "welcomed the peace agreement itself"
        return True
    if _WELCOMED_EVENT.fullmatch(core):         # "welcomed the de-escalation", "welcomed the outcome": a position on an
        return True                              # event of the talks, not the name of a thing
    return len(core.split()) > 4 or bool(re.search(r"\b(?:that|as|to\s+[a-z]+|whether)\b", core))


def _source(text: str, s: int, se: int, inside: bytearray) -> tuple[int, int] | None:
    """The source after "according to": the phrase up to the next comma (a person, an outlet, "the readout",
    "a later statement by Witkoff", "the Kremlin readout of the call"), else the capitalised name."""
    m = re.match(r"[^,;:\"“”]{2,120}?(?=\s*(?:[,;:]|[.!?]?\s*$))", text[s:se])
    if m and len(m.group(0).split()) <= 14 and not VERB_RE.search(m.group(0)) and not inside[s]:
        e = s + len(m.group(0).rstrip(". "))
        return s, e
    return np_forward(text, s, se)


def resolve_source(src: str, ctx, reg):
    """Who speaks through a cited source: "a statement by Witkoff" -> Witkoff, "the Kremlin readout of the
    call" -> the Kremlin, "Kremlin aide Yuri Ushakov" -> Ushakov."""
    bm = re.search(r"\b(?:by|from)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s+(?:presidency|government|"
                   r"(?:foreign\s+|defen[cs]e\s+)?ministry|office|embassy|army|military|cabinet))?)$", src)
    if bm:
        res = resolve(bm.group(1), ctx, reg)
        if res is not None:
            return res
    if " of " in src and src[:src.index(" of ")].split()[-1].lower() in DOC_WORDS:
        src = src[:src.index(" of ")]            # "the Kremlin readout of the call"
    src = {"him": "he", "her": "she", "them": "they"}.get(src.strip().lower(), src)   # "according to him"
    return resolve(src, ctx, reg)


_CLAUSE_BEFORE = re.compile(r"(?::|,\s+(?:and|but|while|yet))\s*$")
_SOURCE_TAIL = re.compile(r"\s*,\s*(?:(?:who|which|whose|speaking|writing|citing|quoted|in\s+(?:a|an|his|her|its|their)|"
                          r"on|at)\b[^,;:\"“”]{1,100}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?=\s*,)")


def _relayed(text: str, s: int, e: int, ctx, reg) -> tuple[str, tuple[str, str, str]] | None:
    """(mention, resolved) of the person when a sentence before a trailing "according to <outlet>" opens with its own speaker and verb ("Lukashenka
    said on Thursday that A", "The ruler told officials that A", "He was quoted as saying that A"): a person whose
    words the outlet relays (R27 keeps the outlet's for "X, according to Y, said"); else None."""
    v = VERB_RE.search(text, s, min(e, s + 160))
    if v is None or re.search(r"[.!?;:]\s", text[s:v.start()]):
        return None
    np = np_before(text, s, v.start())
    if np is None or np[0] != s:
        return None
    res = resolve(text[np[0]:np[1]], ctx, reg)
    return (text[np[0]:np[1]], res) if res is not None and res[2] == "person" else None


def according_to(text, ss, se, inside, taken, found, ctx, reg) -> list:
    """Statements sourced by "according to X"; returns the sentences an outlet only relays, as (start, end,
    (mention, resolved)) of the person whose words they are (`relayed_rest` adds those no other rule found)."""
    relayed: list = []
    for m in ACCORDING.finditer(text, ss, se):
        if inside[m.start()] or taken[m.start()]:
            continue
        np = _source(text, m.end(), se, inside)
        if not np:
            continue
        res = resolve_source(text[np[0]:np[1]], ctx, reg)
        if res is None:
            continue
        lo = max(ss, text.rfind(";", ss, m.start()) + 1)
        cm = _CLAUSE_BEFORE.search(text, lo, m.start())
        if cm is not None and not inside[cm.start()]:   # "Kigali's account differed: according to the presidency, A";
            lo = cm.end()                               # "The talks ended, and according to X, A": A is X's
        k = np[1]
        for _ in range(3):                       # "According to Peskov, who spoke on Monday, ...", "..., Andrii
            am = _SOURCE_TAIL.match(text, k, se)  # Sybiha, ...", "..., speaking after the talks, ...": the content follows
            if am is None:
                break
            k = am.end()
        after = text[k:se]
        before = text[lo:m.start()]
        if after.lstrip().startswith(",") and not re.search(r"\w", re.sub(r"^\s*(?:\d{1,2}[:.]\d{2})?", "", before)):
            s = k + after.index(",") + 1
            e = se
        elif before.rstrip().endswith(",") and not after.strip(" .\"”"):
            s, e = lo, lo + len(before.rstrip()) - 1
        elif before.rstrip().endswith(",") and after.lstrip().startswith(",") and re.search(r"\w", before) and \
                not VERB_RE.search(before) and not any(v.group(1) in _FRAME_VERBS for v in VERB_RE.finditer(after)) and \
                not re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|By)\b", before):
            s, e = lo, se                        # 'Russian forces, according to the ministry, took two villages':
        else:                                    # the whole sentence, frame included (data card rule 10)
            continue
        s, e = unquote(text, *trim_span(text, s, e, inside))   # 'According to Lavrov, "no talk of a truce".'
        outlet = res[2] != "person" or len(res[0].split()) == 1 and reg.lookup(res[0]) is None   # "BelTA"
        who = _relayed(text, s, e, ctx, reg) if outlet and e <= m.start() else None
        if who is not None:                      # "Lukashenka said on Thursday that A, according to BelTA": the
            relayed.append((s, e, who))          # outlet relays the person's words, found as reported speech with
            continue                             # its own frame (else the sentence is the person's)
        if res[2] != "person" and _OWN_FRAME.match(text, s, e):
            own = np_before(text, s, _OWN_FRAME.match(text, s, e).start(1))
            if own is not None and own[0] == s and resolve(text[own[0]:own[1]], ctx, reg) is not None and \
                    resolve(text[own[0]:own[1]], ctx, reg)[2] == "person":
                continue                         # "According to a statement by the presidency, President Sisi
                # underscored ...": the president's own report, found as reported speech

        if len(text[s:e].split()) >= 3 and not any(taken[s:e]):
            add_found(found, Found(s, e, text[np[0]:np[1]]), ctx, reg, taken, inherit=Found(0, 0, text[np[0]:np[1]], res))
    return relayed


def relayed_rest(relayed: list, taken, found, ctx, reg) -> None:
    """The sentences `according_to` left to reported speech that no rule found: the relayed person's, whole
    ("Zelenskyy, in a call, expressed his thanks to X, according to SPA")."""
    for s, e, (mention, res) in relayed:
        if not any(taken[s:e]):
            add_found(found, Found(s, e, mention), ctx, reg, taken, inherit=Found(0, 0, mention, res))


_OWN_FRAME = re.compile(r"(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|of|the)(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|of|the)){1,8}?\s+"
                        r"(?:also\s+|later\s+)?((?:said|says|stressed|underscored|underlined|affirmed|emphasi[sz]ed|"
                        r"told|warned|noted|added|stated|reiterated|insisted)\b)")
_FRAME_VERBS = set("said says told tells stated states added adds noted notes stressed stresses insisted insists warned warns "
                   "argued argues claimed claims declared declares announced announces wrote writes".split())
_DOC_SOURCE = re.compile(r",\s*according to\s+((?:the|an?|its|his|her|their)\s+(?:[\w'’.-]+\s+){0,4}?(?:"
                         + "|".join(sorted(map(re.escape, DOC_WORDS), key=len, reverse=True)) + r"))\s*,")


_WAS_TOLD = re.compile(r"(?:[Ii]n\s+(?P<src1>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+)?(?:[A-Z][\w'’.-]*"
                       r"(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:was|were|has been|had been)\s+told\s+(?:(?:in|at|by)\s+"
                       r"(?P<src2>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+)?that\s+")


def was_told(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'RIA Novosti was told in the Kremlin that ...', 'In the Russian Foreign Ministry, TASS was told that ...' (copy
    translated from Russian): the body that told the agency speaks."""
    lead = re.match(r"\s*(?:[•·▪*–-]\s+)?", text[ss:se])
    m = _WAS_TOLD.match(text, ss + lead.end(), se)
    if m is None or inside[m.start()] or taken[m.end()] or not (m.group("src1") or m.group("src2")):
        return
    src = m.group("src1") or m.group("src2")
    s, e = trim_span(text, m.end(), se, inside)
    if len(text[s:e].split()) >= 2 and not any(taken[s:e]):
        add_found(found, Found(s, e, src), ctx, reg, taken)


_STATED_VERBS = r"(?:stated|said|announced|reported|noted|declared|emphasi[sz]ed|stressed|written|posted|confirmed|voiced|expressed)"
_STATED_BY = re.compile(r"\s*(?:(?:This|That|It|These words|This statement|The statement)\s+(?:was|were|has been|had been)\s+"
                        r"(?:also\s+|earlier\s+|previously\s+)?" + _STATED_VERBS + r"|(?:Such|This|That)\s+(?:an?\s+)?"
                        r"(?:statement|assessment|opinion|view|remark|comment|forecast|warning)\s+(?:was|has been)\s+"
                        r"(?:made|expressed|voiced|given|offered)|(?:These|Those|The)\s+words\s+(?:belong|belonged)\s+to)"
                        r"\s+(?:[^.;:\"“”]{0,70}?\s+)?(?:by\s+|(?<=to\s))")
_SAID_THIS = re.compile(r"\s+(?:also\s+|earlier\s+)?(?:said|stated|announced|wrote|noted|declared|reported|told\s+"
                        r"(?:[\w'’-]+\s+){0,3}?(?:journalists|reporters))\s+(?:this|so)\b(?!\s+(?:week|month|year|morning|"
                        r"evening|time|is|was|would|will))")


def stated_before(text, ss, se, prev, inside, taken, found, ctx, reg) -> bool:
    """'Russia is ready to continue the talks. This was stated by Kremlin spokesman Dmitry Peskov.' / '... Peskov
    said this to journalists.' (copy translated from Russian): the sentence before, in the same paragraph, is the
    statement of the source this sentence names. True when the sentence was such a source line."""
    if prev is None:
        return False
    m = _STATED_BY.match(text, ss, se)
    np = None
    if m is not None:
        np = np_after(text, m.end(), se)
    else:
        for sm in _SAID_THIS.finditer(text, ss, min(se, ss + 200)):
            if inside[sm.start()] or taken[sm.start()]:
                continue
            cand = np_before(text, ss, sm.start())
            if cand is not None and not text[ss:cand[0]].strip(" ,"):
                np = cand
            break
    if np is None:
        return False
    ps, pe = prev
    s, e = unquote(text, *trim_span(text, ps, pe, inside))
    lead = re.match(r"(?:\d{1,2}[:.]\d{2}\s+|[•·▪‣◦*–-]\s+)", text[s:e])
    if lead:
        s += lead.end()
    if len(text[s:e].split()) < 3 or any(taken[s:e]):
        return False
    f = add_found(found, Found(s, e, text[np[0]:np[1]], direct=text[s - 1:s] in "\"“"), ctx, reg, taken)
    if f is None:
        return False
    taken[ss:se] = b"\x01" * (se - ss)
    return True


_IT_WAS_BY = re.compile(r"(?<![\w'’-])[Ii]t\s+(?:was|has\s+been|had\s+been|is)\s+(?:further\s+|also\s+|later\s+|then\s+)?"
                        r"(?:stated|conveyed|added|asserted|noted|said|announced|stressed|emphasi[sz]ed|declared|reported|"
                        r"underlined|clarified|explained|confirmed|affirmed|maintained|indicated|argued|warned|recalled|"
                        r"pointed\s+out)(?:\s+(?:on|in|at|during)\s+[^,;:\"“”]{1,40}?)?\s+by\s+")


def it_was_stated_by(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'It was stated by the U.S. Department of State that the two sides would ...', 'It was added by the Russian
    President that ...' (formal copy): the clause after "that", by the source after "by"; 'The pause, it was stated
    by Mr. Peskov, would last until 1 February': the sentence around the frame."""
    for m in _IT_WAS_BY.finditer(text, ss, se):
        if inside[m.start()] or taken[m.start()]:
            continue
        tm = next((t for t in re.compile(r"\s+that\s+").finditer(text, m.end(), min(se, m.end() + 160))
                   if not re.search(r"\b(?:after|at|in|on|during|before|of|to)$", text[m.end():t.start()])), None)
        cm = re.compile(r"\s*,\s+").search(text, m.end(), min(se, m.end() + 120))
        if tm and not re.search(r"[,;:\"“”]", text[m.end():tm.start()]):
            src = re.sub(r"\s+(?:after|at|in|on|during|before)\s+[^,]{1,60}$", "", text[m.end():tm.start()])
            s, e = unquote(text, *trim_span(text, tm.end(), se, inside))
        elif cm and text[ss:m.start()].rstrip().endswith(",") and m.start() - ss > 8:
            src = text[m.end():cm.start()]       # interposed: "X, it was stated by Y, would ..."
            s, e = trim_span(text, ss, se, inside)
        else:
            continue
        src = re.sub(r"\s+(?:on|in|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", "", src.strip())
        if not src or len(text[s:e].split()) < 3 or any(taken[s:e]):
            continue
        add_found(found, Found(s, e, src, direct=any(inside[s:e])), ctx, reg, taken)


_BELIEVES = re.compile(r"(?<![\w'’-])(?:(?:is|was|are|were|remains|remained)\s+(?:convinced|confident|sure|certain)|"
                       # "Lavrov was categorical that ...", "She was equally clear that ...", "Israel had made plain that
                       # ...": a stance stated as an adjective of the speaker (round 18), with an explicit "that"
                       r"(?:is|was|are|were|remained)\s+(?:(?:equally|just\s+as|as|also|quite|very|even\s+more|more|no\s+less|"
                       r"similarly|likewise|again|every\s+bit\s+as)\s+)?(?:categorical|adamant|emphatic|clear|unequivocal|"
                       r"insistent|explicit|firm|blunt)(?:\s+(?:in\s+(?:his|her|its|their)\s+[a-z]+|on\s+(?:this|that|one)\s+"
                       r"point))?|(?:(?:had|has|have)\s+)?(?:made|makes)\s+(?:it\s+)?plain|"
                       r"(?:does|did|do)\s+not\s+(?:exclude|rule\s+out)|(?:doesn't|didn't|don't)\s+(?:exclude|rule\s+out))"
                       r"\s+that\s+|(?<![\w'’-])(?:" + "|".join(sorted(THAT_VERBS, key=len, reverse=True)) +
                       r")(?:\s+(?:in|on|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
                       r"\s+that\s+(?!(?:as|view|views|concern|concerns|position|opinion|assessment|sentiment|belief|"
                       r"approach|offer|idea|plan|proposal|line|message|analysis|with|to|by|for|of)\b)|"   # translated
                       # copy: "Ramaphosa defended in Rio that any mediation must ..."; never "shared that view", "viewed
                       # that as a provocation": a determiner (round 55)
                       # round 40, a plural subject's present: "The authors argue that", "Iranian officials repeat that"
                       r"(?<![\w'’-])(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)"
                       r"(?<!\bshould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)(?<!\bcan\s)(?<!\bdid\s)(?<!\bdo\s)(?:"
                       + "|".join(sorted(V_PLURAL_THAT, key=len, reverse=True)) + r")\s+that\s+|"
                       r"(?<![\w'’-])(?:thinks|believes|hopes|fears|expects)\s+(?=(?:the|a|an|no|this|these|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,5}?"
                       r"(?:is|was|are|were|will|would|can|could|must|should|has|had|[a-z]{3,}s)\s)")   # "Stanovaya thinks the
# Kremlin values Istanbul mainly as ...": a bare clause after "thinks"/"believes"


def _position_clause(text: str, start: int, se: int, inside, taken) -> tuple[int, int] | None:
    """The clause a position verb introduces at `start`: up to the next split point or ';' outside quotes (at most
    MAX_CLAUSE characters), quotes stripped; None when it is under three words or overlaps a statement found."""
    end = min(se, start + MAX_CLAUSE)
    sm = SPLIT.search(text, start, end)
    while sm and inside[sm.start()]:
        sm = SPLIT.search(text, sm.end(), end)
    end = sm.start() if sm else end
    nf = next_frame(text, start, end, inside)
    end = nf if nf is not None else end
    semi = text.find(";", start, end)
    end = semi if semi > 0 else end
    s, e = unquote(text, *trim_span(text, start, end, inside))
    if len(text[s:e].split()) < 3 or any(taken[s:e]):
        return None
    return s, e


def believes_that(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'Moscow believes that ...', 'Peskov is convinced that ...', 'Lavrov does not rule out that ...', 'She was
    categorical that ...', 'Israel has made plain that ...': a position verb or adjective (ANNOTATION.md §1 "communication or
    position verb") with an explicit "that"; the subject must name a source the registry or the article knows."""
    for m in _BELIEVES.finditer(text, ss, se):
        if inside[m.start()] or taken[m.start()] or taken[m.end()]:
            continue
        np = np_before(text, ss, m.start())
        if np is None or text[np[0]:np[1]].lower() in ("i", "we", "you", "one", "many", "some", "it"):
            continue
        if not m.group(0).rstrip().endswith("that") and re.search(r"(?<![\w'’-])(?:what|which|how|whom|who|as)\s+$",
                                                                  text[max(ss, np[0] - 8):np[0]]):
            continue                             # "to describe what he believes Washington has offered": no report
        res = resolve(text[np[0]:np[1]], ctx, reg)
        if res is None or reg.lookup(res[0]) is None and res[0] not in ctx.camps and \
                res[0] not in ctx.names.values() and text[np[0]:np[1]].lower() not in PRONOUNS:
            continue
        span = _position_clause(text, m.end(), se, inside, taken)
        if span is not None:
            add_found(found, Found(*span, text[np[0]:np[1]]), ctx, reg, taken,
                      inherit=Found(0, 0, text[np[0]:np[1]], res))


_KEEN_TO = re.compile(r"(?<![\w'’-])(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:keen|quick|eager|careful|"
                      r"anxious|at\s+pains)|(?:limited|confined|contented)\s+(?:himself|herself|itself|themselves)|"
                      r"(?:called|phoned|rang|telephoned)\s+(?:[A-Z][\w'’-]+\s+){1,3})\s+to\s+"
                      r"(?:say|saying|stress|stressing|insist|insisting|point\s+out|pointing\s+out|emphasi[sz]e|emphasi[sz]ing|"
                      r"underline|underlining|note|noting|make\s+clear|reiterate|repeat|repeating|warn|confirm|confirming|"
                      r"affirm|affirming)\s+(that\s+)?")


def keen_to_say(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'Zelenskyy was keen to stress that ...', 'Peskov limited himself to saying that ...', 'Macron called
    Pashinyan to say France would ...': a speech verb after "to" that the subject before it speaks (with "that",
    or a bare clause after "say")."""
    for m in _KEEN_TO.finditer(text, ss, se):
        if inside[m.start()] or taken[m.start()] or taken[min(m.end(), se - 1)]:
            continue
        if not m.group(1) and not (re.search(r"\bsay(?:ing)?\s+$", m.group(0)) and _BARE_CLAUSE.match(text, m.end(), se)):
            continue
        np = np_before(text, ss, m.start())
        if np is None or text[ss:np[0]].strip(" \t•·▪*–-") and not re.search(r",\s*$", text[ss:np[0]]):
            continue
        res = resolve(text[np[0]:np[1]], ctx, reg)
        if res is None:
            continue
        span = _position_clause(text, m.end(), se, inside, taken)
        if span is not None:
            add_found(found, Found(*span, text[np[0]:np[1]]), ctx, reg, taken,
                      inherit=Found(0, 0, text[np[0]:np[1]], res))


def document_terms(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'The note made any ceasefire conditional on ...': a document that states terms speaks for its author
    (ANNOTATION.md §2; the author from the document's mention or an earlier sentence, `pipeline.extract.documents`)."""
    if any(f.resolved for f in found):
        return
    hit = document_subject(text, ss, se, inside, taken)
    if hit is None:
        return
    mention, s, e = hit
    s, e = trim_span(text, s, e, inside)
    add_found(found, Found(s, e, re.sub(r"\s+itself$", "", mention)), ctx, reg, taken)


def documents_speak(text, ss, se, found, ctx, reg) -> None:
    """'Putin, according to the Kremlin read-out, told Trump that ...': the document speaks for its author
    (ANNOTATION.md §2), so the statements of the sentence go to the Kremlin, not to Putin."""
    m = _DOC_SOURCE.search(text, ss, se)
    if m is None:
        return
    res = resolve(m.group(1), ctx, reg)
    if res is None:
        return
    for f in found:
        if f.resolved is not None and f.resolved[2] == "person" and f.start > m.start():
            f.mention, f.resolved = m.group(1), res


_CALLED_PLAIN = re.compile(r"(?<![\w'’-])(called|calls|calling|branded|brands|branding|dubbed|dubs|labelled|labeled|"
                           r"termed)\s+(?:(?:it|them|this|that)\s+|(?:the|his|her|its|their|"
                           r"[A-Z][\w-]*(?:'s|’s))\s+(?:[\w'’-]+\s+){0,3}?(?=(?:a|an|the|nothing|no)\s))"
                           r"((?:a|an|the|nothing|no)\s[^,.;:!?\"“”]{3,120}?|[a-z][^,.;:!?\"“”]{3,120}?)(?=\s*[,.;:!?]|\s+(?:and|but|"
                           r"as|after|before|while|because)\s)")


# "Lavrov called the conversation very useful", "Umerov called the rounds constructive": an adjective as the name
_CALLED_ADJ = re.compile(r"(?<![\w'’-])(called|calls|calling)\s+(?:the|his|her|its|their|[A-Z][\w-]*(?:'s|’s))\s+"
                         r"(?:[\w'’-]+\s+){0,4}?((?:(?:very|extremely|deeply|highly|largely|totally|entirely|completely|"
                         r"quite|truly|particularly|so|too)\s+)?[a-z]+(?:ful|ive|able|ible|ous|ant|ent|ical|less))"
                         r"(?=\s*[,.;:!?]|\s+(?:and|but|as|after|before|while|because)\s)")


# "Russian state TV framed the meeting as a funeral for Europe": the verb, a named object (no pronoun, no comma) and
# "as", then what the thing is held to be (round 32; "described/dismissed X as Y" are lexicon.V_AS's)
_FRAMED_AS = re.compile(r"(?<![\w'’-])(framed|frames|depicted|depicts|painted|paints)\s+(?:the|a|an|his|her|its|their|"
                        r"[A-Z][\w'’-]*(?:'s|’s)?|[a-z][\w-]*s)(?:\s+[\w'’–-]+){0,8}?\s+as\s+(?=[\w\"“‘])")


def framed_as(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'X framed the truce as proof that Washington now understands Russia': what the speaker holds the thing to be,
    to the end of its clause, is the statement; never a passive ('was framed as') or an off-record framing
    ('aides privately framed it as') (round 32)."""
    for m in _FRAMED_AS.finditer(text, ss, se):
        vs = m.start(1)
        if inside[vs] or taken[vs] or any(taken[m.end():min(se, m.end() + 3)]) or \
                re.search(r"(?:\bwhat|\bso|\bis|\bwas|\bbe|\bbeen|\bwere|\bare|\bprivately)\s+$",
                          text[max(ss, vs - 12):vs]):
            continue
        np = np_before(text, ss, vs)
        if np is None:
            continue
        cut = re.compile(r";|,\s+(?:while|whereas|but|although)\s").search(text, m.end(), se)
        s0, e0 = trim_span(text, m.end(), cut.start() if cut else se, inside)
        if e0 > s0:
            add_found(found, Found(s0, e0, text[np[0]:np[1]], direct=any(inside[s0:e0])), ctx, reg, taken)


def called_plain(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'Zelensky calls the deal a historic achievement', 'calling it the true face of Sudan', 'Lavrov called the
    conversation very useful': the name given (ANNOTATION.md §1: for "called it X" the text is X), when no
    quotation marks carry it."""
    for m in [*_CALLED_PLAIN.finditer(text, ss, se), *_CALLED_ADJ.finditer(text, ss, se)]:
        vs = m.start(1)
        if inside[vs] or taken[vs] or any(taken[m.start(2):m.end(2)]) or \
                re.search(r"(?:\bwhat|\bso|\bis|\bwas|\bbe|\bbeen)\s+$", text[max(ss, vs - 12):vs]):
            continue
        np = None if m.group(1).endswith("ing") else np_before(text, ss, vs)
        obj = re.match(r"\s+(?!(?:it|them|this|that)\s)", text[m.end(1):m.start(2)])
        start = m.end(1) + obj.end() if obj and m.start(2) > m.end(1) + obj.end() else m.start(2)
        f = Found(start, m.end(2), text[np[0]:np[1]] if np else "")   # "called the deal a surrender": both
        if np:
            add_found(found, f, ctx, reg, taken)
        elif m.group(1).endswith("ing"):
            subj = sentence_subject(text, ss, vs, found, inside, ctx, reg)
            if subj is not None:
                add_found(found, f, ctx, reg, taken, inherit=subj)


_CONTENT_SUBJECT = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:had\s+|has\s+|also\s+)?$")


def _reported_subjects_verbs(text: str, s: int, sm) -> bool:
    """True when a split "... and urged B" continues the reported clause's own subject: the content opens with a
    named subject and a communication verb ("said Australia welcomed the truce and urged both sides to honour it",
    "said Tehran welcomed the deal but warned against ..."), so the coordinated verb is that subject's, inside the
    content, not a second statement of the speaker."""
    if not re.match(r",?\s+(?:and|but)\s+(?:also\s+)?[a-z]", sm.group(0) + text[sm.end():sm.end() + 1]):
        return False
    if re.match(r"(?:added|adds|stressed|stresses|insisted|insists|warned|warns|noted|notes|said|says)\s+that\b",
                text[sm.end():sm.end() + 16]):
        return False                             # "said Moscow welcomed X, but added that Y": the speaker's own second
        #                                          statement (round 30)
    v1 = VERB_RE.search(text, s, sm.start())
    return bool(v1 and v1.start() - s <= 40 and _CONTENT_SUBJECT.fullmatch(text[s:v1.start()]) and
                text[s:v1.start()].split()[0].lower() not in PRONOUNS)


# ", and guaranteed that ...": the speaker's second verb with its own "that" (translated copy)
_SECOND_THAT = re.compile(r",\s+(?:and|but)\s+(?:also\s+)?(?=[a-z]{3,}ed\s+that\s)")
# ", while the German chancellor, Friedrich Merz, said ...": a coordinator, then a subject and a verb of saying
_FRAME_JOIN = re.compile(r",[\"”’']?\s+(?:and|but|while|whereas|though|although)\s+(?=\S)")
# the verbs of a second frame: never one that is also a plural noun ("the Arab states", "Kyiv's demands")
_NEXT_FRAME_VERBS = (set(V_STRONG) - {"states", "notes", "claims", "counters", "cautions", "repeats", "regrets"}) | {
    "wrote", "writes", "posted", "posts", "replied", "replies", "responded", "responds", "urged", "urges", "called on",
    "calls on", "called for", "calls for", "demanded", "accused", "accuses", "told", "tells"}


def next_frame(text: str, s: int, end: int, inside) -> int | None:
    """Where a second speaker's frame starts inside a reported clause (s..end) that the coordinators of SPLIT miss:
    ", while the German chancellor, Friedrich Merz, said ...", ", and Kremlin spokesman Dmitry Peskov told ...",
    ", though Estonian President Alar Karis warned ...": a coordinator, then a subject noun phrase (np_before's, which
    must start right after the coordinator) and a verb of saying within 100 characters. Round 57."""
    for jm in _FRAME_JOIN.finditer(text, s, end):
        a = jm.end()
        if inside[a - 2] or inside[a]:          # the comma may close a quotation ('"... since 2022," though X warned')
            continue
        v = VERB_RE.search(text, a, min(end, a + 100))
        if v is None or inside[v.start()] or v.group(1) not in _NEXT_FRAME_VERBS or \
                any(c in text[a:v.start()] for c in "\"“”;:") or re.match(r"\s+so\b", text[v.end():]):
            continue
        np = np_before(text, a, v.start())
        if np is not None and np[0] == a and text[a:np[1]].split()[0].lower() not in PRONOUNS:
            return jm.start() + 1 + (text[jm.start() + 1] in "\"”’'")   # after the quotation the comma closes
    for vm in _SECOND_THAT.finditer(text, s, end):   # "considered that A, and guaranteed that B": the speaker's second
        if not inside[vm.start()] and not _reported_subjects_verbs(text, s, vm):   # statement (translated copy)
            return vm.start()
    return None


_RENEWED_NOUN = re.compile(r"\s+(?:its|his|her|their|the)\s+(?:call|calls|demand|demands|appeal|appeals|plea|pleas|"
                           r"complaint|complaints)\s+(?:for|that|about|to)\s+")


def nominal_attributions(text, ss, se, inside, taken, found, ctx, reg) -> None:
    """'the Kremlin's demand for ...', 'Kyiv's complaint that ...': the content noun phrase, for the nouns the
    corpus annotates (demand, call, appeal, complaint, insistence, plea: data card rule 14), and not inside a
    statement already found."""
    for m in NOMINAL.finditer(text, ss, se):
        if inside[m.start()] or taken[m.start(2)] or any(f.start <= m.start() < f.end for f in found):
            continue
        s = m.start(2)
        em = NOMINAL_END.search(text, m.end(2), se)
        if em and m.group(2).rstrip().endswith("that") and re.fullmatch(r"\s+(?:was|were|is|are|has|have|had)", em.group(0)) \
                and len(text[m.end(2):em.start()].split()) <= 4:
            em = NOMINAL_END.search(text, em.end(), se)   # "complaint that it had not been ...": the clause's own verb
        while em and re.search(r"(?<![\w'’-])(?:being|been)$", text[m.end(2):em.start()]) and em.group(0)[:1].isspace():
            em = NOMINAL_END.search(text, em.end(), se)   # "complaints about being left out": a passive, not the verb
        e = em.start() if em else se
        vm = re.search(r"(?<!\bbeing)(?<!\bbeen)\s+[a-z]+ed\s+(?:the|a|an|its|his|her|their|any|all)\b", text[m.end(2):e])
        if vm:                                   # "... consulted dominated the meeting": the sentence's main verb (not a
            # passive inside the content: "complaints about being handed a finished text", round 18)
            clause = m.group(2).rstrip().endswith("that")
            k = re.search(r"\b(?:was|were|is|are|has|have|had|would|will|could|should|must|can|[a-z]+ed)\b",
                          text[m.end(2):e]) if clause else None
            if not clause or k and k.start() < vm.start():
                e = m.end(2) + vm.start()
        s, e = trim_span(text, s, e, inside)
        owner = m.group(1)
        toks = owner.split()
        while toks and toks[0] in STOP_CAP:
            toks = toks[1:]
        if toks and re.match(r"(?:claim|assessment|accusation|warning)", m.group(2)) and \
                (resolve(" ".join(toks), ctx, reg) or ("", "", ""))[2] != "person":
            continue                             # "Baku's claim that ...": a state's claim is the article's gloss;
            #                                      "Dmitriev's claim that ..." a person's statement (round 32)
        if len(text[s:e].split()) >= 3 and toks and not any(taken[s:e]):
            add_found(found, Found(s, e, " ".join(toks), nominal=True), ctx, reg, taken)


_WITH_SUBJECT = re.compile(r"(?<![\w'’-])with\s+((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}?|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+"
                           r"[a-z]+)?\s+)(?=(?:also\s+)?(?:saying|adding|warning|insisting|arguing|noting|stressing)\b)")


_TRAILING_FRAME = re.compile(r",\s+((?:(?:[A-Z][\w'’.-]*|the|of|al-\w+)\s+){0,6}[A-Z][\w'’.-]*|(?:the|a)\s+[\w\s'’-]{3,40}?)\s+"
                             r"(said|says|added|adds|told reporters|told journalists|wrote|writes)(?:\s+on\s+\w+)?"
                             r"(?:\s+(?:in|during|at)\s+(?:a|an|his|her|their|its|the)\s+[^,.;:\"“”]{1,60}?)?"   # "in an
                             r"(?=\s*(?:[.;]|$|,\s+(?:as|while|after|before|when|in|on|adding|citing|and)\b))")   # interview
#                                                    with Fox News after the summit", ", and added that" (round 36)


# a clause after "A, X said;" that names its own speaker ("...; Kigali, for its part, said B", "...; according to Y")
_OWN_ATTRIBUTION = re.compile(r"(?<![\w'’-])(?:said|says|added|adds|stated|states|wrote|writes|insisted|argued|warned|"
                              r"countered|replied|according\s+to)(?![\w'’-])")


def trailing_frame(text, ss, se, inside, taken, used, found, ctx, reg) -> None:
    """'Ukraine on Monday called for a 30-day ceasefire, President Volodymyr Zelensky said, as Kyiv sought ...': the
    clause before a trailing frame is one statement of the frame's speaker, whatever verbs it has."""
    lead = re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)?", text[ss:se])
    s0 = ss + lead.end()
    for m in _TRAILING_FRAME.finditer(text, s0, se):
        if inside[m.start()] or taken[m.start(2)] or inside[s0] or re.match(r"[\"“‘]", text[s0:s0 + 1]):
            continue
        if m.start(2) in used or re.search(r"[,;:]", text[s0:m.start()].split(",")[0][:0]):
            continue
        body = text[s0:m.start()]
        if len(body.split()) < 4 or re.search(r"[\"“”]", body[:1]) or not VERB_RE.search(body):
            continue                             # only when the clause has its own verb ("Ukraine called for ...")
        res = resolve(m.group(1), ctx, reg)
        head = m.group(1).split()[-1]
        if m.group(1).lower().startswith("the ") and head.islower():   # "In a survey by the Kyiv International
            named = [x for x in mentions(text, s0, m.start(), inside, reg) if head in x[1].lower().split()]
            if named:                                                   # Institute of Sociology, ..., the institute said"
                res = named[-1][1], named[-1][2], named[-1][3]
        if res is None:
            continue
        s, e = trim_span(text, s0, m.start(), inside)
        if any(taken[s:e]):
            continue
        semi = re.match(r"(?:\s+on\s+\w+)?\s*;\s*", text[m.end(2):se])
        if semi and not _OWN_ATTRIBUTION.search(text, m.end(2) + semi.end(), se):
            s2, e2 = trim_span(text, m.end(2) + semi.end(), se, inside)   # "A, Anutin said; B.": one statement A ... B
            if len(text[s2:e2].split()) >= 3 and not any(taken[s2:e2]):
                s, e = s, e2
        used.add(m.start(2))
        for v in VERB_RE.finditer(text, s, e):
            used.add(v.start())
        add_found(found, Found(s, e, m.group(1)), ctx, reg, taken, inherit=Found(0, 0, m.group(1), res))
        return


def _press_asker(mention: str, reg) -> bool:
    """True for an outlet or one of its reporters ("Sky News", "Fox News' Peter Doocy", "a reporter")."""
    known = reg.lookup(mention)
    if known is not None and known.type == "outlet" or mention.split()[-1] in OUTLET_WORDS:
        return True
    om = re.match(r"(.+?)(?:'s|’s|')\s+[A-Z]", mention)
    if om and (om.group(1).split()[-1] in OUTLET_WORDS or (reg.lookup(om.group(1)) is not None and
                                                          reg.lookup(om.group(1)).type == "outlet")):
        return True
    return bool(re.search(r"\b(?:reporter|journalist|correspondent|anchor|interviewer|host)s?\b", mention, re.I))


_OWNED_CLAIM = re.compile(r"(?:^|\s)(?:(?:to|on|about|at|over|with|by)\s+)?(?:((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
                          r"(?:'s|’s)\s+|the\s+|(?:his|her|its|their)\s+)(?:own\s+|recent\s+|latest\s+|earlier\s+)?(?:statement|"
                          r"remark|remarks|claim|claims|words|assertion|suggestion|allegation|allegations|accusation|"
                          r"accusations|warning|threat|promise|argument|insistence|complaint)s?$")


_THAT_NOUN = re.compile(r"(?:plan|proposal|idea|offer|claim|report|statement|demand|request|deal|move|decision|approach|"
                        r"argument|suggestion|call|initiative|position|view|notion|version|assessment|account|charge|"
                        r"accusation|allegation|draft|text|document|ultimatum|framework|formula|option|scenario|"
                        r"condition|precondition|appeal|invitation|format|interpretation|characterization|"
                        r"characterisation|narrative|line|logic|premise)s?\b")
# how the words reached the reporter, between the verb and "that" (round 36): "said by telephone that", "said by
# satellite phone from Djibouti that", "wrote by email that"; and the question it answered: "said when asked about
# the accords that"
_BY_MEDIUM = re.compile(r"by\s+(?:[a-z]+\s+)?(?:phone|telephone|video|video\s+link|videolink|letter|e-?mail|text|"
                        r"text\s+message|radio|fax)\b|for\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?)?(?:TV\s+)?[A-Z][\w'’.-]*"
                        r"(?:\s+(?:TV|[A-Z0-9][\w'’.-]*))?(?:\s+(?:on|late|early|in)\s+[\w ]{1,20}?)?$")
# "said by telephone that", and an outlet the speaker spoke to: "said for RTS on Monday that", "for TV Prva" (round 38)
_WHEN_ASKED = re.compile(r"when\s+(?:she\s+was\s+|he\s+was\s+)?asked\s+(?:about|on|by|whether|if)\s")


_TOLD_LIKE = {"told", "tells", "telling", "reminded", "reminds", "informed", "informs", "informing", "assured", "assures"}   # + audience


# verbs of an inverted trailing frame: "The talks will go on, says Peskov.", "..., stressed Lavrov." (wire copy
# translated from Russian)
_INVERTED = V_INVERTED                  # "The talks will go on, says Peskov.": lexicon.V_INVERTED


_TOOK_TO = re.compile(r"\s+(?:took|takes|taking|had taken|has taken)\s+to\s+(?:X|Twitter|Telegram|Truth Social|Facebook|"
                      r"social media|(?:his|her|its|their)\s+[\w\s'’-]{1,30}?|the\s+[\w\s'’-]{1,30}?)\s+to\s+$|"
                      r"\s+(?:used|uses|using)\s+(?:a|an|the|his|her|its|their)\s+[\w\s'’-]{1,40}?\s+to\s+$|"
                      r"\s+(?:(?:also|then|later)\s+)?(?:went|goes|go|going)\s+on\s+to\s+$|"   # "he went on to say that ..."
                      r"\s+(?:(?:often|always|later)\s+)?(?:liked|loved|used|was\s+wont|were\s+wont)\s+to\s+$")   # "He
# liked to say that ...", "she used to tell visitors that ...": a habitual saying is the subject's statement (round 55)


_WOVEN_VERBS = {"called on", "calls on", "urged", "urges", "called for", "calls for", "call for", "demanded", "demands",
                "proposed", "proposes"}


# after an object verb ("accused Israel of X", "called for a truce"), a coordinated request is a statement of its own
# a report inside an opening concessive clause ("While Peskov says A, he has also insisted B", "Although the Kremlin
# maintains that A, its troops ..."): A ends where the main clause begins, at the first comma before a subject (round 26)
_CONCESSIVE_OPENING = re.compile(r"\s*[\"“]?(?:While|Whilst|Although|Though|Whereas|Even\s+(?:as|though|if))\s+")
_MAIN_CLAUSE = re.compile(r",\s+(?=(?:he|she|they|it|we|its|his|her|their|the|this|that|[A-Z][\w'’.-]*)\s)")
_OBJECT_SPLIT = re.compile(r",?\s+and\s+(?=(?:called|calls)\s+on\s|(?:asked|asks)\s+(?:[\w'’-]+\s+){1,6}?to\s+[a-z])")


def reported_speech(text, ss, se, inside, taken, used, found, ctx, reg) -> None:
    trailing_frame(text, ss, se, inside, taken, used, found, ctx, reg)
    for v in VERB_RE.finditer(text, ss, se):
        vs, verb = v.start(), v.group(1)
        if inside[vs] or taken[vs] or vs in used:
            continue
        before = text[max(ss, vs - 12):vs]
        if verb == "speaking":                   # "Zelensky, speaking in Vilnius, said ...": the frame, not a report
            continue
        if verb in ("floated", "floats") and re.search(r"(?<![\w'’-])(?:[Aa]fter|[Ww]hen|[Bb]efore|[Ss]ince|[Uu]ntil|[Oo]nce)\s+"
                                                       r"(?:[\w'’-]+\s+){1,4}$", text[max(ss, vs - 60):vs]):
            continue                             # "after Macron floated a truce": the time of another statement
        if re.search(r"(?:'s|’s|\b(?:the|a|an|his|her|its|their))\s+$", before):
            continue                             # "Europe's warning that ...", "the call for ...": a noun
        progressive = verb.endswith("ing") and re.search(r"\b(?:is|was|are|were|been)\s+(?:\w+ly\s+)?$", before)
        took = _TOOK_TO.search(text, max(ss, vs - 80), vs) if before.endswith("to ") else None
        if took:                                 # "Trump took to Truth Social to say ...", "X used the meeting to warn"
            pass
        elif progressive:                        # "By August Qassem was warning that ...": the subject before "was"
            pass
        elif re.search(r"(?:\b(?:is|was|are|were|be|been|being|to|not|who|which)\s+|\bto\s+\w+\s+)$", before) and \
                not re.search(r"\bwho\s+$", before):
            if not re.search(r"\bwho\s+(?:\w+\s+)?$", before):
                continue
        participle = verb in PARTICIPLES and not progressive
        if participle and re.search(r"\b(?:keep|keeps|kept|keeping|stop|stops|stopped|start|started|began|begin|"
                                    r"begins)\s+$", before):
            continue                             # "the line officials keep repeating": no frame of a report
        if participle and re.match(r"\s+(?:on|in)\s+[^,;:\"“”]{1,50},\s+(?:[a-z]+ly\s+)?[a-z]+", text[v.end():se]):
            fm = re.match(r"\s+(?:on|in)\s+[^,;:\"“”]{1,50},\s+(?:[a-z]+ly\s+)?", text[v.end():se])
            if VERB_RE.match(text, v.end() + fm.end()):   # "Medvedev, writing on Telegram, said ...": a frame
                continue                                    # of the verb after it, not its own statement
        clause_lo = max(ss, vs - 400)
        for f in found[-6:]:
            if f.end <= vs:
                clause_lo = max(clause_lo, f.end)
        relative = re.search(r",\s+who\s+(?:\w+\s+){0,2}$", text[max(ss, vs - 30):vs])
        np = None
        inherit = None
        if relative:
            np = relative_antecedent(text, ss, max(ss, vs - 30) + relative.start())   # "a remark by Zelenskyy, who"
        elif took:
            np = np_before(text, clause_lo, took.start())
        elif progressive:
            aux = re.search(r"\s+(?:(?:has|have|had)\s+)?(?:is|was|are|were|been)\s+(?:\w+ly\s+)?$", text[clause_lo:vs])
            np = np_before(text, clause_lo, clause_lo + aux.start()) if aux else None
        elif not participle:
            np = np_before(text, clause_lo, vs)
        else:
            qm = re.search(r"(?<![\w'’-])quot(?:ed|es|ing)\s+(?!by\s)(\S.{0,80}?)\s+as\s+$", text[clause_lo:vs]) or \
                (re.search(r"(?<![\w'’-])quot(?:ed|es)\s+(?!by\s)((?:(?:[A-Z][\w'’.-]*|of|the)\s+){0,5}[A-Z][\w'’.-]*)\s+$",
                           text[clause_lo:vs]) if verb == "saying" else None)
            if qm:                               # "TASS quoted Peskov as saying ...", "Axios quotes X saying": X speaks
                np = (clause_lo + qm.start(1), clause_lo + qm.end(1))
            wm = _WITH_SUBJECT.search(text, max(clause_lo, vs - 80), vs) if not qm else None
            if wm:                               # "..., with the Kremlin saying the plan was ...": the Kremlin
                np = wm.start(1), wm.end(1)
            pq = re.search(r"\s+(?:was|were|is|has been|had been)\s+(?:\w+\s+)?quoted\s+(?:by\s+.{1,60}?\s+)?as\s+$",
                           text[clause_lo:vs]) if not qm else None
            if pq:                               # "Peskov was quoted by TASS as saying ...": Peskov speaks
                np = np_before(text, clause_lo, clause_lo + pq.start())
        if np is None and not participle and re.search(r",\s*$", text[ss:vs]) and verb in _INVERTED:
            na = np_after(text, v.end(), se)     # "The talks will go on, says Peskov.": the clause before
            rest = text[na[1]:se] if na is not None else ""
            am = ADV_AFTER.match(rest)
            rest = rest[am.end():] if am else rest
            apm = re.match(r",\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)(?=\s*(?:[.!?]|,\s+(?:adding|saying|noting|"
                           r"stressing|insisting|warning|who)\s))", rest) if na is not None and \
                text[na[0]:na[1]].split()[0].lower() == "the" else None
            if apm:                              # "..., affirmed the Ukrainian foreign minister, Andrii Sybiha, adding"
                na = (na[0], se - len(rest) + apm.end(1))
                rest = text[na[1]:se]
            tm = re.fullmatch(r"(?:\s+\([A-Z]{2,8}\))?\s+(?:in|at|on|during|before|after)\s+[^,;:\"“”.!?]{1,60}[.!?]?\s*",
                              rest) if na is not None else None
            if tm:                               # "..., indicated the ministry (FDFA) in Bern.", "..., warned X in
                rest = ""                        # plenary.": a place or time after the speaker ends the frame (round 21)
            if na is not None and (not rest.strip(" .!?\"”") or re.match(   # "..., said Witkoff, who led the delegation."
                    r",\s+(?:who|whose|the|a|an|his|her|its|their|[A-Z][\w'’.-]*(?:'s|’s)|adding|saying|noting|stressing|"
                    r"insisting|warning)\s", rest)):   # "..., affirmed the minister, X, adding that ..."
                s0, e0 = trim_span(text, ss, text.rfind(",", ss, vs), inside)
                s0 += (re.match(r"[•·▪‣◦*–-]\s+", text[s0:e0]) or re.match("", "")).end()   # "• Ukraine ready, X says"
                if len(text[s0:e0].split()) >= 3 and not any(taken[s0:e0]):
                    add_found(found, Found(s0, e0, text[na[0]:na[1]]), ctx, reg, taken)
                    used.add(vs)
                continue
        if np is None:
            gap = text[clause_lo:vs]
            if participle or re.fullmatch(r"[\s,\"”’']*(?:(?:and|but|while)\s+)?(?:also\s+|then\s+|later\s+)?", gap) \
                    or re.search(r"[,;]\s+(?:and|but)\s+(?:also\s+|then\s+)?$", text[max(ss, vs - 15):vs]) \
                    or re.search(r"\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$", text[max(ss, vs - 12):vs]) \
                    and _one_subject_before(text, ss, vs) and not re.search(r"\b(?:who|which|whom|whose)\b", text[ss:vs]):
                # "Starmer gathered leaders and announced that", not "leaders who met and demanded"
                inherit = sentence_subject(text, ss, vs, found, inside, ctx, reg)
            if inherit is None:
                continue
        if np is not None and re.search(r"(?<![\w'’-])(?:[Ii]f|[Uu]nless)\s+$", text[max(ss, np[0] - 8):np[0]]):
            continue                             # "If the White House presses Kyiv to ...": no statement
        if np is not None and re.search(r"(?<![\w'’-])(?:participation|presence|involvement|arrival|attendance|absence|"
                                        r"role|visit|inclusion|exclusion)\s+of\s+(?:[\w.’'-]+\s+){0,4}$",
                                        text[max(ss, np[0] - 60):np[0]]):
            continue                             # "The participation of X underscores ...": X's presence, not X, "speaks"
        p = v.end()
        semi = re.match(r"(?:\s+on\s+\w+)?\s*;\s*", text[p:se])
        if semi:                                 # "A, Lavrov said; Kyiv said B": no content after the verb
            if np is not None and not participle and not inherit:
                if _OWN_ATTRIBUTION.search(text, p + semi.end(), se) or not text[ss:np[0]].rstrip().endswith(","):
                    reported_before(text, ss, se, vs, np, inside, taken, found, ctx, reg)
                else:                            # "Not on paper, an official said; the group had no text": A ... B
                    s0, e0 = trim_span(text, ss, se, inside)
                    if len(text[s0:e0].split()) >= 6 and not any(taken[s0:e0]):
                        add_found(found, Found(s0, e0, text[np[0]:np[1]]), ctx, reg, taken)
            continue
        if np is not None and not relative and interposed_clause(text, ss, se, np, p, inside, taken, found, ctx, reg):
            used.add(vs)
            continue
        if re.match(r",\s+(?:and|or)\s", text[p:se]) and verb in ("claims", "claimed", "claim", "says", "said"):
            continue                             # "the four regions Moscow claims, and ...": no content after the verb
        has_that = False
        if verb in _TOLD_LIKE:                   # "reminded journalists that", "assured the partners that"
            am = AUDIENCE.match(text, p, se)
            if am:
                p = am.end()
        tm = re.search(r"(?<![\w'’-])that(?:\s+|,\s*)", text[p:min(se, p + 110)])
        if tm and verb in V_OBJECT and _THAT_NOUN.match(text, p + tm.end()) and not text[p:p + tm.start()].strip():
            tm = None                            # "rejected that plan the same day": a determiner, not a clause
        if tm:
            lead = text[p:p + tm.start()].strip()
            om = _OWNED_CLAIM.search(lead) if re.match(r"(?:to|on|about|at|over|with|by)\s", lead) and \
                len(lead.split()) <= 7 and not VERB_RE.search(lead) else None
            if om:                               # "Lavrov responded to Zelensky's statement that ...": the owner's
                if om.group(1):
                    s0, e0 = trim_span(text, p + tm.end(), se, inside)
                    sm0 = SPLIT.search(text, s0, e0)
                    e0 = trim_span(text, s0, sm0.start(), inside)[1] if sm0 else e0
                    if len(text[s0:e0].split()) >= 3 and not any(taken[s0:e0]):
                        own = add_found(found, Found(s0, e0, om.group(1)), ctx, reg, taken)
                        if own is not None:
                            own.nominal = True
                            subj = resolve(text[np[0]:np[1]], ctx, reg) if np else inherit.resolved if inherit else None
                            if subj is not None:         # the one who answered stays the paragraph's speaker
                                push(ctx, subj[0], subj[1], "person" if subj[2] == "person" else "group"
                                     if subj[2] == "group" else "inst")
                used.add(vs)
                continue
            if re.search(r"[\"“”]", lead) and re.match(r"(?:in|on|at|during|before|after)\s", lead) and \
                    not VERB_RE.search(lead) and len(lead) <= 100:
                has_that = True                  # 'warned in its daily "Assessment" before the round that ...'
                p += tm.end()
            elif _WHEN_ASKED.match(lead) and not re.search(r"[\"“”]", lead) and len(lead) <= 90:
                has_that = True                  # "said when asked about the accords that ..." (round 36)
                p += tm.end()
            elif re.search(r"[\"“”]", lead) or VERB_RE.search(lead) or len(lead) > 70:
                pass
            elif not lead or _BY_MEDIUM.match(lead) or re.match(r"(?:on|in|at|during|after|before|from|via|through|to|with|late|earlier|later|"
                                    r"last|this|while|again|also|publicly|privately|repeatedly|then|yesterday|today|"
                                    r"on|over|ahead|afterwards|separately|concern|concerns|hope|confidence|throughout|a day|the day|days|"
                                    r"hours|weeks|shortly|once|twice|in|the\s+(?:next|following|same|previous)\s+\w+|since|"
                                    r"for\s+(?:months|weeks|years|days|a\s+\w+)|long|the\s+(?:idea|possibility|prospect)|"
                                    r"doubt|doubts|fears?|alarm|regret|optimism|surprise|satisfaction|(?:the\s+|his\s+|her\s+|"
                                    r"its\s+|their\s+)?(?:opinion|view|belief|conviction|assumption|hope|confidence))\b",
                                    lead, re.I) \
                    or verb in _TOLD_LIKE and verb != "telling" or lead.startswith(",") and len(lead) < 60:
                has_that = True
                if lead or not re.match(r"(?:was|is|were|are|would|will|could|had|has|should|must|might|may|"
                                        r"can|did|does|remains|remained|seems|seemed)\b", text[p + tm.end():p + tm.end() + 12]):
                    p += tm.end()                # "said that was unacceptable": "that" is the subject
        if not has_that:
            am = ADV_AFTER.match(text, p, se)
            if am:
                p = am.end()
            if verb in ("expressed concern", "voiced concern", "expressed concerns", "voiced concerns",
                        "express concern", "raised concerns"):
                p = vs + verb.index("concern")
            elif verb in ("renewed", "renews", "repeated", "repeats", "reiterated", "reiterates") and \
                    (rn := _RENEWED_NOUN.match(text, p, se)):   # "renewed its call for X", "repeated the call for X": X
                p = rn.end()
            elif verb in ("expressed", "expresses", "voiced"):
                om = re.match(r"\s+((?:[\w-]+\s+){0,2}?|(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?){1,3}?[A-Z][\w-]*(?:'s|’s)\s+)(?:concern|concerns|hope|support|regret|alarm|confidence|"
                              r"doubt|doubts|frustration|disappointment|optimism|satisfaction|readiness|willingness|"
                              r"opinion|view|belief|conviction|assumption|appreciation|gratitude|solidarity|condemnation|"
                              r"rejection|commitment|determination)\b", text[p:se])
                if not om:
                    continue
                p = p + om.start(1)
            elif verb in V_AS:
                om = re.match(r"\s+((?:[^\s,.;:\"“”]+\s+){1,10}?)as\s+", text[p:se]) or \
                    re.match(r"\s+((?:[^\s,.;:\"“”]+\s+){0,9}[^\s,.;:\"“”]+),\s+[^,.;:\"“”]{1,40},\s+as\s+", text[p:se])
                # "described the mission, in the same breath, as ..."
                if not om and not (verb.startswith("dismiss") and _DISMISSED.match(text, p, se)
                                   and not re.search(r"\sas\s", text[p:se])):   # "dismissed the idea of X, or of Y, as"
                    continue                     # "dismissed complaints that ...": a position with no "as" (round 40)
                if om and om.group(1).strip().lower() in _PRON_OBJ:      # "described it as X" -> X
                    p += om.end()
            elif verb in V_FRAME or verb in V_HELD:   # "the minister snapped that ..." only with "that" or a quotation
                if text[p:se].strip(" .!?\"”’'") and not re.match(r"\s*[\"“](?=\S)", text[p:se]):
                    continue
            elif verb in V_WEAK and not participle:
                nxt = text[p:p + 3].lstrip()
                rest = text[p:se]
                if not (nxt[:1] in ':"“‘' or verb in ("asked", "asks") or not rest.strip(" .!?\"”’'")
                        or verb in V_INF and re.match(r"\s*(?:to\s+[a-z]|(?:an?|the|new|further|more|no)\s)", rest)
                        and (verb not in ("offered", "offers") or re.match(r"\s*to\s+[a-z]", rest))
                        or verb in V_PRESS and re.match(r"\s+(?:for\s|(?:to\s+)?(?:[\w'’-]+\s+){1,4}?to\s+[a-z])", rest)
                        or verb in V_CLAUSE and (re.match(r"\s*(?:whether|if|why|how|what|who|when|where)\s", rest) or _BARE_CLAUSE.match(rest))
                        or verb in _V_BARE and _BARE_CLAUSE.match(rest)):   # "wrote on Telegram the ultimatum was ..."
                    continue
        s = p
        while s < se and text[s] in " \t:":
            s += 1
        if not has_that and re.match(r"that\s+(?!was\b|is\b|would\b|will\b|had\b|has\b)", text[s:s + 12]) and \
                verb not in V_OBJECT:
            s += re.match(r"that\s+", text[s:]).end()   # "confirmed the next day that ..."
        if verb == "saying" and np is not None and re.search(r"quoted\s+as\s+$", text[max(ss, vs - 20):vs]) and \
                re.match(r"\s*by\s+[^,.;:\"“”]{1,60}[.!?]?\s*$", text[s:se]):
            reported_before(text, ss, se, vs, np, inside, taken, found, ctx, reg)   # "A, Ryabkov was quoted as saying
            continue                                                                # by the RIA news agency."
        if s >= se or not text[s:se].strip(" .!?\"”’'") or \
                np is not None and text[ss:np[0]].rstrip().endswith(",") and not has_that and re.match(
                    r"(?:ahead of|after|before|during|following|at|in|on|amid|as|when|while|upon|outside|alongside)\s|"
                    r",\s*(?:without|citing|in response|in reply|referring to|speaking|commenting)\b", text[s:se]):
            if not participle and np and not inherit:   # "A, Kallas told reporters ahead of the meeting": A
                reported_before(text, ss, se, vs, np, inside, taken, found, ctx, reg)
            continue
        if not has_that and BAD_CLAUSE_START.match(text, s) and verb not in ("expressed concern", "voiced concern"):
            if not (verb in ("called for", "calls for", "call for") or verb in V_INF and text.startswith("to ", s)
                    or verb in ("called on", "calls on") and text.startswith("for ", s)   # "called on Monday for"
                    and re.match(r"\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text[v.end():s])
                    or verb in V_PRESS and text.startswith("for ", s)):
                continue
        end = min(se, s + MAX_CLAUSE)
        sm = SPLIT.search(text, s, end)
        while sm and (inside[sm.start()] or _reported_subjects_verbs(text, s, sm)):
            sm = SPLIT.search(text, sm.end(), end)
        if sm:
            end = sm.start()
        nf = next_frame(text, s, end, inside)
        if nf is not None:
            end = nf
        om = _OBJECT_SPLIT.search(text, s, end) if verb in V_OBJECT and not has_that else None
        if om and not inside[om.start()]:        # "called for a truce and asked ASEAN to step in": two requests
            end = om.start()
        semi = next((k for k in range(s, end) if text[k] == ";" and not inside[k]), -1)
        if semi > s:                             # "Kinshasa said A; Kigali, for its part, said B": A ends at ';'
            end = semi
        if relative:
            cm = re.search(r",\s+(?:[a-z]+\s+)?(?:was|is|were|has|had|did|will|would)\b", text[s:end])
            if cm:
                end = s + cm.start()
        om = _CONCESSIVE_OPENING.match(text, ss) if np is not None else None
        if om and om.end() == np[0]:            # "While Peskov says A, he has also insisted B": A
            cm = _MAIN_CLAUSE.search(text, s, end)
            while cm and inside[cm.start()]:
                cm = _MAIN_CLAUSE.search(text, cm.end(), end)
            if cm:
                end = cm.start()
        k = s
        while k < end:
            if taken[k]:
                woven = next((f for f in found if f.direct and f.start - 2 <= k <= f.start and f.end < end and
                              text[f.end:f.end + 1] in "\"”’'" and k > s + 3), None) if verb in _WOVEN_VERBS else None
                if woven is None:
                    end = k
                    break
                found.remove(woven)              # 'called on both sides to implement the proposal "without delay"':
                k = woven.end + 1                # the quote is woven into the object, which is the statement
                continue
            k += 1
        s2, e2 = unquote(text, *trim_span(text, s, end, inside))
        cm = re.match(r"(?:[\w'’-]+\s+){0,4}[\w'’-]+:\s+(?=\S)", text[s2:e2])
        if cm and not VERB_RE.search(cm.group(0)) and not has_that:   # "repeated its line: Ukraine must withdraw"
            s2 += cm.end()
        if len(text[s2:e2].split()) < 2 or not re.search(r"[A-Za-z]", text[s2:e2]) or \
                re.fullmatch(r"(?:the\s+)?(?:following|as follows)", text[s2:e2], re.I) or \
                re.match(r"(?:he|she|they)\s+[a-z]+,", text[s2:e2]):
            continue                             # "Peskov stated the following:": the statement comes next
        if not has_that and verb in NOUN_OBJECT and not carries_content(text[s2:e2], verb in STRICT_OBJECT):
            res = inherit.resolved if inherit else resolve(text[np[0]:np[1]], ctx, reg) if np else None
            if res:                                  # no statement, but the speaker stays salient
                push(ctx, res[0], res[1], "person" if res[2] == "person" else "group" if res[2] == "group" else "inst")
            continue
        if verb in ("asked", "asks") and np is not None and _press_asker(text[np[0]:np[1]], reg):
            used.add(vs)                         # "Sky News asks Starmer whether ...": a reporter's question is never a
            continue                             # statement (data card rule 22)
        used.add(vs)
        f = Found(s2, e2, text[np[0]:np[1]] if np else "")
        add_found(found, f, ctx, reg, taken, inherit=inherit)


def _one_subject_before(text: str, ss: int, vs: int) -> bool:
    """True when the verbs before `vs` in the sentence all belong to the sentence's subject: none at all, or one
    whose subject opens the sentence ("Grundberg welcomed the move and urged ..."), not "leaders who met and
    demanded" nor "He said the talks had ended and urged"."""
    verbs = list(VERB_RE.finditer(text, ss, vs))
    if not verbs:
        return True
    if len(verbs) > 1 or verbs[0].group(1) not in V_OBJECT or re.search(r"\bthat\b", text[verbs[0].end():vs]):
        return False
    np = np_before(text, ss, verbs[0].start())
    return np is not None and not text[ss:np[0]].strip(" \t•·▪*–-")


def reported_before(text, ss, se, vs, np, inside, taken, found, ctx, reg) -> None:
    """'Russia will not agree, Lavrov said.': the reported clause precedes its attribution."""
    k = np[0]
    pre = text[ss:k].rstrip()
    if not pre.endswith(","):
        return
    if re.match(r"\s*:", text[VERB_RE.match(text, vs).end():se]) or \
            re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:Speaking|Commenting|Answering|Responding|Referring|Asked|Addressing|"
                     r"Writing|Reacting|Turning)\b", pre):
        return                                   # "Speaking at a briefing, Zakharova said:": a frame, not a statement
    if text[vs:se].rstrip().endswith(":") or len(pre.split()) <= 5 and re.match(
            r"\s*(?:After|Before|During|Following|On|In|At|Earlier|Later|Meanwhile|Then|Afterwards|Since|Until|By|With|"
            r"For|From|Over|Under|Upon|Amid|Today|Yesterday)\b", pre):
        return                                   # "After the talks, the Russian minister told journalists:"
    s, e = trim_span(text, ss, ss + len(pre) - 1, inside)
    lead = re.match(r"(?:\d{1,2}[:.]\d{2}\s+|[•·▪‣◦*–-]\s+)", text[s:e])
    if lead:
        s += lead.end()
    if len(text[s:e].split()) >= 3 and not any(taken[s:e]):
        add_found(found, Found(s, e, text[np[0]:np[1]]), ctx, reg, taken)


def is_interposed(text: str, ss: int, np: tuple[int, int], cont: bool = False) -> bool:
    """True for 'The talks, he said, were useful': the attribution interrupts the reported sentence. An opening
    participle ("Discussing guarantees, Lavrov declared, ...") counts when the sentence goes on in lower case
    after the frame (`cont`)."""
    ss = max(ss, text.rfind(";", ss, np[0]) + 1)
    pre = text[ss:np[0]].rstrip()
    if not pre.endswith(",") or len(pre.split()) < 1:
        return False
    body = re.sub(r"^\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)", "", text[ss:np[0]])
    if re.fullmatch(r"\s*(?:In|At|From)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*", body):
        return False                             # "In Washington, the President ..., described": a place, then the subject
    return bool(body.strip(" ,")) and (cont or not INTRO_WORD.match(body))


def frame_end(text: str, p: int, se: int) -> int | None:
    """End of an interposed frame after its verb ('he told the conference in his Saturday speech,'): the
    position of its closing comma, if the frame reaches one without a quotation or another verb."""
    m = re.match(r"[^,\"“”‘;:.!?]{0,70}?(?=\s*,\s*\S)", text[p:se])
    if m is None or VERB_RE.search(m.group(0)):
        return None
    return p + m.end()


def interposed_clause(text, ss, se, np, p, inside, taken, found, ctx, reg) -> bool:
    if se - ss > MAX_CLAUSE:
        return False
    q = frame_end(text, p, se)
    if q is None:
        return False
    nxt = re.match(r"\s*,\s*[\"“‘']?\s*(\S)", text[q:q + 8])
    if re.match(r"\s*,\s*(?:without|citing|in response|in reply|according to|referring to|speaking|commenting)\b", text[q:q + 24]):
        return False                             # "A, the ministry said in a statement, without giving details": A
    if not is_interposed(text, ss, np, cont=bool(nxt and nxt.group(1).islower())):
        return False
    ss = max(ss, text.rfind(";", ss, np[0]) + 1)
    hi = se if text.find(";", q, se) < 0 else text.find(";", q, se)
    mention = text[np[0]:np[1]]
    cm = text.rfind(":", ss, np[0])
    if cm > ss and not inside[cm] and not VERB_RE.search(text, ss, cm) and len(text[cm + 1:np[0]].split()) >= 2:
        sm = _LEAD_SUBJECT.match(text, ss, cm)   # "Former president Dmitry Medvedev was coarser: the four leaders,
        if sm and mention.lower() in ("he", "she") and sm.group(1).split()[0] not in STOP_CAP:   # he posted, could
            # ...": the subject before the colon is "he"
            res = resolve(sm.group(1), ctx, reg)
            if res is not None and res[2] == "person":
                mention = sm.group(1)
        ss = cm + 1
    lead = re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)?", text[ss:hi])
    s, e = trim_span(text, ss + (lead.end() if lead else 0), hi, inside)
    if any(taken[s:e]) or len(text[s:e].split()) < 4:
        return False
    add_found(found, Found(s, e, mention), ctx, reg, taken)
    return True


# the subject that opens a sentence: "Former president Dmitry Medvedev", "President Aliyev", "Zelenskyy's"
_LEAD_SUBJECT = re.compile(r"\s*(?:[A-Z][\w-]*\s+(?:[\w'’-]+\s+){0,7}?[\w'’-]+,\s+)?"   # an opening adverbial
                           r"((?:(?:[A-Z][\w'’.-]*|(?:" + TITLE_ALT + r"))\s+){0,4}[A-Z][\w.-]*)(?:'s|’s)?(?=[\s,])")


_LABEL = re.compile(r"(?:[•·▪‣◦*–-]\s+|\d{1,2}[:.]\d{2}\s+)?((?:[A-Z][\w'’.-]*|the|of|al-\w+|von|der|bin)(?:\s+(?:[A-Z][\w'’.-]*|"
                    r"the|of|from|by|al-\w+|von|der|bin|(?:" + TITLE_ALT + r")|statement|readout|read-out|itself|again|also|"
                    r"terms|position)){0,7})((?:\s*,\s*[^:\"“”\n]{1,120}?|\s+(?:on|in|at|to|after|before|via)\s+[^:\"“”\n]"
                    r"{1,120}?|\s*\((?:(?:on|in|at|via|to|through|speaking through)\s+|[RDI][-–])[^()\n:]{1,40}\))?):\s+(?=\S)")
_NOT_LABEL = set("Also Aboard Inside Outside Across Despite Amid Among Along Behind Beyond Under Over Near Via Around Within "
                 "Key Background Context Analysis Update Updated Editor Note Correction What Why How Who Where When".split())
# an all-caps rubric of two or more words before a dash ("IN THEIR OWN WORDS —", "THE QUOTE —"), not a name
_CAPS_RUBRIC = re.compile(r"[ \t]*(?=[A-Z' ]*\b(?:WORDS|SAID|QUOTES?|VOICES|VERBATIM|CLAIM|VERDICT)\b)[A-Z][A-Z']*(?:[ \t]+[A-Z][A-Z']*){1,5}"
                          r"[ \t]+[—–][ \t]+(?=[A-Z])")
_RUBRIC = re.compile(r"(?:the\s+)?(?:big\s+picture|bottom\s+line|latest|intrigue|catch-up|backstory|background|context|"
                     r"flashback|reality\s+check|state\s+of\s+play|zoom\s+in|zoom\s+out|between\s+the\s+lines|"
                     r"driving\s+the\s+news|why\s+it\s+matters|what\s+to\s+watch|what's\s+next|what\s+next|go\s+deeper|"
                     r"our\s+take|our\s+read|the\s+other\s+side|yes,?\s+but|by\s+the\s+numbers|key\s+takeaways?|"
                     r"takeaways?|analysis|(?:[\w-]+(?:'s|’s)?\s+)?notes?|the\s+stakes|stakes|the\s+upshot|upshot|quick\s+take|"
                     r"one\s+big\s+thing|the\s+word|quote\s+of\s+the\s+day|worth\s+noting|bottom\s+line|"
                     r"what\s+they're\s+saying|what\s+we're\s+watching|the\s+big\s+question|big\s+question|"
                     r"news\s+in\s+brief|in\s+brief|the\s+details|details|the\s+numbers|numbers|pull[\s-]*quote|"
                     r"sidebar|callout|box|(?:file\s+)?photo|stop\s+press)", re.I)   # a pull quote repeats words already given in the text (round 25); "Contributor's
# note:", "Spelling note:", "Translator's note:": the outlet's own note, like the editor's (round 35)
_SAME = re.compile(r"(?:[Ss]ame|[Tt]he same)\s+(?:statement|remarks|speech|interview|post|briefing|press conference|"
                   r"letter|readout|text|day|meeting|call)$")


def _finite_verb(qual: str) -> bool:
    """A communication verb of the label itself in a bullet's qualifier, not "asked whether ..." or one inside a
    relative clause ("• Ushakov, on the counter-draft, which called for a ceasefire: ...")."""
    return any(v.group(1) != "asked" and not re.search(r"(?:which|who|that)\s+(?:\w+\s+)?$", qual[:v.start()])
               for v in VERB_RE.finditer(qual))


# a label line's body that opens with a person and a speech verb ("The Kremlin: Peskov told reporters, ...")
_BODY_SPEAKER = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:said|says|told|added|stressed|warned|noted|"
                           r"insisted|argued|wrote|posted|claimed|replied|countered)\b")
# the same with a title chain before the name (round 48): "United Kingdom: Prime Minister Keir Starmer said ...", "NATO:
# Secretary General Mark Rutte said ...", "Ukraine: Member of the Verkhovna Rada Mariana Bezuhla said ..."
_TITLED_SPEAKER = re.compile(r"((?:(?:[A-Z][\w'’.-]+|of|the|for|" + TITLE_ALT + r")\s+){1,7}[A-Z][\w'’-]+)\s+"
                             r"(?:said|says|told|added|stressed|warned|noted|insisted|argued|wrote|posted|claimed|replied|"
                             r"countered|called|urged|described|welcomed|condemned|expressed|stated|announced|declared)\b")


# a monitoring excerpt's speaker tag in square brackets: "[Name]", "[Name, role]", "[Name in French, subtitled]",
# "[Name, captioned as ...]", "[Presenter Name]": the name, then a comma, a language or setting, or the bracket's end
_BRACKET_TAG = re.compile(r"\[(?:(?:[Pp]resenter|[Aa]nchor|[Hh]ost)\s+)?((?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|von|der|de)"
                          r"(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|von|der|de)){0,3})(?:\]|[,;]\s*[^\[\]\n]{1,160}\]|\s+"
                          r"(?:in|at|speaking|captioned|wearing|to|on|with|via|during|after|before|from)\s[^\[\]\n]{1,160}\])"
                          r"\s+(?=\S)")


def bracket_tag(text, ps, pe, inside, taken, ctx, reg) -> Found | None:
    """'[Maria Lopez, captioned as foreign minister] We will not sign.', '[Lopez in Spanish, subtitled] ...',
    '[Lopez] ...': a transcript or monitoring excerpt that tags its line with the speaker in square brackets is that
    person's direct statement, the rest of the paragraph (data card rule 24, like "LOPEZ: ..."). The tag must name a
    person: one the registry or the article knows, or a full name; "[Presenter]", "[Video shows ...]" and "[Passage
    omitted: ...]" name nobody."""
    m = _BRACKET_TAG.match(text, ps, pe)
    if m is None:
        return None
    label = m.group(1)
    if label.split()[0] in STOP_CAP or label.split()[0] in _NOT_LABEL or label.split()[0] in (
            "Presenter", "Anchor", "Host", "Video", "Passage", "Passages", "Text", "Caption", "Music", "Applause"):
        return None
    res = resolve(label, ctx, reg)
    if res is None or res[2] != "person" or not (reg.lookup(res[0]) is not None or res[0] in ctx.names.values() or
                                                 len(res[0].split()) >= 2):
        return None
    s, e = trim_span(text, m.end(), pe, inside)
    if len(text[s:e].split()) < 3 or any(taken[s:e]):
        return None
    return add_found([], Found(s, e, label, direct=True), ctx, reg, taken, inherit=Found(0, 0, label, res))


def labelled_line(text, ps, pe, inside, taken, ctx, reg, prev=None, stamped: bool = False) -> Found | None:
    """'• Zelensky: Ukraine will not cede territory', '• US envoy Steve Witkoff, Wednesday: "..."', 'PESKOV: We
    are not in a hurry.': a line that names its speaker (with a when/where after a comma) before a colon is that
    speaker's statement: the quotation when the line is one, else the rest of the line. "Same statement:" and
    "Zelenskyy again:" continue the previous speaker (`prev`). The label must name a known actor, a person
    the article introduced, or a person's full name. A live blog's time-stamped line (`stamped`, or a stamp
    still in front) is read like a bullet: "10:50 Sybiha, on X: Russia must stop the strikes"."""
    am = re.match(r"(?:\d{1,2}[:.]\d{2}\s+)?A\s*\(([^()\n]{2,60})\)\s*:\s+(?=\S)", text[ps:pe])
    if am:                                       # "A (Peskov): No, it is not dead."
        res = resolve(am.group(1), ctx, reg)
        s, e = trim_span(text, ps + am.end(), pe, inside)
        if res is not None and len(text[s:e].split()) >= 2 and not any(taken[s:e]):
            return add_found([], Found(s, e, am.group(1), direct=bool(inside[s])), ctx, reg, taken)
    rm = _CAPS_RUBRIC.match(text, ps, pe)
    if rm:                                       # "IN THEIR OWN WORDS — Vladimir Putin, on 11 May: '...'": a box's
        ps = rm.end()                            # rubric before the speaker's label (round 55)
    m = _LABEL.match(text, ps, pe)
    if m is None or inside[m.start(1)]:
        return None
    bullet = bool(re.match(r"[•·▪‣◦*–-]\s|\d{1,2}[:.]\d{2}\s", text[ps:ps + 6])) or stamped or rm is not None
    label, qual = re.sub(r"\s+(?:itself|again|also)$", "", m.group(1)), m.group(2)
    if qual and re.match(r"\s*\((?:through|speaking through|[RDI][-–])", qual):
        qual = ""                                # "PESKOV (through interpreter):", "SEN. GRAHAM (R-SC):"
    if qual and label.isupper() and re.fullmatch(r"\s*,\s*[A-Z][A-Z .'’-]{2,60}", qual):
        if re.search(r"\b(?:BYLINE|HOST|ANCHOR|CORRESPONDENT|REPORTER|MODERATOR)\b", qual):
            return None                          # "OKSANA REID, BYLINE:": the broadcaster's own reporter
        qual = ""                                # "FRIEDRICH MERZ, GERMAN CHANCELLOR:": a transcript's role tag
    if qual and (not bullet or _finite_verb(qual) or re.search(r"(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})(?<!\b[A-Z])[.!?]\s",
                                                                 qual)):
        return None                              # "Vance, visiting India, was direct. He said:" is no label
    if qual and re.fullmatch(r"\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}", qual) and \
            label.split()[-1].lower() in TITLE_WORDS:
        label += qual                            # "The EU's foreign policy chief, Kaja Kallas:"
    first = label.split()[0]
    if label.isupper() and first.title() in _NOT_LABEL:
        return None                              # "WHAT WAS SAID: X told reporters ...": a fact-check's rubric (round 55)
    if first in STOP_CAP or first in _NOT_LABEL or label.upper() in ("Q", "A", "QUESTION", "ANSWER", "MODERATOR",
                                                                     "REPORTER") or _RUBRIC.fullmatch(label):
        return None                              # "THE BIG PICTURE: ...", "Between the lines: ...": a newsletter rubric
    om = re.match(r"(.+?)(?:'s|’s)\s+[A-Z]", label)
    owner = reg.lookup(om.group(1)) if om else None
    if first in ("Question", "Questions") or re.search(r"\b(?:reporter|journalist|correspondent|anchor)s?\b", label, re.I) \
            or owner is not None and owner.type == "outlet" or om and om.group(1).split()[-1] in OUTLET_WORDS:
        return None                              # "CNN's Kaitlan Collins:", "Question from Reuters:": a reporter's
        # question is never a statement (data card rule 22)
    if _SAME.fullmatch(label) or re.fullmatch(r"[Ss]ame", label) or prev is not None and re.fullmatch(
            r"(?:[Aa]lso in )?[Tt]he (?:statement|letter|readout|read-out|text|document|memorandum|post|remarks)", label):
        res = prev
    else:
        label = re.sub(r"\s+of\s+.*$", "", label) if re.search(r"\b(?:readout|read-out|statement)\s+of\s", label) \
            else label
        fm = re.fullmatch(r"(?:[Rr]ead-?out|[Ss]tatement|[Cc]ommuniqu[eé])\s+(?:from|by)\s+(.+)", label)
        label = fm.group(1) if fm else label     # "Readout from the Kremlin:"
        res = resolve(label.title() if label.isupper() else label, ctx, reg)
        if label.isupper() and " " not in label and (res is None or len(res[0].split()) < 2):
            fm = re.compile(r"(?<![\w'’-])((?:[A-Z][a-z'’-]+\s+){1,2}" + re.escape(label.title()) + r")(?=\s*[(,])").search(
                text, 0, ps)
            if fm and re.search(r"(?:[Mm]oderator|[Hh]ost|[Cc]hair|[Aa]nchor|[Ii]nterviewer|(?:moderated|hosted|chaired)\s+by)"
                                r"\s*:?\s*$", text[max(0, fm.start() - 25):fm.start()]):
                return None                      # "Moderator: Lena Ostrova" ... "OSTROVA: Is this ...?": she asks
            full = resolve(fm.group(1), ctx, reg) if fm else None   # "HAYES:" after "Participants: Marta Hayes
            if full is not None and full[2] == "person" and len(full[0].split()) >= 2:   # (fellow, ...)": the
                res = full                       # transcript's surname label is the full name introduced before with
                # a role in brackets or after a comma (not "MARSH: Oksana Reid joins us from Kyiv.": a correspondent)
    if res is None or res is not prev and reg.lookup(res[0]) is None and res[0] not in ctx.camps and \
            res[0] not in ctx.names.values() and not (len(res[0].split()) >= 2 and res[2] == "person") and \
            not (res[2] == "inst" and any(w in ORG_WORDS or w.lower() in INST_HEADS for w in label.split())) and \
            not (bullet and res[2] != "person" and (label in CAPITALS or label in DEMONYMS)):
        return None                              # "- Ankara: Istanbul ready to host ...": a capital or a state in a
        # bulleted brief speaks for its government like a registry body (round 18); never a rubric ("- Rates: ...")
    if not bullet and not re.search(r"[.!?…][\"”’']?$", text[ps:pe]):
        return None                              # "Putin: no sense in foreign troops" is a subheading
    c = m.end()
    body_label = res is not None and res[2] != "person" and label.split()[-1].lower() not in DOC_WORDS
    pm = _BODY_SPEAKER.match(text, c, pe) if body_label else None   # "Kremlin readout: Putin told ...": the readout's
    tm = _TITLED_SPEAKER.match(text, c, pe) if body_label and pm is None else None
    if pm or tm:                                 # "• The Kremlin: Peskov said Moscow had seen no text": the label
        inner = resolve((pm or tm).group(1), ctx, reg)   # files the line, the person the body opens with speaks
        if inner is not None and inner[2] == "person" and (reg.lookup(inner[0]) is not None or   # (round 20; with a
                                                           inner[0] in ctx.names.values() or len(inner[0].split()) >= 2):
            label, res = (pm or tm).group(1), inner   # title chain, round 48: what they said is the statement)
            if tm is not None:
                c = re.compile(r"\s*,?\s*(?:that\s+)?").match(text, tm.end()).end()
    q = re.match(r"[\"“](?=\S)", text[c:c + 2])
    if q:                                        # '...: "A quotation."' (and nothing else in the sentence)
        close = next((k for k in range(c + 1, pe) if text[k] in '"”' and not inside[k]), -1)
        if close > 0 and re.match(r"[\s.]*(?:$|[A-Z•])", text[close + 1:pe]):
            if any(taken[c + 1:close]):
                return None
            f = Found(c + 1, close, label, direct=True)
            if text[f.end - 1] == ",":
                f.end -= 1
            return add_found([], f, ctx, reg, taken, inherit=Found(0, 0, label, res))
    s, e = trim_span(text, c, pe, inside)
    if len(text[s:e].split()) < 3 or any(taken[s:e]):
        return None
    transcript = label.isupper() and len(label) > 2   # "ZELENSKYY: We are ready ...": a transcript line is direct
    return add_found([], Found(s, e, label, direct=transcript), ctx, reg, taken,   # (data card rule 24)
                     inherit=Found(0, 0, label, res))
