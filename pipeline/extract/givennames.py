"""People named by a given name alone: the vox pop's "Olena, 67, a retired nurse" and "Taras, 24, one of the men".

Newsrooms everywhere quote ordinary people by their first name, introduced once with an age or a trade ("Nina, 61,
who sells phone cards", "Volodymyr, a reactor operator who left Enerhodar", "Halyna moved to Auckland ... She runs a
Saturday school"), and then by that name or a pronoun. ANNOTATION.md §2: the actor is the name as the article gives
it ("Olena", not a minister who shares the first name). `given_names` finds those names once per article; the
sentence loop makes each the subject of the sentence that introduces or re-mentions it (so "he said" after it is that
person, not the official named in the paragraph before), and `fullnames` leaves them single. Not here: full names
("Nareg Petrosian, 44,"), people the registry knows, places, bodies, dates.
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry
from pipeline.extract.lexicon import CAPITALS, DEMONYMS, NUMBER_WORDS, ORG_WORDS, OUTLET_WORDS, STOP_CAP, TITLE_WORDS

__all__ = ["given_names", "KIN_NAMED_SUBJECT"]

_NAME = r"([A-Z][a-z][a-z-]+)\*?"
# "Olena*, 67, a retired nurse": a name, an age, a comma (the asterisk marks a changed name)
_AGED = re.compile(r"(?<![\w'’.*-])" + _NAME + r",\s+(\d{1,3}),\s")
# "Volodymyr, a reactor operator who ...": a name opening its sentence, then a trade
_TRADES = ("operator driver nurse teacher student mother father grandmother grandfather farmer engineer trader worker "
           "volunteer resident veteran soldier pensioner retiree widow doctor miner refugee shopkeeper fisherman "
           "mechanic housewife cook baker vendor seller electrician builder accountant programmer priest survivor "
           "evacuee medic paramedic midwife labourer laborer welder carpenter tailor herder shepherd pupil son "
           "daughter wife husband").split()
_TRADED = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][\"”’]\s)|(?<=[.!?]\s))[ \t]*" + _NAME + r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:"
                     + "|".join(_TRADES) + r")s?\b")
# "His wife, Liisa, said", "A neighbour, Olga, recalled", "Her granddaughter, Masha, said": a relation or a trade,
# then the name alone between commas (an obituary's relatives, a vox pop; round 55)
_KIN = ("wife husband son daughter sister brother mother father niece nephew grandson granddaughter grandmother "
        "grandfather widow widower partner cousin aunt uncle friend neighbour neighbor colleague stepson stepdaughter").split()
_KIN_HEAD = (r"(?<![\w'’-])(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]|[Aa]n|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?(?:"
             + "|".join(_KIN + _TRADES) + r"),\s+")
_KIN_NAMED = re.compile(_KIN_HEAD + _NAME + r",\s")
# the same before a verb: the subject phrase is the name ("His wife, Liisa, said": `phrases.np_before`)
KIN_NAMED_SUBJECT = re.compile(_KIN_HEAD + r"([A-Z][a-z][a-z-]+),\s*$")
# "Halyna moved to Auckland from Kharkiv in 2022. She runs a Saturday school": a name opening a sentence that the
# next sentence takes up with a pronoun of a person
_TAKEN_UP = re.compile(r"(?:^|(?<=\n))[ \t]*" + _NAME + r"\s+(?:[a-z]+ly\s+)?[a-z]+\b[^.!?\n\"“”‘’]{0,160}[.!?]"
                       r"[ \t]+(?:He|She|His|Her)\s")


_OPENERS = set(("But And Yet So Then Now Still Even Only Like Unlike Asked Meanwhile Under Over Despite Through Across "
                "Among Within Inside Outside Back Not According Speaking Here There Once").split())


def _plain(name: str, reg: ActorRegistry) -> bool:
    """A word that is no person's given name here: a registry name, a stop word, a place, a nationality, a title."""
    return reg.lookup(name) is not None or name in STOP_CAP or name in _OPENERS or name in CAPITALS or name in DEMONYMS or \
        name in DEMONYMS.values() or name in ORG_WORDS or name in OUTLET_WORDS or name.lower() in TITLE_WORDS or \
        name.lower() in reg.camp_words or name.lower() in NUMBER_WORDS


def _in_full_name(name: str, text: str, after: bool) -> bool:
    """The name stands in a longer name of the article: after a name word ("Amal Osman", "al-Burhan": a surname; not
    "President Volodymyr") or, with `after`, before one ("Phumtham Wechayachai")."""
    for m in re.finditer(r"([A-Z][\w'’]*|al|el|bin|ibn|de|van|von)(?:[ \t]+|-)" + re.escape(name) + r"(?![\w'’-])", text):
        if m.group(1) not in STOP_CAP and m.group(1) not in _OPENERS and m.group(1).lower() not in TITLE_WORDS:
            return True
    return after and re.search(r"(?<![\w'’.-])" + re.escape(name) + r"[ \t]+(?:[A-Z][a-z]|(?:al|el|von|van|de|bin|ibn)[ \t-])",
                               text) is not None


def given_names(text: str, reg: ActorRegistry) -> set[str]:
    """The given names the article introduces people by (see the module docstring).

    >>> sorted(given_names("Nina, 61, who sells phone cards, disagreed. 'Never,' she said.", ActorRegistry.default()))
    ['Nina']
    """
    aged: set[str] = set()
    for m in _AGED.finditer(text):
        before = re.search(r"(\S+)\s*$", text[max(0, m.start() - 40):m.start()])
        if before is not None and before.group(1)[:1].isupper() and before.group(1)[-1] not in ".,;:!?\"”’)":
            continue                             # "Nareg Petrosian, 44,": the end of a full name
        if 0 < int(m.group(2)) <= 110:
            aged.add(m.group(1))
    told = {m.group(1) for p in (_TRADED, _TAKEN_UP, _KIN_NAMED) for m in p.finditer(text)} - aged
    return {n for n in aged | told if not _plain(n, reg) and not _in_full_name(n, text, after=n in told) and
            re.search(r"(?<![\w'’-])" + n.lower() + r"(?![\w'’-])", text) is None}   # not "Back", "Not", "Under"
