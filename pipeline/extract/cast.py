"""Speakers an oral history or a transcript introduces by a name in capitals and a role in prose.

An oral history gives each paragraph to one speaker, named in capitals before a colon, with the role after a comma
the first time ("MARTA KOVAL, then a Ukrainian trade negotiator: We waited two days ...") and the surname alone
later ("KOVAL: The second day ..."); a cast list before the text may introduce them the same way without the
colon. The whole paragraph after the label is that person's words (direct, data card rule 24). The person is
named as the label names them and takes the camp of the role's words ("Ukrainian", "Pentagon", "an EU official");
a role without such words is `other`, like any unknown speaker. Not here: labels of people the registry knows and
role tags in capitals ("MERZ, GERMAN CHANCELLOR:", `pipeline.extract.clauses.labelled_line`).
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry

_WORD = r"(?:[A-Z][A-Z'’.-]+|(?:AL|EL)-[A-Z'’-]+)"
_NAME = r"(" + _WORD + r"(?:\s+(?:" + _WORD + r"|de|da|von|van|der|bin)){1,4})"          # two to five words
_LABEL = re.compile(r"[ \t]*(" + _WORD + r"(?:\s+(?:" + _WORD + r"|de|da|von|van|der|bin)){0,4})"   # or a surname
                    r"(,[ \t]+[^:\n]{2,160}?)?:[ \t]+(?=\S)")
# "NAME, role: words" opening a paragraph, or "NAME, role" as a line of a cast list
_INTRO = re.compile(r"(?m)^[ \t]*" + _NAME + r",[ \t]+([a-z][^:\n]{2,160}?|[A-Z][a-z][^:\n]{1,160}?)[ \t]*(?::[ \t]+(?=\S)|$)")
_NOT_NAMES = {"PULL QUOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "NOTE", "CAST", "UPDATE", "CORRECTION", "Q", "A"}
_VERBISH = re.compile(r"\b(?:said|says|told|tells|added|asked|was|is|were|are|had|has|did|does)\b")


def display_name(caps: str) -> str:
    """'MARTA AL-KOVAL' -> 'Marta al-Koval': a name in capitals as running text writes it.

    >>> display_name("OLENA DE LA CRUZ"), display_name("AHMED AL-SAYED")
    ('Olena de la Cruz', 'Ahmed al-Sayed')
    """
    out = []
    for i, tok in enumerate(caps.split()):
        word = "-".join(p.capitalize() for p in tok.split("-"))
        if i and tok.lower() in ("de", "da", "la", "von", "van", "der", "bin"):
            word = tok.lower()
        elif i and re.match(r"(?:AL|EL)-", tok):
            word = tok[:2].lower() + word[2:]
        out.append(word)
    return " ".join(out)


def learn_cast(text: str, reg: ActorRegistry, ctx) -> dict[str, tuple[str, str]]:
    """Register the people the article introduces as "NAME IN CAPITALS, role" (a paragraph's label or a cast list's
    line): their camp from the role's words and their surname label. Returns label -> (name, camp), the surname
    labels too ("KOVAL"), leaving out surnames two introduced people share and names the registry knows."""
    cast: dict[str, tuple[str, str]] = {}
    surnames: dict[str, set[str]] = {}
    for m in _INTRO.finditer(text[:200_000]):
        caps, role = m.group(1).strip(), m.group(2).strip()
        if caps in _NOT_NAMES or _VERBISH.search(role) or reg.lookup(display_name(caps)) is not None:
            continue
        name = display_name(caps)
        if caps not in cast:
            cast[caps] = (name, reg.camp_from_words(role))
            surnames.setdefault(caps.split()[-1], set()).add(caps)
    for sur, fulls in surnames.items():
        if len(fulls) == 1 and sur not in cast:
            cast[sur] = cast[next(iter(fulls))]
    for name, camp in cast.values():
        ctx.camps.setdefault(name, camp)
    return cast


def cast_label(text: str, ps: int, pe: int, cast: dict[str, tuple[str, str]]) -> tuple[int, tuple[str, str, str]] | None:
    """(where the words start, speaker) when the paragraph text[ps:pe] opens with a cast member's label ("KOVAL:",
    "MARTA KOVAL, then a trade negotiator:"), else None."""
    if not cast:
        return None
    m = _LABEL.match(text, ps, pe)
    if m is None or m.group(1) not in cast:
        return None
    name, camp = cast[m.group(1)]
    return m.end(), (name, camp, "person")
