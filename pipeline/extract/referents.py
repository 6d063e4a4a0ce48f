"""A body or a person re-mentioned by a common noun or an age (round 31).

"The International Atomic Energy Agency said ... The agency called on both sides to ...", "the Free Miners' Union of
Pavlohrad ... The union demanded ...", "Zelenskyy addressed the nation. The 47-year-old said ...": a bare definite
mention whose head noun is a body's ("the agency", "the union", "the foreign ministry") is the body the article last
made salient whose name carries that noun (and the mention's modifier, when it has one); "the N-year-old" is the
person last made salient. Only when the speaker resolver found nothing else for the mention, and only with such a
referent earlier in the same article: otherwise the mention stays unresolved. Not here: documents ("the release
said", `pipeline.extract.documents`), the students' and teachers' role nouns (`pipeline.extract.roles`), pronouns.
"""
from __future__ import annotations

import re

# head nouns of bodies that newsrooms re-mention alone ("The agency said"); the body's own name carries the noun
BODY_NOUNS = ("agency", "union", "council", "foundation", "network", "coalition", "movement", "party", "committee",
              "association", "federation", "confederation", "institute", "alliance", "ministry", "commission",
              "organisation", "organization", "forum", "channel", "company", "group", "service", "office",
              "department", "centre", "center", "church", "court", "board", "fund", "bank", "programme", "program")
_BODY = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:same\s+)?(?:([a-z][\w-]*)\s+)?(" + "|".join(BODY_NOUNS) + r")")
# a capitalised name, "of"/"for"/"and" inside it: "the Free Miners' Union of Pavlohrad", "Channel One"
_NAMED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’&-]*"
                    r"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z0-9][\w'’&-]*){1,6}")
_PARTICLES = ("al", "bin", "de", "der", "van", "von", "da", "du", "la", "le")
_AGE = re.compile(r"(?:[Tt]he|[Tt]hat)\s+\d{2}-year-old")


def referent(mention: str, things: list[tuple[str, str]], groups: list[tuple[str, str]],
             persons: list[tuple[str, str]], text: str = "", pos: int = 0,
             resolve=None) -> tuple[str, str, str] | None:
    """(actor, side, type) of the earlier referent of a common-noun or age mention, else None. `things` are the
    groups and institutions made salient so far, `groups` the groups among them, `persons` the persons, most recent
    last; `text[:pos]` is the article up to the sentence, whose last capitalised name with the noun ("the MH17 Disaster
    Foundation", "Channel One") is the referent when no salient body carries it, as `resolve` (the speaker resolver,
    passed in to keep the modules acyclic) names it.

    >>> things = [("International Atomic Energy Agency", "other"), ("Kremlin", "russia")]
    >>> referent("The agency", things, [], [])
    ('International Atomic Energy Agency', 'other', 'inst')
    >>> referent("the news agency", things, [], []) is None      # the modifier must be in the name
    True
    >>> referent("The 47-year-old", [], [], [("Volodymyr Zelenskyy", "ukraine")])
    ('Volodymyr Zelenskyy', 'ukraine', 'person')
    >>> referent("The 72-year-old", [], [], [("Vladimir Putin", "russia"), ("Kremlin readout on Saturday", "russia")])
    ('Vladimir Putin', 'russia', 'person')
    >>> before = "Families wrote to the Hague Victims Foundation on Monday. "
    >>> referent("The foundation", [], [], [], before, len(before), lambda m: (m, "other", "inst"))
    ('Hague Victims Foundation', 'other', 'inst')
    """
    clean = mention.strip()
    if _AGE.fullmatch(clean):                    # the last person's name, never a phrase taken for one
        named = [p for p in persons if all(w[:1].isupper() or w in _PARTICLES for w in p[0].split())]
        return (*named[-1], "person") if named else None
    m = _BODY.fullmatch(clean)
    if m is None:
        return None
    words = [m.group(2)] + ([m.group(1)] if m.group(1) else [])

    def carries(name: str) -> bool:
        return all(re.search(r"(?<![\w'’-])" + re.escape(w) + r"(?![\w'’-])", name, re.I) for w in words)
    for actor, side in reversed(things):
        if carries(actor):
            return actor, side, "group" if (actor, side) in groups else "inst"
    if resolve is None or pos <= 0:
        return None
    noun = m.group(2).capitalize()
    window = text[max(0, pos - 3000):pos]
    for n in reversed(list(_NAMED.finditer(window))):
        line = window[window.rfind("\n", 0, n.start()) + 1:window.find("\n", n.end()) % (len(window) + 1)].split()
        if len(line) >= 3 and sum(w[:1].isupper() for w in line) >= 0.7 * len(line):
            continue                             # a headline's capitals ("Coalition Welcomes Gaza Ceasefire")
        if noun in n.group(0).split() and carries(n.group(0)):
            res = resolve(n.group(0))
            return res if res is not None and res[2] != "person" else None
    return None
