"""State bodies named without their state, resolved from the article itself (no registry entry needed).

"The ministry said", "the foreign ministry", "the Ministry of Foreign Affairs", "the presidency", "the
chancellery", "the prime minister's office": when the article has not named a body of that kind before (the
speaker resolver tries that first), the body is that of the country of the latest official in the discourse whose
title holds the body ("Irish Foreign Minister X ... The ministry said" -> "Irish foreign ministry"; "Portuguese
President X ... the presidency" -> "Portuguese presidency"). The state comes from the official's title in the
registry or from the article's introduction of them; the body is named as the guide names state bodies
("<Demonym> <body>", the registry's name when it lists one), in the camp of `pipeline.extract.camps`. Which title
heads which body is data (`BODY_TITLES`). Not here: bodies the article names with their state, capitals and
places (`pipeline.extract.speakers`), the registry (`pipeline.actors`).
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry
from pipeline.extract.camps import camp_from_words
from pipeline.extract.home import article_home
from pipeline.extract.lexicon import CAPITALS, DEMONYMS, MINISTRY_OF, STATE_OF_ADJECTIVE, short_ministry

# a body as a mention names it ("Ministry of Foreign Affairs" is read as "foreign ministry" first: lexicon.MINISTRY_OF)
# -> (the title words of the official who heads it, the body's name); for the bare
# "ministry" the kind of ministry comes from the official's title ("Defence Minister X": the defence ministry)
BODY_TITLES = {
    "foreign ministry": ({"foreign", "minister"}, "foreign ministry"),
    "foreign office": ({"foreign", "secretary"}, "Foreign Office"),
    "defence ministry": ({"defence", "minister"}, "defence ministry"),
    "defense ministry": ({"defense", "minister"}, "defence ministry"),
    "ministry": ({"minister"}, None),
    "presidency": ({"president"}, "presidency"),
    "presidential office": ({"president"}, "presidency"),
    "chancellery": ({"chancellor"}, "chancellery"),
    "prime minister's office": ({"prime", "minister"}, "Prime Minister's Office"),
    "prime minister’s office": ({"prime", "minister"}, "Prime Minister's Office"),
}
# ministries a "Minister" of that word heads ("Interior Minister X": the interior ministry)
_MINISTRY_KINDS = ("foreign", "defence", "defense", "interior", "finance", "justice", "health", "energy")
_NOT_HEADS = {"deputy", "vice", "former", "prime", "assistant", "junior"}   # "the ministry" is not a deputy's own


def state_of_title(title: str) -> str | None:
    """The state a title names: "Irish Foreign Minister" -> "Ireland", "Russia's foreign minister" -> "Russia"."""
    for w in re.findall(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:'s|’s)?", title):
        w = re.sub(r"(?:'s|’s)$", "", w)
        for cand in (w, w.split()[0]):
            if cand in STATE_OF_ADJECTIVE:
                return "America" if cand in ("American", "US", "U.S.") else STATE_OF_ADJECTIVE[cand]
            if cand in DEMONYMS or cand in CAPITALS:
                return CAPITALS.get(cand, cand)
    return None


def _officials(ctx, reg: ActorRegistry, depth: int = 8):
    """(title words, state) of the latest persons in the discourse, most recent first, that the article introduced
    with a title ("Irish Foreign Minister Simon Harris"; the state of a registry person's matching title when the
    introduction names none: "Prime Minister Benjamin Netanyahu")."""
    intros = {}
    for i in ctx.intros:
        intros[i.name] = i
    for a, _ in list(reversed(ctx.person))[:depth]:
        i = intros.get(a)
        if i is None:                            # introduced with the title in this article, not merely known to
            continue                             # the registry by it
        if i.state:
            yield set(i.titles), i.state
            continue
        actor = reg.actors.get(a)                # "Prime Minister Benjamin Netanyahu": the registry's state for him
        for t in actor.titles if actor is not None else ():
            state = state_of_title(t)
            if state and set(i.titles) <= {w.lower() for w in t.split()}:
                yield set(i.titles), state
                break



def article_body(body: str, ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The state body a mention names without its state ("ministry", "foreign ministry", "presidency"), as that of
    the latest official whose title heads it; None when no official of the article heads one."""
    key = MINISTRY_OF.sub(lambda m: short_ministry(m.group(1)), re.sub(r"\s+", " ", body.strip())).lower()
    if key not in BODY_TITLES:
        return None
    need, name = BODY_TITLES[key]
    for titles, state in _officials(ctx, reg):
        if not need <= titles or (titles & _NOT_HEADS) - need:
            continue
        kind = name
        if kind is None:                         # "the ministry": the kind of the minister's ministry
            k = next((w for w in _MINISTRY_KINDS if w in titles), None)
            if k is None:
                continue
            kind = ("defence" if k == "defense" else k) + " ministry"
        dem = DEMONYMS.get(state, state)
        known = reg.lookup(f"{dem} {kind}") or reg.lookup(f"{state}'s {kind}")
        if known is not None and known.type != "person":
            return known.name, known.camp, known.type
        return f"{dem} {kind}", camp_from_words(reg, dem), "inst"
    return None


# round 19 (data card R62: a body named by a local or functional name takes a country-qualified name)
# seats of government that stand for a body, as the guide's "Downing Street" and "Élysée" do: building (and its other
# spellings) -> (the body, its state); the registry, where it lists the building, comes first
_SEAT_TABLE = (("Malacañang|Malacanang|Malacañang Palace|Malacanang Palace", "Philippine Presidency", "Philippines"),
               ("Planalto|Planalto Palace", "Brazilian Presidency", "Brazil"),
               ("Itamaraty|Itamaraty Palace", "Brazilian Foreign Ministry", "Brazil"),
               ("Blue House", "South Korean Presidency", "South Korea"),
               ("Kantei", "Japanese Prime Minister's Office", "Japan"),
               ("Baabda|Baabda Palace", "Lebanese Presidency", "Lebanon"),
               ("Bankova", "Ukrainian Presidential Office", "Ukraine"),
               ("Élysée|Elysee|Élysée Palace|Elysee Palace", "Élysée", "France"),
               ("Quai d'Orsay", "French Foreign Ministry", "France"),
               ("Matignon", "French Prime Minister's Office", "France"),
               ("Downing Street|Number 10|No 10", "Downing Street", "Britain"),
               ("Palazzo Chigi", "Italian government", "Italy"),
               ("Farnesina", "Italian Foreign Ministry", "Italy"),
               ("Moncloa", "Spanish government", "Spain"),
               ("Casa Rosada", "Argentine Presidency", "Argentina"),
               ("Union Buildings", "South African Presidency", "South Africa"),
               ("Aso Rock|Aso Rock Villa", "Nigerian Presidency", "Nigeria"),
               ("Zhongnanhai", "Chinese government", "China"))
SEATS = {b: (body, state) for names, body, state in _SEAT_TABLE for b in names.split("|")}
# acronyms of state bodies that their own press uses without defining them (round 20): acronym -> (body, state), read
# like a seat; an acronym the article defines comes first ("the DFA" after "(DFA)"), the registry before both
_STATE_ACRONYMS = {"MEA": ("Indian Ministry of External Affairs", "India"),
                   "DFA": ("Philippine Department of Foreign Affairs", "Philippines"),
                   "DMW": ("Philippine Department of Migrant Workers", "Philippines"),
                   "DND": ("Philippine Department of National Defense", "Philippines")}
# "State House" is the presidency of several states (Kenya, Uganda, Tanzania, Nigeria, Zambia): the one the article
# stands in ("Kenyan State House", R62)
_LOCAL_SEATS = ("State House",)
# a state's legislature, forces or agency named without the state ("the Senate", "the Defence Forces", "the Air Force",
# "the Joint Chiefs of Staff"): the home country's, when the article has one (round 26; ministries are left to the
# rules that read them from the article's officials)
_HOME_BODY = re.compile(r"(?:(?:Royal|National|Federal|State|Joint|General)\s+)?(?:Senate|Parliament|National\s+Assembly|"
                        r"Defen[cs]e\s+Forces|Armed\s+Forces|Air\s+Force|Navy|Coast\s+Guard|Border\s+Guard|"
                        r"Chiefs\s+of\s+Staff|Intelligence\s+Service|Supreme\s+Court|Constitutional\s+Court|"
                        r"Security\s+Service|Emergency\s+Service)")
# a department named by its function, without its state ("the Department of Migrant Workers", a bureau of one: "the
# Department of Energy's Oil Industry Management Bureau"); ministries are left to the rules that read them from the
# article's officials ("the Ministry of External Affairs" in a Baku-datelined story is India's, not Azerbaijan's)
_FUNCTION_BODY = re.compile(r"(?:[Tt]he\s+)?(Department\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+|"
                            r"of\s+|for\s+)?[A-Z][\w-]*){0,4})(?:(?:'s|’s)\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Bureau|Office|"
                            r"Division|Unit|Service|Directorate))?")
# "the Department of Foreign Affairs (DFA)": the acronym stands for the body from then on
_DEFINED = re.compile(r"(Department\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+|of\s+|for\s+)?"
                      r"[A-Z][\w-]*){0,4})\s+\(([A-Z]{2,6})\)")


# any body followed by its acronym in brackets, "the Royal Thai Army (RTA)": the acronym stands for the words before
# the bracket whose initials it spells (round 20); the speaker resolver uses it only where the registry lists them
_BRACKETED = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|for|and|the)\s+){0,2}){0,5}[A-Z][\w-]*)\s+\(([A-Z]{2,6})\)")
_MINOR = {"of", "for", "and", "the"}


def _spelled(words: list[str], acronym: str) -> str | None:
    """The shortest tail of `words` whose capitalised initials spell `acronym` ("Royal Thai Army" for RTA)."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _MINOR:
            continue
        if "".join(w[0] for w in words[i:] if w not in _MINOR) == acronym or \
                "".join(w[0] for w in words[i:]).upper() == acronym:   # "Ministry of Economic Affairs (MOEA)"
            return " ".join(words[i:])
    return None


# a ministry the article names in full and gives its own acronym ("the Ministry of Foreign Affairs (MOFA)", then
# "MOFA"): the outlet's own state's, when the article has a home country (round 36); a ministry named without one is
# left to the rules that read its state from the article's officials
_MINISTRY_NAME = re.compile(r"Ministry\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}")


# a unit of an army named without its state ("the Second Army Region", "the 4th Army Area"; R70: it speaks as the army)
_ARMY_UNIT = re.compile(r"(?:[A-Z][\w-]*\s+|\d{1,2}(?:st|nd|rd|th)\s+){1,2}Army\s+(?:Region|Area|Command|District|Corps)")


def learn_acronyms(text: str) -> dict[str, str]:
    """The acronyms an article defines for a body: {"DFA": "Department of Foreign Affairs", "RTA": "Royal Thai
    Army"} (a department always; any other body when the acronym spells the initials of the words before it)."""
    out = {}
    for m in _BRACKETED.finditer(text):
        name = _spelled(m.group(1).split(), m.group(2))
        if name is not None:
            out.setdefault(m.group(2), name)
    out.update({m.group(2): m.group(1) for m in _DEFINED.finditer(text)})
    return out


def _qualified(name: str, country: str, reg: ActorRegistry) -> tuple[str, str, str] | None:
    dem = DEMONYMS.get(country)
    if not dem:
        return None
    full = f"{dem} {name}"
    known = reg.lookup(full)
    if known is not None and known.type != "person":
        return known.name, known.camp, known.type
    return full, camp_from_words(reg, dem), "inst"


def local_body(clean: str, ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """A body named by its seat ("Malacañang", "the Planalto"), by its function without its state ("the Department
    of Migrant Workers" in a Manila-datelined article), or by an acronym the article defined ("the DMW"): the
    country-qualified body; None when the registry knows the name or the state is not clear.

    >>> from pipeline.extract.speakers import Ctx
    >>> local_body("Department of Migrant Workers", Ctx(country="Philippines"), ActorRegistry.default())[0]
    'Philippine Department of Migrant Workers'
    """
    if reg.lookup(clean) is not None:
        return None
    if clean in ctx.acronyms:                    # "the RTA", after "the Royal Thai Army (RTA)": the registry's entry
        known = reg.lookup(ctx.acronyms[clean])
        if known is not None and known.type != "person":
            return known.name, known.camp, known.type
    if clean in _STATE_ACRONYMS and clean not in ctx.acronyms:   # "the MEA", "the DFA" left undefined
        body, state = _STATE_ACRONYMS[clean]
        known = reg.lookup(body)
        if known is not None and known.type != "person":
            return known.name, known.camp, known.type
        return body, camp_from_words(reg, f"{DEMONYMS.get(state, state)} {state}"), "inst"
    clean = ctx.acronyms.get(clean, clean)
    if _MINISTRY_NAME.fullmatch(clean) and clean in ctx.acronyms.values() and article_home(ctx):
        name = "Foreign Ministry" if re.fullmatch(r"Ministry\s+of\s+Foreign\s+Affairs", clean) else clean
        return _qualified(name, article_home(ctx), reg)   # "the Ministry of Economic Affairs (MOEA)", "the MOEA"
    if _ARMY_UNIT.fullmatch(clean):              # "the Second Army Region": the army of the article's home, else the
        dem = DEMONYMS.get(article_home(ctx))    # one army the registry lists (R70: a unit speaks as its institution)
        known = reg.lookup(f"{dem} army") if dem else None
        armies = [a for a in reg.actors.values() if a.type != "person" and a.name.lower().endswith(" army")]
        known = known or (armies[0] if len(armies) == 1 else None)
        if known is not None and known.type != "person":
            return known.name, known.camp, known.type
    seat = SEATS.get(clean)
    if seat is not None:
        known = reg.lookup(seat[0])
        if known is not None and known.type != "person":
            return known.name, known.camp, known.type
        return seat[0], camp_from_words(reg, f"{DEMONYMS.get(seat[1], seat[1])} {seat[1]}"), "inst"
    if clean in _LOCAL_SEATS or _HOME_BODY.fullmatch(clean):
        return _qualified(clean, article_home(ctx), reg)
    m = _FUNCTION_BODY.fullmatch(clean)
    if m is None or m.group(1).startswith("Ministry") and short_ministry(m.group(1)) is not None or \
            reg.lookup(m.group(1)) is not None:
        return None
    return _qualified(m.group(1), article_home(ctx), reg)
