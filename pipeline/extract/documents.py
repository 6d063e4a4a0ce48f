"""Documents and their authors: "a statement by the Quad", "Moscow's memorandum", "the White House released a
statement", "Witkoff wrote on X in a readout".

`learn_documents` records, sentence by sentence, which actor stands behind each document the article names
(ANNOTATION.md §2: documents speak for their authors), so that a later definite reference ("The statement
said", "The same report", "The plan itself states") resolves to that author (`document_author`) rather than
to whichever institution was named last. Not here: resolving speaker mentions in general
(`pipeline.extract.speakers`), finding the statements (`pipeline.extract.clauses`, `pipeline.extract.quotes`).
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry
from pipeline.extract.lexicon import DEMONYMS, DOC_WORDS, OUTLET_WORDS, STATE_OF_ADJECTIVE, STOP_CAP
from pipeline.extract.phrases import np_before

# document words that name the same kind of document: "the joint statement" ... "the declaration"
_KIN = {"statement": "statement", "communique": "statement", "communiqué": "statement", "declaration": "statement",
        "readout": "readout", "read-out": "readout", "plan": "plan", "proposal": "plan", "draft": "plan",
        "memorandum": "memorandum", "document": "document", "text": "document", "letter": "letter",
        "post": "post", "message": "post", "report": "report", "resolution": "resolution",
        "transcript": "transcript", "summary": "readout", "account": "readout", "minutes": "readout", "decree": "decree", "note": "letter",
        "paper": "plan", "roadmap": "plan", "road map": "plan", "blueprint": "plan", "counter-proposal": "plan",
        "counterproposal": "plan", "framework": "plan", "release": "release", "cable": "letter"}
# a release speaks for the author the article names for it ("The release said" after "the MEA issued a release"),
# never for whichever body was named last (round 31)
NAMED_AUTHOR_ONLY = frozenset({"release", "press release", "news release"})
_DOCS = DOC_WORDS | {"account", "paper", "roadmap", "road map", "blueprint", "counter-proposal", "counterproposal", "framework"}
_DOC = "(" + "|".join(sorted(map(re.escape, _DOCS), key=len, reverse=True)) + ")"
_OWNER = r"((?:the\s+)?(?:so-called\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?[A-Z][\w'’.-]*){0,5}" \
         r"(?:\s+(?:leaders|officials|ministers|foreign ministers|governments|states|co-chairs|mediators))?)"
_BY = re.compile(r"(?<![\w'’-])" + _DOC + r"\s+(?:(?:issued|published|released|put out|signed|sent)\s+(?:[a-z]+\s+"
                 r"(?:[A-Z][a-z]+\s+)?)?)?(?:by|from|of)\s+(?=(?:the\s+)?(?:so-called\s+)?[A-Z]|(?:the\s+)?(?:leaders|heads|"
                 r"foreign ministers|governments|presidents|prime ministers)\s+of\s)")
_LEADERS_OF = re.compile(r"((?:the\s+)?(?:leaders|heads of (?:state|government)(?: and government)?|foreign ministers|"
                         r"governments|presidents|prime ministers)\s+of\s+)")
_ITEM = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
_POSS = re.compile(_OWNER + r"(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,2}?" + _DOC + r"(?![\w'’-])")
_ISSUED = re.compile(r"(?<![\w'’-])(issued|issues|published|publishes|released|releases|presented|presents|unveiled|"
                     r"unveils|put out|puts out|circulated|posted|posts|sent|sends|adopted|adopts|approved|passed|"
                     r"tabled|submitted|handed over|delivered|signed|signs)\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:a|an|the|its|his|her|their)\s+"
                     r"(?:[\w'’-]+\s+){0,3}?" + _DOC + r"(?![\w'’-])")
_WHICH = re.compile(r"(?<![\w'’-])" + _DOC + r",\s+which\s+" + _OWNER + r"\s+(?:had\s+|has\s+)?(?:released|published|"
                    r"issued|put out|posted|circulated|sent)\b")
_IN_A = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Tt]hrough|[Vv]ia)\s+(?:a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
                   + _DOC + r"(?![\w'’-])")
_POSTED = re.compile(r"(?<![\w'’-])(?:posted|tweeted|wrote\s+on\s+(?:X|Twitter|Truth Social|Telegram|Facebook|"
                     r"social media|(?:his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}(?:channel|account|page)))(?![\w'’-])")
_ON_CHANNEL = re.compile(r"(?<![\w'’-])" + _DOC + r",?\s+(?:published|posted|shared|put out)\s+(?:on|in)\s+" + _OWNER +
                         r"(?:'s|’s)\s+(?:official\s+)?(?:Telegram\s+|X\s+|Facebook\s+|Instagram\s+|YouTube\s+)?"
                         r"(?:channel|account|page|feed|website)\b")
# "the Russian memorandum", "the American proposal": a state's adjective names the document's author
_ADJ_DOC = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:(?:new|latest|joint|final|draft|original|revised|written|"
                      r"first|second|official|own)\s+)?(" + "|".join(sorted(map(re.escape, STATE_OF_ADJECTIVE), key=len,
                                                                            reverse=True)) + r")\s+" + _DOC + r"(?![\w'’-])")
_NO_OWNER = re.compile(r"(?:drafted|written|prepared|negotiated|brokered|backed|sponsored)\s+by\s*$")


# a document published under a group's name: "a letter published Tuesday under the banner Artists for Peace", "signed
# ... under the name Writers for Gaza" (round 35): that group wrote it, and "the signatories" are the group
_UNDER_NAME = re.compile(r"(?<![\w'’-])" + _DOC + r"(?![\w'’-])[^.;:\"“”\n]{0,80}?\bunder\s+the\s+(?:banner|name|title|"
                         r"heading)\s+(?:of\s+)?([A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|for|of|a|an|the|and|in|on|to)){0,6})")


def kin(word: str) -> str:
    """The kind of document a word names ("communique" and "declaration" are statements)."""
    return _KIN.get(word.lower(), word.lower())


def learn_documents(text: str, ss: int, se: int, inside: bytearray, found: list | None, ctx, reg: ActorRegistry,
                    resolve) -> list[tuple[int, tuple[str, str, str]]]:
    """Record the author of each document the sentence [ss, se) names outside quotations, in `ctx.docs`
    (kind, actor, side, type), most recent last; returns (position, author) of each document learned whose author the
    sentence names (not by an adjective alone: "the American draft" is what a statement is about, round 17). Called twice per sentence:
    before its statements are found (`found` None: "a statement by X", "X's plan", "X issued a statement",
    "the statement, which X released") and after (`found` the sentence's statements: "In a joint statement, X
    welcomed ..." and "The Kremlin readout said" make X the author; the patterns of the first call are not
    repeated). `resolve` is the speaker resolver (`pipeline.extract.speakers.resolve`), passed in to keep the
    modules acyclic."""
    learned: list[tuple[int, str, tuple[str, str, str]]] = []
    adjective: set[int] = set()                  # documents whose author only an adjective names ("the Russian memorandum")
    low = text[ss:se].lower()
    if found is None and not any(w in low for w in _DOCS):
        return []                                # no document named: skip the patterns (speed)

    def note(pos: int, word: str, mention: str) -> None:
        if inside[pos] or mention.split()[0] in STOP_CAP:
            return
        res = resolve(mention, ctx, reg)
        if res is not None and (reg.lookup(res[0]) is not None or res[2] != "person" or res[0] in ctx.names.values()):
            learned.append((pos, kin(word), res))

    joint = set()
    for m in _SIGNED_BY_TWO.finditer(text, ss, se) if found is None else ():
        pair = _two_camps(m.group(2), m.group(3), ctx, reg, resolve)
        if pair is not None and not inside[m.start()]:   # "the joint declaration signed by President A and Prime
            learned.append((m.start(), kin(m.group(1)), pair))   # Minister B": the two leaders' group (R21)
            joint.add(m.start())
    for m in _BY.finditer(text, ss, se) if found is None else ():
        if m.start() in joint:
            continue
        owner = _owner(text, m.end(), se)
        if owner and not _NO_OWNER.search(text[max(ss, m.end() - 30):m.end()]):
            note(m.start(), m.group(1), owner)
    for m in _UNDER_NAME.finditer(text, ss, se) if found is None else ():
        name = re.sub(r"(?:[ \t]+(?:for|of|a|an|the|and|in|on|to))+$", "", m.group(2))
        if not inside[m.start()] and len(name.split()) >= 2:
            known = reg.lookup(name)
            group = (known.name, known.camp) if known is not None else (name, "other")
            learned.append((m.start(), kin(m.group(1)), (*group, "group")))
            ctx.group.append(group)
            del ctx.group[:-20]
    for m in _POSS.finditer(text, ss, se) if found is None else ():
        note(m.start(2), m.group(2), m.group(1))
    for m in _ADJ_DOC.finditer(text, ss, se) if found is None else ():   # "the Russian memorandum handed over"
        if not inside[m.start()]:
            res = resolve(STATE_OF_ADJECTIVE[m.group(1)], ctx, reg)
            if res is not None and res[2] != "person" and reg.lookup(res[0]) is not None:
                learned.append((m.start(2), kin(m.group(2)), res))
                adjective.add(m.start(2))
    for m in _WHICH.finditer(text, ss, se) if found is None else ():
        note(m.start(), m.group(1), m.group(2))
    for m in _ON_CHANNEL.finditer(text, ss, se) if found is None else ():   # "The post, published on X's channel,"
        note(m.start(), m.group(1), m.group(2))
    for m in _ISSUED.finditer(text, ss, se) if found is None else ():
        if inside[m.start()]:
            continue
        np = np_before(text, ss, m.start())
        if np is not None and not re.search(r"(?<![\w'’-])(?:including|among them)\s", text[ss:m.start()]):
            note(m.start(2), m.group(2), text[np[0]:np[1]])   # "A group of them, including X and Y, put out a
            # statement": not X's (round 17)
    for m in _IN_A.finditer(text, ss, se) if found and any(w in low for w in _DOCS) else ():   # "In a joint statement, X"
        if inside[m.start()]:
            continue
        f = next((f for f in found if f.resolved and not f.nominal), None)
        if f is not None:
            learned.append((m.start(1), kin(m.group(1)), f.resolved))
    pm = _POSTED.search(text, ss, se) if found else None
    pos = pm.start() if pm else -1
    if found and pm is None and re.search(r"\bpost\b", text[max(0, ss - 400):ss]):
        wm = re.search(r"(?<![\w'’-])wrote(?![\w'’-])", text[ss:se])   # "The shift came in a long post on Truth
        pos = ss + wm.start() if wm else -1                              # Social. Trump wrote that ..."
    if pos >= 0 and not inside[pos]:             # '"...," he posted on Truth Social': his post, for "the post went on"
        f = next((f for f in found if f.resolved and not f.nominal), None)
        if f is not None:
            learned.append((pos, "post", f.resolved))
    for f in found or ():                        # "The Kremlin readout said ...": the mention names both
        words = f.mention.lower().split() if f.resolved else []
        if words and words[-1] in DOC_WORDS:
            learned.append((f.start, kin(words[-1]), f.resolved))
        elif f.resolved and f.resolved[2] != "person" and _outlet(f.resolved[0]):
            learned.append((f.start, "report", f.resolved))   # "According to The Economist ...": its report
    learned.sort(key=lambda x: x[0])
    for _, k, res in learned:
        ctx.docs.append((k, *res))
    del ctx.docs[:-20]
    return [(pos, res) for pos, _, res in learned if pos not in adjective]


_PERSON = r"((?:[A-Z][\w'’.-]*[ \t]+){1,5}?[A-Z][\w'’.-]*)"
# a document signed by two named leaders: "the joint declaration signed here on Sunday by Thai Prime Minister A and
# Cambodian Prime Minister B" (round 20)
_SIGNED_BY_TWO = re.compile(r"(?<![\w'’-])" + _DOC + r"\s+signed\s+(?:[a-z]+\s+|[A-Z][a-z]+\s+){0,4}?by\s+" + _PERSON +
                            r"\s+and\s+" + _PERSON + r"(?=[,.;]|\s+(?:on|in|at|with|last|this)\b)")


def _two_camps(a: str, b: str, ctx, reg: ActorRegistry, resolve) -> tuple[str, str, str] | None:
    """("Armenian and Azerbaijani leaders", "other", "group") for two persons of two camps (data card rule 21), else
    None; the camps are named by their states' adjectives, in the order the registry lists the camps."""
    ra, rb = resolve(a, ctx, reg), resolve(b, ctx, reg)
    if ra is None or rb is None or ra[2] != "person" or rb[2] != "person" or ra[1] == rb[1] or "other" in (ra[1], rb[1]):
        return None
    order = sorted((ra[1], rb[1]), key=lambda c: reg.camps.index(c) if c in reg.camps else len(reg.camps))
    adj = ["US" if c == "us" else DEMONYMS.get(c.title()) for c in order]   # in the registry's order of camps
    if None in adj:
        return None
    return f"{adj[0]} and {adj[1]} leaders", "other", "group"


def _owner(text: str, pos: int, se: int) -> str | None:
    """The author named at `pos` after "by": "the so-called Quad, the United States, ..." -> "the so-called Quad";
    "the leaders of France, Italy, Germany and the two main EU institutions" -> the listed states."""
    lm = _LEADERS_OF.match(text, pos, se)
    if lm is None:
        om = re.compile(_OWNER).match(text, pos, se)
        return re.sub(r"(?<=[a-z]{2})\.$", "", om.group(1)) if om else None   # not the sentence's full stop
    items, k = [], lm.end()
    while True:
        im = _ITEM.match(text, k, se)
        if im is None:
            break
        items.append(im.group(0))
        sep = re.match(r"\s*,\s*(?:and\s+)?|\s+and\s+", text[im.end():im.end() + 8])
        if sep is None:
            break
        k = im.end() + sep.end()
    if not items:
        return None
    return lm.group(1) + (items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1])


def _outlet(name: str) -> bool:
    return any(w in OUTLET_WORDS for w in name.split())


_DEFINITE = re.compile(r"(?:(?:also\s+)?in\s+)?(?:the\s+|this\s+|that\s+)?(?:same\s+)?(?:(?:joint|written|official|"
                       r"original|latest|final|new|full|published|first|second|signed|original)\s+){0,2}([\w-]+)"
                       r"(?:\s+(?:itself|again|too))?$", re.I)


def document_author(mention: str, ctx) -> tuple[str, str, str] | None:
    """The author of the document a definite reference names ("The statement", "The same report", "Same
    letter", "The plan itself"), from `ctx.docs`; None when the article named no such document's author."""
    m = _DEFINITE.fullmatch(mention.strip())
    if m is None or m.group(1).lower() not in _DOCS or not ctx.docs:
        return None
    k = kin(m.group(1))
    for doc in reversed(ctx.docs[-8:]):
        if doc[0] == k:
            return doc[1], doc[2], doc[3]
    if k == "document" and ctx.docs:             # "the document", "the text": whatever document was named last
        return ctx.docs[-1][1], ctx.docs[-1][2], ctx.docs[-1][3]
    return None


_DOC_SUBJECT = re.compile(r"((?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:'s|’s))\s+"
                          r"(?:[\w'’-]+\s+){0,3}?" + _DOC + r")"
                          r"(?:\s+itself|\s+((?:[A-Z][\w'’-]*\s+){1,2})(?:handed over|sent|delivered|published|released)"
                          r"(?:\s+(?:in|on|last)\s+[\w\s]{2,20}?)?)?\s+(?:also\s+|further\s+|even\s+)?"
                          r"(makes|made|offers|offered|provides for|provided for|puts|put|opens with|opened with|commits|"
                          r"committed|sets out|set out|lists|listed|envisages|envisaged|foresees|foresaw|requires|required|"
                          r"insists on|insisted on|provides that|provided that|stipulates that|stipulated that|"
                          r"specifies that|specified that)\s+(?=\S)")


def document_subject(text: str, ss: int, se: int, inside: bytearray, taken: bytearray) -> tuple[str, int, int] | None:
    """A document as the subject of a verb that states its terms ("The note made any ceasefire conditional on
    ...", "The memorandum Russia handed over in June made ...", "That paper put a ceasefire first"): (the
    document's mention, start and end of its content), when the sentence opens with it; else None."""
    lead = re.match(r"\s*(?:[•·▪*–-]\s+)?(?:(?:But|And|Yet|Instead|Meanwhile),?\s+)?", text[ss:se])
    m = _DOC_SUBJECT.match(text, ss + lead.end(), se)
    if m is None or inside[m.start()] or taken[m.end()]:
        return None
    e = se
    while e > m.end() and text[e - 1] in " .\n":
        e -= 1
    if len(text[m.end():e].split()) < 3 or any(taken[m.end():e]):
        return None
    return (m.group(3).strip() if m.group(3) else m.group(1)), m.end(), e   # "the memorandum Russia handed over"

