"""Camps of states the conflict's registry does not list (data card R44), written once, as data.

The registry decides first: a state, capital or nationality word it lists in `camp_words` (or an actor it knows)
keeps the registry's camp, whatever this table says (Mark Carney is `other`, so Canadian voices are `other`).
For the rest: the governments of EU and NATO members in Europe and the UK are `europe` (when the conflict has that
camp), Switzerland is `other` like every other state. `camp_from_words` is `ActorRegistry.camp_from_words` with
this table as its fall-back. Not here: the registry (`pipeline.actors`), the state and capital tables
(`pipeline.extract.lexicon`).

>>> EUROPE_STATES >= {"Ireland", "Slovenia", "Britain"} and "Switzerland" not in EUROPE_STATES
True
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry
from pipeline.extract.lexicon import CAPITALS, DEMONYMS

# EU members, European NATO members and the UK (R44); Turkey is a mediator in the guide (`other`), the US and
# Canada are not European governments (the registry places them), Switzerland is neutral (`other`)
EUROPE_STATES = frozenset(s.replace("_", " ") for s in (
    "Austria Belgium Bulgaria Croatia Cyprus Czech_Republic Denmark Estonia Finland France Germany Greece Hungary "
    "Ireland Italy Latvia Lithuania Luxembourg Malta Netherlands Poland Portugal Romania Slovakia Slovenia Spain "
    "Sweden Albania Iceland Montenegro North_Macedonia Norway Britain").split())
NEUTRAL_STATES = frozenset({"Switzerland"})      # `other` in every conflict, said here so that no rule guesses

_EUROPE_WORDS = {w for s in EUROPE_STATES for w in (s, DEMONYMS.get(s, s))} | \
    {c for c, s in CAPITALS.items() if s in EUROPE_STATES} | {"United Kingdom", "UK", "U.K.", "Czechia"}
_EUROPE_RE = re.compile(r"(?<![\w'’.-])(?:" + "|".join(re.escape(w) for w in sorted(_EUROPE_WORDS, key=len, reverse=True))
                        + r")(?![\w-])")


def state_camp(state: str, reg: ActorRegistry) -> str:
    """The camp of a state (its name, adjective or capital): the registry's, else R44's table.

    >>> from pipeline.actors import ActorRegistry
    >>> reg = ActorRegistry("t", ("us", "europe", "other"), {}, {"american": "us"})
    >>> state_camp("Irish", reg), state_camp("Swiss", reg), state_camp("American", reg)
    ('europe', 'other', 'us')
    """
    return camp_from_words(reg, state)


def camp_from_words(reg: ActorRegistry, mention: str) -> str:
    """`reg.camp_from_words(mention)`, and where the registry places nothing, `europe` for a mention that names an
    EU or European NATO state or the UK (by name, adjective or capital) in a conflict that has that camp."""
    camp = reg.camp_from_words(mention)
    if camp != "other" or "europe" not in reg.camps or reg.is_other_role(mention):
        return camp
    if any(w.lower() in reg.camp_words for w in re.findall(r"[A-Z][\w'’.-]*", mention)):
        return camp                              # a word the registry places (in `other`, e.g. "Turkish")
    return "europe" if _EUROPE_RE.search(mention) else camp
