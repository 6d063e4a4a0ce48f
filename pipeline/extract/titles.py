"""A title used as a speaker ("the Cardinal", "the President", "the Major Archbishop", "the DFA chief"): the person the
article last introduced with that title.

Formal and agency copy keeps a person's title on every later mention and drops the name. The person is the one the
text before the sentence introduced with the same title words, the most recent one when several fit:
- a title chain before a name: "Cardinal Matteo Zuppi", "Cardinal Secretary of State Pietro Parolin", "DFA Secretary
  Ma. Theresa Lazaro" (a generic head, "chief" or "head", stands for any head title after the same modifiers);
- an apposition after a name: "Sviatoslav Shevchuk, Major Archbishop of Kyiv-Halych", "Pierbattista Pizzaballa,
  Latin Patriarch of Jerusalem".
A title under a rank the mention does not carry names someone else ("Vice President X" is not "the President"). Only
a capitalised title ("the President", formal copy), one with an acronym ("the DFA chief"), an office written as an
acronym ("the MP", "the CS") or a church title ("the cardinal") is read this way; a lower-case title ("the president") is left to the discourse state and the registry
(`pipeline.extract.speakers`), and so is a title the registry knows as an alias ("the Pope"). Not here: the registry's
own titles, pronouns, bodies.
"""
from __future__ import annotations

import re
from typing import Callable

from pipeline.actors import ActorRegistry
from pipeline.extract.introductions import HEAD_TITLES, HONORIFICS, RANKS
from pipeline.extract.lexicon import DEMONYMS, STOP_CAP, TITLE_ALT, TITLE_WORDS

CHURCH_TITLES = frozenset(("cardinal archbishop patriarch bishop pope pontiff metropolitan nuncio catholicos imam "
                           "rabbi mufti ayatollah").split())
# royal titles ("the Crown Prince" after "Crown Prince Mohammed bin Salman", "the Emir", round 35)
_ROYAL = frozenset("crown prince princess emir king queen sultan".split())
# titles written as acronyms ("the MP", "the CS": Nakuru Town East MP Peter Kiprono, Foreign Affairs CS Musalia Mudavadi;
# round 20): a member of parliament or of a cabinet, read like a capitalised title
_OFFICE_ACRONYMS = frozenset("mp mep mk td mla msp cs".split())
_GENERIC = {"chief", "head", "boss"}           # "the DFA chief": whoever heads the DFA, whatever the title
_MENTION = re.compile(r"\s*[Tt]he\s+((?:[A-Z][\w'’.-]*|[a-z][\w-]*)(?:\s+(?:[A-Z][\w'’.-]*|[a-z][\w-]*)){0,3})\s*")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_HEADS = "|".join(sorted(HEAD_TITLES | CHURCH_TITLES, key=len, reverse=True))
_NAME_AFTER = (r"((?:[A-Z][\w'’-]*\.?|(?:al|el)-[\w'’-]+)(?:[ \t]+(?:[A-Z][\w'’-]*\.?|(?:al|el)-[\w'’-]+|bin|ibn|de|da|"
               r"von|van|der|dos|du)){0,4})")
_NAME_BEFORE = r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*)"
_RUN = r"(?:(?:(?i:" + TITLE_ALT + r")|of|the|for|and)[ \t]+){0,5}"   # "Cardinal [Secretary of State] Pietro Parolin"
_STYLES = {"His", "Her", "Beatitude", "Holiness", "Eminence", "Excellency", "Grace", "Most", "Reverend", "Rev.",
           "Venerable", "Blessed"} | HONORIFICS

Resolver = Callable[[str, object, ActorRegistry], "tuple[str, str, str] | None"]


def _title_words(mention: str, reg: ActorRegistry) -> list[str] | None:
    """The words of a title-only mention read by this module, else None."""
    m = _MENTION.fullmatch(mention)
    if m is None:
        return None
    words = m.group(1).split()
    head = words[-1].lower()
    if head not in HEAD_TITLES and head not in CHURCH_TITLES and head not in _OFFICE_ACRONYMS and head not in _ROYAL:
        return None
    for w in words:
        low = w.lower()
        if not (low in TITLE_WORDS or low in CHURCH_TITLES or low in _ROYAL or low in reg.camp_words or w in DEMONYMS.values() or
                _ACRONYM.fullmatch(w)):
            return None                          # "the Holy Father", "the Kyiv mayor": not a title only
    if not (words[-1][:1].isupper() or head in CHURCH_TITLES or
            head in _GENERIC and any(_ACRONYM.fullmatch(w) for w in words[:-1])):
        return None                              # "the president", "the Ukrainian president": the discourse state's
    return words


def _patterns(words: list[str]) -> tuple[re.Pattern, re.Pattern]:
    """(title chain before a name, apposition after a name) for the title words."""
    parts = [re.escape(w) if w[:1].isupper() else f"(?i:{re.escape(w)})" for w in words]
    if words[-1].lower() in _GENERIC and len(words) > 1:
        parts[-1] = r"(?i:" + _HEADS + r")"      # "DFA chief" ~ "DFA Secretary"
    core = r"[ \t]+".join(parts)
    chain = re.compile(r"(?<![\w'’-])" + core + r"(?![\w'’-])[ \t]+" + _RUN + _NAME_AFTER)
    appos = re.compile(_NAME_BEFORE + r",[ \t]+(?:the[ \t]+|an?[ \t]+)?((?:[A-Z][\w'’-]*[ \t]+){0,2})" + core + r"(?![\w'’-])")
    return chain, appos


def _person(name: str, ctx, reg: ActorRegistry, resolve: Resolver) -> tuple[str, str, str] | None:
    toks = re.sub(r"(?:'s|’s)$", "", name.strip()).split()
    while toks and (toks[0] in _STYLES or toks[0].lower() in TITLE_WORDS):
        toks = toks[1:]                          # "His Beatitude Sviatoslav Shevchuk"
    while toks and (toks[-1] in STOP_CAP or toks[-1].lower() in TITLE_WORDS):
        toks = toks[:-1]
    if not toks:
        return None
    res = resolve(" ".join(toks), ctx, reg)
    if res is None or res[2] != "person":
        return None
    if reg.lookup(res[0]) is None and len(res[0].split()) < 2:
        return None                              # a lone unknown word is no one the article introduced
    return res


def title_holder(mention: str, ctx, reg: ActorRegistry, resolve: Resolver) -> tuple[str, str, str] | None:
    """The person a title-only mention refers to, from the text before `ctx.pos`; None when no one fits.

    Holders introduced with a nationality the mention does not name ("US President X" for "the President" in a Manila
    paper, whose own president is "President Y") and titles inside quotations are not candidates. Of the candidates,
    the one most recently in the discourse (a speaker or subject) wins, else the one the text named last.

    >>> from pipeline.extract.speakers import Ctx, resolve
    >>> reg = ActorRegistry.default()
    >>> text = "Cardinal Matteo Zuppi met the families. The Cardinal said more."
    >>> title_holder("The Cardinal", Ctx(text=text, pos=text.index("The C")), reg, resolve)[0]
    'Matteo Zuppi'
    """
    if not ctx.text or ctx.pos <= 0:
        return None
    words = _title_words(mention, reg)
    if words is None or reg.lookup(mention.strip()) is not None:
        return None
    low = {w.lower() for w in words}
    chain, appos = _patterns(words)
    before = ctx.text[:ctx.pos]
    found: list[tuple[int, str]] = []            # (position, name as written)
    for m in chain.finditer(before):
        lead = re.search(r"((?:[\w'’.-]+[ \t]+){0,3})$", before[max(0, m.start() - 48):m.start()])
        chain_before = []
        for w in reversed(lead.group(1).split()):   # the title chain the match ends ("Deputy Foreign | Minister")
            if not (w[:1].isupper() or w.lower() in TITLE_WORDS):
                break
            chain_before.append(w)
        if any(w.lower() in RANKS and w.lower() not in low for w in chain_before) or _foreign(chain_before, low, reg):
            continue                             # "Vice President X", "US President X": someone else
        found.append((m.start(1), m.group(1)))
    for m in appos.finditer(before):
        if not _foreign(m.group(2).split(), low, reg):
            found.append((m.start(1), m.group(1)))
    inside = getattr(ctx, "inside", None)
    holders: list[tuple[str, str, str]] = []     # the most recent first
    for pos, name in sorted(found, reverse=True):
        if inside is not None and pos < len(inside) and inside[pos]:
            continue                             # "I asked President Putin ...": a quotation's words
        res = _person(name, ctx, reg, resolve)
        if res is not None and all(res[0] != h[0] for h in holders):
            holders.append(res)
    if not holders:
        return None
    salient = [a for a, _ in reversed(ctx.person)]   # a holder in the discourse by surname too ("Zuppi")
    return next((h for a in salient for h in holders if h[0] == a or h[0].endswith(" " + a)), holders[0])


def _foreign(modifiers: list[str], low: set[str], reg: ActorRegistry) -> bool:
    """Whether the words before a title name a state the mention does not ("US" in "US President X")."""
    for w in modifiers:
        bare = re.sub(r"(?:'s|’s)$", "", w)
        if bare.lower() not in low and (bare.lower() in reg.camp_words or bare in _NATIONS or bare in ("US", "U.S.")):
            return True
    return False


_NATIONS = set(DEMONYMS) | set(DEMONYMS.values())


# "Poland's prime minister", "the Kremlin's spokesman", "Germany's leader": an owner in the possessive, then a role
_POSSESSIVE_ROLE = re.compile(r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*|U\.S\.)(?:\s+[A-Z][\w'’-]*)?)(?:'s|’s)\s+"
                              r"((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s*")
_LEADER_TITLES = ("president", "prime minister", "chancellor", "premier")   # "Germany's leader": its head of government


def possessive_title_holder(mention: str, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The one person the registry knows by the title a possessive mention spells out, else None (round 26).

    A state or body in the possessive before a role names its holder as surely as the title does: "Poland's prime
    minister" is the registry's "Polish Prime Minister", "the Kremlin's spokesman" its "Kremlin spokesman", "Slovakia's
    prime minister" the "Slovak Prime Minister"; "leader" is the state's president, prime minister or chancellor when
    the registry knows exactly one. Only registry titles are read, and only a role word heads the mention ("Russia's
    foreign ministry" is a body, left to the resolver).

    >>> possessive_title_holder("Poland's prime minister", ActorRegistry.for_conflict("russia-ukraine"))[0]
    'Donald Tusk'
    """
    m = _POSSESSIVE_ROLE.fullmatch(mention)
    if m is None:
        return None
    owner, role = m.group(1), m.group(2).lower()
    head = role.split()[-1]
    if head not in HEAD_TITLES or head in ("official", "diplomat"):
        return None
    adjective = DEMONYMS.get(owner, owner)
    names: list[str] = []
    for title in (f"{owner}'s {role}", f"{owner} {role}", f"{adjective} {role}", f"the {adjective} {role}"):
        names = [n for n in reg.by_title(title) if (a := reg.lookup(n)) is not None and a.type == "person"]
        if names:
            break
    if not names and head == "leader" and owner in DEMONYMS:
        wanted = {f"{adjective} {t}".lower() for t in _LEADER_TITLES} | {f"{owner}'s {t}".lower() for t in _LEADER_TITLES}
        names = [a.name for a in reg.actors.values()
                 if a.type == "person" and any(t.lower().removeprefix("the ") in wanted for t in a.titles)]
    names = list(dict.fromkeys(names))
    if len(names) != 1:
        return None
    actor = reg.lookup(names[0])
    return (actor.name, actor.camp, "person") if actor is not None else None
