"""Article text -> attributed statements (ANNOTATION.md §1–§2), by light rules without a parser.

`extract_statements` finds direct quotes (straight, curly, single; before/after/split/colon,
multi-paragraph), reported speech (with and without "that"), "according to X", nominal
attributions ("X's call for ...", "expressed concern over ...") and "called it “X”", cuts each span
exactly as the worked examples do, and resolves the speaker as written to a canonical actor and a
camp through the actor registry, earlier mentions, titles and pronouns. It is a pure function of
the text: no I/O, no global state, linear time. Not here: stance labels (they stay empty),
scoring (`pipeline.extraction_eval`), reading corpora (`pipeline.data`).

>>> [s.text for s in extract_statements('Talks ended.\\n\\n"We want peace," Zelenskyy said.')]
['We want peace']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.actors import ActorRegistry
from pipeline.schema import Statement

# ----------------------------------------------------------------------------------- lexicon
_V_STRONG = ("said says say told tells stated states noted notes added adds stressed stresses emphasized "
             "emphasised emphasizes emphasises warned warns insisted insists argued argues claimed claims "
             "declared declares announced announces acknowledged acknowledges conceded concedes confirmed "
             "confirms complained complains predicted predicts reiterated reiterates maintained maintains "
             "contended contends countered counters cautioned cautions asserted asserts assured assures "
             "underlined underlines repeated repeats accepted admitted admits explained explains").split()
_V_WEAK = ("wrote writes written posted posts tweeted tweets responded responds replied replies reported reports "
           "recalled recalls indicated indicates signalled signaled signals suggested suggests denied denies "
           "promised promises vowed vows pledged pledges threatened threatens agreed agrees observed remarked "
           "asked asks hinted hints").split()
_V_OBJECT = ["called for", "calls for", "call for", "demanded", "demands", "proposed", "proposes", "urged", "urges",
             "rejected", "rejects", "welcomed", "welcomes", "expressed concern", "voiced concern",
             "expressed concerns", "voiced concerns", "expressed", "voiced", "express concern", "raised concerns"]
_PARTICIPLES = ("saying stating adding noting warning arguing insisting stressing emphasizing emphasising asking "
                "telling writing declaring explaining claiming insisting urging citing proposing demanding "
                "calling for welcoming rejecting").split()
_INTRO_PART = {"saying", "stating", "asking", "writing", "declaring", "telling"}
_VERB_RE = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(
    [re.escape(v) for v in _V_OBJECT + _V_STRONG + _V_WEAK + _PARTICIPLES], key=len, reverse=True)) + r")(?![\w'’-])")
_ALL_VERBS = set(_V_STRONG) | set(_V_WEAK) | set(_V_OBJECT)
_TITLE_WORDS = set((
    "spokesman spokeswoman spokesperson spokesmen minister ministers president chancellor aide aides adviser "
    "advisor advisers envoy official officials leader leaders chief head secretary scientist political foreign "
    "prime deputy defence defense national security general ambassador negotiator negotiators delegation "
    "statement readout ministry government office press service council state affairs analyst analysts expert "
    "experts commander director member members lawmaker lawmakers senator governor mayor joint written "
    "communique communiqué memorandum document declaration letter post presidency administration team "
    "representative representatives counterpart counterparts diplomat diplomats top senior former acting "
    "special vice first host premier foreign-policy intelligence military army parliament speaker chairman "
    "coordinator commissioner presidential kremlin russian ukrainian european american british french german "
    "of the for and on to").split())
_DOC_WORDS = {"statement", "readout", "communique", "communiqué", "memorandum", "document", "declaration", "letter",
              "post", "text", "message", "report", "plan", "draft", "proposal", "resolution"}
_GROUP_HEADS = {"leaders", "officials", "ministers", "negotiators", "delegation", "allies", "governments",
                "diplomats", "members", "lawmakers", "europeans", "representatives", "delegations", "sides"}
_INST_HEADS = {"ministry", "government", "kremlin", "office", "presidency", "administration", "council",
               "department", "treasury", "commission", "union", "house", "street", "palace", "army", "service"}
_STOP_CAP = set(("On In At After Before During Since Until From By With Without For To Of And But Or Yet So As "
                 "When While Where Although Though Because If Then Also However Meanwhile Still Earlier Later "
                 "Today Yesterday Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
                 "February March April May June July August September October November December Jan Feb Mar "
                 "Apr Jun Jul Aug Sep Sept Oct Nov Dec Asked Speaking Visiting Meeting Turning Writing Answering "
                 "Responding Summary Update Analysis Catch-up Breaking It This That These Those There Here A An "
                 "Some Many Several Both All Each Neither Either Instead Indeed Separately Overnight").split())
_GENERIC = set(("critics officials analysts observers experts sources people many some others diplomats residents "
                "supporters opponents skeptics sceptics commentators insiders aides reports media").split())
_PRONOUNS = {"he": "m", "she": "f", "they": "group", "it": "inst"}
_BEFORE_OK = set(("and but then so as while when after because meanwhile however also yesterday today later "
                  "earlier since once where though although now instead").split())
_AUX = re.compile(r"(?:\s+(?:also|later|again|then|earlier|further|previously|repeatedly|publicly|separately|privately|"
                  r"recently|reportedly|once|simply|quickly|already|himself|herself|itself|themselves|has|have|had|"
                  r"was|would|will|could|might|may|did|does|do|since|first|last|subsequently|finally|immediately|"
                  r"swiftly|only|just|even|clearly|explicitly|openly|bluntly|flatly|firmly|sharply|pointedly|"
                  r"angrily|also|told|had\s+also|has\s+since))+$", re.I)
_ADV_AFTER = re.compile(
    r"(?:\s*,?\s*(?:(?:on|late on|early on|earlier on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|weekend|week|month|year|night|morning|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|overnight|earlier|later|again|also|afterwards|"
    r"then|separately|publicly|privately|repeatedly|the next day|the same day|on Telegram|on X|on Truth Social|"
    r"on social media|on Twitter|on Facebook|on television|on state television|in (?:a|an|his|her|their|its|the)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:statement|interview|speech|address|post|video|message|briefing|remarks|call|conference|"
    r"appearance|broadcast|op-ed|article|letter)|at (?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:conference|briefing|summit|"
    r"meeting|event|forum|rally|press conference|news conference)|in [A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*|after "
    r"(?:the|a|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:talks|meeting|call|round|summit)))+", re.I)
_AUDIENCE = re.compile(
    r"\s*(?:reporters|journalists|the press|the media|lawmakers|parliament|supporters|(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’.-]*|(?:a|an|the|his|her|their|its|state|public|national|local|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:radio|television|TV|broadcaster|newspaper|daily|agency|channel|outlet|press|reporters|journalists|lawmakers|"
    r"parliament|audience|conference|briefing|forum|summit|interview|crowd|supporters|delegates|officials|counterpart|"
    r"counterparts|hosts?|leaders|members|nation|people|network|show|podcast|magazine))(?![\w'’-])")
_BAD_CLAUSE_START = re.compile(r"(?:as|when|while|after|before|because|during|until|since|with|and|but|or|by|of|to"
                               r"|for|from|at|in|on|it was|that was)\b", re.I)
_NOMINAL = re.compile(r"(?<![\w'’-])([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|[Ee]uropean leaders|[Tt]he leaders)(?:'s|’s|'|’)"
                      r"\s+((?:demand|demands|call|calls|proposal|proposals|offer|warning|warnings|appeal|appeals|"
                      r"insistence|complaint|complaints|criticism|rejection|refusal|pledge|promise|request|ultimatum|"
                      r"plea|push|suggestion|threat|threats|condemnation|objection|objections|assurance|assurances|"
                      r"claim|claims|statement)\s+(?:for|that|about|of|over|to|against)\s)")
_NOMINAL_END = re.compile(r"\s*[,;:.!?]|\s+(?:by|was|were|is|are|has|have|had|set|sparked|drew|prompted|came|which|who|"
                          r"as|after|when|while|but|went|met|got|fell|left|remained|drew|triggered|angered|appeared|"
                          r"seemed|became|ran|won|failed|went|before|until|and then|during|amid)\b")
_CALLED = re.compile(r"(?<![\w'’-])(called|calls|call|described|describes|labelled|labeled|branded|dubbed|termed)"
                     r"\s+(?:[^\s\"“”‘]+\s+){0,8}?(?:as\s+)?$")
_ACCORDING = re.compile(r"(?<![\w'’-])[Aa]ccording to\s+")
_HEADLINE_END = re.compile(r"[.!?][\"”’']?\s*$")
_ABBREV = set("mr mrs ms dr gen lt col sgt sen rep gov st jr sr prof no vs jan feb mar apr jun jul aug sep sept oct "
              "nov dec fig inc corp ltd co approx est".split())
_OPEN_Q = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "„": "“"}
_WORD = re.compile(r"[^\s,;:()\[\]\"“”«»]+")


@dataclass
class _Quote:
    open: int          # index of the opening mark
    start: int         # first character inside the marks
    end: int           # index of the closing mark (content ends here)


@dataclass
class _Ctx:
    """Running discourse state: recent entities for pronoun and title resolution."""

    person: list[tuple[str, str]] = field(default_factory=list)   # (actor, side), most recent last
    group: list[tuple[str, str]] = field(default_factory=list)
    inst: list[tuple[str, str]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)            # surname -> full name (unknown persons)
    titles: dict[str, str] = field(default_factory=dict)           # title word -> actor learned from the article


# ----------------------------------------------------------------------------------- layout
def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) spans; bullets and list items are lines of their own."""
    out = []
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _find_quotes(text: str, paras: list[tuple[int, int]]) -> list[_Quote]:
    """Balanced quotations; an opening mark left open at a paragraph's end continues into the next
    paragraph when that one opens with a quotation mark (news style for multi-paragraph quotes)."""
    quotes: list[_Quote] = []
    carry: tuple[int, int, str] | None = None    # (open idx, content start, closing mark) from earlier paragraph
    for pi, (ps, pe) in enumerate(paras):
        opened: tuple[int, int, str] | None = None
        single: tuple[int, int, str] | None = None
        i = ps
        if carry is not None:
            if text[ps] in _OPEN_Q and _OPEN_Q[text[ps]] == carry[2] or text[ps] == "“" and carry[2] == "”":
                opened = carry
                i = ps + 1
            carry = None
        while i < pe:
            ch = text[i]
            if ch in '"“”«»„':
                if opened is None:
                    if ch in '"“«„':
                        opened = (i, i + 1, _OPEN_Q[ch])
                elif ch == opened[2] or (ch == "”" and opened[2] == '"') or (ch == '"' and opened[2] == "”"):
                    if i > opened[1]:
                        quotes.append(_Quote(opened[0], opened[1], i))
                    opened = None
                elif ch == "“" and opened[2] == "”":
                    opened = (i, i + 1, "”")       # stray opener: restart
                single = None
            elif ch in "'‘’" and opened is None:
                prev = text[i - 1] if i > ps else " "
                nxt = text[i + 1] if i + 1 < pe else " "
                if single is None:
                    if ch in "'‘" and not prev.isalnum() and nxt.isalpha() and prev not in "'’":
                        single = (i, i + 1, "’" if ch == "‘" else "'")
                elif ch in "'’" and not nxt.isalnum() and prev not in " \t" and (ch == single[2] or ch == "’"):
                    if i - single[1] > 2 and not (prev == "s" and nxt == " " and i - single[1] > 200):
                        quotes.append(_Quote(single[0], single[1], i))
                    single = None
            i += 1
        if opened is not None and pi + 1 < len(paras):
            carry = opened
    return quotes


def _sentences(text: str, ps: int, pe: int, inside: bytearray) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph; boundaries inside quotations are ignored."""
    out, s = [], ps
    for m in re.finditer(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9•])", text[ps:pe]):
        b = ps + m.start()
        if inside[b]:
            continue
        if text[b] == ".":
            w = re.search(r"([\w.]+)$", text[max(ps, b - 20):b])
            tok = w.group(1) if w else ""
            if tok.lower() in _ABBREV or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Z]", tok):
                continue
        e = ps + m.end()
        out.append((s, e))
        s = e
        while s < pe and text[s].isspace():
            s += 1
    if s < pe:
        out.append((s, pe))
    return out


# ----------------------------------------------------------------------------------- noun phrases
def _np_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the subject noun phrase that ends right before `hi` (after adverbs/auxiliaries), or None."""
    seg = text[max(lo, hi - 300):hi]
    base = hi - len(seg)
    seg = seg.rstrip()
    m = _AUX.search(seg)
    if m:
        seg = seg[:m.start()]
    seg = seg.rstrip()
    if seg.endswith(","):                       # appositive: "Zelenskyy, who ..., said"
        k = seg.rfind(",", 0, len(seg) - 1)
        inner = seg[k + 1:-1].strip() if k >= 0 else ""
        if k >= 0 and 0 < len(inner) < 120 and '"' not in inner and "“" not in inner:
            seg = seg[:k].rstrip()
        else:
            return None
    words = list(_WORD.finditer(seg))
    if not words:
        return None
    last = words[-1].group(0)
    if last.lower() in _PRONOUNS:
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
        if lw in ("the", "its", "his", "her", "their", "a", "an", "our"):
            if first is not None:
                first = j
            break
        if w[0].isupper() and w.strip(".") not in _STOP_CAP:
            first = j
            continue
        if lw in _TITLE_WORDS or lw.rstrip("s") in _TITLE_WORDS:
            first = j
            continue
        break
    if first is None:
        return None
    while first < len(words) - 1 and words[first].group(0).lower() in ("of", "and", "for", "on", "to"):
        first += 1
    if first > 0:                                # what precedes must be a boundary, not a content word
        prev = words[first - 1]
        gap = seg[prev.end():words[first].start()]
        pw = prev.group(0)
        if not any(c in gap for c in ",;:(—–") and not (pw[0].isupper() or not any(c.isalpha() for c in pw)
                                                         or pw.lower() in _BEFORE_OK or pw.endswith(".")):
            return None
    s, e = base + words[first].start(), base + words[-1].end()
    phrase = text[s:e]
    low = phrase.lower().split()
    if not any(w[0].isupper() for w in phrase.split()) and not (
            low[0] in ("the", "its", "his", "her", "their") and (low[-1] in _TITLE_WORDS or low[-1] in _DOC_WORDS)):
        return None
    if low[-1] in ("of", "the", "and", "for", "to", "on"):
        return None
    return s, e


def _np_after(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of an inverted subject right after a verb ("said Fidan", "said the Kremlin spokesman")."""
    m = re.match(r"\s*((?:the\s+|The\s+)?(?:[A-Z][\w'’.-]*|[a-z][\w-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|the|"
                 + "|".join(w for w in _TITLE_WORDS if w.isalpha() and len(w) > 3) + r"))*)", text[lo:hi])
    if not m:
        return None
    s, e = lo + m.start(1), lo + m.end(1)
    words = text[s:e].split()
    while words and (words[-1].lower() in ("of", "the") or words[-1] in _STOP_CAP):
        words.pop()
    if not words or not any(w[0].isupper() for w in words) and words[0].lower() not in _PRONOUNS:
        return None
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return s, s + len(words[0])
    if words[0][0].islower() and words[0].lower() != "the":
        return None
    e = s + len(" ".join(words)) if text[s:e].startswith(" ".join(words)) else e
    return s, e


# ----------------------------------------------------------------------------------- speakers
def _mentions(text: str, s: int, e: int, inside: bytearray, reg: ActorRegistry) -> list[tuple[int, str, str, str]]:
    """Registry actors and unknown full names mentioned in [s, e) outside quotes: (pos, actor, side, type)."""
    out = []
    for m in re.finditer(r"(?<![\w'’-])(?:[A-Z][\w.-]*(?:'s|’s)?)(?:\s+(?:of\s+|von der\s+|bin\s+)?[A-Z][\w.-]*(?:'s|’s)?)*",
                         text[s:e]):
        if inside[s + m.start()]:
            continue
        toks = re.sub(r"(?:'s|’s)\b", "", m.group(0)).split()
        while toks and toks[0] in _STOP_CAP:
            toks = toks[1:]
        found = None
        for i in range(len(toks)):
            actor = reg.lookup(" ".join(toks[i:]))
            if actor:
                found = (actor.name, actor.camp, actor.type)
                break
        if found is None and len(toks) >= 2 and all(t[0].isupper() for t in toks[-2:]) and \
                not any(t.lower() in _TITLE_WORDS or t.lower() in reg.camp_words for t in toks[-2:]):
            found = (" ".join(toks[-2:]), reg.camp_from_words(" ".join(toks)), "person")
        if found:
            out.append((s + m.start(), *found))
    for m in re.finditer(r"\bleaders of ([A-Z]\w+)", text[s:e]):
        if reg.camp_from_words(m.group(1)) == "europe" and "European leaders" in reg.actors:
            out.append((s + m.start(), "European leaders", "europe", "group"))
    out.sort()
    return out


def _resolve(mention: str, ctx: _Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """(actor, side, type) for a speaker mention, or None when it names no identifiable source."""
    low = mention.lower().strip()
    if low in _PRONOUNS:
        pool = {"m": ctx.person, "f": ctx.person, "group": ctx.group or ctx.inst, "inst": ctx.inst or ctx.group}
        lst = pool[_PRONOUNS[low]]
        if lst:
            a, side = lst[-1]
            return a, side, "person" if _PRONOUNS[low] in "mf" else "group"
        return None
    clean = re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.I)
    words = clean.split()
    if clean.lower() in _GENERIC:
        return None
    if words and words[0].lower() in ("its", "his", "her", "their"):
        head = words[-1].lower()
        pool = ctx.group + ctx.inst if words[0].lower() == "their" else ctx.inst + ctx.group
        if head in _DOC_WORDS and (ctx.group or ctx.inst):
            a, side = (ctx.group or ctx.inst)[-1] if words[0].lower() == "their" else (ctx.inst or ctx.group)[-1]
            return a, side, "group"
        if ctx.titles.get(head):
            a = ctx.titles[head]
            return a, reg.camp_of(a), "person"
        return None
    for i in range(len(words)):
        actor = reg.lookup(" ".join(words[i:]))
        if actor:
            return actor.name, actor.camp, actor.type
    if words and words[-1].lower() in _DOC_WORDS:
        pool = ctx.group + ctx.inst
        if pool:
            a, side = (ctx.group or ctx.inst)[-1]
            return a, side, "group"
        return None
    cands = reg.by_title(clean)
    head = words[-1].lower() if words else ""
    if head in ctx.titles:
        cands = [ctx.titles[head]] + cands
    if not cands and head in _TITLE_WORDS:
        for a, _ in reversed(ctx.person):
            actor = reg.actors.get(a)
            if actor and any(head in t.lower().split() for t in actor.titles):
                return a, actor.camp, "person"
    if cands:
        recent = [a for a, _ in reversed(ctx.person)]
        best = next((a for a in recent if a in cands), cands[0])
        return best, reg.camp_of(best), "person"
    if words and words[-1] in ctx.names:
        full = ctx.names[words[-1]]
        return full, reg.camp_of(full) if reg.lookup(full) else ctx_side(ctx, full, reg), "person"
    names = []
    for w in reversed(words):
        if w[0].isupper() and w.lower() not in _TITLE_WORDS and w.lower() not in reg.camp_words and \
                w.lower().rstrip("s") not in _TITLE_WORDS:
            names.insert(0, w)
        else:
            break
    side = reg.camp_from_words(mention)
    if names and len(names) < len(words) + 1 and not (len(names) == 1 and words[-1].lower() in _GROUP_HEADS):
        full = " ".join(names)
        if len(names) >= 2:
            ctx.names[names[-1]] = full
        return full, side, "person"
    if head in _GROUP_HEADS or head.rstrip("s") + "s" in _GROUP_HEADS:
        if side == "other" and not reg.is_other_role(mention) and not any(w[0].isupper() for w in words):
            return None                          # "critics", "officials" alone are no actor
        return " ".join(words), side, "group"
    if any(w[0].isupper() for w in words) or reg.is_other_role(mention):
        return " ".join(words), side, "inst" if head in _INST_HEADS else "person"
    return None


def ctx_side(ctx: _Ctx, name: str, reg: ActorRegistry) -> str:
    for a, side in reversed(ctx.person):
        if a == name:
            return side
    return reg.camp_of(name)


def _push(ctx: _Ctx, actor: str, side: str, typ: str) -> None:
    lst = ctx.person if typ == "person" else ctx.group if typ == "group" else ctx.inst
    lst.append((actor, side))
    del lst[:-20]


# ----------------------------------------------------------------------------------- extraction
@dataclass
class _Found:
    start: int
    end: int
    mention: str
    resolved: tuple[str, str, str] | None = None
    direct: bool = False


_DEFAULT: list[ActorRegistry] = []


def _default_registry() -> ActorRegistry:
    if not _DEFAULT:
        _DEFAULT.append(ActorRegistry.default())
    return _DEFAULT[0]


def _trim(text: str, s: int, e: int, inside: bytearray) -> tuple[int, int]:
    """Drop surrounding blanks, a handover comma and a sentence-final full stop outside quotes."""
    while s < e and (text[s].isspace() or text[s] in ",:;—–-"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e > s and text[e - 1] in ",;:—–" or (e > s and text[e - 1] == "." and not inside[e - 1]
                                                and not re.search(r"\b(?:[A-Za-z]\.)+[A-Za-z]\.$", text[max(s, e - 8):e])):
        e -= 1
        while e > s and text[e - 1].isspace():
            e -= 1
    return s, e


def _learn_titles(text: str, reg: ActorRegistry, ctx: _Ctx) -> None:
    """Titles this article gives its people: "Medinsky, an aide to ...", "its spokesman, Dmitry Peskov"."""
    heads = r"(aide|adviser|advisor|spokesman|spokeswoman|spokesperson|secretary|head|chief|envoy|minister|negotiator|" \
            r"leader|president|chancellor|premier|diplomat|ambassador|commander|official)"
    name = r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
    pats = [re.compile(name + r",\s+(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?" + heads + r"\b"),
            re.compile(r"\b(?:its|his|her|their|the)\s+(?:[\w'’-]+\s+){0,3}?" + heads + r",\s+" + name + r",")]
    for k, pat in enumerate(pats):
        for m in pat.finditer(text[:200_000]):
            nm, head = (m.group(1), m.group(2)) if k == 0 else (m.group(2), m.group(1))
            actor = reg.lookup(nm)
            full = actor.name if actor else nm
            if not actor and len(nm.split()) >= 2:
                ctx.names[nm.split()[-1]] = nm
            ctx.titles.setdefault(head.lower(), full)


def extract_statements(text: str, article_id: str = "article",
                       registry: ActorRegistry | None = None) -> list[Statement]:
    """Attributed statements of one article in text order, offsets into `text` as given.

    >>> s = extract_statements('Title\\n\\n"A deal is close," Peskov said, "but not yet."')[0]
    >>> s.text, s.actor, s.side, s.kind
    ('A deal is close," Peskov said, "but not yet.', 'Dmitry Peskov', 'russia', 'direct')
    """
    if not isinstance(text, str) or not text.strip():
        return []
    reg = registry if registry is not None else _default_registry()
    paras = _paragraphs(text)
    if len(paras) > 1:
        hs, he = paras[0]
        if not _HEADLINE_END.search(text[hs:he]) and len(text[hs:he].split()) <= 30:
            paras = paras[1:]
    quotes = _find_quotes(text, paras)
    inside = bytearray(len(text) + 1)
    for q in quotes:
        inside[q.start:q.end] = b"\x01" * (q.end - q.start)
    taken = bytearray(len(text) + 1)
    qstart = {q.open: q for q in quotes}
    ctx = _Ctx()
    _learn_titles(text, reg, ctx)
    out: list[_Found] = []
    qi = 0
    for ps, pe in paras:
        for ss, se in _sentences(text, ps, pe, inside):
            while qi < len(quotes) and quotes[qi].open < ss:
                qi += 1
            found: list[_Found] = []
            used: set[int] = set()
            j = qi
            while j < len(quotes) and quotes[j].open < se:
                q = quotes[j]
                j += 1
                if not taken[q.open]:
                    _direct(text, q, ss, se, inside, taken, qstart, used, found, ctx, reg)
            _according(text, ss, se, inside, taken, found, ctx, reg)
            _nominal(text, ss, se, inside, taken, found, ctx, reg)
            _reported(text, ss, se, inside, taken, used, found, ctx, reg)
            found.sort(key=lambda f: f.start)
            if not any(f.resolved for f in found):
                seen_types = set()
                for _, a, side, typ in _mentions(text, ss, se, inside, reg):
                    t = "person" if typ == "person" else "group" if typ == "group" else "inst"
                    if t not in seen_types:
                        seen_types.add(t)
                        _push(ctx, a, side, t)
            out.extend(f for f in found if f.resolved)
    out.sort(key=lambda f: (f.start, -f.end))
    result: list[Statement] = []
    last_end = -1
    for f in out:
        if f.start < last_end or f.end <= f.start:
            continue
        last_end = f.end
        actor, side, _ = f.resolved  # type: ignore[misc]
        if side not in reg.camps:
            side = "other"
        direct = f.direct or any(inside[k] for k in range(f.start, min(f.end, f.start + 2000)))
        result.append(Statement(article_id, text[f.start:f.end], f.mention, actor, side,
                                "direct" if direct else "indirect", {}, f.start, f.end))
    return result


def _add(found: list[_Found], f: _Found, ctx: _Ctx, reg: ActorRegistry, taken: bytearray,
         inherit: _Found | None = None) -> _Found | None:
    if inherit is not None:
        f.mention, f.resolved = inherit.mention, inherit.resolved
    else:
        f.resolved = _resolve(f.mention, ctx, reg)
    if f.resolved is None or f.end <= f.start:
        return None
    actor, side, typ = f.resolved
    low = f.mention.lower().split()
    t = "person" if typ == "person" else "group" if typ == "group" else "inst"
    _push(ctx, actor, side, t)
    if low and low[-1] in _DOC_WORDS:
        _push(ctx, actor, side, "inst")
    taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    found.append(f)
    return f


def _subject(text: str, ss: int, pos: int, found: list[_Found], inside: bytearray, ctx: _Ctx,
             reg: ActorRegistry) -> _Found | None:
    """The speaker of a participle or coordinated verb: an earlier speaker of the sentence, or its subject."""
    prior = [f for f in found if f.resolved and f.start < pos]
    if prior:
        return prior[-1]
    m = re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:[A-Z][\w-]*\s+(?:[a-z]\w*\s+){0,5}?\w*,\s+)?", text[ss:pos])
    lo = ss + (m.end() if m else 0)
    pm = re.match(r"(He|She|They|It|he|she|they|it)\b", text[lo:pos])
    if pm:
        res = _resolve(pm.group(1), ctx, reg)
        return _Found(0, 0, pm.group(1), res) if res else None
    for v in _VERB_RE.finditer(text, lo, pos):
        np = _np_before(text, lo, v.start())
        if np:
            res = _resolve(text[np[0]:np[1]], ctx, reg)
            if res:
                return _Found(0, 0, text[np[0]:np[1]], res)
    ms = _mentions(text, ss, pos, inside, reg)
    if ms:
        p = ms[0][0]
        mm = re.match(r"[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*", text[p:pos])
        mention = mm.group(0) if mm else ms[0][1]
        return _Found(0, 0, mention, (ms[0][1], ms[0][2], ms[0][3]))
    return None


def _direct(text, q, ss, se, inside, taken, qstart, used, found, ctx, reg) -> _Found | None:
    content_end = q.end
    last = text[q.end - 1] if q.end > q.start else ""
    post = q.end + 1
    # (a) attribution after the quote: '"...," Fidan said' / '"...," said Fidan'
    m = re.match(r"\s*,?\s*", text[post:post + 5])
    p0 = post + (m.end() if m else 0)
    handover = last in ",?!…—–-" or text[post:post + 1] == ","
    if handover:
        window_end = min(len(text), p0 + 140)
        cut = re.search(r"[.!?;\"“”\n]", text[p0:window_end])
        if cut:
            window_end = p0 + cut.start() + 1
        for v in _VERB_RE.finditer(text, p0, window_end):
            if v.group(1) not in _ALL_VERBS or v.group(1) in _V_OBJECT:
                continue
            np = None
            if v.start() == p0:
                np = _np_after(text, v.end(), window_end)
            else:
                np = _np_before(text, p0, v.start())
                if np and text[p0:np[0]].strip(" ,"):
                    np = None
            if np is None:
                break
            f = _Found(q.start, content_end, text[np[0]:np[1]], direct=True)
            frame = max(v.end(), np[1])
            aud = _AUDIENCE.match(text, frame) if v.group(1) in ("told", "tells") else None
            if aud:
                frame = aud.end()
            adv = _ADV_AFTER.match(text, frame)
            if adv:
                frame = adv.end()
            sm = re.match(r"\s*[,.]\s*", text[frame:frame + 4])
            if sm and frame + sm.end() in qstart and not taken[frame + sm.end()]:
                q2 = qstart[frame + sm.end()]
                f.end = q2.end
                taken[q.open:q2.end + 1] = b"\x01" * (q2.end + 1 - q.open)
            used.add(v.start())
            taken[q.open:frame] = b"\x01" * (frame - q.open)
            if text[f.end - 1] == ",":
                f.end -= 1
            return _add(found, f, ctx, reg, taken)
    # (b) attribution before the quote: 'he said: "..."', 'stating, "..."'
    lo = ss
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
        for v in _VERB_RE.finditer(text, lo, lo + cm.start()):
            if inside[v.start()] or taken[v.start()]:
                continue
            gap = text[v.end():lo + cm.start()]
            if colon and len(gap) < 160 and not re.search(r"[.!?\"“”]", gap) or not gap.strip():
                best = v
        if best is not None and best.group(1) not in ("called", "calls", "call"):
            verb = best.group(1)
            used.add(best.start())
            np = None if verb in _PARTICIPLES else _np_before(text, ss if lo == ss else lo, best.start())
            if np is not None and not colon and _is_interposed(text, ss, np):
                used.discard(best.start())
                return None
            f = _Found(q.start, content_end, "", direct=True)
            if text[f.end - 1] == ",":
                f.end -= 1
            if verb in _INTRO_PART:
                for v in _VERB_RE.finditer(text, ss, best.start()):
                    used.add(v.start())
            if np:
                f.mention = text[np[0]:np[1]]
                r = _add(found, f, ctx, reg, taken)
            else:
                subj = _subject(text, ss if lo == ss else lo, best.start(), found, inside, ctx, reg)
                r = _add(found, f, ctx, reg, taken, inherit=subj) if subj else None
            if r is not None:
                taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
            return r
    # (c) 'called the sanctions "an unfriendly step"'
    cm = _CALLED.search(text[max(ss, q.open - 120):q.open])
    if cm and q.end - q.start < 200:
        vpos = max(ss, q.open - 120) + cm.start(1)
        if taken[vpos]:
            return None
        used.add(vpos)
        np = _np_before(text, ss, vpos)
        f = _Found(q.start, content_end, "", direct=True)
        if text[f.end - 1] == ",":
            f.end -= 1
        if np:
            f.mention = text[np[0]:np[1]]
            r = _add(found, f, ctx, reg, taken)
        else:
            subj = _subject(text, ss, vpos, found, inside, ctx, reg)
            r = _add(found, f, ctx, reg, taken, inherit=subj) if subj else None
        if r is not None:
            taken[vpos:q.end + 1] = b"\x01" * (q.end + 1 - vpos)
        return r
    return None


def _np_forward(text: str, s: int, e: int) -> tuple[int, int] | None:
    m = re.match(r"(?:the\s+|The\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*|\s+(?:" +
                 "|".join(w for w in _TITLE_WORDS if w.isalpha() and len(w) > 3) + r"))*", text[s:e])
    if not m or not m.group(0).strip():
        return None
    return s, s + len(m.group(0).rstrip(". "))


def _according(text, ss, se, inside, taken, found, ctx, reg) -> None:
    for m in _ACCORDING.finditer(text, ss, se):
        if inside[m.start()] or taken[m.start()]:
            continue
        np = _np_forward(text, m.end(), se)
        if not np:
            continue
        after = text[np[1]:se]
        before = text[ss:m.start()]
        if after.lstrip().startswith(",") and not re.search(r"\w", re.sub(r"^\s*(?:\d{1,2}[:.]\d{2})?", "", before)):
            s = np[1] + after.index(",") + 1
            e = se
        elif before.rstrip().endswith(",") and not after.strip(" .\"”"):
            s, e = ss, ss + len(before.rstrip()) - 1
        else:
            continue
        s, e = _trim(text, s, e, inside)
        if len(text[s:e].split()) >= 3 and not any(taken[s:e]):
            _add(found, _Found(s, e, text[np[0]:np[1]]), ctx, reg, taken)


def _nominal(text, ss, se, inside, taken, found, ctx, reg) -> None:
    for m in _NOMINAL.finditer(text, ss, se):
        if inside[m.start()] or taken[m.start(2)]:
            continue
        s = m.start(2)
        em = _NOMINAL_END.search(text, m.end(2), se)
        e = em.start() if em else se
        s, e = _trim(text, s, e, inside)
        owner = m.group(1)
        toks = owner.split()
        while toks and toks[0] in _STOP_CAP:
            toks = toks[1:]
        if len(text[s:e].split()) >= 3 and toks and not any(taken[s:e]):
            _add(found, _Found(s, e, " ".join(toks)), ctx, reg, taken)


_SPLIT = re.compile(r",?\s+(?:and|but|while)\s+(?:also\s+|then\s+|later\s+|again\s+)?(?=(?:" + "|".join(
    sorted(map(re.escape, [v for v in _ALL_VERBS if " " not in v] + ["called for", "expressed concern",
                                                                     "voiced concern"]), key=len, reverse=True))
    + r")\b)|,\s+(?=(?:adding|saying|noting|warning|insisting|stressing|arguing|urging|citing)\b)|,\s+according to\b")


def _reported(text, ss, se, inside, taken, used, found, ctx, reg) -> None:
    for v in _VERB_RE.finditer(text, ss, se):
        vs, verb = v.start(), v.group(1)
        if inside[vs] or taken[vs] or vs in used:
            continue
        before = text[max(ss, vs - 12):vs]
        if re.search(r"(?:\b(?:is|was|are|were|be|been|being|to|not|who|which)\s+|\bto\s+\w+\s+)$", before) and \
                not re.search(r"\bwho\s+$", before):
            if not re.search(r"\bwho\s+(?:\w+\s+)?$", before):
                continue
        participle = verb in _PARTICIPLES
        clause_lo = ss
        for f in found:
            if f.end <= vs:
                clause_lo = max(clause_lo, f.end)
        relative = re.search(r",\s+who\s+(?:\w+\s+){0,2}$", text[max(ss, vs - 30):vs])
        np = None
        inherit = None
        if relative:
            rel_at = max(ss, vs - 30) + relative.start()
            np = _np_before(text, ss, rel_at)
        elif not participle:
            np = _np_before(text, clause_lo, vs)
        if np is None:
            gap = text[clause_lo:vs]
            if participle or re.fullmatch(r"[\s,\"”’']*(?:(?:and|but|while)\s+)?(?:also\s+|then\s+|later\s+)?", gap) \
                    or re.search(r"[,;]\s+(?:and|but)\s+(?:also\s+|then\s+)?$", text[max(ss, vs - 15):vs]):
                inherit = _subject(text, ss, vs, found, inside, ctx, reg)
            if inherit is None:
                continue
        p = v.end()
        if np is not None and not relative and _interposed(text, ss, se, np, p, inside, taken, found, ctx, reg):
            used.add(vs)
            continue
        has_that = False
        if verb in ("told", "tells"):
            am = _AUDIENCE.match(text, p, se)
            if am:
                p = am.end()
        tm = re.search(r"(?<![\w'’-])that\s+", text[p:min(se, p + 110)])
        if tm:
            lead = text[p:p + tm.start()].strip()
            if re.search(r"[\"“”]", lead) or _VERB_RE.search(lead) or len(lead) > 70:
                pass
            elif not lead or re.match(r"(?:on|in|at|during|after|before|from|via|through|to|with|late|earlier|later|"
                                    r"last|this|while|again|also|publicly|privately|repeatedly|then|yesterday|today|"
                                    r"on|over|ahead|afterwards|separately|concern|concerns|hope|confidence|"
                                    r"doubt|doubts|fears?|alarm|regret|optimism|surprise|satisfaction)\b", lead, re.I) \
                    or verb in ("told", "tells") or "," in lead and len(lead) < 60:
                p += tm.end()
                has_that = True
        if not has_that:
            am = _ADV_AFTER.match(text, p, se)
            if am:
                p = am.end()
            if verb in ("expressed concern", "voiced concern", "expressed concerns", "voiced concerns",
                        "express concern", "raised concerns"):
                p = vs + verb.index("concern")
            elif verb in ("expressed", "voiced"):
                om = re.match(r"\s+((?:[\w-]+\s+){0,2}?)(?:concern|concerns|hope|support|regret|alarm|confidence|"
                              r"doubt|doubts|frustration|disappointment|optimism|satisfaction|readiness|willingness)"
                              r"\b", text[p:se])
                if not om:
                    continue
                p = p + om.start(1)
            elif verb in _V_WEAK and not participle:
                nxt = text[p:p + 3].lstrip()
                if not nxt[:1] in ':"“‘' and verb not in ("asked", "asks"):
                    continue
        s = p
        while s < se and text[s] in " \t:":
            s += 1
        if s >= se:
            if not participle and np and not inherit:
                _reported_before(text, ss, se, vs, np, inside, taken, found, ctx, reg)
            continue
        if not has_that and _BAD_CLAUSE_START.match(text, s) and verb not in ("expressed concern", "voiced concern"):
            if not (verb in ("called for", "calls for", "call for")):
                continue
        end = se
        sm = _SPLIT.search(text, s, se)
        while sm and inside[sm.start()]:
            sm = _SPLIT.search(text, sm.end(), se)
        if sm:
            end = sm.start()
        if relative:
            cm = re.search(r",\s+(?:[a-z]+\s+)?(?:was|is|were|has|had|did|will|would)\b", text[s:end])
            if cm:
                end = s + cm.start()
        for k in range(s, end):
            if taken[k]:
                end = k
                break
        s2, e2 = _trim(text, s, end, inside)
        if len(text[s2:e2].split()) < 2 or not re.search(r"[A-Za-z]", text[s2:e2]):
            continue
        used.add(vs)
        f = _Found(s2, e2, text[np[0]:np[1]] if np else "")
        _add(found, f, ctx, reg, taken, inherit=inherit)


def _reported_before(text, ss, se, vs, np, inside, taken, found, ctx, reg) -> None:
    """'Russia will not agree, Lavrov said.': the reported clause precedes its attribution."""
    k = np[0]
    pre = text[ss:k].rstrip()
    if not pre.endswith(","):
        return
    s, e = _trim(text, ss, ss + len(pre) - 1, inside)
    lead = re.match(r"(?:\d{1,2}[:.]\d{2}\s+)", text[s:e])
    if lead:
        s += lead.end()
    if len(text[s:e].split()) >= 3 and not any(taken[s:e]):
        _add(found, _Found(s, e, text[np[0]:np[1]]), ctx, reg, taken)


_INTRO_WORD = re.compile(r"(?:\d{1,2}[:.]\d{2}\s+)?(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|Since|From|By|With|For|"
                         r"When|While|As|Asked|Earlier|Later|Separately|Meanwhile|Still|However|But|And|Yet|Also|Then|"
                         r"Speaking|Today|Yesterday|Last|This|Once|Now)\b")


def _is_interposed(text: str, ss: int, np: tuple[int, int]) -> bool:
    """True for 'The talks, he said, were useful': the attribution interrupts the reported sentence."""
    pre = text[ss:np[0]].rstrip()
    if not pre.endswith(",") or len(pre.split()) < 1:
        return False
    body = re.sub(r"^\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)", "", text[ss:np[0]])
    return bool(body.strip(" ,")) and not _INTRO_WORD.match(body)


def _interposed(text, ss, se, np, p, inside, taken, found, ctx, reg) -> bool:
    if not _is_interposed(text, ss, np):
        return False
    am = _ADV_AFTER.match(text, p, se)
    q = am.end() if am else p
    aud = _AUDIENCE.match(text, q, se)
    if not re.match(r"\s*,", text[q:q + 3]) and aud and re.match(r"\s*,", text[aud.end():aud.end() + 3]):
        q = aud.end()
    if not re.match(r"\s*,\s*\S", text[q:q + 4]):
        return False
    lead = re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)?", text[ss:se])
    s, e = _trim(text, ss + (lead.end() if lead else 0), se, inside)
    if any(taken[s:e]) or len(text[s:e].split()) < 4:
        return False
    _add(found, _Found(s, e, text[np[0]:np[1]]), ctx, reg, taken)
    return True
