"""Japanese officials' names written family name first, given the common English order as the actor (round 36).

An English edition of a Japanese daily writes "Foreign Minister Iwaya Takeshi", then "Mr. Iwaya"; the guide's actor
is the full common English name, given name first ("Takeshi Iwaya"). A two-word person the registry does not know is
turned when it follows an office ("Chief Cabinet Secretary Hayashi Yoshimasa"), both words are romanised Japanese and
the article styles such a name "Mr./Ms./Mrs. <family name>" (the article's convention; never "Mr. <first word>
<second word>": an honorific before a full name says nothing). Romanised Japanese: Hepburn syllables only (no l, q,
v, x, no "ng", no hyphen), and a family name of at least two syllables that a consonant separates ("Iwaya",
"Ishiba"; not "Guo" or "Mao", Chinese family names spelt like kana). Chinese and Korean names keep the article's
order (the gold keeps "Guo Jiakun", "Park Min-ji"), and so do scholars and others the article introduces by an
apposition ("Ando Reiko, an associate professor": the gold keeps them as written). Not here: finding the names
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
    shaped = {st.actor for st, person in zip(statements, persons) if person and _shaped(st.actor, reg)}
    styled = {n for n in shaped if re.search(rf"\bM(?:r|s|rs)\.\s+{re.escape(n.split()[0])}\b"
                                             rf"(?!\s+{re.escape(n.split()[1])})", text)}
    if not styled:                               # the article writes no Japanese name family name first
        return statements
    titled = {n for n in shaped if re.search(rf"\b{_TITLE}\s+{re.escape(n)}\b", text)}
    return [replace(st, actor=" ".join(reversed(st.actor.split()))) if person and st.actor in titled else st
            for st, person in zip(statements, persons)]


# the office before an official's name ("Chief Cabinet Secretary Hayashi Yoshimasa", "JICA President Tanaka Akihiko"):
# officials go by the common English order; scholars and others introduced by an apposition ("Ando Reiko, an associate
# professor") keep the order the article writes (the gold's convention: the guide's "common English name" is the one
# English-language media use, which only officials have)
_TITLE = r"(?:Minister|Secretary|President|Governor|Ambassador|Chairman|Chairwoman|Chairperson|Director|Mayor|" \
         r"Spokesman|Spokeswoman|Spokesperson|Chief|Speaker|Leader|Envoy|Commissioner|Chancellor|Premier)"


def _shaped(name: str, reg: ActorRegistry) -> bool:
    """A two-word name of romanised Japanese that the registry does not know, its first word of two syllables."""
    words = name.split()
    return len(words) == 2 and all(_japanese(w) for w in words) and len(words[1]) >= 4 and \
        _TWO_SYLLABLES.search(words[0].lower()) is not None and reg.lookup(name) is None
