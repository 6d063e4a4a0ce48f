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


# a party whose name holds "Democratic" among other capitalised words: never the US Democratic Party
_OTHER_DEMOCRATS = re.compile(r"(?:[A-Z][\w'’-]+\s+)+Democratic(?:\s+[A-Z][\w'’-]+)*\s+Party|"
                              r"Democratic(?:\s+[A-Z][\w'’-]+)+\s+Party")


def camp_from_words(reg: ActorRegistry, mention: str) -> str:
    """`reg.camp_from_words(mention)`, and where the registry places nothing, `europe` for a mention that names an
    EU or European NATO state or the UK (by name, adjective or capital) in a conflict that has that camp."""
    if "Democratic" in mention:                 # "Democratic Progressive Party (DPP) Legislator X", "the Liberal
        mention = _OTHER_DEMOCRATS.sub("", mention)   # Democratic Party": no US Democrat (round 36)
    camp = reg.camp_from_words(mention)
    if camp != "other" or "europe" not in reg.camps or reg.is_other_role(mention):
        return camp
    if any(w.lower() in reg.camp_words for w in re.findall(r"[A-Z][\w'’.-]*", mention)):
        return camp                              # a word the registry places (in `other`, e.g. "Turkish")
    return "europe" if _EUROPE_RE.search(mention) else camp


# a diplomat's title and a styled name, either order (round 34): "The Slovak Ambassador, H.E. Mr Ondrej Kubín-Halas,",
# "H.E. Mr Grant Halvorsen-Pike, Ambassador of the United States of America to the Republic of Austria,"
_STYLE = r"(?:(?:H\.E\.|(?:His|Her)\s+Excellency)\s+)?(?:Mr|Ms|Mrs|Mme|Madame|Dr|Mag\.|Prof\.?)\s+"
_NAME = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
_TITLE_FIRST = re.compile(r"((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,.;:\n\"“”‘’]{3,100}?),\s+" + _STYLE + _NAME)
_NAME_FIRST = re.compile(_STYLE + _NAME + r",\s+((?:the\s+)?[A-Za-z][^,.;:\n\"“”‘’]{3,100}?)(?=[,.;])")
_DIPLOMAT = re.compile(r"\b(?:[Aa]mbassador|[Pp]ermanent\s+[Rr]epresentative|[Cc]harg[ée]|[Cc]onsul|[Ee]nvoy|"
                       r"[Dd]elegation|[Mm]ission|[Rr]epresentative)\b")
_OF_STATE = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][\w'’-]+|of)(?:\s+(?:[A-Z][\w'’-]+|of)){0,5})")


def learn_styled_camps(text: str, reg: ActorRegistry) -> dict[str, str]:
    """Name -> camp of each person the article styles after or before a title that names a state ("The
    Ambassador of the State of Palestine, H.E. Ms X", "H.E. Mr Y, Ambassador of the United States"): the camp of the
    state after "of", else of the title's own words; persons the registry knows and titles of no camp are left out.

    >>> from pipeline.actors import ActorRegistry
    >>> reg = ActorRegistry("t", ("us", "europe", "other"), {}, {"american": "us", "united states": "us"})
    >>> learn_styled_camps("The Slovak Ambassador, H.E. Mr Ondrej Kubin, spoke. H.E. Ms Ann Lee, Ambassador of the "
    ...                    "United States to Austria, said so.", reg)
    {'Ondrej Kubin': 'europe', 'Ann Lee': 'us'}
    """
    if not _DIPLOMAT.search(text) or not re.search(r"\b(?:Mr|Ms|Mrs|Mme|Madame|Dr|Mag|Prof)\b", text):
        return {}
    out: dict[str, str] = {}
    for pat, ti, ni in ((_TITLE_FIRST, 1, 2), (_NAME_FIRST, 2, 1)):
        for m in pat.finditer(text[:200_000]):
            name, title = m.group(ni), m.group(ti)
            if reg.lookup(name) is not None or not _DIPLOMAT.search(title):
                continue                         # an institute's fellow, a panel's chair: no state's camp
            om = _OF_STATE.search(title)
            camp = camp_from_words(reg, om.group(1)) if om else "other"
            camp = camp if camp != "other" else camp_from_words(reg, title)
            if camp != "other":
                out.setdefault(name, camp)
    return out
