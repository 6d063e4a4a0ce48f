"""People an article introduces with a title: a registry that grows while the article is read.

"Estonian Prime Minister Kristen Michal", "Sweden's prime minister, Ulf Kristersson," and "Kristen
Michal, the Estonian prime minister," introduce a person with a title and (usually) a nationality.
`learn_introductions` records each such person as it is met (name, surname, title words, camp from
the nationality, nation), so that later title-only references ("the prime minister", "the Estonian
prime minister") and surnames ("Michal", "Mr Michal") in the same article resolve to them and to
their camp. Not here: the conflict's fixed registry (`pipeline.actors`), pronouns
(`pipeline.extract.speakers`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.actors import ActorRegistry
from pipeline.extract.camps import camp_from_words
from pipeline.extract.lexicon import CAPITALS, DEMONYMS, NAME_PARTICLE, ORG_WORDS, STOP_CAP, TITLE_ALT, TITLE_WORDS

# the words that make a title a title (not "senior", "foreign", "the")
HEAD_TITLES = set(("minister president chancellor premier spokesman spokeswoman spokesperson aide adviser advisor "
                   "envoy ambassador negotiator secretary chief head leader commander director governor mayor "
                   "senator lawmaker speaker chairman chair chairperson chairwoman commissioner representative "
                   "official diplomat general king queen emir prince sheikh monarch coordinator mediator counterpart "
                   "taoiseach tánaiste tanaiste").split())
_FILLER = {"of", "the", "for", "and", "on", "to", "a", "an"}
RANKS = {"vice", "deputy", "prime", "former", "acting", "first", "assistant", "undersecretary", "under", "junior",
         "interim", "ex"}                      # a title without them names someone else: "the president" != vice president
_NATION_FIX = {"french": "fra", "danish": "den", "dutch": "net", "american": "us", "u.s.": "us", "british": "uk",
               "britain": "uk", "u.k.": "uk", "swiss": "swi", "irish": "ire", "greek": "gre", "welsh": "wal",
               "scottish": "sco", "emirati": "uae", "saudi": "sau", "thai": "tha", "lebanese": "leb"}
_WORD = r"[A-Z][\w'’.-]*"
_B = r"(?![\w'’-])"                            # a title word ends there: "host" is no title in "hosted"
_CHAIN = re.compile(r"(?<![\w'’-])((?:" + _WORD + r"|(?:" + TITLE_ALT + r")" + _B + r")(?:\s+(?:" + _WORD + r"|al-\w+|el-\w+|"
                    r"von|der|de|bin|ibn|(?:" + TITLE_ALT + r")" + _B + r"|of|the|for|on))*)(?:\s*,\s+(?:(?:the|an?)\s+((?:[\w'’.-]+\s+)"
                    r"{0,5}?[\w'’.-]+)|(" + _WORD + r"(?:\s+" + _WORD + r"){1,3}))(?=\s*[,.;]))?")

_ANY_HEAD = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(HEAD_TITLES, key=len, reverse=True)) + r")", re.I)


@dataclass
class Intro:
    """One person the article introduced: full name, camp, title words and nation key."""

    name: str
    camp: str
    titles: frozenset[str]
    nation: str
    state: str = ""                              # the state the introduction names ("Irish ..." -> Ireland), if any


def nation_key(word: str) -> str:
    """'Estonian', 'Estonia', "Estonia's" -> 'est'; 'French'/'France' -> 'fra'."""
    w = re.sub(r"(?:'s|’s)$", "", word).lower()
    return _NATION_FIX.get(w, w[:3])


def _is_name_word(w: str, reg: ActorRegistry) -> bool:
    lw = w.lower().rstrip(".")
    if "-" in lw and all(p in TITLE_WORDS for p in lw.split("-")):
        return False                             # "Secretary-General", "Vice-President": a title
    return (w[:1].isupper() or bool(NAME_PARTICLE.match(w))) and lw not in TITLE_WORDS and \
        lw.rstrip("s") not in TITLE_WORDS and lw not in reg.camp_words and w not in STOP_CAP and w not in ORG_WORDS \
        and not lw.endswith(("'s", "’s"))


# capitalised words that end the organisation of a title chain, not begin a name ("Minister of Information
# Muammar al-Eryani", "Head of the Russian Direct Investment Fund Kirill Dmitriev")
_ORG_TAIL = set(("Information Investment Direct Countering Disinformation Emergency Emergencies Situations Internal "
                 "External Affairs Reintegration Territories Integration Communications Culture Agriculture Transport "
                 "Infrastructure Education Science Industry Commerce Labour Labor Social Policy Digital Reconstruction "
                 "Veterans Youth Sports Environment Tourism Planning Cooperation Relations Strategic Studies Forces "
                 "Federation Republic Kingdom States Emirates Nations Organization Organisation Authority Region "
                 "Administration Leader Supreme Revolution Guard Guards Headquarters Staff Court Front").split())
_PORTFOLIO_HEADS = {"minister", "ministers", "ministry"}
HONORIFICS = {"Prince", "Sheikh", "Sheikha", "King", "Emir", "Sultan", "Crown", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame",
               "Princess", "Queen", "Archbishop", "Patriarch", "Cardinal", "Pope",
               "Cde", "Daw", "U", "Ato", "Maulana", "Mawlana", "Oknha",   # round 58: Zimbabwe, Myanmar, Ethiopia,
               "Madam", "Opanin",                                         # South Asia, Cambodia; round 61: Ghana;
               "Seyyed", "Seyed", "Sayyid", "Sayed"}                      # round 65: Iran and the Arab world
_NOT_NAME_END = ORG_WORDS | _ORG_TAIL | {"Emirates", "Arabia", "Union", "Nations", "States", "Council", "Service"}
_PARTICLE_WORD = re.compile(r"(?:al|Al|el|El|bin|ibn|bint|Abu|abu|Abdel|Abdul|Abd|van|von|der|de|da|di|du|dos|la|le)$")


def trim_org(name: list[str], reg: ActorRegistry, before: str = "", chained: bool = True) -> list[str]:
    """The person's name at the end of a run of capitalised words that a title chain begins with its organisation
    or state ("of the GCC Jasem Al-Budaiwi", "of Saudi Arabia Prince Khalid bin Salman", "of Iran Ali Akbar
    Velayati"): leading acronyms, states, known bodies, organisation words and honorifics go (`before`: the word
    before the run, for "Saudi | Arabia ..."); with `chained` (the run follows "of"/"the"/"to") a run still longer
    than a name keeps its last two words and the particles before them."""
    out = list(name)
    pair = f"{before} {out[0]}" if out and before else ""
    if pair and (pair.lower() in reg.camp_words or pair in DEMONYMS):
        out = out[1:]
    while len(out) > 2:
        for n in (3, 2, 1):                      # "United Arab Emirates", "Saudi Arabia", "Iran"
            head = " ".join(out[:n])
            known = reg.lookup(head) if len(out) - n >= 2 else None
            if len(out) - n >= 2 and (head.lower() in reg.camp_words or head in DEMONYMS or head in CAPITALS or
                                      known is not None and known.type != "person"):
                out = out[n:]
                break
        else:
            w = out[0]
            if re.fullmatch(r"[A-Z]{2,}[a-z]?", w) or w in ORG_WORDS or w in _ORG_TAIL or w in HONORIFICS or \
                    w.lower() in TITLE_WORDS:
                out = out[1:]
                continue
            break
    while len(out) > 2 and out[0] in HONORIFICS:
        out = out[1:]
    if chained and len(out) > 3:
        k = len(out) - 2
        while k > 0 and _PARTICLE_WORD.match(out[k]):
            k -= 1                               # "Mohammed bin Salman", "Abdel Fattah al-Burhan"
        out = out[k:]
    return out


def split_title_name(words: list[str], reg: ActorRegistry) -> tuple[list[str], list[str], list[str]] | None:
    """[prefix][title words][name] for "Estonian Prime Minister Kristen Michal"; None if it is not that shape. A chain
    whose organisation runs into the name ("Secretary General of the GCC Jasem Al-Budaiwi", "Minister of Defence of
    Saudi Arabia Prince Khalid bin Salman") is [][the chain][the name]."""
    k = len(words)
    while k > 0 and (_is_name_word(words[k - 1], reg) or words[k - 1] in HONORIFICS or
                     k < len(words) and _PARTICLE_WORD.match(words[k - 1])):
        k -= 1
    name = words[k:]
    if len(name) >= 3 or name and name[0] in HONORIFICS:
        before = words[k - 1] if k > 0 else ""
        trimmed = trim_org(name, reg, before, chained=before.lower() in _FILLER)
        if len(trimmed) == 3 and before == "of" and k > 1 and words[k - 2].lower() in _PORTFOLIO_HEADS and \
                not _PARTICLE_WORD.match(trimmed[1]):
            trimmed = trimmed[1:]                # "Minister of Media Salman Al-Dossary": one word after "Minister of"
        if len(trimmed) < len(name):             # is the portfolio, whatever it is (round 35)
            k += len(name) - len(trimmed)
            name = trimmed
            chain = words[:k]
            if not name or _PARTICLE_WORD.match(name[0]) or name[-1] in _NOT_NAME_END or not 2 <= len(name) <= 4 or \
                    any(w[:1].islower() and w.lower() not in _FILLER and w.lower() not in TITLE_WORDS for w in chain) or \
                    not any(w.lower() in HEAD_TITLES or w.lower().rstrip("s") in HEAD_TITLES for w in chain):
                return None
            return [], chain, name
    if len(name) < 2 or len(name) > 4 or k == 0 or words[k - 1].lower() in _FILLER:
        return None                              # "President of the United Arab Emirates" names no person
    t = k
    while t > 0 and (words[t - 1].lower() in TITLE_WORDS or words[t - 1].lower().rstrip("s") in TITLE_WORDS):
        t -= 1
    titles = [w.lower() for w in words[t:k] if w.lower() not in _FILLER]
    if not any(w in HEAD_TITLES or w.rstrip("s") in HEAD_TITLES for w in titles) and not (
            len(name) >= 3 and titles and titles[0] in ("ministry", "office", "council", "presidency")):
        return None                              # but "(Minister of State at the) Ministry of Foreign Affairs Dr.
    return words[:t], words[t:k], name           # Mohammed bin Abdulaziz Al-Khulaifi": a person after his ministry


def _state_word(word: str) -> str:
    """The state a word of a title names ("Irish", "Ireland's", "Dublin's" -> "Ireland"), else ""."""
    w = re.sub(r"(?:'s|’s)$", "", word)
    if w in ("American", "US", "U.S."):
        return "America"
    return w if w in DEMONYMS else CAPITALS.get(w) or STATE_OF.get(w, "")


STATE_OF = {adj: state for state, adj in DEMONYMS.items()}


# a courtesy title or rank before an introduced name is no part of it ("The Russian Ambassador, Mr Andrey X,", "the
# Minister of Information, Alhaji Y,", "the army spokesman, Brig.-Gen. Z,"): the data card's actor is the bare name
_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Dr|Alhaji|Alhaja|Hajiya|Mallam|Malam|Hon|Amb|Prof|Engr|Barr|Gen|Lt|Col|Maj|Brig|"
                       r"Adm|Capt|(?:Brig|Maj|Lt)\.?-(?:Gen|Col))\.?")


def _record(ctx, reg: ActorRegistry, name: list[str], descr: list[str]) -> None:
    while len(name) > 1 and _COURTESY.fullmatch(name[0]):
        name = name[1:]                          # round 21
    full = " ".join(name)
    known = reg.lookup(full)
    if known is not None and known.type != "person":
        return
    camp = known.camp if known is not None else camp_from_words(reg, " ".join(descr))
    nation = next((nation_key(w) for w in descr if w.lower() in reg.camp_words or re.sub(r"(?:'s|’s)$", "", w).lower()
                   in reg.camp_words or re.sub(r"(?:'s|’s)$", "", w) in _NATIONS), "")   # "Turkish", unlisted too
    titles = frozenset(w.lower() for w in descr if w.lower() in TITLE_WORDS and w.lower() not in _FILLER
                       and w.lower() not in reg.camp_words)
    canonical = known.name if known is not None else full
    state = next((st for st in (_state_word(w) for w in descr) if st), "")
    ctx.intros.append(Intro(canonical, camp, titles, nation, state))
    if known is None:
        ctx.names.setdefault(name[-1], full)
        ctx.camps.setdefault(full, camp)


def learn_introductions(text: str, s: int, e: int, inside: bytearray, reg: ActorRegistry, ctx) -> None:
    """Record the people that text[s:e] introduces with a title (outside quotations)."""
    if not _ANY_HEAD.search(text, s, e):
        return
    for m in _CHAIN.finditer(text, s, e):
        if inside[m.start()]:
            continue
        words = m.group(1).split()
        while words and words[0] in STOP_CAP:
            words = words[1:]
        parts = split_title_name(words, reg)
        if parts is not None:
            prefix, title, name = parts
            _record(ctx, reg, name, prefix + title)
        elif m.group(2) and 2 <= len(words) <= 4 and all(_is_name_word(w, reg) for w in words):
            descr = m.group(2).split()           # "Kristen Michal, the Estonian prime minister,"
            if any(w.lower() in HEAD_TITLES for w in descr):
                _record(ctx, reg, words, descr)
        elif m.group(3) and words and words[-1].lower().rstrip("s") in HEAD_TITLES:
            name = m.group(3).split()            # "Sweden's prime minister, Ulf Kristersson,"
            if all(_is_name_word(w, reg) for w in name):
                _record(ctx, reg, name, words)


def title_query(mention: str, reg: ActorRegistry) -> tuple[set[str], set[str]] | None:
    """(title words, nation keys) of a title-only mention ("the Estonian prime minister"), else None."""
    words = re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.I).split()
    nat = [w for w in words if w.lower() in reg.camp_words or re.sub(r"(?:'s|’s)$", "", w).lower() in reg.camp_words
           or w in _NATIONS or re.sub(r"(?:'s|’s)$", "", w) in _NATIONS]   # "the Turkish minister", "Italy's premier"
    titles = {w.lower() for w in words if w.lower() in TITLE_WORDS and w.lower() not in _FILLER and w not in nat}
    if not any(w in HEAD_TITLES or w.rstrip("s") in HEAD_TITLES for w in titles) or \
            any(w[:1].isupper() and w.lower() not in TITLE_WORDS and w not in nat for w in words):
        return None                              # lower-case modifiers ("the retired general") are fine
    return titles, {nation_key(w) for w in nat}


_LEADS = {"president", "prime", "premier", "chancellor", "king", "emir", "taoiseach"}
_NATIONS = set(DEMONYMS) | set(DEMONYMS.values())


def title_fits(query: set[str], titles: set[str] | frozenset[str]) -> bool:
    """'the foreign minister' fits 'Russian Foreign Minister', not 'Deputy Foreign Minister'; 'the leader' fits a
    president, prime minister or chancellor; 'the top diplomat' a foreign minister."""
    query = set(query)
    if "leader" in query and titles & _LEADS and not titles & {"opposition", "party"}:
        query = (query - {"leader"}) | (titles & (_LEADS | {"minister"}))
    if "diplomat" in query and "foreign" in titles and titles & {"minister", "secretary", "chief"}:
        query = (query - {"top", "diplomat"}) | (titles & {"foreign", "minister", "secretary", "chief", "policy"})
    if "premier" in query and {"prime", "minister"} <= titles:   # "the Italian premier": its prime minister
        query = (query - {"premier"}) | {"prime", "minister"}
    return query <= titles and not (titles & RANKS) - query


def intro_for(mention: str, ctx, reg: ActorRegistry) -> Intro | None:
    """The introduced person a title-only mention ("the Estonian prime minister") refers to: the one most
    recently in the discourse, else the latest introduced."""
    q = title_query(mention, reg) if ctx.intros else None
    if q is None:
        return None
    fits = [i for i in ctx.intros if title_fits(q[0], i.titles) and (not q[1] or i.nation in q[1])]
    recent = [a for a, _ in reversed(ctx.person)]
    by_name = {i.name: i for i in fits}
    return next((by_name[a] for a in recent if a in by_name), fits[-1] if fits else None)
