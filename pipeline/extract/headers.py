"""A header line that names the speaker of the quotation on the next line.

Agency shot lists and transcripts put the speaker on a line of its own, ending in a colon, and the quotation on the
next: "5. SOUNDBITE (Russian) Vladimir Putin, Russian President:" / "Name, role:". The quotation is that person's:
- a person the registry or the article knows, or a full name, with the camp the role's words give when the name
  gives none;
- a private person ("Taras, Kyiv resident:", "Amna, displaced woman from El Fasher:", "a shopkeeper", "pensioner",
  "student") is that person, named as the line names them (data card R24: a vox pop takes the camp of the place only
  where the place is one of the conflict's own words, else `other`), never the government of the dateline's country;
- a reporter's question ("SOUNDBITE (English) Reporter (question):") has no speaker: the next line is not annotated.
Only when the next line opens with a quotation mark. Not here: the quotation itself (`pipeline.extract.quotes`),
labelled lines with the words on the same line (`pipeline.extract.clauses.labelled_line`).
"""
from __future__ import annotations

import re
from typing import Callable

from pipeline.actors import ActorRegistry
from pipeline.extract.lexicon import STOP_CAP, VERB_RE

_PREFIX = r"\s*(?:\d{1,3}[.)]\s+)?(?:(?:SOUNDBITE|SOUNDBYTE|SOT|UPSOUND|VOX\s+POP)\s*(?:\([^()\n]{1,40}\)\s*)?:?\s*)?"
_HEADER = re.compile(_PREFIX + r"((?:[A-Z][\w'’.-]*|(?:al|el)-[\w'’-]+)(?:\s+(?:[A-Z][\w'’.-]*|(?:al|el)-[\w'’-]+|bin|ibn|"
                     r"de|da|von|van|der)){0,4}),\s+([^:\n\"“”]{2,200}?)\s*:\s*")   # the role with any brackets
_ASKER = re.compile(_PREFIX + r"(?:[Rr]eporter|REPORTER|[Jj]ournalist|[Cc]orrespondent|[Qq]uestion|[Ii]nterviewer)\b[^:\n]{0,60}:\s*")
_PRIVATE = re.compile(r"(?<![\w'’-])(?:residents?|shopkeeper|pensioner|retiree|student|vendor|trader|worker|farmer|"
                      r"teacher|driver|mother|father|wife|husband|widow|woman|man|refugee|volunteer|displaced|evacuee|"
                      r"nurse|villager|passer-by|commuter|shopper|fisherman|survivor|veteran|parent|grandmother|"
                      r"grandfather|soldier\s+on\s+leave)(?![\w'’-])", re.I)
_QUOTE_NEXT = re.compile(r"\s*[\"“]")

Resolver = Callable[[str, object, ActorRegistry], "tuple[str, str, str] | None"]


def header_speaker(text: str, ps: int, pe: int, ctx, reg: ActorRegistry,
                   resolve: Resolver) -> tuple[bool, tuple[str, str, str] | None]:
    """(True, speaker) when text[ps:pe] is a header line for the quotation on the next line (speaker None for a
    reporter's question), else (False, None).

    >>> from pipeline.extract.speakers import Ctx, resolve
    >>> text = 'SOUNDBITE (Ukrainian) Taras, Kyiv resident:\\n"Nobody asked us."'
    >>> header_speaker(text, 0, text.index("\\n"), Ctx(), ActorRegistry.default(), resolve)
    (True, ('Taras', 'ukraine', 'person'))
    """
    if pe - ps > 240 or text[pe - 1:pe] != ":" or not _QUOTE_NEXT.match(text, pe):
        return False, None
    if _ASKER.fullmatch(text, ps, pe):
        return True, None
    m = _HEADER.fullmatch(text, ps, pe)
    if m is None:
        return False, None
    name, role = m.group(1), m.group(2)
    if name.split()[0] in STOP_CAP or VERB_RE.search(role) or VERB_RE.search(name):
        return False, None                       # "In Kyiv, residents said:" is a sentence, not a header
    if _PRIVATE.search(role) and len(name.split()) <= 2 and reg.lookup(name) is None:
        return True, (name, reg.camp_from_words(role), "person")
    res = resolve(name, ctx, reg)
    if res is None or res[2] != "person":
        return False, None
    if res[1] == "other" and reg.lookup(res[0]) is None:
        return True, (res[0], reg.camp_from_words(role), res[2])
    return True, res
