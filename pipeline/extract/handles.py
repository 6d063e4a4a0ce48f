"""Platform handles as speakers (round 34).

"Secretary of State Marco Rubio (@SecRubio) posted that ...", "@ZelenskyyUa, the night before: "..."", "Reactions:
@kajakallas — "..."": a handle names its account's owner. `mask_handles` gives the extractor a text of the same
length in which a handle after a name ("(@SecRubio)") is blanked and every other handle is a capitalised word
("@kajakallas" -> "Qkajakallas"), so the rules read it as a name; `handle_owner` names the owner of such a word: the
person the article wrote the handle after, else the one person of the registry whose surname the handle spells
("@donaldtusk", "@PM_ViktorOrban"), else a body of the registry that the handle spells ("@WhiteHouse");
`handle_person` reads a handle for the learned tagger's additions (`pipeline.tagging.frames`, session 24: the
longest registry or article full name the handle spells, transliteration-blind; round 37 moved it here). Not here:
the quotations after a handle's label (`pipeline.extract.labels`).
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry, spelling_key

_HANDLE = re.compile(r"(?<![\w.@/])@([A-Za-z_][A-Za-z0-9_]{1,30})(?![\w@])")
MARK = "Q"                                      # the capital that stands for "@" in the masked text
# "Marco Rubio (@SecRubio)", "Analyst Tatiana Stanovaya (@Stanovaya)": the handle in brackets after its owner's name
_AFTER_NAME = re.compile(r"((?:[A-Z][\w'’.-]*|von|van|der|de|al-[\w'’-]+)(?:\s+(?:[A-Z][\w'’.-]*|von|van|der|de|"
                         r"al-[\w'’-]+)){0,4})\s+\(@([A-Za-z0-9_]{2,30})\)")
_SURNAMES: dict[int, dict[str, str | None]] = {}
_SQUASHED: dict[int, tuple[ActorRegistry, list[tuple[str, str, str]]]] = {}   # registry -> its persons' squashed names


def mask_handles(text: str) -> tuple[str, dict[str, str]]:
    """(the text with its handles masked, masked word -> handle as written); the text as given when it has none.

    >>> masked, words = mask_handles("Kaja Kallas (@kajakallas) wrote: yes. @donaldtusk — no.")
    >>> masked.split(), words
    (['Kaja', 'Kallas', 'wrote:', 'yes.', 'Qdonaldtusk', '—', 'no.'], {'Qdonaldtusk': '@donaldtusk'})
    """
    if "@" not in text:
        return text, {}
    masked: dict[str, str] = {}

    def one(m: re.Match) -> str:
        if text[max(0, m.start() - 1):m.start()] == "(" and text[m.end():m.end() + 1] == ")":
            return m.group(0)                    # blanked below with its brackets
        masked[MARK + m.group(1)] = m.group(0)
        return MARK + m.group(1)
    out = _HANDLE.sub(one, text)
    out = re.sub(r"\s\(@[A-Za-z0-9_]{2,30}\)", lambda m: " " * len(m.group(0)), out)
    return out, masked


def learn_handles(text: str) -> dict[str, str]:
    """Lower-cased handle -> the name the article writes it after ("Marco Rubio (@SecRubio)"), as written."""
    return {m.group(2).lower(): m.group(1) for m in _AFTER_NAME.finditer(text) if "@" in text}


def _surnames(reg: ActorRegistry) -> dict[str, str | None]:
    """Spelling key of each registry person's surname (4 letters or more) -> that person (None: two share it)."""
    got = _SURNAMES.get(id(reg))
    if got is None:
        got = {}
        for actor in reg.actors.values():
            if actor.type != "person":
                continue
            for alias in (actor.name, *actor.aliases):
                parts = alias.split()
                key = spelling_key(parts[-1]).replace(" ", "") if len(parts) > 1 else ""
                if len(key) >= 4:
                    got[key] = actor.name if got.get(key, actor.name) == actor.name else None
        _SURNAMES[id(reg)] = got
    return got


def handle_owner(word: str, handles: dict[str, str], named: dict[str, str], reg: ActorRegistry) -> str | None:
    """The name of a masked handle's owner (see the module docstring), else None.

    >>> from pipeline.actors import ActorRegistry
    >>> reg = ActorRegistry.default()
    >>> handle_owner("Qdonaldtusk", {"Qdonaldtusk": "@donaldtusk"}, {}, reg)
    'Donald Tusk'
    >>> handle_owner("QSecRubio", {"QSecRubio": "@SecRubio"}, {"secrubio": "Marco Rubio"}, reg)
    'Marco Rubio'
    >>> handle_owner("Qlolmemes", {"Qlolmemes": "@lolmemes"}, {}, reg) is None
    True
    """
    handle = handles.get(word)
    if handle is None:
        return None
    bare = handle[1:]
    if bare.lower() in named:
        return named[bare.lower()]
    key = spelling_key(bare.replace("_", " ")).replace(" ", "")
    hits = {name for sur, name in _surnames(reg).items() if sur in key}
    if len(hits) == 1 and None not in hits:
        return hits.pop()
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", bare)   # "WhiteHouse" -> "White House"
    known = reg.lookup(spaced)
    return known.name if known is not None and known.type != "person" else None


def owner_mention(mention: str, handles: dict[str, str], named: dict[str, str], reg: ActorRegistry) -> str | None:
    """A speaker mention with its masked handles read as their owners' names: "Qdonaldtusk", "the QWhiteHouse
    account" -> the owner's name (None when the handle names no one known); a handle inside a longer mention is
    dropped from it."""
    words = [w for w in handles if w in mention]
    if not words:
        return mention
    whole = re.fullmatch(r"\s*(?:[Tt]he\s+)?(" + "|".join(map(re.escape, words)) + r")(?:\s+account)?\s*", mention)
    if whole is not None:
        return handle_owner(whole.group(1), handles, named, reg)
    for w in words:
        mention = mention.replace(w, "")
    return re.sub(r"\s+", " ", mention).strip() or None


def unmask(mention: str, handles: dict[str, str]) -> str:
    """A mention as the article writes it: its masked handles back to "@..."."""
    for word, handle in handles.items():
        if word in mention:
            mention = mention.replace(word, handle)
    return mention


def _squash(name: str) -> str:
    """Letters only, transliteration-blind: "Kaja Kallas" and "@kajakallas" meet as "kaiakalas"."""
    return re.sub(r"[^a-z]", "", spelling_key(name))


def handle_person(handle: str, local: list[tuple[str, str]], reg: ActorRegistry) -> tuple[str, str] | None:
    """(name, camp) of the person a platform handle spells ("JaneRoeEU", "PM_jane_roe", "janeroe"; session 24's
    reading for the tagger's additions): the longest name of a registry person (name or alias, 6 letters or more,
    transliteration-blind) or of a person the article names in full (`local`: (name, camp)) that the handle
    contains, else a full name whose surname ends it ("alexstubb"); None if there is none.

    >>> from pipeline.actors import ActorRegistry
    >>> handle_person("kajakallas", [], ActorRegistry.default())[0]
    'Kaja Kallas'
    """
    if _SQUASHED.get(id(reg), (None,))[0] is not reg:
        _SQUASHED[id(reg)] = (reg, [(_squash(n), a.name, a.camp) for a in reg.actors.values() if a.type == "person"
                                    for n in (a.name, *a.aliases)])
    key = _squash(handle)
    ranked = sorted(_SQUASHED[id(reg)][1] + [(_squash(n), n, camp) for n, camp in local], key=lambda t: -len(t[0]))
    for sq, name, camp in ranked:
        if len(sq) >= 6 and sq in key:
            return name, camp
    for sq, name, camp in ranked:                 # "@alexstubb": a full name's surname ending the handle
        sur = _squash(name.split()[-1])
        if len(name.split()) >= 2 and len(sur) >= 4 and key.endswith(sur) and key[:1] == _squash(name)[:1]:
            return name, camp
    return None
