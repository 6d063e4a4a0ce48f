"""Japanese names written family name first, given the common English order as the actor (round 36).

An English edition of a Japanese daily writes "Foreign Minister Iwaya Takeshi", then "Mr. Iwaya"; the guide's actor
is the full common English name, given name first ("Takeshi Iwaya"). A two-word person the registry does not know is
read as family-name-first when the article styles them "Mr./Ms./Mrs. <first word>" (never "Mr. <first word> <second
word>": an honorific before a full name says nothing) and both words are romanised Japanese (Hepburn syllables only:
no l, q, v, x, no "ng", no hyphen), with a family name of at least two syllables that a consonant separates ("Iwaya",
"Ishiba"; not "Guo" or "Mao", Chinese family names spelt like kana). Chinese and Korean names keep the article's
order (the guide and the gold keep "Guo Jiakun", "Park Min-ji"). Not here: finding the names
(`pipeline.extract.speakers`), names written given name first (kept as written).
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.actors import ActorRegistry
from pipeline.schema import Statement

_SYLLABLES = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|j|ts|f|w|y|kk|tt|ss|pp|tch|ssh)?[aeiouāīūēō]|n(?![aeiouyāīūēō]))+")
_TWO_SYLLABLES = re.compile(r"[aeiouāīūēō][^aeiouāīūēō]+[aeiouāīūēō]")


def _japanese(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and bool(_SYLLABLES.fullmatch(word.lower()))


def given_first(statements: list[Statement], persons: list[bool], text: str, reg: ActorRegistry) -> list[Statement]:
    """The statements with each family-name-first Japanese actor turned to given name first.

    >>> from pipeline.actors import ActorRegistry
    >>> st = Statement("a", "x", "Foreign Minister Iwaya Takeshi", "Iwaya Takeshi", "other", "indirect")
    >>> given_first([st], [True], "Foreign Minister Iwaya Takeshi said x. Mr. Iwaya added y.",
    ...             ActorRegistry.default())[0].actor
    'Takeshi Iwaya'
    """
    if "Mr. " not in text and "Ms. " not in text and "Mrs. " not in text:
        return statements
    turned: dict[str, str | None] = {}
    out = []
    for st, person in zip(statements, persons):
        name = st.actor
        if person and name not in turned:
            words = name.split()
            ok = len(words) == 2 and all(_japanese(w) for w in words) and len(words[1]) >= 4 and \
                _TWO_SYLLABLES.search(words[0].lower()) is not None and reg.lookup(name) is None and \
                re.search(rf"\bM(?:r|s|rs)\.\s+{re.escape(words[0])}\b(?!\s+{re.escape(words[1])})", text) is not None
            turned[name] = f"{words[1]} {words[0]}" if ok else None
        new = turned.get(name) if person else None
        out.append(replace(st, actor=new) if new else st)
    return out
