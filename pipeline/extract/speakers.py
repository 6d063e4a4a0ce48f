"""Speaker resolution: a mention as written -> (canonical actor, camp, type).

Keeps the running discourse state of one article (recent persons, groups, institutions; surnames
and titles the article introduces), resolves pronouns, titles, documents and group heads through it
and the actor registry, and records each found statement (`add_found`). Not here: finding spans
(`pipeline.extract.quotes`, `pipeline.extract.clauses`), the registry itself (`pipeline.actors`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.actors import ActorRegistry
from pipeline.extract.bodies import BODY_TITLES, article_body, local_body, state_of_title
from pipeline.extract.camps import camp_from_words
from pipeline.extract.lexicon import (BRACKETED_ACRONYM, CAPITALS, CLASS_YEAR, MINISTRY_OF, NUMBER, NUMBER_WORDS, short_ministry, DEMONYMS, DOC_WORDS, LEADER_REGIONS, GENERIC, GROUP_HEADS, INST_HEADS, INTRO_WORD, NAME_PARTICLE, ORG_WORDS,
                                      OUTLET_WORDS, PRONOUNS, STATE_OF_ADJECTIVE, STOP_CAP, TITLE_ALT, TITLE_WORDS, VERB_RE)
from pipeline.extract.documents import NAMED_AUTHOR_ONLY, document_author
from pipeline.extract.givennames import given_names
from pipeline.extract.introductions import HEAD_TITLES, HONORIFICS, Intro, intro_for, nation_key, split_title_name, title_fits, title_query
from pipeline.extract.owners import kept_possessive, owned
from pipeline.extract.phrases import np_before
from pipeline.extract.roles import ORG_ROLE_MENTION, PARTY_MENTION, ROLE_MENTION, org_role_holder, party_holder, role_holder
from pipeline.extract.handles import MARK as _MARK, owner_mention
from pipeline.extract.referents import referent
from pipeline.extract.titles import possessive_title_holder, title_holder

_OWNED_WORDS = re.compile(r"(.+?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:statement|reply|answer|response|message|"
                          r"position|verdict|reaction|words|readout|read-out|letter|post|note|terms|demands|conditions|"
                          r"proposal|plan|view|line|version|riposte|preview|memorandum|document|text|paper|"
                          r"political bureau|politburo|leadership|military wing|armed wing)$")
_RANK = re.compile(r"(?<![\w'’-])(?:(?:Brig|Maj|Lt|Col)\.?-(?:Gen|Col)\.?|(?:Gen|Lt|Col|Maj|Adm|Sgt|Capt|Cmdr|Brig|Prof)\.?|(?:Gov|Sen|Rep|Amb|Rev|Fr|Pres)\.|PM|Senator|Congressman|"
                   r"Congresswoman|(?<!Permanent\s)(?<!Special\s)(?<!High\s)(?<!Resident\s)(?<!Trade\s)Representative(?=\s+[A-Z][a-z]+\s+"
                   r"[A-Z]))\s+(?=[A-Z])")   # not "Permanent Representative Fu Cong": a diplomat's title
# a Pacific chiefly style (Fiji's "Ratu", "Adi"; Samoa's "Afioga") or a pastor's style ("Pastor", "Reverend [Elder]")
# is kept on every mention and is no part of the name (round 33: "Ratu Semi Naivalu", "Ratu Semi" are "Semi Naivalu")
_HONORIFIC = re.compile(r"(?<![\w'’-])(?:(?:His|Her)\s+(?:Royal\s+)?(?:Excellency|Highness|Majesty)|H\.?E\.?|HH|HRH|Sheikha?|"
                        r"Mr|Mrs|Ms|Mme|Mlle|Madame|Dr|Sir|Dame|Shri|Smt|Alhaji|Alhaja|Hajiya|Mallam|Malam|Hon|Ratu|Adi|Afioga|Pastor|"
                        r"Cde|Daw|U(?=\s)|Ato|Maulana|Mawlana|Oknha|"   # round 58: Zimbabwe's "Cde", Myanmar's "U" and
                        # "Daw", Ethiopia's "Ato", South Asia's "Maulana", Cambodia's "Oknha"; round 61: Ghana's
                        r"Madam|Opanin|"
                        r"Seyyed|Seyed|Sayyid|Sayed|"   # round 65: the Persian and Arabic "Seyyed" / "Sayyid"
                        r"Reverend(?:\s+Elder)?)\.?\s+(?=[A-Z])")


@dataclass
class Ctx:
    """Running discourse state: recent entities for pronoun and title resolution."""

    person: list[tuple[str, str]] = field(default_factory=list)   # (actor, side), most recent last
    group: list[tuple[str, str]] = field(default_factory=list)
    inst: list[tuple[str, str]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)            # surname -> full name (unknown persons)
    titles: dict[str, str] = field(default_factory=dict)           # title word -> actor learned from the article
    intros: list[Intro] = field(default_factory=list)              # people introduced with a title, in text order
    surnames: dict[str, str] = field(default_factory=dict)         # surname -> the one unknown full name it ends
    shadowed: dict[str, str] = field(default_factory=dict)         # a registry person's surname -> the article's one
    #                                                                other person of that surname (round 58)
    reporters: set[str] = field(default_factory=set)               # a transcript's own hosts and reporters (surnames)
    acronyms: dict[str, str] = field(default_factory=dict)         # "DFA" -> "Department of Foreign Affairs" (defined)
    home: str | None = None                                        # the article's home country, read once when needed
    pushes: int = 0                                                # how many entities were made salient so far
    last: tuple[str, str, str] | None = None                       # the entity made salient last (actor, side, type)
    things: list[tuple[str, str]] = field(default_factory=list)    # groups and institutions together, most recent last
    person_pushes: int = 0                                         # how many persons were made salient so far
    camps: dict[str, str] = field(default_factory=dict)            # unknown person -> camp of their introduction
    genders: dict[str, str] | None = None                          # name or surname -> "m"/"f" from "Mr X", "Lady Y"
    referring: int = 0                                             # nested look-backs for a referent (round 37)
    docs: list[tuple[str, str, str, str]] = field(default_factory=list)   # (document kind, its author), most recent last
    place: str = ""                                                # the state the sentence opens in ("In Seoul, ...")
    country: str = ""                                              # the state the article last stood in (dateline,
    #                                                                "In Seoul," opener): "a Foreign Ministry release"
    it_doc: tuple[str, str, str] | None = None                     # the author of the document the sentence before
    #                                                                opened with, whom this sentence's "it" means
    text: str = ""                                                 # the article, for looking back from `pos`
    pos: int = 0                                                   # where the sentence being read starts
    inside: bytearray | None = None                                # which characters of `text` are quoted words
    given: set[str] = field(default_factory=set)                   # people known by a given name ("Olena, 67,")
    spokes: tuple[str, str, str] | None = None                     # the last speaker named as a spokesperson
    near: str = ""                                                 # the state this or the sentence before opens with
    handles: dict[str, str] = field(default_factory=dict)          # masked handle word -> handle ("Qkajakallas")
    handle_names: dict[str, str] = field(default_factory=dict)     # handle -> the name it is written after (round 34)


@dataclass
class Found:
    start: int
    end: int
    mention: str
    resolved: tuple[str, str, str] | None = None
    direct: bool = False
    nominal: bool = False


_GROUP_MENTION = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:leaders|officials|ministers|"
                            r"negotiators|delegation|delegations|allies|governments|diplomats|capitals|partners|side)\b")

_COUNTED = re.compile(r"(?:[Tt]he\s+)?(?i:" + NUMBER + r")\s+(?=[A-Z])")
_COORD_ADJ = {"US", "U.S.", "UK", "U.K.", "EU", "American", "British"}
_COORD_GROUP = re.compile(r"(?<![\w'’.-])((?:U\.S\.|U\.K\.|US|UK|EU|[A-Z][a-z]+)(?:(?:,\s+|\s+and\s+|,\s+and\s+)"
                          r"(?:U\.S\.|U\.K\.|US|UK|EU|[A-Z][a-z]+)){1,4})\s+((?:(?:defen[cs]e|foreign|prime)\s+)?"
                          r"(?:leaders|delegations|presidents|ministers|governments|negotiators|mediators|heads of state))"
                          r"(?![\w'’-])")


def mentions(text: str, s: int, e: int, inside: bytearray, reg: ActorRegistry) -> list[tuple[int, str, str, str]]:
    """Registry actors and unknown full names mentioned in [s, e) outside quotes: (pos, actor, side, type)."""
    out = []
    for m in re.finditer(r"(?<![\w'’-])(?:[A-Z][\w.-]*(?:'s|’s)?)(?:\s+(?:of\s+|von der\s+|bin\s+|ibn\s+|de\s+)?"
                         r"(?:al-|el-)?[A-Z][\w.-]*(?:'s|’s)?)*",
                         text[s:e]):
        if inside[s + m.start()]:
            continue
        toks = re.sub(r"(?:'s|’s)\b", "", m.group(0)).split()
        while toks and toks[0] in STOP_CAP:
            toks = toks[1:]
        found = None
        raw = m.group(0).split()
        if any(re.search(r"(?:'s|’s)$", t) for t in raw[:-1]):   # "Ukraine's Foreign Ministry" as a whole
            for i in range(len(raw) - 1):
                actor = reg.lookup(" ".join(raw[i:]))
                if actor is not None and actor.type != "person":
                    out.append((s + m.start() + len(" ".join(raw[:i])) + (1 if i else 0), actor.name, actor.camp,
                                actor.type))
                    break
            else:
                actor = None
            if actor is not None:
                continue
        for i in range(len(toks)):
            actor = reg.lookup(" ".join(toks[i:]))
            if actor:
                if not other_first_name(toks, i, actor, reg):
                    found = (actor.name, actor.camp, actor.type)
                break
        if found is None and toks and " ".join(toks) in DEMONYMS and not re.search(r"(?:'s|’s)$", m.group(0)) and \
                re.fullmatch(r"\s*(?:(?:But|And|Yet|Meanwhile|Still)\s+)?", text[s:s + m.start()]):
            found = _state_institution(" ".join(toks), reg)   # "Iran, which borders the route, was cautious. Its
        if found is not None and found[2] == "person" and re.search(r"(?:'s|’s)$", raw[-1]):
            om = re.match(r"\s+(?:own\s+)?([a-z]+)\b", text[s + m.end():s + m.end() + 20])
            owned = _owned_by(found[0], om.group(1), reg) if om else None
            if owned is not None:                # "But Netanyahu's office fell into line": the office speaks
                found = owned
        owned_from = max((i + 1 for i, t in enumerate(raw[:-1]) if re.search(r"(?:'s|’s)$", t)), default=0)
        if found is None and len(toks) >= 2 and len(raw) - owned_from >= 2 and all(t[0].isupper() for t in toks[-2:]) and \
                not any(t.lower() in TITLE_WORDS or t.lower() in reg.camp_words for t in toks[-2:]):   # not
            # "Kherson's Korabelnyi district": an owner and its thing are no full name (round 28)
            found = (" ".join(toks[-2:]), camp_from_words(reg, " ".join(toks)), "unknown")
        if found:
            out.append((s + m.start(), *found))
    for m in _ORG_MENTION.finditer(text, s, e):        # "The Institute for the Study of War makes a similar case"
        if inside[m.start()]:
            continue
        name = re.sub(r"^(?:The|the)\s+", "", m.group(0))
        end = m.end()
        ws = name.split()
        for n in (3, 2):                         # "the Centre for Countering Disinformation Andriy Kovalenko": the
            tail = reg.lookup(" ".join(ws[-n:])) if len(ws) > n + 1 else None   # centre, then its head
            if tail is not None and tail.type == "person":
                name = " ".join(ws[:-n])
                end = m.start() + m.group(0).rindex(ws[-n])
                break
        known = reg.lookup(name)
        if known is not None and known.type == "person":
            continue
        named = end < m.end() or re.match(r"\s+[A-Z]", text[end:end + 2])   # "of the Security Council Dmitry Medvedev": the
        out = [o for o in out if not (m.start() <= o[0] < end) or named and o[3] == "person"]   # person stays
        out.append((m.start(), *((known.name, known.camp, known.type) if known else (name, "other", "inst"))))
    for m in _GROUP_MENTION.finditer(text, s, e):      # "European leaders", "the Ukrainian delegation"
        counted = _COUNTED.match(m.group(0))             # "Twenty-six EU leaders": the EU leaders, not the EU
        actor = reg.lookup(m.group(0)) or (reg.lookup(m.group(0)[counted.end():]) if counted else None)
        if actor is not None and not inside[m.start()] and actor.type != "person":
            if counted:
                out = [o for o in out if not m.start() <= o[0] < m.end()]
            out.append((m.start(), actor.name, actor.camp, actor.type))
    for m in _COORD_GROUP.finditer(text, s, e):       # "the U.S. and Ukrainian delegations": one group of both
        if inside[m.start()]:
            continue
        adjs = re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group(1))
        if len(adjs) >= 2 and all(a in DEMONYMS.values() or a in _COORD_ADJ for a in adjs):
            name = re.sub(r"U\.S\.", "US", re.sub(r"U\.K\.", "UK", f"{m.group(1)} {m.group(2)}"))
            known = reg.lookup(name)
            out = [o for o in out if not m.start() <= o[0] < m.end()]
            out.append((m.start(), *((known.name, known.camp, known.type) if known is not None
                                     else (name, camp_from_words(reg, name), "group"))))
    for m in re.finditer(r"\b[Ll]eaders of (?:the\s+)?([A-Z]\w+)", text[s:e]):
        if camp_from_words(reg, m.group(1)) == "europe" and "European leaders" in reg.actors:
            out.append((s + m.start(), "European leaders", "europe", "group"))
    out.sort()
    return out


_ORG_MENTION = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+(?=[A-Z]))?){0,3}(?:Institute|Center|Centre|Foundation|Forum|"
                          r"Group|Council|Observatory|Fund|Association)(?:\s+(?:for|of|on|and)\s+(?:the\s+)?[A-Z][\w'’-]*"
                          r"(?:\s+(?:[A-Z][\w'’-]*|of|and|for))*)?(?=[\s,.;:)])")
NAME_AT = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|von der\s+|bin\s+|al-)?[A-Z][\w'’.-]*)*")
_NOT_VERB = set("of and or in on at for to with from by as who which whose".split())


def after_intro(text: str, ss: int, pos: int, need_comma: bool = True) -> bool:
    """True for the subject of "On Friday, as Dmitriev landed, Zelenskyy was in London": a name right after a
    comma of the opening adverbial and followed by a lower-case word (its verb)."""
    if need_comma and not text[ss:pos].rstrip().endswith(","):
        words = text[ss:pos].split()             # "In Brussels, EU foreign policy chief Josep Borrell sounded ...":
        k = len(words)                           # a title chain between the comma and the name
        while k and (words[k - 1].lower() in TITLE_WORDS or re.fullmatch(r"[A-Z]{2,4}", words[k - 1])):
            k -= 1
        if k == len(words) or not k or not words[k - 1].endswith(",") or \
                not any(w.lower() in TITLE_WORDS - _FILLERS for w in words[k:]):
            return False
    m = NAME_AT.match(text, pos)
    if m is None or re.search(r"(?:'s|’s)$", m.group(0)):
        return False                             # "Dmitriev, Putin's envoy, ...": an owner, not a subject
    w = re.match(r"\s+([a-z][\w'’-]*)", text[m.end():m.end() + 30])
    return bool(w) and w.group(1) not in _NOT_VERB


# ranks, titles and party words that stand before a name and are no part of it ("Ombudsman Dmytro Lubinets",
# "Lieutenant Serhiy", "Vice-President Kashim Shettima", "Servant of the People MP Oleksandr Merezhko")
_NAME_RANKS = set(("Ombudsman Cardinal Archbishop Bishop Lieutenant Captain Colonel Major Sergeant Corporal Private "
                   "Admiral Commander Brigadier Vice-President Vice-Premier Major-General Lieutenant-General "
                   "Brigadier-General Lieutenant-Colonel Republican Democrat Democratic MP MEP MK TD MLA MSP Dr Professor Judge "
                   "Justice").split())
_ANALYSTS = {"analyst", "analysts", "strategist", "strategists", "economist", "economists"}
_NOT_ORG = set("Western Eastern Foreign Independent Other Some Many Several International Local Regional Military "
               "Defence Defense Security Energy Oil Market Political Leading Senior Top".split())
_STAFF = {"spokesman", "spokeswoman", "spokesperson", "spokespeople"} | _ANALYSTS
# an organisation's name of any length followed by its analysts or scholars (think tanks speak as themselves, side other)
_ORG_STAFF = re.compile(r"([A-Z][\w'’.-]*(?:\s+(?:(?:for|of|the|and|on)\s+){0,2}[A-Z][\w'’.-]*){1,7})\s+(?:analysts|"
                        r"scholars|experts|researchers|fellows|economists|strategists)")
_FILLERS = set("of the for and on to a an at in with".split())


def _title_word(w: str) -> bool:
    """A title word, hyphenated ones included ("Secretary-General", "Vice-President", "member")."""
    lw = w.lower().rstrip(".,")
    return lw in TITLE_WORDS or lw.rstrip("s") in TITLE_WORDS or \
        ("-" in lw and all(p in TITLE_WORDS or p in ("general", "vice", "deputy") for p in lw.split("-")))


def _given_to(words: list[str], i: int) -> bool:
    """"To" after a title or a name and before a capitalised word is a given name ("General Secretary To Lam", "the
    General Secretary of Vietnam To Lam"; round 33)."""
    return words[i] == "To" and 0 < i < len(words) - 1 and words[i + 1][:1].isupper() and \
        (_title_word(words[i - 1]) or words[i - 1][:1].isupper() and words[i - 1] not in STOP_CAP)


def titled_tail(words: list[str], reg: ActorRegistry) -> list[str] | None:
    """The person's name that ends a title chain ("Federation Council member Alexei Pushkov", "Arab League
    Secretary-General Ahmed Aboul Gheit", "Chairman of the State Duma Defence Committee Andrei Kartapolov",
    "Chinese Permanent Representative Fu Cong"): the run of two to four name words (particles inside) at the end,
    right after a title word, or after an organisation word of a chain that holds a head title; else None."""
    k = len(words)
    while k > 0 and (NAME_PARTICLE.match(words[k - 1]) and k < len(words) or _given_to(words, k - 1) or
                     words[k - 1][:1].isupper() and not
                     _title_word(words[k - 1]) and words[k - 1] not in ORG_WORDS and words[k - 1] not in STOP_CAP and
                     words[k - 1].lower() not in reg.camp_words and words[k - 1] not in DEMONYMS and
                     not re.search(r"(?:'s|’s)$", words[k - 1])):
        k -= 1
    name = words[k:]
    caps = [w for w in name if w[:1].isupper()]
    if k == 0 or not 2 <= len(caps) <= 4 or len(name) > 6 or words[k - 1].lower() in _FILLERS or \
            NAME_PARTICLE.match(name[0]) and not name[0][:1].isupper():
        return None
    before = words[k - 1]
    if _title_word(before) and (before.lower() in HEAD_TITLES or before.lower().rstrip("s") in HEAD_TITLES or
                                "-" in before or before.lower() in ("member", "members")):
        return name
    if before in ORG_WORDS and any(w.lower() in HEAD_TITLES for w in words[:k - 1]):
        return name
    if (before in DEMONYMS or before in CAPITALS or before.lower() in reg.camp_words) and k >= 3 and \
            words[k - 2].lower() in ("to", "of", "in", "for") and any(_title_word(w) for w in words[:k - 2]):
        return name                              # "Ambassador to Yemen Mohammed bin Saeed Al Jaber"
    return None


def _particle_case(word: str) -> str:
    """'Al-Maliki' -> 'al-Maliki', 'El-Sisi' -> 'el-Sisi' (a surname's particle capitalised at a sentence start)."""
    return word[0].lower() + word[1:] if re.match(r"(?:Al|El|Ad|As|Ar|An|At|Az|Ash)-[A-Z]", word) else word


def _bare_name(res: tuple[str, str, str] | None, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """A person the registry does not know, without the titles, ranks and organisation before the name:
    "DBS Bank energy analyst Suvro Sarkar" -> "Suvro Sarkar", "Captain Oleksandr" -> "Oleksandr"."""
    if res is None or res[2] not in ("person", "inst", "group") or reg.lookup(res[0]) is not None:
        return res
    bm = re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*-based\s+([A-Z].+)", res[0])
    if bm and res[2] != "person":                # "the Nairobi-based Africa Policy Institute": the institute
        known = reg.lookup(bm.group(1))
        return (known.name, known.camp, known.type) if known is not None else (bm.group(1), res[1], res[2])
    gm = re.fullmatch(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+(?:militias|rebels|fighters|factions)", res[0])
    if gm and gm.group(1) not in DEMONYMS.values() and gm.group(1).lower() not in reg.camp_words:
        known = reg.lookup(gm.group(1))          # "the Wazalendo militias": the militias' own name
        return (known.name, known.camp, known.type) if known is not None else (gm.group(1), res[1], "group")
    if res[2] == "group":
        return res
    toks = res[0].split()
    for i in range(len(toks) - 2, -1, -1):
        t = toks[i]
        rank = t in _NAME_RANKS
        if not (rank or t.islower() and t not in _FILLERS and (t in TITLE_WORDS or t.rstrip("s") in TITLE_WORDS)):
            continue
        name = toks[i + 1:]
        if len(name) > 3 or len(name) < (1 if rank else 2) or not all(
                w[:1].isupper() and w not in ORG_WORDS and w.lower() not in TITLE_WORDS and w not in _NAME_RANKS
                and w.lower() not in reg.camp_words and w not in STOP_CAP for w in name):
            return res
        if res[2] == "inst" and (rank or len(name) < 2):
            return res
        known = reg.lookup(" ".join(name))
        if known is not None:
            return (known.name, known.camp, known.type) if known.type == "person" else res
        return " ".join(name), res[1], "person"
    return res


# a name in an apposition under a diplomatic style or an honorific: "..., H.E. Mr Julian Ashcombe-Reid", "..., Mme X Y"
_STYLED_APPOSITION = re.compile(r",\s*(?:(?:H\.E\.|(?:His|Her)\s+Excellency)\s+)?(?:(?:Mr|Mrs|Ms|Mme|Mlle|Madame|Dr|Sir|"
                                r"Dame)\.?\s+)((?:[A-Z][\w'’-]+|al-[\w'’-]+|de|von|van|der)(?:\s+(?:[A-Z][\w'’-]+|"
                                r"al-[\w'’-]+|de|von|van|der)){1,3})\s*,?\s*$")


_QUOTED_TITLE = re.compile(r"(?:(?:information|reports?|a\s+report|an\s+interview)\s+(?:from|in|by|with)\s+)?"
                           r"([Tt]he\s+)?['‘]([A-Z][^'‘’\n]{1,40}?)['’]")


def resolve(mention: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """(actor, side, type) for a speaker mention, or None when it names no identifiable source. A body whose
    mention opens with another camp's nationality ("the Russian General Staff") is never that camp's body."""
    if " " in mention.strip() and _TRAILING_ADVERB.search(mention):   # "As the Embassy further stated", "Dodik, on the
        mention = _TRAILING_ADVERB.sub("", mention)                     # other hand, stated": no part of the name (round 64)
    short = _LONG_STATE_NAME.sub(lambda m: _LONG_STATE[re.sub(r"\s+", " ", m.group(1))], mention) if "Republic" in \
        mention or "Federation" in mention or "Kingdom" in mention or "America" in mention else mention
    res = resolve(short, ctx, reg) if short != mention else None   # "the Russian Federation's top diplomat", "The
    if res is not None:                          # Kingdom of Saudi Arabia's Foreign Ministry": the state's short name,
        return res                               # when it names someone (round 65)
    if ctx.shadowed:                             # "Whitaker added", after "Claire Whitaker, a lecturer": she, not
        bare = _HONORIFIC.sub("", mention.strip())   # the registry's Matthew Whitaker (round 58)
        if bare in ctx.shadowed:
            mention = ctx.shadowed[bare]
    if "," in mention and ("H.E." in mention or "Excellency" in mention or "M" in mention):
        hm = _STYLED_APPOSITION.search(mention)  # "The Ambassador of the French Republic, H.E. Mme Claire Dautremont":
        res = resolve(hm.group(1), ctx, reg) if hm is not None else None   # the person the style names, in the
        if res is not None and res[2] == "person":   # camp of the state the title names (round 34)
            state = None
            if res[1] == "other" and reg.lookup(res[0]) is None:
                camp = camp_from_words(reg, mention[:hm.start()])
                state = resolve(mention[:hm.start()], ctx, reg) if camp == "other" else ("", camp, "")
                res = res[0], state[1] if state is not None and state[2] != "person" else camp, "person"
                if res[1] != "other":
                    ctx.camps.setdefault(res[0], res[1])   # and so on every later mention
            if state is not None or res[1] != "other" or reg.lookup(res[0]) is not None:   # (else "His colleague,
                #                                  Mr X": as before)
                return res
    if "'" in mention or "‘" in mention:
        qm = _QUOTED_TITLE.fullmatch(mention.strip())   # "information from the 'Financial Times'": a publication's
        if qm is not None:                               # title in quotation marks names the outlet (round 34)
            known = reg.lookup(qm.group(2))
            if known is not None:
                return known.name, known.camp, known.type
            return ("The " if qm.group(1) else "") + qm.group(2), "other", "outlet"
    if ctx.handles and _MARK in mention:         # "@donaldtusk", "the @WhiteHouse account": the account's owner
        owned_by = owner_mention(mention, ctx.handles, ctx.handle_names, reg)   # (round 34)
        if owned_by is None:
            return None
        mention = owned_by
    if "OTUS" in mention or "Sec" in mention or "WH" in mention:   # the US government's shorthand in pool and wire
        mention = _US_SHORTHAND.sub(lambda m: _US_SHORTHANDS[m.group(0)], mention)   # copy: "POTUS", "SecState",
        #                                            "the WH press office" are the titles they stand for (round 33)
    if "MoD" in mention or "efense" in mention:  # "the Russian MoD", "Cambodia's Defense Ministry": the guide's
        mention = _DEFENCE_MINISTRY.sub("Defence Ministry", mention)      # "Defence Ministry" (round 32)
    if "State Department" in mention and reg.lookup("US State Department") is None and \
            _STATE_DEPARTMENT.fullmatch(mention.strip()):   # "The State Department said", "A State Department
        return "US State Department", camp_from_words(reg, "US"), "institution"   # spokesperson": the US one, in a
        #                                                conflict whose registry does not list it (round 39)
    if "state" in mention and _STATE_MEDIA.fullmatch(mention.strip()) and reg.lookup(mention) is None:
        return re.sub(r"^(?:[Tt]he)\s+", "", mention.strip()), "other", "outlet"   # "Russian state TV": an outlet,
        #                                                     named as written, its own voice (round 32)
    if "(" in mention:                           # "the Polish Institute of International Affairs (PISM)"
        mention = BRACKETED_ACRONYM.sub("", mention)
    if "’" in mention or "'" in mention:         # "Maya Lindgren ’27": a class year
        mention = CLASS_YEAR.sub("", mention)
    if ctx.text and ROLE_MENTION.fullmatch(mention.strip()):   # "The senior said": the person last given that role
        holder = role_holder(mention, ctx.text, ctx.pos)         # in an apposition (round 29)
        if holder is not None:
            return resolve(holder, ctx, reg)
    if ctx.text and PARTY_MENTION.fullmatch(mention.strip()):   # "so the CSU politician": the person last given that
        holder = party_holder(mention, ctx.text, ctx.pos)         # party in brackets (round 34)
        if holder is not None:
            return resolve(holder, ctx, reg)
    om = _OFFICE_OF.fullmatch(mention)
    if om is not None:                           # "his office", "Kagame's office": the office speaks for its head
        office = _office_of(om.group(1) or ("he" if om.group(0).strip().lower().startswith("his") else "she"), ctx, reg)
        if office is not None:
            return office
    om = _OFFICE_OF_NAME.fullmatch(mention) if "ffice of" in mention else None
    if om is not None:                           # "The Office of Jane Roe": the office, even with no state to name it
        office = _office_of(om.group(1), ctx, reg)   # by (round 38); "the office of President X": the presidency
        person = resolve(om.group(1), ctx, reg) if office is None and "Office" in mention else None
        if office is not None or person is not None and person[2] == "person":
            return office or (f"Office of {person[0]}", person[1], "institution")   # type: ignore[index]
    jm = _JOINT_TEAMS.fullmatch(mention.strip())
    if jm and all(a in DEMONYMS.values() or a in _COORD_ADJ for a in (jm.group(1), jm.group(2))) and \
            reg.lookup(mention) is None:         # "US and Ukrainian negotiators", "the Ukrainian and American teams":
        name = re.sub(r"U\.S\.", "US", f"{jm.group(1)} and {jm.group(2)} delegations")   # the two delegations as
        known = reg.lookup(name)                 # one group (round 20), side `other` when the camps differ (R21)
        camps = {camp_from_words(reg, "US" if a in ("U.S.", "American") else a) for a in (jm.group(1), jm.group(2))}
        return (known.name, known.camp, known.type) if known is not None else \
            (name, camps.pop() if len(camps) == 1 else "other", "group")
    if ctx.spokes is not None and _BARE_ROLE.fullmatch(mention.strip()):   # "the spokesman said" after "The prime
        return ctx.spokes                        # minister's official spokesman said": that speaker (round 28)
    om = _EMBASSY_OF.fullmatch(mention.strip()) if "mbassy of" in mention or "onsulate" in mention else None
    adj = _STATE_ADJECTIVE.get(_LONG_STATE.get(om.group(2), om.group(2))) if om else None
    if adj:                                      # "The Embassy of the Russian Federation in Accra": the guide's
        mention = f"{adj} {om.group(1)}" + (f" in {om.group(3)}" if om.group(3) else "")   # "Russian Embassy in
        #                                          Accra" (round 61)
    em = _EMBASSY_IN.fullmatch(mention.strip())
    if em and reg.lookup(mention) is None and reg.lookup(em.group(1)) is None:   # "the Ukrainian embassy in Bangkok",
        name = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", em.group(0))                     # "the Philippine Embassy in Abu
        return name, camp_from_words(reg, em.group(1)), "inst"                      # Dhabi": named as written (round 20)
    pm = POLICY_DOC.fullmatch(mention.strip()) if "'s " in mention or "’s " in mention else None
    if pm is not None:                           # "Trump's 20-point plan says": the administration that wrote it, when
        owner = resolve(pm.group(1), ctx, reg)   # the registry names one for that person (round 39)
        known = reg.lookup(owner[0]) if owner is not None and owner[2] == "person" else None
        admin = reg.lookup(f"{known.name.split()[-1]} administration") if known is not None else None
        if admin is not None and admin.type != "person":
            return admin.name, admin.camp, admin.type
    om = ORG_ROLE_MENTION.fullmatch(mention.strip()) if ctx.text and ("' " in mention or "’ " in mention or
                                                                      "'s " in mention or "’s " in mention) else None
    if om is not None and om.group(1).lower() not in reg.camp_words and om.group(1) not in DEMONYMS and \
            reg.lookup(mention) is None and reg.lookup(om.group(1)) is None:
        holder = org_role_holder(om.group(1), om.group(2), ctx.text)   # "Wawel Defence's chief executive": the person
        held = resolve(holder, ctx, reg) if holder is not None else None   # the article names so, else the
        if held is not None:                                                # organisation itself (round 59)
            return held
        return om.group(1), camp_from_words(reg, om.group(1)), "inst"
    res = _bare_name(_resolve_mention(mention, ctx, reg), reg)
    if res is None and ctx.referring < _REFERRING:   # "The agency said", "The 47-year-old said": the body or person
        ctx.referring += 1                           # the article named before (round 31); a bounded look-back, as
        try:                                         # "the Ministry of Foreign Affairs" -> "the foreign ministry" ->
            res = referent(mention, ctx.things, ctx.group, ctx.person, ctx.text, ctx.pos,   # "the Ministry of
                           lambda name: resolve(name, ctx, reg))                            # Foreign Affairs" ...
        finally:                                     # never ends (round 37)
            ctx.referring -= 1
    if res is not None and res[2] == "person" and reg.lookup(res[0]) is None:   # no person, so never whom "he"
        # means (round 28): "the Moscow Patriarchate's Department for External Church Relations" is a body, what "it"
        # means next; "The Saudi daily Okaz, which ..." an outlet, its own voice (side other)
        if _BODY_NAMED.search(res[0]) and not _ROLE_IN_NAME.search(res[0]):
            res = res[0], res[1], "inst"
        elif _OUTLET_NAMED.search(re.sub(r",\s+(?:who|which|whose)\b.*$", "", mention, flags=re.S)):
            res = res[0], "other", "outlet"
    if res is not None and kept_possessive(res[0], mention) and reg.lookup(res[0]) is None and \
            ctx.referring < _REFERRING:                  # "The Houthis' Abdulsalam", "the ICC's Registry" (round 20);
        ctx.referring += 1                               # bounded like the look-back, as a possessive inside the
        try:                                             # owner's tail could send the two readers round each other
            res = owned(mention, ctx, reg, resolve) or res   # for ever (session 34: h211-h213 crashed the extractor)
        finally:
            ctx.referring -= 1
    if res is not None and res[2] == "person" and res[0] in ctx.surnames and \
            reg.lookup(res[0]) is None and not re.match(r"\s*(?:the|a|an)\s", mention, re.I):          # "Cardinal Zuppi, Archbishop of ...": the bare surname of an apposition
        full = ctx.surnames[res[0]]              # is the one person the article named in full with it (round 20)
        known = reg.lookup(full)
        return (known.name, known.camp, known.type) if known is not None and known.type == "person" else \
            (full, res[1], "person")
    sm = _STATE_OWNED.fullmatch(res[0]) if res is not None and res[2] not in ("person", "outlet") and \
        ("'s " in res[0] or "’s " in res[0]) and reg.lookup(res[0]) is None else None
    if sm is not None and sm.group(1) in DEMONYMS and reg.lookup(sm.group(2)) is None:   # "Ukraine's Coordination
        camp = res[1] if res[1] != "other" else camp_from_words(reg, sm.group(1))   # Headquarters for ...": the
        return sm.group(2), camp, res[2]         # body's own name, the state its camp (round 39)
    om = _EMBASSY.fullmatch(mention.strip()) if res is not None and res[2] != "person" and reg.lookup(mention) is None \
        else None
    cm = _IN_CITY.match(ctx.text, ctx.pos) if om and ctx.text else None
    if cm and cm.group(1) in CAPITALS:           # "In Bangkok, the Russian embassy wrote": the embassy in that city
        return re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", om.group(0)) + " in " + cm.group(1), res[1], res[2]
    return res


_TRAILING_ADVERB = re.compile(r"(?:\s+(?:further|also|later|again|too|then|meanwhile|subsequently)|,\s+(?:on\s+the\s+other\s+"
                              r"hand|for\s+(?:his|her|its|their)\s+part|in\s+turn|however|meanwhile),?)\s*$")
_STATE_MEDIA = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)?state(?:-run|-owned|-controlled)?\s+(?:TV|television|"
                          r"broadcaster|radio|channel)")
_STATE_DEPARTMENT = re.compile(r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:US|U\.S\.|American)\s+)?State\s+Department"
                               r"(?:(?:'s|’s)?\s+spokes(?:man|woman|person))?")
_STATE_OWNED = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|’s)\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|on|"
                          r"the))*\s+[A-Z][\w'’-]*)")   # "Ukraine's Coordination Headquarters for the Treatment of ..."
POLICY_DOC = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:plan|proposal|framework|draft)(?:\s+itself)?")
_NO_SOURCE = re.compile(r"(?:the\s+|your\s+)?pool(?:er)?|(?:(?:viral|online|social\s+media|some|many)\s+)?posts|"
                        r"(?:two|three|four|five|six)|"
                        # the outlet's own earlier post ("What we got wrong: Slide 3 first said"), a post or a
                        # platform's reader note no one signs ("a viral post", "Community notes"; round 34)
                        r"(?:(?:the|our)\s+)?(?:slide|post|tweet|part|update)\s+\d{1,3}|(?:an?\s+|the\s+)?(?:viral|"
                        r"deleted|parody|fan)\s+(?:post|account|clip|video)|(?:a\s+|the\s+)?community(?:\s+notes?)?")
_US_SHORTHANDS = {"POTUS": "the US president", "VPOTUS": "the US vice president", "SecState": "the US secretary of state",
                  "SecDef": "the US defense secretary", "WH": "White House"}
_US_SHORTHAND = re.compile(r"(?<![\w'’-])(?:" + "|".join(_US_SHORTHANDS) + r")(?![\w'’-])")
_DEFENCE_MINISTRY = re.compile(r"(?<![\w'’-])(?:MoD|Defense\s+Ministry)(?![\w'’-])")
# a body's head word ending a name or before its field ("... Department for External Church Relations"), the role
# words that make such a name a person's title ("Head of the Office of the President"), and an outlet's descriptor
# before its name ("the Saudi daily Okaz", "the news site Caliber")
_BODY_NAMED = re.compile(r"(?<![\w'’-])(?:Department|Ministry|Office|Committee|Council|Agency|Commission|Association|"
                         r"Federation|Institute|Foundation|Union|Forum|Relations|Directorate|Secretariat|Network|Coalition|"
                         r"Alliance|Movement)(?:\s+(?:for|of|on)\b|$)")
_ROLE_IN_NAME = re.compile(r"(?i)(?<![\w'’-])(?:head|chief|director|chair(?:man|woman|person)?|president|minister|secretary|"
                           r"spokes(?:man|woman|person)|advis[eo]r|aide|envoy|ambassador|commissioner|governor|leader|member|"
                           r"official|representative|deputy|general|analyst)(?![\w'’-])")
_OUTLET_NAMED = re.compile(r"(?<![\w'’-])(?:daily|newspaper|weekly|tabloid|news\s+site|news\s+agency|broadcaster|magazine|"
                           r"outlet)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")


# a spokesperson re-mentioned alone ("the spokesman", "The spokeswoman"): the speaker the article last named so,
# often a body's ("A Thai government spokesperson said ... The spokesperson said"), not the registry's Peskov (R28)
_BARE_ROLE = re.compile(r"(?:[Tt]he)\s+spokes(?:man|woman|person)")
_ROLE_END = re.compile(r"(?<![\w'’-])spokes(?:man|woman|person)(?:,|\s+(?:for|of|to)\b|$)", re.I)


# two states' negotiating teams named together: one group, "<A> and <B> delegations"
_JOINT_TEAMS = re.compile(r"(?:[Tt]he\s+)?(U\.S\.|US|UK|EU|[A-Z][a-z]+)\s+and\s+(U\.S\.|US|UK|EU|[A-Z][a-z]+)\s+"
                          r"(?:negotiators|negotiating\s+teams|teams|delegations)")
# an embassy named with its city, kept as written (the city is no camp word: "in Bangkok" is not Thailand's embassy)
# (round 29: also a consulate, "the Russian Consulate General in New York")
_EMBASSY_IN = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:[Ee]mbassy|[Cc]onsulate(?:\s+[Gg]eneral)?))\s+in\s+"
                         r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_EMBASSY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:[Ee]mbassy|[Cc]onsulate(?:\s+[Gg]eneral)?)")
# an embassy named by its state in full ("the Embassy of the Russian Federation in Accra", "the Embassy of Ukraine in
# Bangkok"), and the state's long forms (round 61)
_EMBASSY_OF = re.compile(r"(?:[Tt]he\s+)?(Embassy|Consulate(?:\s+General)?)\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+)?"
                         r"[A-Z][\w'’-]*){0,4})(?:\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?")
_LONG_STATE = {"Russian Federation": "Russia", "People's Republic of China": "China", "People’s Republic of China": "China",
               "United States of America": "United States", "United Kingdom": "Britain", "Republic of Korea": "South Korea",
               "Islamic Republic of Iran": "Iran", "Republic of Türkiye": "Turkey", "Republic of Turkey": "Turkey",
               "Kingdom of Saudi Arabia": "Saudi Arabia", "State of Qatar": "Qatar", "State of Israel": "Israel",
               "State of Palestine": "Palestine", "Republic of Poland": "Poland", "Federal Republic of Germany": "Germany",
               "French Republic": "France", "Italian Republic": "Italy", "Republic of Ghana": "Ghana",
               # round 65: "the Islamic Republic's Foreign Ministry" in Iranian state copy; North Korea's long form,
               # read before South Korea's "Republic of Korea" inside it
               "Islamic Republic": "Iran", "Democratic People's Republic of Korea": "North Korea",
               "Democratic People’s Republic of Korea": "North Korea"}
_STATE_ADJECTIVE = {**DEMONYMS, "United States": "US", "Britain": "British"}
# a state's long form in a mention, possessive or not, with its article: "the Russian Federation's", "The Kingdom of Saudi
# Arabia" (never inside an embassy's name of its own: `_EMBASSY_OF` reads that; round 65)
_LONG_STATE_NAME = re.compile(r"(?:(?<![\w'’-])[Tt]he\s+)?(?<!Embassy of the )(?<!Embassy of )(?<!Consulate of the )\b(" +
                              "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _LONG_STATE), key=len, reverse=True))
                              + r")(?![\w-])")
_IN_CITY = re.compile(r"\s*(?:[•·▪*–-]\s+)?In\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s")


# a person's office as a speaker (round 18; data card R63: a president's or head of government's office is the
# actor, a minister's office is credited to the ministry)
_OFFICE_OF = re.compile(r"\s*(?:[Hh]is|[Hh]er|(?:[Tt]he\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:'s|’s))\s+office\s*")
_OFFICE_OF_NAME = re.compile(r"\s*(?:[Tt]he\s+)?[Oo]ffice\s+of\s+((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)\s*")
_OFFICE_KINDS = (("prime minister", "Prime Minister's Office"), ("president", "Presidency"))


def _office_of(owner: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The body a person's office names: the registry's entry for "<name>'s office" when it lists one, else from the
    person's title in the registry or the article ("Rwandan President" -> "Rwandan Presidency", "Israeli Defence
    Minister" -> "Israeli defence ministry"); None when the owner is no person or no title names a state and an
    office."""
    person = resolve(owner, ctx, reg)
    if person is None or person[2] != "person":
        return None
    name = person[0]
    for cand in (name, name.split()[-1]):
        known = reg.lookup(f"{cand}'s office")
        if known is not None and known.type != "person":
            return known.name, known.camp, known.type
    actor = reg.actors.get(name)
    titles = list(actor.titles) if actor is not None else []
    intro = next((i for i in reversed(ctx.intros) if i.name == name), None)
    if intro is not None and intro.state:
        titles.append(DEMONYMS.get(intro.state, intro.state) + " " + " ".join(sorted(intro.titles)))
    for title in titles:
        low = title.lower()
        if re.search(r"\b(?:vice|deputy|former|acting)\b", low):
            continue
        state = state_of_title(title)
        if not state:
            continue
        dem = "US" if state == "America" else DEMONYMS.get(state, state)
        kind = next((k for w, k in _OFFICE_KINDS if re.search(r"\b" + w + r"\b", low)), None)
        if kind is None:
            mk = re.search(r"\b(foreign|defen[cs]e|interior|finance|justice|health|energy)\s+minister\b", low)
            kind = ("defence" if mk.group(1).startswith("defen") else mk.group(1)) + " ministry" if mk else None
        if kind is None:
            continue
        known = reg.lookup(f"{dem} {kind}")
        if known is not None and known.type != "person":
            return known.name, known.camp, known.type
        seat = reg.lookup(f"{dem} government") if kind in dict(_OFFICE_KINDS).values() else None
        if seat is not None and seat.type != "person" and not seat.name.endswith("government"):
            return seat.name, seat.camp, seat.type   # "British Prime Minister's Office": Downing Street (round 26)
        return f"{dem} {kind}", person[1], "inst"
    return None


_EDITORIAL = re.compile(r"\s*(?:[Tt]he\s+)?(?:(?:daily|newspaper|weekly|paper|news\s+site|tabloid)\s+)?([A-Z].*?)(?:'s|’s)\s+"
                        r"(?:own\s+)?(?:editorial|editorials|lead\s+editorial|front\s+page|front-page\s+editorial)\s*")


_SIDE = re.compile(r"\s*[Tt]he\s+([A-Z][\w.-]*)\s+side\s*")
_CHANCELLOR = re.compile(r"\s*(?:[Tt]he\s+)?([A-Z][\w-]*)\s+[Cc]hancellor\s*")
_REAL_CHANCELLORS = {"German", "Austrian"}   # elsewhere "chancellor" is translated copy's foreign minister (chanceler)


_LEADERS_OF_STATES = re.compile(r"\s*(?:[Tt]he\s+)?[Ll]eaders\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(" + LEADER_REGIONS +
                                r")\s+(?:countries|states|nations|governments)(?:\s+and\s+.{2,30})?\s*")


_SO_CALLED = re.compile(r"(?:(?:[Tt]he\s+)?(?:[Ll]eaders|[Mm]embers)\s+of\s+)?(?:[Tt]he\s+)?so-called\s+[\"“]([^\"“”]{3,60})[\"”]")


_MEMBERS_OF_BODY = re.compile(r"(?:[Tt]he\s+)?(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance)\s+)?(?:[Mm]inisters|[Ll]eaders|"
                              r"[Hh]eads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+of\s+(?:the\s+)?"
                              r"([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,5})(?:\s+[a-z]+\s+(?:nations|countries|states))?")
_BODY_MEMBERS = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w'’.-]*(?:[\s-]+[A-Z][\w'’.-]*){0,4})\s+(?:(?:foreign|defen[cs]e|finance)\s+)?"
                           r"(?:ministers|leaders)")
_COLLECTIVE_TAIL = {"Eight", "Nine", "Seven", "Six", "Five", "Four", "Three", "Triangle", "Quartet", "Quad", "Format"}


def _body_of_members(mention: str, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """'Foreign ministers of the Group of Seven industrialized nations' -> G7 leaders (the registry's body);
    'Nordic-Baltic Eight foreign ministers' -> Nordic-Baltic Eight (a collective the registry does not know):
    the ministers of a body speak for it. A nationality ('Arab and Muslim foreign ministers') is not a body."""
    m = _MEMBERS_OF_BODY.fullmatch(mention.strip())
    if m:
        known = reg.lookup(m.group(1)) or reg.lookup("the " + m.group(1))
        if known is not None and known.type != "person" and known.name != "European leaders":
            return known.name, known.camp, known.type
        return None
    m = _BODY_MEMBERS.fullmatch(mention.strip())
    if m is None or reg.lookup(mention.strip()) is not None:
        return None
    name = m.group(1)
    words = re.split(r"[\s-]+", name)
    if any(w in DEMONYMS.values() or w in DEMONYMS or w.lower() in reg.camp_words for w in words):
        return None
    known = reg.lookup(name)
    if known is not None and known.type != "person":
        return known.name, known.camp, known.type
    if known is None and len(words) >= 2 and words[-1] in _COLLECTIVE_TAIL:
        return name, "other", "group"
    return None


_NAME_OF_ORG = re.compile(r"(.*?(?<![\w'’.-])([A-Z][\w'’.-]+(?:\s+(?:van|von|der|den|de|da|di|du|dos|ter|te|la|le))*"
                          r"\s+[A-Z][\w'’.-]+))\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?[A-Z][^,;:]*")


_PROFESSION = re.compile(r"(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s+)?(?:Economist|Analyst|Researcher|Scholar|Historian|Lawyer|"
                         r"Activist|Expert|Professor|Lecturer|Journalist|Sociologist|Political\s+scientist)\s+(?=[A-Z])")


def _resolve_mention(mention: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    bm = _body_of_members(mention, reg)
    if bm is not None:
        return bm
    nm = _NAME_OF_ORG.fullmatch(mention.strip())
    if nm and len(nm.group(1).split()) > 2 and reg.lookup(mention.strip()) is None and \
            not any(w.lower() in TITLE_WORDS for w in nm.group(2).split()):
        who = nm.group(1)
        pm = _PROFESSION.match(who)              # "Economist Bhima Rao of the Centre ...": the profession opening
        if pm is not None and len(who[pm.end():].split()) >= 2:   # the sentence is no part of the name (round 29)
            who = who[pm.end():]
        res = _resolve_mention(who, ctx, reg)   # "Helsinki-based analyst Laura Niemi of the Nordic Security
        if res is not None and res[2] == "person" and res[0].split()[-1] == nm.group(2).split()[-1]:   # Forum": the
            return res                                  # person, not the forum
    qm = _SO_CALLED.fullmatch(mention.strip())
    if qm:                                       # 'the leaders of the so-called "coalition of the willing"': the name
        known = reg.lookup(qm.group(1)) or reg.lookup("the " + qm.group(1))   # in quotes, when the registry has it
        return (known.name, known.camp, known.type) if known is not None and known.type != "person" else None
    lm = _LEADERS_OF_STATES.fullmatch(mention)
    if lm:                                       # "Leaders of ten European countries and the EU": European leaders
        adj = "European" if lm.group(1) == "EU" else lm.group(1)
        known = reg.lookup(f"{adj} leaders")
        return (known.name, known.camp, known.type) if known is not None else \
            (f"{adj} leaders", camp_from_words(reg, adj) or "other", "group")
    if reg.lookup(mention.strip()) is None:
        sm = _SIDE.fullmatch(mention)
        if sm:                                   # "The EU side said": the EU; "the Chinese side": its government
            body = reg.lookup(sm.group(1)) or (reg.lookup(f"{sm.group(1)} government")
                                               if sm.group(1) in DEMONYMS.values() else None)
            if body is not None and body.type != "person":
                return body.name, body.camp, body.type
            if body is None and sm.group(1) in DEMONYMS.values():   # "the Irish side": its government (R44 camp)
                return f"{sm.group(1)} government", camp_from_words(reg, sm.group(1)), "inst"
        cm = _CHANCELLOR.fullmatch(mention)
        if cm and cm.group(1) in DEMONYMS.values() and cm.group(1) not in _REAL_CHANCELLORS:
            res = resolve(f"{cm.group(1)} foreign minister", ctx, reg)   # "the Russian chancellor": Lavrov
            if res is not None and res[2] == "person" and reg.lookup(res[0]) is not None:
                return res
    em = _EDITORIAL.fullmatch(mention)
    if em:                                       # "Le Monde's editorial", "Bild's front page": the outlet's own voice
        owner = reg.lookup(em.group(1))          # (R27: outlets' own claims and editorials are side other)
        if owner is not None and owner.type in ("outlet", "inst"):
            return owner.name, owner.camp, owner.type
        if owner is None and em.group(1).split()[0] not in STOP_CAP:
            return em.group(1), "other", "outlet"
    sm = re.fullmatch(r"\s*(.+?)(?:'s|’s)\s+(?:own\s+)?(?:source|sources|informant|informants)(?:\s+.*)?", mention, re.S)
    if sm:                                       # "Interfax's source in the delegation": the outlet reports it
        owner = reg.lookup(sm.group(1).strip())
        if owner is not None and owner.type == "outlet" or sm.group(1).split()[-1] in OUTLET_WORDS:
            return (owner.name, owner.camp, owner.type) if owner else (sm.group(1).strip(), "other", "outlet")
    dm = re.fullmatch(r"\s*(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:statement|readout|read-out|communiqu[eé]|post|message|report)\s+"
                      r"(?:published\s+|posted\s+|released\s+)?(?:on|from|by|of)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
                      r"(?:\s+(?:presidency|government|(?:[a-z]+\s+)?ministry|military|army|office|embassy|delegation))?)"
                      r"(?:\s+(?:website|web site|site|press service|Telegram channel|account|channel))?\s*", mention)
    if dm:                                       # "a statement on the Kremlin website": the Kremlin
        owner = resolve(dm.group(1), ctx, reg)
        if (owner is None or reg.lookup(owner[0]) is None) and dm.group(1).split()[-1].islower():
            owner = resolve("the " + dm.group(1), ctx, reg)   # "a statement from the Ukrainian presidency"
        if owner is not None and reg.lookup(owner[0]) is not None:
            return owner
    vm = _ON_OUTLET.fullmatch(mention.strip())
    if vm and (vm.group(2).split()[-1] in OUTLET_WORDS or vm.group(2).split()[-1] in ("television", "TV", "radio", "media") or
               (reg.lookup(vm.group(2)) is not None and reg.lookup(vm.group(2)).type == "outlet")):
        inner = resolve(vm.group(1), ctx, reg)   # "Vice President JD Vance on Fox News": the person, not the channel
        if inner is not None and inner[2] == "person":
            return inner
    cm = _CHANNEL.fullmatch(mention.strip())
    if cm:                                       # "The Kremlin's Telegram channel", "a post on Zelensky's X account"
        owner = resolve(cm.group(1), ctx, reg)
        if owner is not None and (reg.lookup(owner[0]) is not None or owner[2] == "person"):
            return owner
    if _RESOLUTION.fullmatch(mention.strip()):   # "The resolution calls on ...": the Security Council adopted it,
        unsc = reg.lookup("UN Security Council")   # whoever drafted it (ANNOTATION.md §2, documents)
        if unsc is not None:
            return unsc.name, unsc.camp, unsc.type
    tm = re.fullmatch(r"\s*(?:[Tt]he\s+)?(?:head\s+of\s+(?:the\s+)?([A-Z][\w-]*)\s+diplomacy|([A-Z][\w-]*)\s+head\s+of\s+"
                      r"(state|government))\s*", mention)
    if tm and (tm.group(1) or tm.group(2)) in DEMONYMS.values():   # "the head of Estonian diplomacy": its foreign
        dem = tm.group(1) or tm.group(2)                            # minister; "the Russian head of state": its president
        title = f"{dem} foreign minister" if tm.group(1) else f"{dem} {'president' if tm.group(3) == 'state' else 'prime minister'}"
        res = resolve(title, ctx, reg)
        if res is not None and res[2] == "person":
            return res
    mm = re.match(r"\s*(?:[Tt]he\s+)?([A-Z][\w-]*)(?:'s|’s)?\s+(?:[Pp]ermanent\s+)?(?:[Mm]ission|[Rr]epresentation|"
                  r"[Dd]elegation|[Ee]mbassy)\s+(?:to|at|in)\s+(?:the\s+)?[A-Z]", mention)
    if mm and (mm.group(1) in DEMONYMS.values() or mm.group(1) in DEMONYMS) and reg.lookup(mention) is None and \
            camp_from_words(reg, mm.group(1)) != "other":   # "the Russian Permanent Mission to the UN": Russia's body
        return re.sub(r"^\s*(?:[Tt]he)\s+", "", mention).strip(), camp_from_words(reg, mm.group(1)), "inst"
    om = re.fullmatch(r"\s*(?:[Tt]he\s+)?(?:press\s+)?office\s+of\s+(.+?)\s*", mention, re.S)
    if om:                                       # "The office of (Israeli Prime Minister Benjamin) Netanyahu": the
        owner = resolve(om.group(1), ctx, reg)   # office the registry knows for that person
        if owner is not None and owner[2] == "person":
            office = _owned_by(owner[0], "office", reg)
            if office is not None:
                return office
    res = _resolve(mention, ctx, reg)
    if res is not None and res[2] == "inst" and res[0].lower().endswith(" cabinet") and reg.lookup(res[0]) is None:
        gov = reg.lookup(re.sub(r"(?:\s+security)?\s+cabinet$", " government", res[0], flags=re.I))
        if gov is not None:                      # "the Israeli (security) cabinet": the government speaking as such
            return gov.name, gov.camp, gov.type
    hm = _HOLDER_OF.fullmatch(mention.strip())
    dm0 = re.search(r"\b([A-Z][\w-]*)\s+[A-Z]", mention)
    if hm and dm0 and dm0.group(1) in DEMONYMS.values() and res is not None and \
            camp_from_words(reg, dm0.group(1)) not in ("other", res[1]):
        hm = None                                # "the head of the Russian General Staff" is no Ukrainian's title
    if hm and res is not None and res[2] != "person" and reg.lookup(res[0]) is not None:
        holder = _office_holder(hm.group(1).lower(), reg.lookup(res[0]), ctx, reg)
        if holder is not None:                   # "the head of the Office of the President": its head, not the office
            return holder
    if res is None or res[2] == "person" or res[1] == "other":
        return res
    dm = re.match(r"\s*(?:[Tt]he\s+)?([A-Z][\w-]*)\s+[A-Z]", mention) or \
        re.match(r"\s*(?:[Tt]he\s+)?(?:head|chief|commander)\s+of\s+the\s+([A-Z][\w-]*)\s+[A-Z]", mention)
    if dm and dm.group(1) in DEMONYMS.values() and reg.lookup(res[0]) is not None:
        camp = camp_from_words(reg, dm.group(1))
        if camp not in ("other", res[1]):
            return re.sub(r"^\s*(?:[Tt]he)\s+", "", mention).strip(), camp, "inst"
    return res


_ON_OUTLET = re.compile(r"(.+?)\s+(?:on|to|in an interview with|in)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|"
                        r"(?:[A-Z][\w-]*\s+|state\s+|national\s+|local\s+)?(?:television|TV|radio|media))")
_CHANNEL = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+)?(?:post|message|statement|video)\s+(?:published\s+|posted\s+)?"
                      r"(?:on|in)\s+)?(?:[Tt]he\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:'s|’s)\s+(?:official\s+)?"
                      r"(?:(?:Telegram|X|Twitter|Facebook|YouTube|Instagram|VK|social media|Truth Social)\s+)?"
                      r"(?:channel|account|page|feed|website)")
_RESOLUTION = re.compile(r"(?:[Tt]he\s+)?(?:(?:UN|U\.N\.|Security Council|UN Security Council|council's)\s+)?[Rr]esolution"
                         r"(?:\s+\d{3,4})?(?:\s+itself)?|[Rr]esolution\s+\d{3,4}")
_HOLDER_OF = re.compile(r"(?:[Tt]he\s+)?((?i:head|chief|chairman|chairwoman|chair|speaker|leader|secretary|director))\s+of\s+(?:the\s+)?"
                      r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[\w'’.-]+){0,6}")
_ROLE_CLASS = {"head": "head", "chief": "head", "chairman": "head", "chairwoman": "head", "chair": "head", "speaker": "head",
               "leader": "head", "director": "head", "secretary": "secretary"}


def _office_holder(role: str, inst, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The registry person whose title makes them the head (or secretary) of `inst`, in its camp; the one the
    article named most recently when several fit."""
    names = {n.lower() for n in [inst.name] + list(inst.aliases) if len(n) > 3}
    names = {re.sub(r"^the\s+", "", n) for n in names}
    cls = _ROLE_CLASS[role]
    words = ("head", "chief", "chairman", "chairwoman", "chair", "speaker", "leader", "director") if cls == "head" \
        else ("secretary",)
    hits = []
    for a in reg.actors.values():
        if a.type != "person" or a.camp != inst.camp:
            continue
        for t in a.titles:
            tl = t.lower()
            if "deputy" in tl or "vice" in tl or not any(re.search(rf"\b{w}\b", tl) for w in words):
                continue
            roles = "|".join(words)
            if any(re.search(rf"\b(?:{roles})\s+of\s+(?:the\s+)?{re.escape(n)}\b|\b{re.escape(n)}(?:'s)?\s+(?:{roles})\b", tl)
                   for n in names):
                hits.append(a.name)
                break
    if not hits:
        return None
    recent = [p for p, _ in reversed(ctx.person) if p in hits]
    pick = recent[0] if recent else hits[0] if len(hits) == 1 else None
    return (pick, reg.camp_of(pick), "person") if pick else None


_PLACE_BODY = re.compile(r"(?:[Tt]he\s+|[Aa]n?\s+)?((?i:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|defen[cs]e\s+ministry|"
                         r"foreign\s+office|foreign\s+affairs\s+ministry|"
                         r"ministry\s+of\s+defen[cs]e|(?:federal\s+)?government|presidency|presidential\s+office))"
                         r"(?:\s+(?:statement|release|readout|read-out|spokes(?:man|woman|person)|official))?")
_CAPITAL_BODY = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|’s)\s+((?i:foreign\s+ministry|defen[cs]e\s+ministry|"
                           r"presidential\s+office|presidency|government)|[a-z]{4,}\s+ministry)")   # "Kyiv's transport
#                                                                                        ministry" (round 36)


def _place_body(clean: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """A state body named without its state: "Seoul's presidential office" (a capital's), and, in a sentence that
    opens "In Seoul," / "In Japan,", "the Foreign Ministry", "a Foreign Ministry spokesperson", "the presidency":
    that state's body (the registry's when it knows it, else named as the guide names them)."""
    cm = _CAPITAL_BODY.fullmatch(clean)
    state = CAPITALS.get(cm.group(1), "") if cm else ""
    body = cm.group(2) if state else ""
    im = re.fullmatch(r"(.+?)\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})", clean) if not state else None
    bm = _PLACE_BODY.fullmatch(im.group(1)) if im and im.group(2) in CAPITALS else None
    if bm is not None:                           # "the Ministry of Foreign Affairs in Port Sudan": that capital's
        state, body = CAPITALS[im.group(2)], bm.group(1)
    if not state and (ctx.place or ctx.near):   # "In Seoul, ...", or for a ministry "Seoul's reaction was
        bm = _PLACE_BODY.fullmatch(clean)        # measured." before it (round 31)
        if bm is None or not ctx.place and not re.search(r"(?i)ministry|office$", bm.group(1)):
            return None
        state, body = ctx.place or ctx.near, bm.group(1)
    if not state:
        return None
    body = re.sub(r"^federal\s+", "", MINISTRY_OF.sub(lambda m: short_ministry(m.group(1)), body).lower())
    res = _state_institution(f"{state}'s {body}", reg) or resolve(f"{state}'s {body}", ctx, reg)
    if res is None or res[2] == "person" or res[0].lower().startswith(state.lower() + "'"):
        return None
    return res


def _resolve(mention: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    label = mention.strip().isupper()            # a transcript's label ("REID"): no surname look-up
    mention = re.sub(r",\s+(?:who|which|whose|where)\b.*$", "", mention, flags=re.S)   # "Ushakov, who sat in with
    if re.fullmatch(r"[A-Z][A-Z.'’ -]{2,40}", mention.strip()) and re.search(r"[A-Z]{3}", mention) and \
            reg.lookup(mention) is None and (re.search(r"[ .]", mention.strip()) or len(mention.strip()) > 5 or
                                             reg.lookup(mention.title()) is not None):
        mention = mention.title()                # a transcript's label ("SEN. SHAHEEN", "RUBIO"), not "OCHA"
    mention = re.sub(r"\s*\((?:[RDI]|Rep|Dem|GOP)[-–][^()]{1,20}\)|,\s+[RDI]-[A-Z][\w.]{0,6}(?:,|$)", "", mention)
    # "Gregory Meeks (D-N.Y.)", "Sen. Roger Wicker, R-Miss.,": the name without the party tag
    pm = re.fullmatch(r"\s*((?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|de|van|von|der)(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|de|"
                      r"van|von|der)){1,4})\s*\(\s*([A-Z][^()\n]{1,50})\)\s*", mention)
    if pm and not reg.lookup(mention):          # "Fu Cong (China)", a meeting record's speaker: the person, in the
        res = resolve(pm.group(1), ctx, reg)     # camp of the state in brackets when the registry does not know them
        if res is not None and res[2] == "person":
            side = res[1] if reg.lookup(res[0]) is not None else camp_from_words(reg, _plain_state(pm.group(2))) \
                if camp_from_words(reg, _plain_state(pm.group(2))) != "other" else res[1]
            return res[0], side, res[2]
    km = re.fullmatch(r"\s*(?:Sir|Dame)\s+([A-Z][\w'’-]+)\s*", mention)
    if km:                                       # "Sir Keir": the knight the registry knows by that first name
        hits = [a for a in reg.actors.values() if a.type == "person" and a.name.split()[0] == km.group(1)]
        if len(hits) == 1:
            return hits[0].name, hits[0].camp, "person"
    mention = re.sub(r"^\s*(?:His|Her)\s+(?:Royal\s+)?(?:Excellency|Highness|Majesty)\s+(?=the\s+[A-Z])", "", mention)
    # "His Excellency the Prime Minister": the title that follows
    mention = re.sub(r"(?:'s|’s)$", "", _HONORIFIC.sub("", _RANK.sub("", mention)).strip())   # Dmitriev": the name
    low = mention.lower().strip()
    if low in ("we", "i", "us", "you"):          # the journalist or an unnamed voice
        return None
    if _NO_SOURCE.fullmatch(low):                # the pool reporter's own notes ("Pool notes", "your pooler"), posts
        return None                              # no one signs ("CLAIM: Posts say"), a count ("Two claims"; round 33)
    if re.fullmatch(r"(?:his|her)\s+(?:royal\s+)?(?:excellency|highness|majesty)", low) and ctx.person:
        a, side = ctx.person[-1]                 # "His Excellency underlined that ...": whom the article is about
        return a, side, "person"
    om = re.fullmatch(r"(his|her)\s+(?:own\s+|first\s+|latest\s+|final\s+)?(?:summary|verdict|message|answer|reply|response|"
                      r"reaction|advice|assessment|conclusion|plea|warning|retort|diagnosis|words|view|take|position)"
                      r"(?:\s+(?:to|on)\s+.*)?", low)
    if om:                                       # "His summary: ...": the man the pronoun means, not a body
        return _resolve("he" if om.group(1) == "his" else "she", ctx, reg)
    if low == "it" and ctx.it_doc is not None:   # "The Russian memorandum ... made ... | It also demanded": the
        return ctx.it_doc                        # document the sentence before opened with speaks for its author
    if low in PRONOUNS:
        g = PRONOUNS[low]
        pool = {"m": ctx.person, "f": ctx.person, "group": ctx.group or ctx.inst, "inst": ctx.things}
        lst = pool[g]
        if g in "mf":                            # "she" skips the men the registry knows, "he" the women
            lst = [p for p in lst if _gender(p[0], reg, ctx) in ("", g)]
        if not lst and g in "mf" and ctx.text and ctx.pos > 0:   # no one of that sex in the discourse yet: the last
            titled = [m for m in _SEXED.finditer(ctx.text, 0, ctx.pos)   # "Baroness Quill" / "Mr Hale" of the text
                      if (m.group(1) in _MALE) == (g == "m") and not (ctx.inside and ctx.inside[m.start()])]
            res = _resolve(titled[-1].group(0), ctx, reg) if titled else None
            if res is not None and res[2] == "person":
                return res
        if lst:
            a, side = lst[-1]
            return a, side, "person" if PRONOUNS[low] in "mf" else "group"
        return None
    held = possessive_title_holder(mention, reg)
    if held is not None:                         # "Poland's prime minister", "the Kremlin's spokesman": the registry's
        return held                              # holder of that title (round 26)
    km = re.search(r",\s+(?:the\s+)?(?:so-called|so\s+called|known\s+as)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*$",
                   mention)
    if km:                                       # "the foreign ministers of ..., Egypt, the so-called Quad": the name
        known = reg.lookup(km.group(1))          # the article gives the group
        res = (known.name, known.camp, known.type) if known is not None else (km.group(1), camp_from_words(reg, 
            mention), "group")
        push(ctx, res[0], res[1], "group")
        return res
    pm = _PARTY_GROUP.fullmatch(mention)
    if pm and reg.lookup(mention.strip()) is None:   # "Labour MPs", "German MPs", "Tory backbenchers": a party's or
        name = re.sub(r"^(?:the|The)\s+", "", mention.strip())   # a state's legislators as a group, never a person
        return name, camp_from_words(reg, name), "group"         # whose "surname" is "MPs"
    local = local_body(re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.I), ctx, reg)
    if local is not None:                        # "Malacañang", "the DMW", "the Department of Migrant Workers" in a
        return local                             # Manila-datelined article: the country-qualified body (R62)
    placed = _place_body(re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.I), ctx, reg) \
        if reg.lookup(mention.strip()) is None else None
    if placed is not None:                       # "In Seoul, the Foreign Ministry said", "Seoul's presidential office"
        return placed
    fm = _PLACE_BODY.fullmatch(re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.I))
    if fm and ctx.country and fm.group(1)[:1].isupper() and \
            not any(fm.group(1).lower() in a.lower() for a, _ in ctx.things):   # "a Foreign Ministry release" in a
        res = _place_body(fm.group(0), Ctx(place=ctx.country), reg)           # TOKYO-datelined article, no
        if res is not None:                                                  # foreign ministry named before
            return res
    if "," in mention:                           # "Its spokesman, Hazem Qassem" / "Bankole Adeoye, the AU's ..."
        return _listed_group(re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.I), reg) or \
            _resolve_apposition(mention, ctx, reg)
    clean = re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.I)
    bm = re.match(r"[A-Z][\w.]*-(?:backed|led|allied|aligned|controlled|run|supported|affiliated)\s+(?=[A-Z])", clean)
    if bm and reg.lookup(clean) is None:         # "the RSF-backed Tasis coalition": the coalition the registry knows
        inner = resolve(clean[bm.end():], ctx, reg)
        if inner is not None and reg.lookup(inner[0]) is not None:
            return inner
    tm = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the)){0,5})", clean)
    if tm and len(tm.group(1).split()) >= 2 and tm.group(1).split()[0].lower() in TITLE_WORDS:
        toks = tm.group(1).split()               # "President Abdel Fattah al-Sisi of Egypt": the person the
        for i in range(1, len(toks) - 1 + 1):    # registry knows by the name before "of"
            known = reg.lookup(" ".join(toks[i:]))
            if known is not None and known.type == "person" and toks[i][:1].isupper() and \
                    all(t.lower() in TITLE_WORDS for t in toks[:i]):
                return known.name, known.camp, known.type
    rm = re.fullmatch(r"((?i:president|prime\s+minister|chancellor|king|emir))\s+of\s+the\s+(?:Republic|Kingdom|State|"
                      r"Federation|Confederation|country)", clean)
    if rm and reg.lookup(clean) is None:         # "The President of the Republic": the article's president, as "the
        res = resolve(f"the {rm.group(1).lower()}", ctx, reg)   # president" (formal copy names no state)
        if res is not None and res[2] == "person":
            return res
    sm = re.fullmatch(r"((?i:president|prime\s+minister|foreign\s+minister|minister\s+for\s+foreign\s+affairs|"
                      r"minister\s+of\s+foreign\s+affairs|defen[cs]e\s+minister|chancellor|king|emir|crown\s+prince))\s+of\s+"
                      r"(?:the\s+)?(.+)", clean)
    if sm and _plain_state(sm.group(2)) in DEMONYMS and reg.lookup(clean) is None:
        title = re.sub(r"minister (?:for|of) foreign affairs", "foreign minister", sm.group(1).lower())
        res = resolve(f"{DEMONYMS[_plain_state(sm.group(2))]} {title}", ctx, reg)   # "the President of Ukraine",
        if res is not None and res[2] == "person":                                  # "the President of the Russian
            return res                                                              # Federation": the holder
    fm = re.fullmatch(r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:faction|bloc|alliance|party|movement|coalition|group|"
                      r"list)(?:\s*,.*)?", clean, re.S)
    if fm and reg.lookup(clean) is None:         # "The Hayastan faction": the party the registry knows as "Hayastan"
        known = reg.lookup(fm.group(1))
        if known is not None and known.type in ("group", "inst", "institution"):
            return known.name, known.camp, known.type
    om = re.match(r"(outgoing|former|then|ex-|previous|late)\s*(.+)$", clean, re.I)
    if om and ctx.person and len(om.group(2).split()) >= 2:   # "the outgoing US president": not the registry's
        bare = " ".join(w for w in om.group(2).split()          # current holder of the title, the one named before
                        if not (w.lower() in reg.camp_words or w in DEMONYMS or w in DEMONYMS.values()))
        if bare != om.group(2) and bare:
            res = resolve(f"the {om.group(1).lower()} {bare}", ctx, reg)
            if res is not None and res[2] == "person" and any(a == res[0] for a, _ in ctx.person):
                return res
    gm = re.fullmatch(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?:'s|’s)\s+(government|administration|cabinet)", clean)
    if gm and reg.lookup(clean) is None:         # "Burhan's government": the government of the leader's camp
        owner = reg.lookup(gm.group(1))
        if owner is not None and owner.type == "person":
            hits = [a for a in reg.actors.values() if a.type != "person" and a.camp == owner.camp and
                    a.name.lower().endswith(" " + gm.group(2))]
            if len(hits) == 1:
                return hits[0].name, hits[0].camp, hits[0].type
    titled = title_holder(mention, ctx, reg, resolve)
    if titled is not None:                       # "the Cardinal", "the President", "the DFA chief": the person the
        return titled                            # article last introduced with that title (round 19)
    back = _capital_back(mention, clean, ctx, reg)
    if back is not None:                         # "the Ministry", "the Council", "the Minister": named before
        return back
    if _FORMAL_STATE.fullmatch(clean) and reg.lookup(clean) is None and _plain_state(clean) != clean:
        return resolve(_plain_state(clean), ctx, reg)   # "the Russian Federation", "the Republic of Azerbaijan"
    rm = _REP_OF.fullmatch(clean) or _REP_POSS.fullmatch(clean) or (
        None if reg.by_title(clean) else re.fullmatch(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:'s|’s)\s+(?:UN\s+)?ambassador", clean))
    if rm and reg.lookup(clean) is None:         # "the representative of China", "the delegate of the Russian
        state = _government_of(_plain_state(rm.group(1)), ctx, reg)   # Federation", "Slovenia's representative": the
        if state is not None:                    # government that speaks through them (data card rule 23); a person
            return state[0], state[1], "person"  # for "he" after it
    pm = _PLACE_TAIL.search(clean)
    if pm and not re.match(r"(?:(?:senior|top)\s+)?(?:officials?|diplomats?|negotiators?|sources?)\b", clean, re.I):
        body, place = clean[:pm.start()], clean[pm.start():].split(None, 1)[1]
        inner = resolve(body, ctx, reg) if any(w[:1].isupper() for w in body.split()) else None
        if inner is not None and (reg.lookup(inner[0]) is not None or inner[1] != "other" and re.search(   # "The
                r"\b(?:embassy|mission|delegation|ministry|office|consulate)$", body, re.I)):   # Palestinian Authority
            return inner                         # in Ramallah", "The Russian embassy in Washington": not the place
        bm = re.search(r"\b(?:ministry|ministry of [\w ]+|government|parliament|presidency)"
                       r"(\s+(?:statement|release|readout|spokes(?:man|woman|person)))?$", body, re.I)
        if (inner is None or inner[1] == "other") and place in CAPITALS and bm:
            body = body[:bm.start(1)] if bm.group(1) else body   # "a Foreign Ministry release in Tokyo": Japan's
            body = re.sub(r"^(?:an?|the)\s+", "", body, flags=re.I)
            own = resolve(f"{CAPITALS[place]}'s {body}", ctx, reg)   # "the foreign ministry in Moscow": Russia's
            if own is not None and (own[1] != "other" or own[0].split()[0] == DEMONYMS.get(CAPITALS[place])):
                return own
    pm = re.fullmatch(r"(?:the\s+)?press\s+(?:service|office)\s+of\s+(?:the\s+)?(.+)", clean, re.I) or \
        re.fullmatch(r"(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,3}?)press\s+(?:service|office)", clean) or \
        re.fullmatch(r"(?:the\s+)?((?:[\w'’-]+\s+){0,3}?[\w-]+(?:'s|’s))\s+press\s+(?:service|office)", clean, re.I)   # "the Kremlin press service"
    if pm:                                       # "the press service of the Kremlin": the body it speaks for
        inner = resolve(re.sub(r"(?:'s|’s)\s*$", "", pm.group(1).strip()), ctx, reg)
        if inner is not None and inner[2] == "person":
            office = _owned_by(inner[0], "office", reg)
            return office if office is not None else inner
        return inner
    om = _OFFICIAL_NAME.fullmatch(clean)
    if om:                                       # "the Ministry of Foreign Affairs of Russia", "the Office of the
        state = _plain_state(om.group(2))       # President of Ukraine"
        head = short_ministry(om.group(1))
        if head is not None:
            inner = resolve(f"{state}'s {head}", ctx, reg)
            if inner is not None and inner[2] != "person":
                return inner
        known = reg.lookup(om.group(1))
        if known is not None and known.type != "person" and known.camp == camp_from_words(reg, state):
            return known.name, known.camp, known.type
    om = _POSS_MINISTRY.fullmatch(clean)
    if om and reg.lookup(clean) is None:         # "Egypt's Ministry of Foreign Affairs", "the UAE's Ministry of Defence"
        kind = short_ministry(om.group(2)) or f"{om.group(2).lower()} ministry"
        inner = resolve(f"{om.group(1)}'s {kind}", ctx, reg)
        if inner is not None and inner[2] != "person":
            return inner
    om = _ADJ_MINISTRY.fullmatch(clean)
    if om and reg.lookup(clean) is None and om.group(1).lower() in reg.camp_words:   # "the Cambodian Ministry of
        inner = resolve(f"{om.group(1)} {short_ministry(om.group(2))}", ctx, reg)
        if inner is not None and inner[2] != "person":                                # National Defence"
            return inner
    fm = re.fullmatch(r"(?:[Mm]inistry\s+of\s+(Foreign\s+Affairs|Defen[cs]e)|(Foreign|Defen[cs]e)\s+Ministry)", clean)
    if fm and reg.lookup(clean) is None:         # "The Ministry of Foreign Affairs expresses ...": the article's
        inner = resolve("the " + short_ministry(fm.group(0)), ctx, reg)
        if inner is not None:                    # foreign ministry named before, as "the foreign ministry" is
            return inner
    om = _BODY_OF_STATE.fullmatch(clean)
    if om and reg.lookup(clean) is None:         # "the foreign ministry of Egypt" = "Egypt's foreign ministry"
        state = _plain_state(om.group(2))
        inner = resolve(f"{state}'s {re.sub(r'^(?:royal|federal|national) ', '', om.group(1).lower())}", ctx, reg)
        if inner is not None and inner[2] != "person" and (reg.lookup(inner[0]) is not None or state in DEMONYMS or
                                                           state in CAPITALS or state.lower() in reg.camp_words):
            return inner                         # not "the Ministry of External Affairs" -> "External Affairs's ministry"
    om = _GROUP_OF_PERSON.match(clean) if not _OF_PLURAL_NAME.fullmatch(clean) else None
    if om:                                       # "the Republican Party of the former president Serzh Sargsyan"
        inner = resolve(om.group(1), ctx, reg)
        if inner is not None and inner[2] != "person":
            return inner
    om = _NAME_OF.match(clean)
    if om and not reg.lookup(clean) and om.group(1).split()[-1] not in ORG_WORDS and not any(re.search(r"(?:'s|’s)$", w) or w.lower() in TITLE_WORDS
                                                for w in om.group(1).split()):   # "Luigi Scazzieri of the EU Institute ..."
        return resolve(om.group(1), ctx, reg)
    words = clean.split()
    if clean.lower() in GENERIC or re.fullmatch(r"(?:this|these|our)\s+(?:[a-z]+\s+)?(?:summary|summaries|article|report|piece|"
                                                r"explainer|briefing|page|blog|story|list|timeline|guide|newsletter|"
                                                r"roundup|digest|overview|analysis|column)", clean, re.I):
        return None                              # "This summary sets out ...": the article itself, no source
    am = re.fullmatch(r"([A-Z][\w-]*)\s+(?:authorities|leadership)", clean)
    if am and am.group(1) in DEMONYMS.values():   # "the Ukrainian authorities": the government (the guide's name)
        known = reg.lookup(f"{am.group(1)} government")
        if known is not None:
            return known.name, known.camp, known.type
        camp = camp_from_words(reg, am.group(1))
        if camp:
            return f"{am.group(1)} government", camp, "institution"
    doc = document_author(mention, ctx)
    if doc is not None:                          # "The statement said": the author of the statement named earlier
        return doc
    cm = re.match(r"([A-Z][\w-]+)(?:'s|’s)\s+(.+)$", clean)
    if cm and cm.group(1) in CAPITALS and reg.lookup(clean) is None:   # "Kyiv's negotiators" = "Ukraine's negotiators"
        actor = reg.lookup(f"{CAPITALS[cm.group(1)]}'s {cm.group(2)}")
        if actor is not None and actor.type != "person":
            return actor.name, actor.camp, actor.type
    if cm and reg.lookup(clean) is None:         # "Israel's Channel 12", "Russia's TASS": the outlet the registry knows
        named = reg.lookup(cm.group(2))
        if named is not None and named.type == "outlet":
            return named.name, named.camp, named.type
        if named is None and (cm.group(1) in DEMONYMS or cm.group(1) in CAPITALS) and \
                re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+)*(?:Channel|TV|Radio|Kan|Network)\s+\d{1,3}|(?:[A-Z][\w'’.-]*\s+)*"
                             r"(?:" + "|".join(sorted(OUTLET_WORDS, key=len, reverse=True)) + r")", cm.group(2)):
            return cm.group(2), "other", "outlet"     # an outlet the registry lacks speaks for itself (side other)
    om = _OWNED_WORDS.match(clean)
    if om and not reg.lookup(clean):             # "Moscow's reply", "Baku's standing terms": the owner speaks
        owner = resolve(om.group(1), ctx, reg)
        if owner is not None and (reg.lookup(owner[0]) or owner[0] in ctx.camps or owner[0] in ctx.names.values()):
            return owner
    if len(words) in (2, 3) and words[0].lower() in ("his", "her") and re.fullmatch(
            r"(?:own\s+|first\s+|final\s+|latest\s+)?(?:answer|reply|response|verdict|reaction|view|position|words|message|"
            r"terms|conditions|demands)", " ".join(words[1:]).lower()):
        return resolve("he" if words[0].lower() == "his" else "she", ctx, reg)   # "His answer: ..." is his
    if words and words[0].lower() in ("its", "his", "her", "their"):
        parts = split_title_name(words[1:], reg) if len(words) > 2 else None
        if parts is not None:                    # "his foreign policy aide Yuri Ushakov": the name decides
            return resolve(" ".join(parts[2]), ctx, reg)
        head = words[-1].lower()
        pool = ctx.group + ctx.inst if words[0].lower() == "their" else ctx.inst + ctx.group
        if head in DOC_WORDS and (ctx.group or ctx.inst):
            a, side = (ctx.group or ctx.inst)[-1] if words[0].lower() == "their" else \
                (ctx.things or ctx.inst or ctx.group)[-1]   # "its statement": the body or group named last
            return a, side, "group"
        if ctx.titles.get(head):
            a = ctx.titles[head]
            return a, reg.camp_of(a), "person"
        if head in _MEMBERS and words[0].lower() in ("its", "their") and pool:
            a, side = (ctx.things or pool)[-1]   # "Its analysts argued" -> the think tank named last
            return a, side, "inst"
        return _owned_institution(words, ctx, reg)
    am = re.fullmatch(r"(?:senior\s+)?(?:analysts|experts|researchers|economists|strategists|scholars|fellows)\s+(?:at|of|from|with)\s+"
                      r"(?:the\s+)?([A-Z].+)", clean, re.I)
    if am:                                       # "Analysts at the Institute for the Study of War": the institute
        inner = resolve(am.group(1), ctx, reg)
        if inner is not None and inner[2] != "person":
            return inner
    if _SG_VOICE.fullmatch(clean):               # "the Secretary-General's spokesperson", "a spokesman for Secretary-
        un = reg.lookup("United Nations")        # General António Guterres": the UN speaks (data card rule 11)
        return (un.name, un.camp, un.type) if un is not None else ("United Nations", "other", "inst")
    sm = re.fullmatch(r"(?:(?:a|an|the)\s+)?(?:spokesman|spokeswoman|spokesperson|spokespeople|official)\s+for\s+(.+)", clean,
                      re.I)
    if sm:                                       # "a spokesperson for the UN secretary-general": the body (rule 11)
        inner = resolve(sm.group(1), ctx, reg)
        if inner is not None and inner[2] == "person":
            return _owned_by(inner[0], "office", reg) or inner
        return inner
    head_of = _head_of(clean, reg)
    if head_of is not None:                      # "the head of state", "the head of the Russian Foreign Ministry"
        res = resolve(head_of, ctx, reg)
        if res is not None and res[2] == "person":
            return res
    hm = re.match(r"(?:head|chief|leader|chairman|chair|director|secretary|spokesman|spokeswoman|spokesperson)\s+of\s+"
                  r"(?:the\s+)?\S", clean, re.I)
    if hm and reg.lookup(clean) is None and clean.split()[-1][:1].islower() and not NAME_PARTICLE.match(clean.split()[-1]):   # "the head of the Russian delegation":
        # a person, not the delegation ("Secretary of State Marco Rubio" is a name)
        cands = [a for a in reg.by_title(clean) if reg.lookup(a) and reg.lookup(a).type == "person"]
        if cands:
            return cands[0], reg.camp_of(cands[0]), "person"
        if ctx.person and mention.strip()[:4].lower() == "the ":
            a, side = ctx.person[-1]             # named a sentence or two ago
            return a, side, "person"
        return None
    listed = _listed_group(clean, reg)
    if listed is not None:
        return listed
    for i in range(len(words)):
        if i > 0 and i == len(words) - 1 and words[i] in ORG_WORDS:
            break                                # "the Arab Group" is not whatever "the group" names
        if i > 0 and i == len(words) - 1 and words[i].lower() == "leaders" and \
                (words[i - 1] in ORG_WORDS or re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", words[i - 1])) and \
                camp_from_words(reg, " ".join(words[:i])) == "other":
            break                                # "Forum Leaders", "ASEAN leaders": that body's leaders as one, not
            #                                      whoever "the leaders" names ("Nordic leaders" still do; round 33)
        actor = reg.lookup(" ".join(words[i:]))
        if actor:
            if other_first_name(words, i, actor, reg):
                break
            return actor.name, actor.camp, actor.type
    if words and words[-1].lower() in ("source", "sources") or re.search(r"\bpeople (?:familiar|close|briefed)\b", low):
        return None                              # anonymous sources are no statements (data card rule 11)
    if words and words[-1].lower() in ("spokesman", "spokeswoman", "spokesperson", "official", "officials") \
            and not any(w[0].isupper() for w in words[-1:]) and \
            not (re.match(r"(?:the|The)\s", mention.strip()) and any(reg.lookup(a) and reg.lookup(a).type == "person"
                                                                     for a in reg.by_title(clean))):
        # "a Kremlin spokesman" is the Kremlin; "the Kremlin spokesman" is the registry's holder of the title
        inner = [w for w in words[:-1] if w.lower() not in ("senior", "a", "an", "the", "top", "unnamed", "another")]
        for n in range(len(inner), 0, -1):       # "a Kremlin spokesman", "Ukrainian officials": the institution
            for i in range(len(inner) - n + 1):
                part = " ".join(inner[i:i + n])
                actor = reg.lookup(part) or reg.lookup(part + " government") or _country_of(part, reg)
                if actor and actor.type != "person":
                    return actor.name, actor.camp, "inst"
    if len(words) in (2, 3, 4) and words[-1].lower() in _STAFF and not reg.by_title(clean):
        org = [w for w in words[:-1] if w.lower() not in ("a", "an", "the", "senior", "top", "unnamed", "another")]
        if org and not org[-1].endswith(("'s", "’s")) and all(w[:1].isupper() and w not in DEMONYMS and w not in DEMONYMS.values() and w.lower() not in
                       reg.camp_words and w.lower() not in TITLE_WORDS and w not in STOP_CAP and w not in _NOT_ORG for w in org):
            known = reg.lookup(" ".join(org))   # "a Hapag-Lloyd spokesperson", "JPMorgan analysts": the company
            if known is not None:
                return (known.name, known.camp, known.type) if known.type != "person" else None
            side = "other" if words[-1].lower() in _ANALYSTS else camp_from_words(reg, " ".join(org))
            return " ".join(org), side, "inst"
    om = _ORG_STAFF.fullmatch(clean)
    if om and any(w in ORG_WORDS for w in om.group(1).split()) and not reg.by_title(clean):
        known = reg.lookup(om.group(1))          # "Institute for the Study of War analysts", "Center for Strategic and
        if known is not None and known.type != "person":   # International Studies scholars": the organisation
            return known.name, known.camp, known.type       # (round 20)
        return om.group(1), "other", "inst"
    pm = re.match(r"(?:senior\s+|top\s+)?(?:officials?|diplomats?|negotiators?)\s+(?:in|from)\s+(?:the\s+)?(.+)$", clean, re.I)
    if pm:                                       # "officials in Kyiv": the institution of the place
        actor = reg.lookup(pm.group(1))
        if actor is not None and actor.type != "person":
            return actor.name, actor.camp, "inst"
    if words and words[-1].lower() in DOC_WORDS and words[-1][:1].islower():
        for n in range(len(words) - 1, 1, -1):   # "the State Department readout": the longest known author
            for i in range(len(words) - n):
                actor = reg.lookup(" ".join(words[i:i + n]))
                if actor is not None and actor.type != "person":
                    return actor.name, actor.camp, actor.type
        for w in words[:-1]:                     # "a Kremlin statement", "the coalition's own statement"
            actor = reg.lookup(re.sub(r"(?:'s|’s|'|’)$", "", w))
            if actor is not None:
                return actor.name, actor.camp, actor.type
        for w in words[:-1]:                     # "the Russian memorandum", "the Ukrainian text": the state's
            state = STATE_OF_ADJECTIVE.get(w)    # government wrote it (round 30)
            actor = reg.lookup(state) if state else None
            if actor is not None and actor.type != "person":
                return actor.name, actor.camp, actor.type
        pool = ctx.group + ctx.inst
        if pool and words[-1].lower() not in NAMED_AUTHOR_ONLY:   # a release: only the author the article named for
            #                                                       it, never the body named last (round 31)
            a, side = (ctx.group or ctx.inst)[-1]
            return a, side, "group"
        return None
    parts = split_title_name(words, reg)
    if parts is not None and not reg.lookup(" ".join(parts[2])):   # "European Commission spokesperson Jane Roe"
        full = " ".join(parts[2])
        ctx.names.setdefault(parts[2][-1], full)
        return full, ctx.camps.get(full) or camp_from_words(reg, mention), "person"
    cands = reg.by_title(clean)
    if not cands and re.search(r"(?:'s|’s)\s", clean):   # "the EU's foreign policy chief" = "EU foreign policy chief"
        cands = reg.by_title(re.sub(r"(?:'s|’s)\s", " ", clean))
    om = re.match(r"(.+?)(?:'s|’s)\s+(?:official\s+|chief\s+|own\s+)?(office|team|spokesman|spokeswoman|spokesperson)$",
                  clean)
    if om and not cands:                         # "the Ukrainian president's office": the office of that person
        owner = resolve(om.group(1), ctx, reg)
        if owner is not None and owner[2] == "person":
            hit = next((reg.lookup(f"{n}'s {om.group(2)}") for n in _names_of(owner[0], reg) + [owner[0].split()[-1]]
                        if reg.lookup(f"{n}'s {om.group(2)}") is not None), None)
            if hit is not None and hit.type != "person":
                return hit.name, hit.camp, hit.type
            office = _office_of(om.group(1), ctx, reg) if om.group(2).startswith("spokes") else None
            if office is not None:               # "the Prime Minister's official spokesman", unnamed: the office he
                return office                    # speaks for (data card rules 11-12; round 26)
    head = words[-1].lower() if words else ""
    if not cands and head in INST_HEADS and len(words) <= 3 and all(w.islower() for w in words):
        for a, side in reversed(ctx.inst):       # "the foreign ministry" after "Ukraine's Foreign Ministry"
            if all(w in a.lower() or w.rstrip("e") + "se" in a.lower() for w in words):
                return a, side, "inst"
        if ctx.inst and head in ("ministry", "department", "office"):   # "the ministry" after "the foreign ministry
            side = ctx.inst[-1][1]                                      # in Kyiv": that camp's only ministry
            hits = [x for x in reg.actors.values() if x.type != "person" and x.camp == side and head in x.name.lower()
                    and all(w in x.name.lower() for w in words)]
            if len(hits) == 1:
                return hits[0].name, hits[0].camp, "inst"
    if not cands and head in _BACK_HEADS and re.match(r"(?:the|The)\s", mention.strip()) and len(words) <= 3 and \
            all(w.islower() or w.lower() in reg.camp_words for w in words):
        back = _back_reference(words, ctx, reg)
        if back is not None:                     # "the military", "the party", "The American embassy"
            return back
    if len(words) == 1 and not cands:
        if head in GROUP_HEADS and ctx.group:
            a, side = ctx.group[-1]
            return a, side, "group"
    if len(words) == 2 and words[0].lower() in ("two", "both") and head in GROUP_HEADS and not cands:
        for a, side in list(reversed(ctx.group))[:3]:   # "the two delegations", "both sides": the group of two named
            m = re.match(r"(\S+)\s+and\s+(\S+)\s+(\w+)$", a)   # ("US and Ukrainian delegations")
            if m and (m.group(3).lower() == head or head == "sides"):
                return a, side, "group"
    n = NUMBER_WORDS.get(words[0].lower(), int(words[0]) if words and words[0].isdigit() else 0) if words else 0
    if len(words) == 2 and n >= 2 and head in GROUP_HEADS | {"states", "countries", "presidents"} and not cands:
        for a, side in list(reversed(ctx.group))[:3]:   # "the four ministers": the coordinated group of four named
            m = re.match(r"(.+?)\s+(?:(?:foreign|defen[cs]e|prime)\s+)?(\w+)$", a)   # before ("Polish, Lithuanian,
            items = re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group(1)) if m else []   # Latvian and Estonian
            if len(items) == n and m.group(2).lower() == head:                      # foreign ministers")
                return a, side, "group"
    learned = ctx.titles.get(head)              # "Costa, the European Council's president," (an appositive)
    pool = cands + ([learned] if learned and learned not in cands else [])
    query = title_query(clean, reg)
    intros = {i.name: i for i in ctx.intros if query and title_fits(query[0], i.titles)
              and (not query[1] or i.nation in query[1])} if query else {}

    def fits(a: str) -> bool:
        if a in pool or a in intros:
            return True
        actor = reg.actors.get(a)
        if not (query and actor and any(title_fits(query[0], set(t.lower().split())) for t in actor.titles)):
            return False
        free = query[1] - {nation_key(w) for w in reg.camp_words}
        if free:                                 # a nation the registry has no camp word for ("the Turkish
            return bool(free & {nation_key(w) for t in actor.titles for w in t.split() if w[:1].isupper()})   # minister")
        return not query[1] or camp_from_words(reg, clean) == actor.camp

    if clean.lower() in ("diplomat", "politician", "parliamentarian", "statesman", "political scientist", "expert",
                         "analyst", "researcher", "scholar", "commentator", "professor", "historian", "fellow",
                         "research fellow") and \
            mention.strip()[:4].lower() == "the " and ctx.person or \
            re.fullmatch(r"top\s+government\s+spokes(?:person|man|woman)", clean, re.I) and ctx.person:
        a, side = ctx.person[-1]                 # "the diplomat wrote": whom the paragraph is about; "the top
        return a, side, "person"                 # government spokesperson" (an epithet, round 36)
    nm = re.fullmatch(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(diplomat|politician|statesman|official|envoy|negotiator)",
                      clean)
    if nm and mention.strip()[:4].lower() == "the " and ctx.person and camp_from_words(reg, nm.group(1)) != "other":
        camp = camp_from_words(reg, nm.group(1))  # "the American diplomat": the latest person of that camp in view
        hit = next(((a, side) for a, side in reversed(ctx.person[-4:]) if side == camp), None)
        if hit is not None:
            return hit[0], hit[1], "person"
    best = next((a for a, _ in reversed(ctx.person) if fits(a)), None)
    if best is not None:                         # "the president": the most recent person who is one
        if best in intros and not reg.lookup(best):
            return best, intros[best].camp, "person"
        return best, reg.camp_of(best) if reg.lookup(best) else ctx_side(ctx, best, reg), "person"
    intro = intro_for(clean, ctx, reg) if query else None
    if intro is not None:                        # "the Estonian prime minister", introduced earlier by name
        return intro.name, intro.camp, "person"
    if pool:                                     # the registry's holder of the title, or the appositive's
        return pool[0], reg.camp_of(pool[0]) if reg.lookup(pool[0]) else ctx_side(ctx, pool[0], reg), "person"
    if query and query[1]:                       # "the American leader": the registry's only one of that nation
        holders = [a.name for a in reg.actors.values() if a.type == "person" and fits(a.name)]
        if len(holders) == 1:
            return holders[0], reg.camp_of(holders[0]), "person"
    if query and re.match(r"(?:the|The|an?|An?)\s", mention.strip()) and not query[1]:
        if head in ("official", "spokesman", "spokeswoman", "spokesperson"):
            if ctx.inst:                         # "the official": the institution it speaks for (rule 11)
                a, side = ctx.inst[-1]
                return a, side, "inst"
        elif ctx.person:
            a, side = ctx.person[-1]             # "the retired general", named a sentence or two ago
            return a, side, "person"
    if words and words[-1] not in ctx.names and _particle_case(words[-1]) in ctx.names:
        words = words[:-1] + [_particle_case(words[-1])]   # "Al-Maliki" opening a sentence: "Turki al-Maliki"
    if words and words[-1] in ctx.names:
        full = ctx.names[words[-1]]
        tail = titled_tail(words, reg)           # "Federation Council member Alexei Pushkov": the name, not the chain
        longer = " ".join(tail) if tail else " ".join(w for w in words if w[:1].isupper() and w.lower() not in TITLE_WORDS)
        if longer.endswith(full) and len(longer) > len(full) and len(longer.split()) <= 4 and not reg.lookup(longer):
            ctx.names[words[-1]] = longer        # "Abu Marzouk", then "Mousa Abu Marzouk": the fuller name
            ctx.camps.setdefault(longer, ctx.camps.get(full, camp_from_words(reg, mention)))
            full = longer
        return full, reg.camp_of(full) if reg.lookup(full) else ctx_side(ctx, full, reg), "person"
    aide = _aide_of(clean, ctx, reg)
    if aide is not None:                         # "Putin's aide", after "Yuri Ushakov": the aide named before
        return aide
    om = _OUTLET_NOUN.fullmatch(clean)
    if om:                                       # "the TASS agency", "the Izvestia newspaper": the outlet
        outlet = reg.lookup(om.group(1))
        if outlet is not None and outlet.type != "person":
            return outlet.name, outlet.camp, outlet.type
        if outlet is None and (om.group(1).split()[-1] in OUTLET_WORDS or om.group(2).lower() != "agency"):
            return om.group(1), "other", "outlet"
    if words and words[-1] in OUTLET_WORDS and all(w[:1].isupper() for w in words):
        return " ".join(words), "other", "inst"  # "The Washington Post", "Interfax": an outlet, its own voice
    tail = titled_tail(words, reg)
    if tail is not None and not reg.lookup(clean):   # "Arab League Secretary-General Ahmed Aboul Gheit": a person
        known = reg.lookup(" ".join(tail))
        if known is not None and known.type == "person":
            return known.name, known.camp, known.type
        if known is None:
            full = " ".join(tail)
            ctx.names.setdefault(tail[-1], full)
            return full, ctx.camps.get(full) or camp_from_words(reg, mention), "person"
    org = next((i for i, w in enumerate(words) if w in ORG_WORDS), None)
    state = _state_institution(clean, reg) if org is not None and re.search(r"(?:'s|’s|s'|s’)\s", clean) else None
    if state is not None:                        # "the United Arab Emirates' Foreign Ministry": a state body
        return state
    if org is not None:                          # "Institute for the Study of War", "Hostages ... Forum"
        k = org
        while k > 0 and (words[k - 1][0].isupper() or words[k - 1] in ("of", "for", "the", "and", "on")):
            k -= 1
        while k < org and not words[k][0].isupper():
            k += 1
        return " ".join(words[k:]), camp_from_words(reg, mention), "inst"
    state = _state_institution(clean, reg)
    if state is not None:                        # "Poland", "Ukraine's defence ministry": named as the guide names them
        return state
    if len(words) >= 2 and clean.lower() in reg.camp_words and all(w[:1].isupper() for w in words):
        return clean, reg.camp_words[clean.lower()], "inst"   # "Saudi Arabia", "the United Arab Emirates": a state
    names = []
    for w in reversed(words):
        if (w[0].isupper() or NAME_PARTICLE.match(w) and (names or "-" in w)) and w.lower() not in TITLE_WORDS and \
                w.lower() not in reg.camp_words and \
                w.lower().rstrip("s") not in TITLE_WORDS:
            names.insert(0, w)
        else:
            break
    side = camp_from_words(reg, mention)
    if names and len(names) < len(words) and words[-1].lower() in _BODY_WORDS and side != "other":
        return " ".join(words), side, "inst"     # "the Russian Armed Forces", "the Russian General Staff": a body
    if names and len(names) < len(words) + 1 and not (len(names) == 1 and words[-1].lower() in GROUP_HEADS):
        full = " ".join(names)
        if len(names) == 1 and len(words) == 1 and names[0] in ctx.surnames and not label:
            full = ctx.surnames[names[0]]        # "Odeh", after "Ayman Odeh" anywhere in the article
            known = reg.lookup(full)
            if known is not None:                # "Wang", after "Wang Yi": the registry's person and camp
                return known.name, known.camp, known.type
        if len(names) >= 2:
            ctx.names[names[-1]] = full
        return full, side, "person"
    if words == ["government"] and side != "other":   # "the government", a camp of its own (Yemen's): that camp's
        hits = [a for a in reg.actors.values() if a.type != "person" and a.camp == side and   # only government
                a.name.lower().endswith(" government")]
        if len(hits) == 1:
            return hits[0].name, hits[0].camp, hits[0].type
    if head in GROUP_HEADS or head.rstrip("s") + "s" in GROUP_HEADS:
        if side == "other" and not reg.is_other_role(mention) and not any(w[0].isupper() for w in words):
            return None                          # "critics", "officials" alone are no actor
        return " ".join(words), side, "group"
    if any(w[0].isupper() for w in words) or reg.is_other_role(mention):
        acronym = len(words) == 1 and re.fullmatch(r"[A-Z]{3,6}", words[0]) is not None   # "OCHA", "UNRWA": a body
        return " ".join(words), side, "inst" if head in INST_HEADS or acronym else "person"
    return None


_STATE_NAME = r"((?:(?:Islamic\s+|Federal\s+|Arab\s+|Democratic\s+)?Republic\s+of\s+(?:the\s+)?|(?:Hashemite\s+)?Kingdom\s+of\s+|" \
              r"State\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
_BODY_OF_STATE = re.compile(r"((?:[A-Za-z]+\s+){0,2}(?:[Mm]inistry|[Gg]overnment|[Aa]rmy|[Mm]ilitary|[Pp]residency|[Ee]mbassy|"
                            r"[Oo]ffice|[Pp]arliament|[Dd]elegation|[Aa]rmed [Ff]orces|[Cc]abinet))\s+of\s+(?:the\s+)?" + _STATE_NAME)
_OFFICIAL_NAME = re.compile(r"(?:the\s+)?((?:[A-Z][\w-]*\s+)?(?:Ministry|Office|Department)\s+(?:of|for)\s+(?:the\s+)?"
                            r"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)\s+of\s+(?:the\s+)?" + _STATE_NAME)
_POSS_MINISTRY = re.compile(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:'s|’s|(?<=s)'|(?<=s)’)\s+Ministry\s+of\s+"
                            r"(?:National\s+)?(Foreign\s+Affairs|Defen[cs]e|Interior|Information|Justice|Finance|Health)")
_ADJ_MINISTRY = re.compile(r"(?:the\s+)?([A-Z][\w-]*)\s+Ministry\s+of\s+(?:National\s+)?(Foreign\s+Affairs|Defen[cs]e)"
                           r"(?:\s+and\s+[A-Z][\w\s]+)?")


_FORMAL_STATE = re.compile(r"(?:(?:Islamic|Federal|Arab|Democratic|Socialist|Hashemite)\s+)?(?:Republic|Kingdom|State|Sultanate|"
                           r"Federation)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|Russian Federation|"
                           r"United Kingdom|United States(?:\s+of\s+America)?")
_REP_POSS = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)(?:'s|’s)\s+(?:[Pp]ermanent\s+)?(?:representative|delegate|"
                       r"speaker)")
_REP_OF = re.compile(r"(?:(?:[Pp]ermanent\s+)?(?:[Rr]epresentative|[Dd]elegate|[Dd]elegation|[Aa]mbassador)\s+(?:of|for)|"
                     r"speaker\s+for)\s+"
                     r"(?:the\s+)?((?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w'’-]*)")


_CAP_HEADS = INST_HEADS | {"assembly", "conference", "summit", "secretariat", "committee", "court", "agency"}


def _capital_back(mention: str, clean: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """'the Ministry', 'the Council', 'the Assembly' (a body's own capitalized short name, as formal copy writes
    it): the body of that kind the article named last; 'the Minister', 'the Chairman': read as the lower-case
    title ("the minister": whom the article named with it)."""
    if re.fullmatch(r"(?:the|The)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?:'s|’s)\s+Office", mention.strip()) and \
            clean.lower() in BODY_TITLES and not reg.lookup(clean):
        return article_body(clean, ctx, reg)     # "The Prime Minister's Office": that of the latest prime minister
    if not re.fullmatch(r"(?:the|The)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+", mention.strip()) or reg.lookup(clean):
        return None
    words = clean.lower().split()
    if words[-1] in _CAP_HEADS and all(w in _CAP_HEADS or w in TITLE_WORDS for w in words):
        for a, side in reversed(ctx.things):
            if all(re.search(rf"\b{w}", a.lower()) for w in words):
                return a, side, "inst"
        return article_body(clean, ctx, reg)     # "the Ministry": that of the latest minister, when none was named
    if all(w in TITLE_WORDS for w in words) and any(w in HEAD_TITLES for w in words):
        res = resolve(mention.strip().lower(), ctx, reg)
        if res is not None and res[2] == "person" and res[0].lower() != clean.lower():
            return res
    return None


_AIDE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?:'s|’s)\s+((?:[a-z][\w-]*\s+){0,3}?)(aide|adviser|advisor|"
                   r"spokesman|spokeswoman|spokesperson|envoy|deputy|negotiator|emissary)")


def _aide_of(clean: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """'Putin's aide', 'Trump's envoy' that neither registry titles nor the article resolved: the most recent
    person of the article (not the principal) whose registry titles or introduction carry that role word."""
    m = _AIDE.fullmatch(clean)
    if m is None:
        return None
    owner = reg.lookup(m.group(1))
    if owner is None or owner.type != "person":
        return None
    role = m.group(3).replace("advisor", "adviser")
    for a, side in reversed(ctx.person[-6:]):
        if a == owner.name:
            continue
        actor = reg.lookup(a)
        titles = [t.lower() for t in actor.titles] if actor is not None else \
            [" ".join(i.titles) for i in ctx.intros if i.name == a]
        if any(re.search(rf"\b{role}\b", t) for t in titles):
            return a, reg.camp_of(a) if actor is not None else side, "person"
    return None


def _government_of(state: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The government a state speaks through: the registry's "<Demonym> government", else the registry's body for
    the state unless it is a ministry ("Kremlin", "White House", "Downing Street"), else "<Demonym> government"
    with the camp of the state's words ("Brazilian government", `other` where the registry has no camp)."""
    dem = DEMONYMS.get(state) or ("US" if state == "America" else None)
    known = reg.lookup(f"{dem} government") if dem else None
    if known is not None and known.type != "person":
        return known.name, known.camp, known.type
    res = resolve(state, ctx, reg)
    if res is not None and res[2] != "person" and not re.search(r"\b(?:ministry|department)$", res[0], re.I):
        return res
    if dem:
        return f"{dem} government", camp_from_words(reg, f"{dem} {state}"), "inst"
    return res if res is not None and res[2] != "person" else None


def _plain_state(name: str) -> str:
    """'the Republic of Azerbaijan' -> 'Azerbaijan', 'the Russian Federation' -> 'Russia', 'Kingdom of Thailand';
    'the Democratic People's Republic of Korea' is North Korea, not the Republic of Korea."""
    if re.fullmatch(r"(?:the\s+)?Democratic\s+People(?:'s|’s)\s+Republic\s+of\s+Korea", name.strip()):
        return "North Korea"
    name = re.sub(r"^(?:the\s+)?(?:(?:Islamic|Federal|Arab|Democratic|Socialist)\s+)?(?:Republic|(?:Hashemite\s+)?Kingdom|State|"
                  r"Sultanate|Federation)\s+of\s+"
                  r"(?:the\s+)?", "", name.strip())
    return {"Russian Federation": "Russia", "United States": "America", "United States of America": "America",
            "Congo": "Congo", "United Kingdom": "Britain"}.get(name, name)
_OUTLET_NOUN = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+((?:news\s+)?agency|newspaper|daily|weekly|"
                          r"magazine|(?:TV\s+|television\s+)?channel|broadcaster|news\s+site|website|portal|outlet|"
                          r"publication|edition)")
_GROUP_OF_PERSON = re.compile(r"(.+?\b(?:[Pp]arty|[Aa]lliance|[Cc]oalition|[Mm]ovement|[Bb]loc|[Ff]ront|[Gg]roup|[Ff]action))"
                              r"\s+(?:of|led by|headed by|founded by|loyal to)\s+(?:the\s+)?(?:former\s+|late\s+|ex-)?"
                              r"(?:[a-z]+\s+){0,3}[A-Z]")
# "of" and one capitalised plural ends a body's own name, never its owner ("the UN Group of Experts", "the Party of
# Regions", "the Council of Elders"; round 33)
_OF_PLURAL_NAME = re.compile(r".+\s+of\s+(?:the\s+)?[A-Z][a-z]+s\s*")
_HEAD_OF = re.compile(r"(?:the\s+)?head\s+of\s+(?:the\s+)?(.+)$", re.I)
# the title of whoever heads an institution the registry knows (the guide's translated-copy habit)
_HEADS_OF = (("foreign ministry", "foreign minister"), ("foreign office", "foreign secretary"),
             ("defence ministry", "defence minister"), ("defense ministry", "defense minister"),
             ("white house", "US president"), ("kremlin", "Russian president"), ("élysée", "French president"),
             ("downing street", "British prime minister"), ("state department", "secretary of state"),
             ("pentagon", "defense secretary"), ("european commission", "European Commission president"),
             ("european council", "European Council president"), ("government", "prime minister"))


def _head_of(clean: str, reg: ActorRegistry) -> str | None:
    """'head of state' -> 'the president'; 'the head of the Ukrainian state' -> 'the Ukrainian president'; 'the
    head of the Russian Foreign Ministry' -> 'the Russian foreign minister'; 'the head of the White House' -> 'the
    US president'. None for anything else (the head of a delegation or an office keeps its own title)."""
    m = _HEAD_OF.match(clean)
    if m is None:
        return None
    inner = re.sub(r"(?:'s|’s)$", "", m.group(1).strip())
    sm = re.fullmatch(r"(?:the\s+)?(?:([A-Z][\w-]*)\s+)?state", inner)
    if sm:
        return "the " + (sm.group(1) + " " if sm.group(1) else "") + "president"
    actor = reg.lookup(inner)
    if actor is None or actor.type == "person":
        return None
    for key, title in _HEADS_OF:
        for n in [actor.name, inner]:
            if key in n.lower():
                adj = n.split()[0] if n.split()[0].lower() in reg.camp_words and key not in ("white house", "kremlin") \
                    else ""
                return "the " + (adj + " " if adj and not title.startswith(("US ", "Russian ", "French ", "British ",
                                                                              "European ")) else "") + title
    return None


_NAME_OF = re.compile(r"((?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’.-]+)\s+of\s+(?:the\s+)?[A-Z]")
_BODY_WORDS = {"forces", "staff", "army", "military", "mission", "embassy", "ministry", "council", "committee", "service",
               "agency", "directorate", "headquarters", "guard", "command", "navy", "parliament", "court", "office",
               "confederation", "federation", "association", "union"}   # round 59: "the European Boxing Confederation"
_PLACE_TAIL = re.compile(r"\s+(?:in|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
# heads of a definite back-reference to an institution or group named earlier, and the words that name it
_BACK_HEADS = {"military": ("military", "army", "forces"), "army": ("army", "military", "forces"),
               "party": ("party", "movement"), "movement": ("movement", "party"), "militia": ("militia",),
               "presidency": ("presidency", "presidential office"), "embassy": ("embassy",),
               "consulate": ("consulate",),
               "coalition": ("coalition",), "alliance": ("alliance",), "government": ("government",),
               "mission": ("mission",), "bloc": ("bloc",), "rebels": ("rebels", "rebel"), "force": ("force", "forces"),
               "council": ("council",), "forum": ("forum",), "committee": ("committee",), "association": ("association",),
               "organisation": ("organisation", "organization"), "organization": ("organization", "organisation"),
               "foundation": ("foundation",), "institute": ("institute",), "network": ("network",)}
_GROUP_BACK = {"party", "movement", "militia", "rebels", "group"}
_STATE_BODIES = {"military", "army", "presidency", "embassy", "government"}


def _names_of(a: str, reg: ActorRegistry) -> list[str]:
    actor = reg.actors.get(a) or reg.lookup(a)
    return [a] + (list(actor.aliases) if actor is not None else [])


def _back_reference(words: list[str], ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """'the military', 'the party', 'The American embassy': the institution or group of the article (else the
    only one of the registry) whose name carries the head word, in the camp an adjective names; a party,
    movement or militia is the group named last."""
    head = words[-1].lower()
    keys = _BACK_HEADS.get(head, (head,))
    camps = {reg.camp_words[w.lower()] for w in words[:-1] if w.lower() in reg.camp_words}

    def carries(a: str) -> bool:
        return any(re.search(r"(?<![\w-])" + k + r"$", n.lower()) for n in _names_of(a, reg) for k in keys)   # the head

    for a, side in list(reversed(ctx.things))[:8]:
        actor = reg.lookup(a)
        if camps and side not in camps:
            continue
        if carries(a) or head in _GROUP_BACK and actor is not None and actor.type == "group":
            return (actor.name if actor else a), side, actor.type if actor else "inst"
    hits = [x for x in reg.actors.values() if x.type != "person" and (not camps or x.camp in camps) and carries(x.name)]
    if len(hits) > 1 and sum(x.camp != "other" for x in hits) == 1:   # a party's own body before an outsider's
        hits = [x for x in hits if x.camp != "other"]                  # ("the presidency": Lebanon's, not Brazil's)
    if len(hits) == 1 and head in _STATE_BODIES:     # a state body the registry knows once; a party or coalition
        # must have been named in the article
        return hits[0].name, hits[0].camp, hits[0].type
    return None


def _owned_by(person: str, head: str, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The registry's body a person owns by that word ("Netanyahu's office" -> the Prime Minister's Office)."""
    names = _names_of(person, reg)
    for n in names + [n.split()[-1] for n in names if len(n.split()) > 1]:
        hit = reg.lookup(f"{n}'s {head}")
        if hit is not None and hit.type != "person":
            return hit.name, hit.camp, hit.type
    return None


def _owned_institution(words: list[str], ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """'his office', 'its foreign ministry': the registry's institution of the person (his/her) or the
    institution or country (its/their) named last ("Netanyahu's office" -> the Prime Minister's Office)."""
    det, rest = words[0].lower(), " ".join(words[1:])
    if det in ("his", "her"):
        pool = [p for p in reversed(ctx.person) if _gender(p[0], reg, ctx) in ("", "m" if det == "his" else "f")][:1]
    else:
        pool = list(reversed(ctx.things))[:1]
    for a, _ in pool:
        names = _names_of(a, reg)
        names += [n.split()[-1] for n in names if len(n.split()) > 1]
        for n in names:
            hit = reg.lookup(f"{n}'s {rest}")
            if hit is not None and hit.type != "person":
                return hit.name, hit.camp, "inst"
        state = _STATE_OF.get(a.lower().removesuffix(" government")) if det in ("its", "their") else None
        if state is not None and reg.lookup(a) is None:   # "Iran ... Its foreign ministry": the Iranian one
            return _state_institution(f"{state}'s {rest}", reg)
    return None


_STATE_HEADS = re.compile(r"((?:[a-z][\w-]*\s+){0,3}(?:ministry|government|presidency|presidential office|parliament|army|military|"
                          r"embassy|mission|delegation|armed forces|security service|cabinet|air force|navy|general "
                          r"staff|border guard service|intelligence))$")


_STATE_OF = {adj.lower(): state for state, adj in DEMONYMS.items()}   # "iranian" -> "Iran"


def _state_institution(clean: str, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """A state or a state body the registry does not know, named as the guide names them: "Poland" -> "Polish
    government", "Ukraine's defence ministry" -> "Ukrainian defence ministry" (actor names compare case-blind)."""
    if clean in CAPITALS:                        # "London", "Ankara": the state, through the registry if it knows it
        state = reg.lookup(CAPITALS[clean])
        if state is not None:
            return state.name, state.camp, state.type
        clean = CAPITALS[clean]
    plural = re.fullmatch(r"(?:the\s+)?([A-Z][a-z]+)s", clean)
    if plural and (plural.group(1) in DEMONYMS.values() or plural.group(1) == "American"):
        name = ("US" if plural.group(1) == "American" else plural.group(1)) + " government"   # "the Russians"
    elif clean in DEMONYMS:
        name = DEMONYMS[clean] + " government"
    else:
        m = re.match(r"(.+?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+(.+)$", clean)
        if m is None or m.group(1) not in DEMONYMS or not _STATE_HEADS.fullmatch(m.group(2).lower()):
            return None
        name = DEMONYMS[m.group(1)] + " " + m.group(2)
    actor = reg.lookup(name)
    if actor is not None:
        return actor.name, actor.camp, actor.type
    head = name.split()[-1].lower()
    camp = camp_from_words(reg, name)
    if head in ("army", "military", "forces"):  # "Ukraine's army" = the registry's "Ukrainian military"
        hits = [x for x in reg.actors.values() if x.type != "person" and x.camp == camp and
                any(re.search(r"\b(?:army|military|armed forces)$", n.lower()) for n in [x.name, *x.aliases])]
        if len(hits) == 1:
            return hits[0].name, hits[0].camp, hits[0].type
    return name, camp, "inst"


def _country_of(word: str, reg: ActorRegistry):
    """The government behind a nationality word: 'Ukrainian' -> the actor named 'Ukraine' (its alias)."""
    if word.lower() not in reg.camp_words or " " in word:
        return None
    key = word.lower()[:4]
    for cue in reg.camp_words:
        if cue != word.lower() and cue[:4] == key and not cue.endswith(("ian", "ish", "ese", "an")):
            actor = reg.lookup(cue)
            if actor is not None and actor.type != "person":
                return actor
    return None


_NOT_FIRST_NAMES = set(("Federation Republic Kingdom States Ministry Affairs Office Council Union Commission Department "
                        "Administration Government Kremlin Duma Assembly Parliament Forces Service Agency Committee "
                        "Security Defence Defense Staff Cooperation Development Emirates Nations Organization Presidency "
                        "Cabinet Embassy Mission Russia Ukraine President Minister Secretary Chancellor Spokesman "
                        "Spokeswoman Representative Envoy Ambassador Assistant Adviser Advisor Aide Head Chief "
                        "Director Chairman Speaker Commander General").split())


def other_first_name(toks: list[str], i: int, actor, reg: ActorRegistry) -> bool:
    """True for "Oleksandr Kovalenko" when the registry's Kovalenko is Andriy: another person, same surname."""
    if i == 0 or actor.type != "person" or len(toks) - i >= 2:
        return False                             # the whole name was matched ("... Disinformation Andriy Kovalenko")
    prev = toks[i - 1]
    if i >= 3 and toks[i - 2] in ("bin", "ibn", "bint"):
        prev = toks[i - 3]                       # "Majed bin Mohammed Al-Ansari": the first name before the patronymic
    if prev in ORG_WORDS or prev in _NOT_FIRST_NAMES or prev in OUTLET_WORDS or prev in HONORIFICS or \
            re.fullmatch(r"[A-Z]{2,}", prev):
        return False                             # "... of the Russian Federation Dmitry Peskov": a title chain; "of
    if toks[i] in HONORIFICS or i >= 2 and (f"{toks[i - 2]} {prev}" in DEMONYMS or f"{toks[i - 2]} {prev}".lower() in
                                             reg.camp_words):
        return False                             # "of Saudi Arabia Prince Khalid bin Salman"
    if i >= 2 and toks[i - 2].lower() in ("of", "the", "to", "for"):   # the USA Donald Trump", "of Türkiye Recep ..."
        return False                             # (the end of an organisation or a state), "with Fox News Trump"
    if not prev[:1].isupper() or prev in STOP_CAP or prev.lower().split("-")[0] in TITLE_WORDS or prev.lower() in reg.camp_words \
            or prev.lower().rstrip("s") in TITLE_WORDS or reg.lookup(prev) is not None:
        return False
    names = " ".join([actor.name, *actor.aliases, *actor.titles]).lower().split()
    return prev.lower() not in names


def opening_pronoun(pronoun: str, rest: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The person "he" / "she" means in a sentence's opening clause ("In his words, Trump is playing ...", "As she
    put it, ..."): the latest person of the discourse whom the rest of the sentence does not name itself (round 20),
    else None. A pronoun that opens a sentence points back, not at a name later in the same sentence."""
    g = PRONOUNS.get(pronoun.lower())
    if g not in ("m", "f"):
        return None
    for a, side in reversed(ctx.person):
        if _gender(a, reg, ctx) not in ("", g):
            continue
        if any(w in rest for w in a.split()[-1:]):
            continue                             # "Trump" in "..., Trump is playing": not whom "his" means
        return a, side, "person"
    return None


# a courtesy or peerage title says the person's sex ("Mr Hale", "Baroness Quill", "Lord Coaker", "Dame Joan Pike")
_SEXED = re.compile(r"(?<![\w'’-])(Mr|Mrs|Ms|Miss|Lord|Baroness|Lady|Sir|Dame)\.?\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
_MALE = {"Mr", "Lord", "Sir"}
_REFERRING = 4                                   # at most this many nested referent look-backs


# a party's legislators named as a group (round 26)
_PARTY_GROUP = re.compile(r"\s*(?:[Tt]he\s+)?(?:(?!(?:The|A|An|Some|Several|Many|Other|Two|Three|Four|Five|Both|All|Senior|"
                          r"Former)\s)[A-Z][\w'’-]*\s+){1,2}(?:MPs|MEPs|TDs|lawmakers|legislators|backbenchers|"
                          r"peers|senators|deputies|councillors)\s*")


def _gender(name: str, reg: ActorRegistry, ctx: Ctx | None = None) -> str:
    """'m', 'f' or '' for an actor: the registry's, else the article's courtesy and peerage titles for that name or
    surname (round 26: "she" is not "Lord Coaker", "he" is not "Baroness Quill")."""
    actor = reg.actors.get(name)
    if actor is not None or ctx is None or not ctx.text:
        return actor.gender if actor is not None else ""
    if ctx.genders is None:
        seen: dict[str, set[str]] = {}
        for m in _SEXED.finditer(ctx.text):
            sex = "m" if m.group(1) in _MALE else "f"
            words = m.group(2).split()
            for key in {m.group(1) + " " + m.group(2), m.group(2), words[-1]}:
                seen.setdefault(key, set()).add(sex)
        ctx.genders = {k: v.pop() for k, v in seen.items() if len(v) == 1}
    return ctx.genders.get(name) or ctx.genders.get(name.split()[-1], "") if name else ""


_MEMBERS = {"analysts", "experts", "researchers", "economists", "staff", "authors", "officials", "leaders", "members",
            "representatives", "spokesman", "spokeswoman", "spokesperson", "diplomats", "negotiators"}


def _listed_group(clean: str, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """'Egypt, Qatar and Turkey': several known actors named together speak as one group; European states and EU
    institutions named together ("the leaders of France, Germany and Britain") are the registry's European leaders."""
    lm = re.match(r"(?:the\s+)?(?:leaders|heads of (?:state|government)|presidents|prime ministers|governments|"
                  r"foreign ministers)\s+of\s+(?:the\s+)?(.+)$", clean, re.I)
    if lm:
        clean = lm.group(1)
    if not re.search(r"\s(?:and|&)\s+(?:\S+|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$", clean):
        return None
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", clean)
    if len(parts) < 2 or not all(parts):
        return None
    people = [reg.lookup(re.sub(r"^[A-Z][\w'’-]*(?:'s|’s)\s+(?=[A-Z])", "", p)) for p in parts]
    if len(parts) >= 3 and all(a is not None and a.type == "person" and a.camp == "europe" for a in people) and \
            "European leaders" in reg.actors:    # "France's Emmanuel Macron, Germany's Friedrich Merz, Britain's Keir
        return "European leaders", "europe", "group"   # Starmer and Poland's Donald Tusk ... demanded": together
    camps = []
    for p in parts:
        p = re.sub(r"^the\s+(?=[A-Z])", "", p)    # "France, Poland and the United Kingdom"
        actor = reg.lookup(p)
        if actor is not None and actor.type != "person":
            camps.append(actor.camp)
        elif p.lower() in reg.camp_words:
            camps.append(reg.camp_words[p.lower()])
        elif not (p[0].isupper() and len(p.split()) <= 3) or (actor is not None and actor.type == "person"):
            return None
    if len(camps) * 2 < len(parts):
        return None
    side = max(camps, key=lambda c: (camps.count(c), -camps.index(c)))
    if side == "europe" and (camps.count("europe") == len(parts) or lm and camps.count("europe") == len(camps)) and \
            "European leaders" in reg.actors:       # "the leaders of France, ..., Great Britain and the Commission"
        return "European leaders", "europe", "group"
    if len(camps) >= 3 and camps.count(side) == len(camps) >= len(parts) - 1 and side != "other":
        blocs = [a for a in reg.actors.values() if a.type == "group" and a.camp == side]
        if len(blocs) == 1 and not any(w in DEMONYMS.values() for w in blocs[0].name.split()):
            return blocs[0].name, side, "group"  # "the United States, Saudi Arabia, Egypt and the UAE": the one bloc
        #                                          of states the registry gives their camp, the Quad (round 33)
    return clean, side, "group"


def _is_name(part: str) -> bool:
    toks = part.split()
    return 2 <= len(toks) <= 5 and toks[0][0].isupper() and all(
        (t[0].isupper() or NAME_PARTICLE.match(t)) and t.lower() not in TITLE_WORDS and t not in ORG_WORDS
        and t.lower().rstrip("s") not in TITLE_WORDS for t in toks)


def _resolve_apposition(mention: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """A name with its appositive, either order: the person named wins over the title."""
    parts = [p.strip() for p in mention.split(",") if p.strip()]
    lead = reg.lookup(parts[0]) if parts else None
    if lead is not None and lead.type != "person" and len(parts) > 1 and re.match(r"(?:the|a|an)\s+[a-z]", parts[1]):
        return lead.name, lead.camp, lead.type   # "Sumud, the civilian coalition led by Abdalla Hamdok"
    for p in parts:
        actor = reg.lookup(p)
        if actor is not None and actor.type == "person":
            return actor.name, actor.camp, actor.type
    for p in parts:                              # "His host, Turkish President Tayyip Erdogan": the titled name
        if re.search(r"[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+$", p) and all(
                w[:1].isupper() or w.lower() in TITLE_WORDS and w.lower() not in ("of", "the", "for", "and", "on", "to")
                for w in p.split()):
            split = split_title_name(p.split(), reg)
            name = split[2] if split is not None else []
            known = next((reg.lookup(" ".join(name[i:])) for i in range(len(name)) if reg.lookup(" ".join(name[i:]))), None)
            if known is not None and known.type == "person":
                return known.name, known.camp, known.type
    for i, p in enumerate(parts):
        m = re.search(r"(?:[A-Z][\w'’.-]*|(?:al|el|bin|von|der|de)\b[\w-]*)(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|el-\w+|bin|"
                      r"von|der|de|van))+$", p) or re.search(r"(?<!\S)[^\W\d_](?:[\w'’.-]*)(?:\s+[^\W\d_][\w'’.-]*)+$", p)
        if m and not all(t[0].isupper() or t.split("-")[0] in ("al", "el", "bin", "von", "der", "de", "van")
                         for t in m.group(0).split()):
            m = None                             # the second pattern reads accented capitals ("Dovilė Šakalienė")
        toks = m.group(0).split() if m else []
        if m and i == 0 and len(parts) == 2 and (re.search(r"\b(?:in|at|from|to|for)\s+$", p[:m.start()]) or
                                                 m.start() == 0 and _is_name(parts[1]) and reg.lookup(p) is None and
                                                 reg.lookup(parts[1]) is None and p not in ctx.names.values()):
            continue                             # "(Its envoy in) New York, Chhea Keo": a place, then the name
        if m and i > 0 and re.search(r"(?<![\w'’-])(?:who|whom|whose|which)\s", p[:m.start()]):
            continue                             # "Castellano, a former stand-up who has interviewed Robert F. Kennedy
            # Jr.,": a name inside the appositive's relative clause is not the speaker (round 35)
        if m and re.search(r"\b(?:of|for|on|and)\s+$", p[:m.start()]) and \
                any(w in ORG_WORDS for w in p[:m.start()].split()):
            continue                             # "The Baltic Institute of Strategic Studies (BISS), a think tank":
            # the end of the organisation's own name, not a person
        while toks and (toks[0].lower() in TITLE_WORDS or toks[0].lower().rstrip("s") in TITLE_WORDS):
            toks = toks[1:]
        name = " ".join(toks)
        if _is_name(name):
            res = resolve(name, ctx, reg)
            if res is not None:
                side = res[1]
                if side == "other" and not reg.lookup(name):
                    side = camp_from_words(reg, mention)
                    owner = parts[0].split()[0].lower() if i > 0 else ""
                    pool = ctx.inst + ctx.group if owner == "its" else ctx.group + ctx.inst if owner == "their" else \
                        ctx.person if owner in ("his", "her") else []   # "his defence minister, Guy Kabombo": his camp
                    if side == "other" and pool:
                        side = pool[-1][1]
                return res[0], side, res[2]
    surname = _titled_surname(parts, reg)
    if surname is not None:                      # "Russia's non-resident envoy, Grinyov,": the person, by the surname
        res = resolve(surname, ctx, reg)         # (the full name when the article gave it; round 33)
        if res is not None and res[2] == "person":
            side = res[1] if reg.lookup(res[0]) is not None or res[1] != "other" else camp_from_words(reg, parts[0])
            return res[0], side, res[2]
    return resolve(parts[0], ctx, reg) if parts else None


def _titled_surname(parts: list[str], reg: ActorRegistry) -> str | None:
    """The one capitalised word after a title and a comma ("Ukraine's non-resident ambassador, Myroshnychenko",
    "The Kremlin's envoy, Ambassador Grinyov"): a surname, when it is no state, capital or body."""
    if len(parts) != 2 or not any(w.lower() in TITLE_WORDS for w in parts[0].split()):
        return None
    toks = parts[1].split()
    while len(toks) > 1 and toks[0].lower().rstrip(".") in TITLE_WORDS:
        toks = toks[1:]
    if len(toks) != 1 or not re.fullmatch(r"[A-Z][a-z][\w'’-]*", toks[0]) or toks[0] in STOP_CAP or \
            toks[0].lower() in reg.camp_words or toks[0] in CAPITALS or toks[0] in DEMONYMS or \
            toks[0] in DEMONYMS.values() or toks[0] in ORG_WORDS:
        return None
    known = reg.lookup(toks[0])
    return toks[0] if known is None or known.type == "person" else None


def ctx_side(ctx: Ctx, name: str, reg: ActorRegistry) -> str:
    if name in ctx.camps:
        return ctx.camps[name]
    for a, side in reversed(ctx.person):
        if a == name:
            return side
    return reg.camp_of(name)


def push(ctx: Ctx, actor: str, side: str, typ: str) -> None:
    lst = ctx.person if typ == "person" else ctx.group if typ == "group" else ctx.inst
    lst.append((actor, side))
    del lst[:-20]
    ctx.pushes += 1
    ctx.last = (actor, side, typ)
    if typ != "person":
        ctx.things.append((actor, side))
        del ctx.things[:-20]
    else:
        ctx.person_pushes += 1


_SUBJECT_FIRST = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)?(?:(?:Even|But|And|Yet|Still|Then|Now|So)\s+)?"
                            r"(?:(?:On|In|At|Last|This|Earlier|Later|By)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,\s+)?"
                            r"((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:al-|el-|bin\s+|von der\s+|de\s+)?[A-Z][\w'’.-]*)*)"
                            r"(?=\s*[,–—]\s|\s+[a-z])")


_LEAD_COLON_QUOTE = re.compile(r":\s*[\"“][^\"“”]{3,600}[\"”]")
_PRONOUN_FRAME = re.compile(r"\s*,?\s*(he|she|He|She)\s+(?:[a-z]+ly\s+)?(?:said|added|told|wrote|insisted|warned|declared|"
                            r"stressed|argued|replied|continued|concluded|explained)\b")
_LEAD_OPENER = re.compile(r"\s*(?:(?:But|And|Yet|Then|Now|So)\s+)?(?:(?:(?:A|One|The)\s+(?:week|day|month|year|fortnight)s?|"
                          r"(?:Two|Three|Four|Five|Several|A\s+few)\s+(?:weeks|days|months|years))\s+(?:earlier|later|"
                          r"before|after|ago)\s*,?\s*|(?:On|In|At|Last|This|Earlier|Later)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
                          r"\s*,\s*|(?:Earlier|Later|Meanwhile|Then|Yesterday|Today)\s*,?\s*)?")
_POSS_TITLE_NAME = re.compile(r"\s*(?:(?:On|In|At|Last|This|Earlier|Later)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+,\s+)?"
                              r"([A-Z][\w'’-]*(?:'s|’s))\s+((?:[a-z][\w-]*\s+){1,3})((?:[A-Z][\w'’.-]*|al-[\w'’-]+)"
                              r"(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin)){1,3})(?=\s+(?:[a-z]+ly\s+)?[a-z])")
_MEMBER_ROLES = {"member", "chairman", "chairwoman", "chair", "chief", "head", "commander", "spokesman", "spokeswoman",
                 "spokesperson", "leader", "official", "envoy", "secretary", "president", "deputy", "senior", "military",
                 "political", "general"}
_DELEGATE_FIRST = re.compile(r"\s*(?:(?:Speaking|Also\s+speaking)\s+on\s+behalf\s+of\s+[^,;:]{3,80},\s+)?((?:[Tt]he\s+)?(?:"
                             r"(?:[Pp]ermanent\s+)?(?:[Rr]epresentative|[Dd]elegate)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+"
                             r"(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w'’-]*|(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:'s|’s)\s+"
                             r"(?:[Pp]ermanent\s+)?(?:representative|delegate)))(?=\s+(?:[a-z]+ly\s+)?[a-z])")
_ORG_TITLE_NAME = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,4}((?:[a-z][\w-]*\s+){1,2})((?:[A-Z][\w'’.-]*|al-[\w'’-]+|el-[\w'’-]+)"
                             r"(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|el-[\w'’-]+|bin|bint)){1,3})(?=\s+(?:[a-z]+ly\s+)?[a-z])")
_TITLE_FIRST = re.compile(r"\s*(?:(?:[A-Z][\w-]*\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s+|(?:On|In|By|At|Last|This|Later|"
                          r"Earlier)\s+(?:[\w'’-]+\s+){0,2}?)?((?:[Tt]he)\s+(?:[A-Z][\w'’-]*\s+){0,3}"
                          r"(?:[a-z][\w-]*\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|president|minister|chancellor|"
                          r"envoy|aide|adviser|premier|secretary|leader))(?=\s*,\s|\s+[a-z])")


# a role as the sentence's subject, owned by a state or body or heading one ("Germany's leader hosted the talks",
# "The head of the European Commission went to Kyiv", "On 2 December, before ..., the Russian President turned on
# ..."), before its verb
_ROLE_FIRST = re.compile(r"\s*(?:(?:But|And|Yet|Then|Now|So|Meanwhile)\s+)?(?:(?:On|In|At|After|Before|During|Later|Earlier|Last|"
                         r"This|By|When|While|As)\b(?:[^;:\"“”.!?]|(?<=Mr|Ms|Dr)\.|(?<=Mrs)\.){0,150}?,\s+)?"
                         r"((?:[Tt]he\s+(?:[A-Z][\w-]*\s+){1,2}(?i:president|prime\s+minister|minister|secretary|chancellor|"
                         r"premier)|(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}"
                         r"(?:'s|’s)\s+(?:(?!(?:of|his|her|its|their|the|a|an|and|with|to|for|in|on|at|by)\s)[\w-]+\s+){0,3}?"
                         r"(?i:president|leader|minister|chancellor|premier|spokesman|"
                         r"spokeswoman|spokesperson|envoy|diplomat|secretary|chief|ambassador)|[Tt]he\s+(?:head|chief|leader)"
                         r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3}))(?=\s+(?:[a-z]+ly\s+)?[a-z])")


def _opens_report(text: str, pos: int, se: int) -> bool:
    """True for "Putin, he wrote, was offering ...": the name before `pos` opens reported speech whose frame
    follows, so it is not the speaker."""
    for v in VERB_RE.finditer(text, pos, se):
        if ":" in text[pos:v.start()]:
            return False
        if re.fullmatch(r"\s*,\s+(?:he|she|they|the\s+[\w\s'’-]{1,40}?|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+(?:\w+\s+)?",
                        text[pos:v.start()]):   # the frame right after the name, not "Trump, ..., which, he wrote,"
            return True
    return False


_SG_VOICE = re.compile(r"(?:(?:UN|U\.N\.|United Nations)\s+)?Secretary[- ]General(?:\s+[A-Z][\w'’-]+){0,3}(?:'s|’s)\s+"
                       r"(?:spokesperson|spokesman|spokeswoman|office|spokespeople)|(?:a|an|the)?\s*(?:spokesperson|"
                       r"spokesman|spokeswoman)\s+for\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+)?Secretary[- ]General(?:\s+[A-Z][\w'’-]+){0,3}",
                       re.I)
_TITLE_COMMA_NAME = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}(?:\s+[A-Z]{2,4})?\s+[—–-]+\s+)?(?:(?:But|And|Then|Meanwhile)\s+)?"
                               r"(?:(?:On|In|At|Last|This|Earlier|Later)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+)?"
                               r"(?:[A-Z][\w'’-]*(?:'s|’s)|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|Another|An?)\s+(?:[\w'’-]+\s+){0,3}?"
                               r"(?i:minister|president|spokesman|spokeswoman|spokesperson|envoy|aide|adviser|advisor|chief|"
                               r"head|leader|ambassador|negotiator|secretary|commander|premier|chancellor|official|"
                               # round 42: persons introduced by what they do ("Another fellow of the institute, X,
                               # disagreed.", "Malta's permanent representative, X, struck a different note.")
                               r"representative|member|fellow|director|researcher|analyst|commentator|expert|professor|"
                               r"lawmaker|legislator|senator|governor|mayor|deputy|delegate|diplomat|economist|historian)"
                               r"(?:\s+(?:of|for|to|on|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}){0,2},\s+"   # "of the
                               # Presidency for international affairs, Celso Amorim, was more explicit"
                               r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Prof)\.?\s+)?"
                               r"([A-Z][\w'’.-]*(?:\s+(?:al-|el-|bin\s+|von\s+der\s+|de\s+)?[A-Z][\w'’.-]*){1,3}),\s+"
                               r"(?:[a-z]+ly\s+)?[a-z]")
_IN_PLACE_THEY = re.compile(r"\s*(?:In|At)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+(?:they|it)\s+[a-z]")
_CLAUSE_FIRST = re.compile(r"\s*(?:When|While|As|After|Before|Although|Though|Once|Since|If)\s+([^;:.]{3,200}?),\s+"
                           r"(he|she)\s+(?:[a-z]+ly\s+)?[a-z]")
_CLAUSE_TITLE = re.compile(r"\s*(?:When|While|As|After|Before|Although|Though|Once|Since|If)\s+[^;:.\"“”]{3,200}?,\s+"
                           r"((?:the|The)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?(?:spokesman|spokeswoman|"
                           r"spokesperson|president|minister|chancellor|envoy|aide|adviser|premier|secretary|leader|chief))"
                           r"(?=\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)?\b)")
_POSS_FIRST = re.compile(r"\s*(?:(?:But|And|Yet|Still|Then|Now|So)\s+)?((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*"
                         r"(?:\s+[A-Z][\w'’.-]*){0,3})(?:'s|’s)\s+(?:own\s+)?[a-z]")


# a person known by a given name opening the sentence, after an opening phrase ("At a distribution point in Deir
# al-Balah, Mahmoud, 58, ..."), or owning its subject ("Valentyna's bus reaches Pavlohrad")
_GIVEN_FIRST = re.compile(r"\s*(?:[•·▪*–-]\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+){0,8},\s+)?([A-Z][a-z][\w'’-]+)\*?(?:'s|’s)?(?=[\s,])")


def given_subject(text: str, ss: int, se: int, ctx: Ctx) -> str | None:
    """The person known by a given name (`pipeline.extract.givennames`) whom the sentence opens with, else None."""
    m = _GIVEN_FIRST.match(text, ss, se) if ctx.given else None
    if m is None or m.group(1) not in ctx.given or ctx.inside is not None and ctx.inside[m.start(1)] or \
            re.search(r"[\"“”‘’]", text[ss:m.start(1)]):
        return None
    return m.group(1)


def subject_first(text: str, ss: int, se: int, ctx: Ctx, reg: ActorRegistry) -> bool:
    """A person named as the sentence's subject ("Sergei Ryabkov, a deputy minister, was more candid: ..., he
    said") is who its pronouns mean, even before any statement of the sentence is found. True when the subject
    is one that `remember_subjects` cannot see (a title, a person named in an opening clause): the sentence's
    other persons then stay behind it."""
    given = given_subject(text, ss, se, ctx)
    if given is not None:                        # "Nina, 61, who sells phone cards, disagreed.", "Iryna keeps a list"
        push(ctx, given, ctx_side(ctx, given, reg), "person")
        return True
    im = _IN_PLACE_THEY.match(text, ss, se)
    if im:                                       # "In the Kremlin, they stated that ...": the Kremlin
        res = resolve(im.group(1), ctx, reg)
        if res is not None and res[2] != "person":
            push(ctx, res[0], res[1], "group")
            push(ctx, res[0], res[1], "inst")
    cm = _CLAUSE_FIRST.match(text, ss, se)
    if cm and re.match(r"(?:said|says|added|argued|warned|insisted|noted|stressed|wrote),", text[cm.end(2):cm.end(2) + 40].lstrip()):
        cm = None                                # "If Zelenskyy did not like the plan, he said, ...": a parenthetical
        # frame, whose "he" is the speaker already in view, not the person of the clause
    if cm:                                       # "When Morgan Ortagus visited Baabda, she announced ..."
        g = PRONOUNS[cm.group(2).lower()]
        people = [(a, side) for pos, a, side, typ in mentions(text, cm.start(1), cm.end(1), bytearray(se + 1), reg)
                  if typ in ("person", "unknown") and _gender(a, reg, ctx) in ("", g) and all(
                      w[:1].isupper() or w.lower() in TITLE_WORDS or w.lower() in ("the", "a", "an")
                      for w in text[cm.start(1):pos].split()) and not re.match(
                      r"[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)*(?:'s|’s)\s", text[pos:cm.end(1)])]   # not "If Kyiv refused
        # Trump's proposals, he warned": a possessive is not the clause's subject
        if len({a for a, _ in people}) == 1 and not re.search(r"[\"“”]", cm.group(1)):
            push(ctx, people[0][0], people[0][1], "person")
            return True
    pm = _POSS_FIRST.match(text, ss, se)
    if pm and re.search(r"(?<![\w'’-])(?:since|when|after|before|because|as|until|that|while|although|though|if)\s+"
                        r"(?:he|she)\s", text[pm.end():se]):   # "Mr Zelenskyy's view has not changed since he said"
        actor = reg.lookup(pm.group(1))
        if actor is not None and actor.type == "person":
            push(ctx, actor.name, actor.camp, "person")
            return False
    am = _TITLE_COMMA_NAME.match(text, ss, se)
    if am and not _opens_report(text, am.end(1) + 1, se):   # "Germany's Europe minister, Gunther Krichbaum, went
        res = resolve(am.group(1), ctx, reg)                 # further": the named person is the subject
        if res is not None and res[2] == "person":
            side = res[1] if reg.lookup(res[0]) is not None else camp_from_words(reg, text[ss:am.start(1)]) or res[1]
            if reg.lookup(res[0]) is None:
                ctx.names.setdefault(res[0].split()[-1], res[0])
                ctx.camps.setdefault(res[0], side)
            push(ctx, res[0], side, "person")
            return True
    lm = _LEAD_COLON_QUOTE.search(text, ss, se)
    if lm and _PRONOUN_FRAME.match(text, lm.end(), se) is None:
        lm = None
    if lm:                                       # "A week earlier Donald Trump had told Politico it was time for an
        pron = PRONOUNS[_PRONOUN_FRAME.match(text, lm.end(), se).group(1).lower()]   # election: "...," he said"
        for pos, a, side, typ in mentions(text, ss, lm.start(), bytearray(se + 1), reg):
            opener = text[ss:pos]
            if typ in ("person", "unknown") and _gender(a, reg, ctx) in ("", pron) and \
                    _LEAD_OPENER.fullmatch(opener) and re.match(r"[^\s,;:]*(?:\s+[A-Z][\w'’.-]*)*(?:'s|’s)?\s+[a-z]",
                                                                 text[pos:lm.start()]):
                push(ctx, a, side, "person")
                return True
            break
    dm = _DELEGATE_FIRST.match(text, ss, se)
    if dm:                                       # "Slovenia's delegate turned to her colleagues. '...' she asked":
        res = resolve(dm.group(1), ctx, reg)     # the government the delegate speaks for is whom "she" means
        if res is not None:
            bm = re.search(r"\bon\s+behalf\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s*){1,4})", text[ss:dm.start(1)])
            grp = resolve(bm.group(1).strip(), ctx, reg) if bm else None
            if grp is not None and grp[2] != "person" and not (bm.group(1).strip() in DEMONYMS):
                res = grp                        # "Speaking on behalf of the European Union, the delegate of Poland"
            push(ctx, res[0], res[1], "person")
            return True
    pm2 = _POSS_TITLE_NAME.match(text, ss, se)
    if pm2 and all(w.lower() in TITLE_WORDS or w.lower() in ("policy", "affairs", "top", "chief") for w in pm2.group(2).split()) \
            and _is_name(pm2.group(3)) and not _opens_report(text, pm2.end(), se):
        res = resolve(pm2.group(3), ctx, reg)    # "Putin's aide Yuri Ushakov set the terms. ..., he said": the aide
        if res is not None and res[2] == "person":
            push(ctx, res[0], res[1], "person")
            return True
    rm = _ROLE_FIRST.match(text, ss, se)
    if rm and not _opens_report(text, rm.end(), se):   # "Russia's president suggested the talks. He said ...",
        res = resolve(rm.group(1), ctx, reg)             # "The head of the European Commission went to Kyiv": the
        if res is not None and res[2] == "person" and reg.lookup(res[0]) is not None:   # registry's holder (R28)
            push(ctx, res[0], res[1], "person")
            return True
    om = _ORG_TITLE_NAME.match(text, ss, se)
    if om and all(w in _MEMBER_ROLES for w in om.group(1).split()) and not om.group(0).split()[0] in STOP_CAP and \
            any(w.lower() in INST_HEADS or w in ORG_WORDS for w in text[om.start():om.start(1)].split()) and \
            _is_name(om.group(2)) and not _opens_report(text, om.end(), se):
        res = resolve(om.group(2), ctx, reg)     # "Sovereignty Council member Yasser al-Atta went further: ..., he
        if res is not None and res[2] == "person":   # said": the named member is the subject
            push(ctx, res[0], res[1] if reg.lookup(res[0]) else camp_from_words(reg, om.group(0)) or res[1], "person")
            return True
    tm = _TITLE_FIRST.match(text, ss, se) or _CLAUSE_TITLE.match(text, ss, se)
    nm = re.fullmatch(r"\s*((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+),\s+", text[ss:tm.start(1)]) if tm else None
    if nm and nm.group(1).split()[0] not in STOP_CAP and _is_name(nm.group(1)):
        res = resolve(nm.group(1), ctx, reg)     # "Vladimir Medinsky, the Kremlin aide who led the talks, was
        if res is not None and res[2] == "person":   # upbeat": the name is the subject, its title only describes him
            push(ctx, res[0], res[1], "person")
            return True
    if tm:                                       # "the Kremlin spokesman explained ...", "The prime minister said"
        res = resolve(tm.group(1), ctx, reg) if not _opens_report(text, tm.end(), se) else None
        if res is not None and res[2] == "person":
            push(ctx, res[0], res[1], "person")
            return True
        return False
    m = _SUBJECT_FIRST.match(text, ss, se)
    if m is None or re.search(r"(?:'s|’s)$", m.group(1)) or m.group(1).split()[0] in STOP_CAP or \
            _opens_report(text, m.end(), se):
        return False
    actor = reg.lookup(m.group(1))
    if actor is not None and actor.type == "person":
        push(ctx, actor.name, actor.camp, "person")
        return False
    words = _HONORIFIC.sub("", _RANK.sub("", m.group(1))).split()
    known = next((reg.lookup(" ".join(words[i:])) for i in range(1, len(words) - 1)
                  if all(w.lower() in TITLE_WORDS or w.lower() in reg.camp_words or w in DEMONYMS.values()
                         for w in words[:i]) and reg.lookup(" ".join(words[i:])) is not None), None)
    if known is not None and known.type == "person":   # "Defence Minister Israel Katz was more direct: he said":
        push(ctx, known.name, known.camp, "person")       # the registry's person after the title
        return False
    if words and words[-1] not in ctx.names and _particle_case(words[-1]) in ctx.names:
        words = words[:-1] + [_particle_case(words[-1])]
    if words and words[-1] in ctx.names and actor is None:
        full = ctx.names[words[-1]]
        push(ctx, full, reg.camp_of(full) if reg.lookup(full) else ctx_side(ctx, full, reg), "person")
    elif len(words) == 1 and words[0] in ctx.surnames and actor is None:   # "Blumenthal was blunter." after "Richard
        full = ctx.surnames[words[0]]                                        # Blumenthal" elsewhere in the article
        push(ctx, full, reg.camp_of(full) if reg.lookup(full) else ctx_side(ctx, full, reg), "person")
    return False


_APPOSITION_VERB = re.compile(r",\s+(?:[^,;:()\"“”]{2,100},\s+){1,3}(?:[a-z]+ly\s+)?(?:was|were|is|are|has|have|had|did|does|"
                              r"will|would|could|can|said|told|shook|took|put|sat|stood|spoke|made|gave|came|went|got|kept|"
                              r"felt|knew|thought|saw|grew|held|brought|found|sang|[a-z]{3,}ed|[a-z]{3,}s)\b")
# "Kholood Khair, founding director of ..., was blunt", "Halyna Bodnar, 67, of Ukrainian Village, shook her head"


# a party tag or a body between a sentence-opening name and its verb (round 28)
_TAGGED_VERB = re.compile(r"\s*\([^()\n]{1,60}\)\s+(?:[a-z]+ly\s+)?(?:also\s+|then\s+)?[a-z]{3,}\b|\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
                          r"(?:\s+(?:of|for|on|and|the|[A-Z][\w'’-]*)){0,8}\s+(?:[a-z]+ly\s+)?(?:was|were|is|are|has|had|"
                          r"said|says|told|tells|argued|argues|warned|warns|noted|notes|[a-z]{3,}ed)\b")


_OUTLET_OWNER = re.compile(r"(?:" + "|".join(sorted(OUTLET_WORDS, key=len, reverse=True)) + r")(?:'s|’s|')\s+$")


_COURTESY_NAME = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]")


def remember_subjects(text: str, ss: int, se: int, inside: bytearray, ctx: Ctx, reg: ActorRegistry,
                      person_known: bool = False) -> None:
    """A sentence without statements still moves the discourse: its subject (one person, group, institution)
    becomes what a later "he" or "they" refers to (the first person, group and institution it names).
    `person_known`: `subject_first` already made the sentence's subject salient; no other person is."""
    seen_types: set[str] = {"person"} if person_known else set()

    pm = re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:[A-Z][\w-]*(?:\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]*)?,\s+(?:[a-z][\w'’-]*\s+"
                  r"(?:[\w'’-]+\s+){0,5}?[\w'’-]*,\s+)?(he|she)|(He|She))\s+[a-z]", text[ss:se])
    if pm and ctx.person:                        # "He spoke after meeting Tusk.", "Later, talking to the press, he
        res = resolve(pm.group(1) or pm.group(2), ctx, reg)   # struck a harsher note.": "he" stays who he was (the
        # opener's lower-case "he", round 17: the speaker of a quotation that opens the next paragraph)
        if res is not None:
            push(ctx, res[0], res[1], "person")
            seen_types.add("person")
    ments = mentions(text, ss, se, inside, reg)
    if INTRO_WORD.match(text, ss):
        comma = text.find(",", ss, se)
        before = [m for m in ments if m[0] < comma and m[3] == "person"] if comma > 0 else []
        nm = NAME_AT.match(text, before[-1][0]) if before else None
        lead_subj = [m for m in before if "," not in text[ss:m[0]] and after_intro(text, ss, m[0], need_comma=False)]
        if lead_subj and _PLAIN_OPENER.match(text, ss):   # "On Wednesday Chancellor Merz gathered Trump, Zelenskiy and
            ments = lead_subj[:1] + [m for m in ments if m is not lead_subj[0]]   # ...": the comma lists, Merz acts
        elif nm and nm.end() == comma and _APPOSITION_VERB.match(text, comma, se):
            ments = before[-1:] + [m for m in ments if m is not before[-1]]   # "On Saturday Keith Kellogg, Trump's
        else:                                                                 # envoy, was asked ...": the subject
            if comma > 0:
                ments = [m for m in ments if m[0] > comma] + [m for m in ments if m[0] < comma]
            subj = [m for m in ments if after_intro(text, ss, m[0])]
            ments = subj[:1] + [m for m in ments if m not in subj[:1]]
    body = re.match(r"(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)?", text[ss:se]).end() + ss
    ments = _without_members(text, ments, se)
    for pos, a, side, typ in ments:
        if typ in ("unknown", "person") and (a.split()[-1].rstrip(".") in OUTLET_WORDS or _OUTLET_OWNER.search(text, max(ss, pos - 40), pos)):
            continue                             # "Fox News' Peter Doocy asked Leavitt ...": the press is no subject
        if typ == "unknown":                     # an unknown name counts as the subject it is
            lead = text[body:pos]
            nm = NAME_AT.match(text, pos) if not lead.strip() or re.fullmatch(
                r"\s*(?:The|the)\s+(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){1,2}", lead) else None   # "The Sudanese researcher X,"
            if nm is not None and "person" not in seen_types and _APPOSITION_VERB.match(text, nm.end(), se) and \
                    re.fullmatch(r"(?:(?:Rep|Sen|Gov|Gen|Dr|Rev|Fr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z’'-]+"
                                 r"(?:\s+(?:al-|el-)?[A-Z][a-zA-Z’'-]+){1,2}", nm.group(0).strip()):
                pass                             # "Kholood Khair, founding director of ..., was blunt": the subject
            elif nm is not None and "person" not in seen_types and not lead.strip() and \
                    _TAGGED_VERB.match(text, nm.end(), se) and re.fullmatch(
                        r"(?:(?:Rep|Sen|Gov|Gen|Dr|Rev|Fr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][^\W\d_]+(?:[’'-][^\W\d_]+)?"
                        r"(?:\s+(?:al-|el-)?[A-Z][^\W\d_]+(?:[’'-][^\W\d_]+)?){1,2}", nm.group(0).strip()):
                pass                             # "Lee Hart (Lab, Ashfield) rose.", "Sam Roe of the Lowy Institute was
                #                                  sceptical": the subject, its party tag or body between (round 28)
            elif "person" in seen_types or not (len(lead.split()) <= 4 and not re.search(r"[,;:()\"“”]", lead)
                                              and not INTRO_WORD.match(lead) or after_intro(text, ss, pos)) or \
                    not after_intro(text, ss, pos, need_comma=False):
                continue
            typ = "person"
            res = resolve(a, ctx, reg) if side == "other" and _COURTESY_NAME.match(a) else None   # "Greek Prime
            if res is not None and res[2] == "person":   # Minister Kyriakos Mitsotakis ... Mr Mitsotakis was blunt.":
                side = res[1]                    # the camp the article gave the person stays theirs (round 51)
        t = "person" if typ == "person" else "group" if typ == "group" else "inst"
        if t not in seen_types:
            seen_types.add(t)
            push(ctx, a, side, t)
    am = _OWNED_ROLE_NAMED.match(text, body, se) or _OWN_VIEW.match(text, body, se)
    if am and not inside[am.start(1)]:           # "Voss's co-host, Amber Li, disagrees.", "Pierce's own view comes
        res = resolve(am.group(1), ctx, reg)     # late.": whom a later "she" / "he" means (round 64)
        if res is not None and res[2] == "person":
            push(ctx, res[0], res[1], "person")
    fm0 = _FOR_PERSON.match(text, body, se)
    if fm0 and not inside[fm0.start(1)]:         # "For Priyal Singh, a senior researcher at ..., the week exposed the
        res = resolve(fm0.group(1), ctx, reg)    # limits. "...," he said": the opinion's holder is whom "he" means
        if res is not None and res[2] == "person" and len(res[0].split()) >= 2:
            push(ctx, res[0], res[1], "person")
    wm = _WHO_IS.match(text, body, se)
    if wm and not inside[wm.start(1)]:           # "The man who runs these channels is Cardinal Pietro Parolin, ...":
        res = resolve(wm.group(1), ctx, reg)     # the person the sentence identifies is whom "he" means next
        if res is not None and res[2] == "person" and len(res[0].split()) >= 2:
            push(ctx, res[0], res[1], "person")
    bm = _STATE_BODY_SUBJECT.match(text, body, se)
    if bm and not inside[bm.start()]:            # "Ukraine's foreign ministry issued a statement. It said ...": the
        res = resolve(bm.group(1), ctx, reg)     # ministry, not the country its possessive names
        if res is not None and res[2] != "person" and reg.lookup(res[0]) is not None:
            push(ctx, res[0], res[1], "inst")
    cm = _CAME_FROM.search(text, body, se)
    if cm and not inside[cm.start(1)]:           # "Israel's answer came from Netanyahu's office within hours.": the
        res = resolve(re.sub(r"(?<=[a-z]{2})\.$", "", cm.group(1)), ctx, reg)   # source is what a later "it" / "he"
        # means (not the full stop that ends "... came from Sergey Nechayev.")
        if res is not None:
            push(ctx, res[0], res[1], "person" if res[2] == "person" else "inst")
    fm = _FORMAL_SUBJECT.match(text, body, se)
    if fm and not inside[fm.start()]:            # "The Israeli Ministry of Foreign Affairs was dismissive.": what a
        res = resolve(fm.group(1), ctx, reg)     # later "it" or "the Ministry" is
        if res is not None and res[2] != "person" and res[0].lower() != fm.group(1).lower().split()[-1]:
            push(ctx, res[0], res[1], "inst")
    om = re.match(r"[Tt]he\s+(?:press\s+)?office\s+of\s+", text[body:se])
    if om and "inst" not in seen_types:          # "The office of Israeli Prime Minister Benjamin Netanyahu was more
        toks = text[body + om.end():se].split()[:6]   # cautious. It said ...": the office is what "it" is
        for n in range(len(toks), 0, -1):
            res = resolve(text[body:body + om.end()] + " ".join(toks[:n]), ctx, reg)
            if res is not None and res[2] != "person" and reg.lookup(res[0]) is not None:
                push(ctx, res[0], res[1], "inst")
                break



# a sentence opened by a person named in apposition to someone's role ("Voss's co-host, Amber Li, disagrees"), or by a
# person's own view ("Pierce's own view comes late"): that person is the subject (round 64)
_OWNED_ROLE_NAMED = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+"
                               r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+[a-z]")
_OWN_VIEW = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:'s|’s)\s+own\s+(?:view|position|answer|take|verdict|reading|line|"
                       r"assessment)\b")
# a collective of states named with its members ("the Quad, the United States, Saudi Arabia, Egypt and the UAE",
# "the Quad, made up of ...", "the E3 (Britain, France and Germany)"): the members are no subjects of their own
_COLLECTIVE = re.compile(r"(?:Quad|Quartet|Troika|G\d{1,2}|BRICS|E3|P5|Contact Group|Arab League)(?![\w'’-])")
_ITEM = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*"
_MEMBER_LIST = re.compile(r"(?:\s*,\s*(?:(?:made up of|comprising|consisting of|grouping|which (?:groups|includes|comprises))\s+)?|"
                      r"\s+[-–—(]\s*(?:made up of\s+)?)" + _ITEM + r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)" + _ITEM + r")+")


def _without_members(text: str, ments: list, se: int) -> list:
    """Mentions of a sentence without the member states listed right after a collective that names them."""
    out, skip = [], -1
    for m in ments:
        if m[0] < skip:
            continue
        out.append(m)
        nm = NAME_AT.match(text, m[0])
        cm = _COLLECTIVE.search(text, m[0], nm.end()) if nm and m[3] == "group" else None
        if cm and cm.end() == nm.end():
            lm = _MEMBER_LIST.match(text, cm.end(), se)
            if lm:
                skip = lm.end()
    return out


_CAME_FROM = re.compile(r"\b(?:answer|response|reply|reaction|riposte|retort|statement|verdict|rebuttal)\s+came\s+(?:\w+\s+)?"
                        r"from\s+(?:(?:its|his|her|their|the|a)\s+[a-z][^,.;:\"“”]{0,60}?,\s+)?"   # "from its ambassador, X"
                        r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|al-[\w'’-]+))*(?:(?:'s|’s)\s+"
                        r"(?:office|ministry|spokesman|spokeswoman|government))?)")
_FORMAL_SUBJECT = re.compile(r"((?:[Tt]he\s+)(?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Council|Assembly|Office|Department|Commission|"
                             r"Presidency|Government|Cabinet|Committee|Secretariat)(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*"
                             r"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*){0,6})?)\s+(?=[a-z])")
_PLAIN_OPENER = re.compile(r"\s*(?:On|In|At|During|Last|This|Earlier|Later|Today|Yesterday|Meanwhile|Separately|Then|Now|"
                           r"Also|But|And|Yet|Still|However)\b")
_FOR_PERSON = re.compile(r"For\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*),\s+(?:an?|the)\s+[^,;:\"“”]{3,120},\s+[a-z]")
_WHO_IS = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?(?:man|woman|person|official|diplomat|negotiator|"
                     r"figure|envoy|mediator)\s+(?:who|whom|that|behind|at|in)\b[^.;:\"“”]{0,160}?\s+(?:is|was)\s+"
                     r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)")
_STATE_BODY_SUBJECT = re.compile(r"(?:[A-Z][a-z]+\s+(?:[a-z]+\s+){0,2}(?:earlier|later|before|ago)\s*,?\s+|"   # "Two days
                                 r"(?:On|Last|This|Earlier|Later)\s+[A-Z]?[a-z]+\s*,?\s+)?"                 # earlier the ..."
                                 r"((?:[Tt]he\s+)?(?!(?:The|Its|Their|His|Her|This|That)\s)[A-Z][\w'’-]*(?:'s|’s)?\s+(?:[a-z]+\s+){0,2}(?:ministry|government|"
                                 r"army|military|presidency|embassy|delegation|parliament|cabinet))(?![\w'’-])")


def learn_titles(text: str, reg: ActorRegistry, ctx: Ctx) -> None:
    """Titles this article gives its people: "Medinsky, an aide to ...", "its spokesman, Dmitry Peskov"."""
    heads = r"(aide|adviser|advisor|spokesman|spokeswoman|spokesperson|secretary|head|chief|envoy|minister|negotiator|" \
            r"leader|president|chancellor|premier|diplomat|ambassador|commander|official)"
    name = r"((?!The\b)(?:[A-Z]\.|[A-Z][\w'’-]+)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})"
    pats = [re.compile(name + r",\s+(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?" + heads +
                       r"\b(?=[^,.;:\"“”]{0,60}[,.;:)])"),
            re.compile(r"\b(?:its|his|her|their|the)\s+(?:[\w'’-]+\s+){0,3}?" + heads + r",\s+" + name + r",")]
    for k, pat in enumerate(pats):
        for m in pat.finditer(text[:200_000]):
            nm, head = (m.group(1), m.group(2)) if k == 0 else (m.group(2), m.group(1))
            actor = reg.lookup(nm)
            if actor is not None and actor.type != "person" or nm.split()[0] in STOP_CAP:
                continue                         # "The Europeans, the minister snapped," is no appositive
            bare = _HONORIFIC.sub("", _RANK.sub("", nm)).strip()   # "the Russian Ambassador, Mr Andrey X,": the
            if bare != nm and len(bare.split()) >= 1 and bare[:1].isupper():   # name, not its honorific (round 21)
                nm = bare
                actor = reg.lookup(nm)
                if actor is not None and actor.type != "person":
                    continue
            full = actor.name if actor else nm
            if not actor and len(nm.split()) >= 2:
                ctx.names[nm.split()[-1]] = nm
            ctx.titles.setdefault(head.lower(), full)


# a name's capital: Latin letters with diacritics too ("Þorgerður Katrín", "Örn", "Østergaard", "Žygimantas")
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_FULL_NAME = re.compile(r"(?<![\w'’.-])([" + _UP + r"][a-zß-öø-ÿ][\w'’-]*)((?:[ \t\u00a0]+(?:al-|el-|bin\s+|ibn\s+|de\s+|"
                        r"van\s+|von\s+)?(?:[" + _UP + r"][a-zß-öø-ÿ][\w'’-]*|(?:al|el)-[A-Z][a-z][\w'’-]*)){1,2})"
                        r"(?![\w'’-]|\s+[" + _UP + r"])")


_STAFF_LABEL = re.compile(r"(?m)^[ \t]*((?:[A-Z][A-Z'’.-]+\s+){0,3}[A-Z][A-Z'’.-]+),\s+(?:BYLINE|HOST|ANCHOR|CORRESPONDENT|"
                          r"REPORTER|MODERATOR)\s*:")
REPORTER_LINE = re.compile(r"[ \t]*((?:[A-Z][A-Z'’.-]+\s+){0,3}[A-Z][A-Z'’.-]+)(?:,\s+[A-Z][A-Z ]+)?\s*:\s+")


def learn_reporters(text: str, ctx: Ctx) -> None:
    """The broadcaster's own people in a transcript ("ELENA MARSH, HOST:", "PETER KOVAC, BYLINE:"): their lines
    ("KOVAC: ...") are narration, whose sentences are read like any article's, never their statements."""
    for m in _STAFF_LABEL.finditer(text[:200_000]):
        ctx.reporters.add(m.group(1).split()[-1])


_CAPS_LABEL = re.compile(r"(?m)^[ \t]*((?:[A-Z][A-Z'’.-]*\s+)*[A-Z][A-Z'’.-]*)\s*[:,]")


_HONOUR_WORD = re.compile(r"Mr|Mrs|Ms|Miss|Dr|Gen|Lt|Col|Maj|Adm|Sgt|Capt|Cmdr|Brig|Prof|Sir|Dame|PM|Cde|Daw|Ato|Oknha")
_HONOURED_NAME = re.compile(r"(?<![\w'’.-])(?:" + _HONOUR_WORD.pattern + r")\.?\s+([A-Z][a-z][\w'’-]*)(?![\w'’-]|\s+[A-Z])")
# "Mr Sanan", "Gen Natthaphon": a single name after an honorific or rank. In Thai (and other given-name-first)
# usage the re-mention keeps the given name, so the full name it opens ("Sanan Angubolkul") is that person.


_PERSON_TITLES = set(("spokesman spokeswoman spokesperson minister president premier ambassador envoy chancellor secretary "
                      "chief adviser advisor aide diplomat negotiator representative delegate analyst expert scientist "
                      "researcher professor director chairman chairwoman chairperson commander general governor mayor "
                      "senator lawmaker official leader counterpart deputy colonel captain admiral coordinator "
                      "commissioner head politician columnist editor correspondent economist").split())
_PRONOUNS = {"He", "She", "It", "We", "They", "I", "You", "His", "Her", "Its", "Our", "Their", "This", "That"}
_TITLE_BEFORE = re.compile(r"(?:^|\s)([A-Za-z][\w-]*)\s+$")


def _plain_word(t: str, reg: ActorRegistry) -> bool:
    """A word that is no part of a person's name: a stop word, title, organisation or outlet word, a nationality."""
    return t in STOP_CAP or t.lower() in TITLE_WORDS or t in ORG_WORDS or t in OUTLET_WORDS or t in DEMONYMS or \
        t in DEMONYMS.values() or t.lower() in reg.camp_words
_INTRO_AFTER = re.compile(r",\s+(?:a|an|the|[A-Z][\w'’-]*(?:'s|’s))\s|\s+(?:said|says|told|noted|stressed|added)\b")


def _introduced_person(text: str, s: int, e: int) -> bool:
    """A full name introduced as a person: after a title ("spokesperson Mao Ning", "Minister Wang Yi"), before an
    appositive ("Li Haidong, a professor at ...", "Fu Cong, China's permanent representative") or a speech verb;
    "the Chicago Board of Trade" is none."""
    tm = _TITLE_BEFORE.search(text, max(0, s - 40), s)
    if tm and (tm.group(1).lower() in _PERSON_TITLES or tm.group(1) in _NAME_RANKS):
        return True
    return text[s - 4:s].lower() != "the " and _INTRO_AFTER.match(text, e) is not None


_OPENING_WORDS = set("But And Yet So Then When As While Meanwhile Still Later Only Even Asked Now If Though Although "
                     "Because Since After Before Where Here There For With".split())


def _registry_person_absent(text: str, sur: str, full: str, reg: ActorRegistry) -> bool:
    """True when the article never names the registry's person of surname `sur` other than by the bare surname: not
    by a full name or alias of several words, and never with a title or another first name before the surname (then
    every bare "Whitaker" is the article's `full`, "Claire Whitaker"). Round 58."""
    known = reg.lookup(sur)
    if known is None:
        return False
    for alias in (known.name, *known.aliases):
        if " " in alias and alias != full and re.search(r"(?<![\w'’-])" + re.escape(alias) + r"(?![\w'’-])", text):
            return False
    first = full.split()[0]
    for m in re.finditer(r"([\w'’.-]+)\s+" + re.escape(sur) + r"(?![\w'’-])", text):
        before = m.group(1)
        if before == first or not before[:1].isupper() or _HONOUR_WORD.fullmatch(before) or before in _OPENING_WORDS:
            continue
        return False                             # "President Whitaker", "Matthew Whitaker", "Mrs Whitaker"? -> unsure
    return True


def learn_names(text: str, reg: ActorRegistry, ctx: Ctx) -> None:
    """Surnames of the unknown people the article names in full ("Ayman Odeh ... Odeh said"): a later bare surname
    is that person. A surname two full names share, and names the registry knows, are left alone."""
    seen: dict[str, set[str]] = {}
    shadows: dict[str, set[str]] = {}            # registry surnames the article gives to someone else in full
    firsts: dict[str, set[str]] = {}             # first word -> full names ("Mao Ning ... Mao said": surname first)
    leads: dict[str, set[str]] = {}              # first two words -> full names of three
    first_at: dict[str, int] = {}                # ... and where the first of them stands
    whole: dict[str, int] = {}                   # full names of two words -> where first named
    honoured = {m.group(1) for m in _HONOURED_NAME.finditer(text[:200_000])}   # "Mr Sanan", "Gen Natthaphon"
    for m in _FULL_NAME.finditer(text[:200_000]):
        full = m.group(0)
        toks = full.split()
        if _HONOUR_WORD.fullmatch(toks[0]) or toks[0] in _NAME_RANKS:   # "Mr Sanan", "Gen Natthaphon Narkphanit",
            # "Cardinal Matteo Zuppi": the name after the
            if len(toks) < 3:                    # honorific or rank; a single name after one is a re-mention, never
                continue                         # a full name of its own
            toks = toks[1:]
            full = " ".join(toks)
        titled = toks[0].lower() in _PERSON_TITLES and len(toks) == 3   # "Minister Wang Yi, also ...": the name after
        name = toks[1:] if titled else toks
        known = reg.lookup(" ".join(name))
        if not any(_plain_word(t, reg) for t in name) and name[0] not in _PRONOUNS and "-" not in name[0] and \
                (titled or known is not None or name[0] in honoured or _introduced_person(text, m.start(), m.end())):
            if (known is None or known.type == "person") and reg.lookup(name[0]) is None:
                firsts.setdefault(name[0], set()).add(known.name if known is not None else " ".join(name))
        if any(_plain_word(t, reg) for t in toks):
            continue
        if reg.lookup(full) is None and (other := reg.lookup(toks[-1])) is not None and other.type == "person" and \
                other.name.split()[-1] == toks[-1] and len(toks) >= 2:   # "Claire Whitaker" where the registry's
            shadows.setdefault(toks[-1], set()).add(full)                # "Whitaker" is Matthew Whitaker
        if reg.lookup(full) is not None or reg.lookup(toks[-1]) is not None:
            continue
        seen.setdefault(toks[-1], set()).add(full)
        if len(toks) == 3:                       # "Agustín Santos Maraver ... Agustín Santos said": the
            leads.setdefault(" ".join(toks[:2]), set()).add(full)   # leading names of a longer one (round 39)
            first_at.setdefault(" ".join(toks[:2]), m.start())
        else:
            whole.setdefault(full, m.start())
        bare = re.sub(r"^(?:al|el|Al|El)-", "", toks[-1])
        if bare != toks[-1] and bare[:1].isupper():   # "Turki al-Maliki ... Maliki said": the bare surname too
            seen.setdefault(bare, set()).add(full)
    labels = {w for m in _CAPS_LABEL.finditer(text[:200_000]) for w in m.group(1).split()}
    for sur, fulls in shadows.items():
        if len(fulls) == 1 and sur.upper() not in labels and _registry_person_absent(text, sur, next(iter(fulls)), reg):
            ctx.shadowed[sur] = next(iter(fulls))
    for sur, fulls in seen.items():
        if len(fulls) == 1 and sur.upper() not in labels:
            ctx.surnames[sur] = next(iter(fulls))   # not a transcript's speaker label ("REID:")
    for first, fulls in firsts.items():           # a name whose first word is used alone ("Mao said", "Wang
        if len(fulls) == 1 and first not in seen and first.upper() not in labels:   # noted"): the one person so named,
            ctx.surnames.setdefault(first, next(iter(fulls)))   # unless it is also someone's last word
    for lead, fulls in leads.items():             # "Sigurjón Bragi" for "Sigurjón Bragi Magnússon": the one person
        if len(fulls) == 1 and whole.get(lead, len(text)) > first_at[lead] and reg.lookup(lead) is None:
            ctx.surnames.setdefault(lead, next(iter(fulls)))
    ctx.given = given_names(text, reg)           # "Volodymyr, 70, a retired bus driver": that man, not the president
    for name in ctx.given:                       # who shares his first name (round 28)
        ctx.surnames[name] = name


def add_found(found: list[Found], f: Found, ctx: Ctx, reg: ActorRegistry, taken: bytearray,
         inherit: Found | None = None) -> Found | None:
    if inherit is not None:
        f.mention, f.resolved = inherit.mention, inherit.resolved
    else:
        f.resolved = resolve(f.mention, ctx, reg)
    if f.resolved is None or f.end <= f.start:
        return None
    actor, side, typ = f.resolved
    low = f.mention.lower().split()
    t = "person" if typ == "person" else "group" if typ == "group" else "inst"
    push(ctx, actor, side, t)
    if _ROLE_END.search(f.mention):             # "A Thai government spokesperson said": "the spokesperson" next
        ctx.spokes = f.resolved
    if low and low[-1] in DOC_WORDS:
        push(ctx, actor, side, "inst")
    taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    found.append(f)
    return f


_BODY_SUBJECT = re.compile(r"(?:(?:On|In|At|By|After|Before|During|Later|Earlier|Then)\s+(?:[\w-]+\s+){1,4}?(?=the\s|its\s|their\s))?"
                           r"((?:[Tt]he|Its|its|Their|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?:party|group|movement|coalition|alliance|militia|"
                           r"rebels|bloc|ministry|government|presidency|office|army|military|embassy|council|delegation|"
                           r"mission|commission|administration|agency|service))\s+(?:[a-z]+ly\s+)?(?:also\s+|then\s+|later\s+)?"
                           r"[a-z]+ed\b")


# an institution, a lower-case title chain and a name: "Kremlin (foreign policy) aide Yuri Ushakov"
_TITLED_SUBJECT = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:" + TITLE_ALT + r"|policy|press|energy)\s+){1,3}"
                             r"[A-Z][\w'’.-]*(?:\s+(?:al-|el-)?[A-Z][\w'’.-]*){1,2})(?=[\s,])")


def sentence_subject(text: str, ss: int, pos: int, found: list[Found], inside: bytearray, ctx: Ctx,
             reg: ActorRegistry) -> Found | None:
    """The speaker of a participle or coordinated verb: an earlier speaker of the sentence, or its subject."""
    prior = [f for f in found[-6:] if f.resolved and f.start < pos and not f.nominal]
    ss = max(ss, pos - 400)
    if prior:
        return prior[-1]
    pm0 = re.match(r"\s*(?:[A-Z]\w*\s+)?(?:[a-z]\w*\s+){0,4}?(he|she)\s+(?:[a-z]\w*\s+){0,2}?[a-z]+[^,]*,\s*$",
                   text[ss:pos])
    if pm0:                                      # "The next morning he went further, calling ..."
        res = resolve(pm0.group(1), ctx, reg)
        return Found(0, 0, pm0.group(1), res) if res else None
    dm = _DELEGATE_FIRST.match(text, ss, pos)
    if dm and re.match(r"[^,;:\"“”]{0,60},\s*$", text[dm.end():pos]):   # "Denmark's representative went further,
        res = resolve(dm.group(1), ctx, reg)                              # warning that ...": the delegate
        if res is not None:
            return Found(0, 0, dm.group(1), res)
    m = re.match(r"\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:(?!(?:He|She|They|It)\s)[A-Z][\w-]*\s+(?:[a-z]\w*\s+){0,5}?\w*,\s+)?",
                 text[ss:pos])                   # an opening adverbial, not "He confirmed, too, that ..."
    lo = ss + (m.end() if m else 0)
    pm = re.match(r"(He|She|They|It|he|she|they|it)\b", text[lo:pos]) or \
        re.match(r"(?:[A-Z][\w-]*\s+){1,3}?(he|she|they)\b", text[lo:pos])
    if pm:
        res = resolve(pm.group(1), ctx, reg)
        return Found(0, 0, pm.group(1), res) if res else None
    for v in VERB_RE.finditer(text, lo, pos):
        np = np_before(text, lo, v.start())
        if np:
            res = resolve(text[np[0]:np[1]], ctx, reg)
            if res:
                return Found(0, 0, text[np[0]:np[1]], res)
    lm = re.match(r"\s*((?:[A-Z][\w'’.-]*(?:'s|’s)?(?:,\s+|\s+and\s+|\s+))+[A-Z][\w'’.-]*)\s+(?:[a-z]+ly\s+)?[a-z]",
                  text[lo:pos])
    if lm and lm.group(1).count(",") >= 1 and " and " in lm.group(1):
        res = _listed_group(lm.group(1), reg)    # "France's Emmanuel Macron, ..., and Poland's Donald Tusk stood with
        if res is not None:                      # Zelenskyy and demanded that ...": the leaders together
            return Found(0, 0, lm.group(1), res)
    am = _TITLE_COMMA_NAME.match(text, ss, pos)
    if am:                                       # "The Kremlin spokesman, Dmitry Peskov, went further and questioned
        res = resolve(am.group(1), ctx, reg)     # ...": the named person, not the body his title names (round 42)
        if res is not None and res[2] == "person":
            return Found(0, 0, am.group(1), res)
    bm = _BODY_SUBJECT.match(text, ss + len(text[ss:pos]) - len(text[ss:pos].lstrip()), pos) or _BODY_SUBJECT.match(text, lo, pos)
    if bm:                                       # "The party published an open letter, urging ...": the body named before
        res = resolve(bm.group(1), ctx, reg)
        if res is not None:
            return Found(0, 0, bm.group(1), res)
    tm = re.match(r"\s*((?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’-]*)\s+[a-z]", text[lo:pos])
    if tm and tm.group(1).split()[0] not in STOP_CAP and tm.group(1).split()[0].lower().rstrip(".") in TITLE_WORDS | {
            "mr", "mrs", "ms", "dr"}:                # "Minister Rusu thanked ... and expressed concern": the titled name
        res = resolve(tm.group(1), ctx, reg)
        if res is not None and res[2] == "person" and (reg.lookup(res[0]) is not None or res[0] in ctx.names.values()):
            return Found(0, 0, tm.group(1), res)
    ms = mentions(text, ss, pos, inside, reg)
    ms = [m for m in ms if not re.match(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:'s|’s)\s+(?:[a-z][\w-]*\s+){1,3}[A-Z]",
                                        text[m[0]:m[0] + 80])] or ms   # "Putin's envoy Kirill Dmitriev": not Putin
    ms = [m for m in ms if after_intro(text, ss, m[0])][:1] + [m for m in ms if m[3] != "unknown"] or ms
    if ms:
        p = ms[0][0]
        cm = _TITLED_SUBJECT.match(text, p, pos)
        if cm and ms[0][3] != "person":          # "Kremlin spokesman Dmitry Peskov echoed him, saying ...": the
            res = resolve(cm.group(1), ctx, reg)  # person the title chain names, not its institution
            if res is not None and res[2] == "person":
                return Found(0, 0, cm.group(1), res)
        mm = re.match(r"[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*", text[p:pos])
        mention = mm.group(0) if mm else ms[0][1]
        return Found(0, 0, mention, (ms[0][1], ms[0][2], ms[0][3]))
    return None
