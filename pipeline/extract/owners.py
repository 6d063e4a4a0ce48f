"""Speakers named through an owner's possessive: "the Houthis' Abdulsalam", "the ICC's Registry", "the African
Union's Peace and Security Council", "the Tourism Authority of Thailand's Phuket office".

Called on a mention whose first resolution kept the possessive in the actor's name ("ICC's Registry"), i.e. one that
neither the registry nor the title and office rules of `pipeline.extract.speakers` read. The tail after the possessive
decides:
- a person's name (the registry's, or a full name) is that person: a party or body only says whom they speak for;
- a unit or office of an owner the registry lists, that is not a state, speaks as the owner (R70: "the African Union's
  Peace and Security Council" -> African Union); a state's own bodies ("Sudan's Security Council") stay as they are;
- a branch office named by its place ("X's Phuket office", "X's Geneva bureau") speaks as its owner;
- a body of an acronym the registry does not list is named without the possessive ("ICC Registry"), as bodies are
  named in the guide ("ICC Office of the Prosecutor").
Not here: a person's office ("Netanyahu's office", `speakers._office_of`), a state's ministry ("Russia's Foreign
Ministry"), aides and envoys of a person (`speakers._aide_of`).
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry
from pipeline.extract.camps import camp_from_words
from pipeline.extract.lexicon import DEMONYMS, ORG_WORDS, TITLE_WORDS

_OWNED = re.compile(r"\s*(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w.-]*){0,5})"
                    r"(?:'s|’s|(?<=s)'|(?<=s)’)\s+(.+?)\s*")
_POSSESSIVE = re.compile(r"\w(?:'s|’s|s'|s’)(?:\s|$)")
_BRANCH = re.compile(r"(?:[A-Z][\w-]*\s+){1,2}(?:office|branch|bureau)")
_PERSON_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:bin\s+|al-|de\s+|van\s+|von\s+)?[A-Z][\w'’-]+){0,3}")


def kept_possessive(actor: str, mention: str) -> bool:
    """True when a first resolution kept the owner's possessive ("ICC's Registry") or read a place's branch office as
    a body of its own ("Tourism Authority" for "the Tourism Authority of Thailand's Phuket office")."""
    m = _OWNED.fullmatch(mention)
    return m is not None and (_POSSESSIVE.search(actor) is not None or
                              _BRANCH.fullmatch(m.group(2)) is not None)


def owned(mention: str, ctx, reg: ActorRegistry, resolve) -> tuple[str, str, str] | None:
    """(actor, side, type) for "<owner>'s <tail>" by the rules above, else None. `resolve` is the speaker resolver
    (`pipeline.extract.speakers.resolve`), passed in to keep the modules acyclic.

    >>> from pipeline.extract.speakers import Ctx, resolve
    >>> owned("The ICC's Registry", Ctx(), ActorRegistry.default(), resolve)
    ('ICC Registry', 'other', 'inst')
    """
    m = _OWNED.fullmatch(mention)
    if m is None:
        return None
    owner, tail = m.group(1), m.group(2)
    words = tail.split()
    if _PERSON_NAME.fullmatch(tail) and not any(w in ORG_WORDS or w.lower() in TITLE_WORDS for w in words):
        person = resolve(tail, ctx, reg)        # "The Houthis' Abdulsalam", "the party's Jane Doe"
        if person is not None and person[2] == "person" and _POSSESSIVE.search(person[0]) is None and (
                reg.lookup(person[0]) is not None or len(person[0].split()) >= 2):
            return person
        if len(words) >= 2:                      # a full name the article has not introduced otherwise
            return tail, person[1] if person is not None else camp_from_words(reg, owner), "person"
    known = reg.lookup(owner)
    is_state = known is not None and (owner.lower() in reg.camp_words or owner in DEMONYMS or owner in
                                      DEMONYMS.values() or known.name.lower().endswith(" government"))
    if known is not None and known.type != "person" and not is_state:
        return known.name, known.camp, known.type   # a unit or office of a listed body (R70)
    if _BRANCH.fullmatch(tail) and not is_state:     # "X's Phuket office": the branch speaks as its owner
        res = resolve(owner, ctx, reg)
        if res is not None and res[2] != "person":
            return res
        if len(owner.split()) >= 2 and reg.lookup(owner) is None:   # an owner no rule reads: named as written
            return owner, camp_from_words(reg, owner), "inst"
    if re.fullmatch(r"[A-Z]{2,6}", owner) and known is None and words[0][:1].isupper():
        return f"{owner} {tail}", camp_from_words(reg, tail), "inst"   # "the ICC's Registry": the body named without the possessive
    return None
