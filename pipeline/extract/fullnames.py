"""A person the registry does not know is named in full, as the guide asks: titles off, surnames to the full name.

ANNOTATION.md §2: a person's actor is the "full common English name". Newsrooms name an unknown person once in full,
often behind a title, rank or courtesy ("Researcher Anna Berg", "Maj Gen (retd) Tom Hale", "Dame Joan Pike",
"Lowy Institute analyst Sam Roe") and then by surname alone, with an honorific, or in capitals as a transcript label
("Berg", "Mr Hale", "PIKE"). The sentence loop resolves each mention where it stands, so one person can reach the
output under several names. `full_names` is the last pass over an article's statements: for a person the registry
does not know it drops the leading title words, cuts a trailing "(Party" or "of the <body>", and gives a surname or a
first name alone the one full name of the article that ends (or starts) with it (another statement's actor, else
"First Surname" in the text; a first name also its one "First Surname" in the text, round 29). Not here: persons
the registry knows (their canonical names are the registry's), institutions, outlets and groups, and names that two
full names of the article share (left as they are).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.actors import ActorRegistry
from pipeline.extract.introductions import ORG_WORDS, _NOT_NAME_END
from pipeline.schema import Statement

__all__ = ["full_names"]

# words that title, rank or honour a person before the name (never part of the canonical name)
_TITLE_WORDS = frozenset((
    "mr mrs ms miss dr sir dame datuk dato datin alhaji alhaja hajiya mallam malam hon amb ambassador prof "
    "professor engr barr gen general lt lieutenant col colonel maj major brig brigadier adm admiral capt captain "
    "cmdr commander sgt sergeant cpl corporal pte private father fr rev reverend researcher prosecutor senator sen "
    "rep gov governor judge analyst minister secretary spokesman spokeswoman spokesperson envoy adviser advisor "
    "president chairman chairwoman chairperson chair director deputy chief mp mep retd ret rtd very sheikh sheikha "
    "ratu adi afioga pastor elder "               # Pacific chiefly styles and a pastor's (round 33)
    "seyyed seyed sayyid sayed "                  # the Persian and Arabic honorific (round 65)
    "rabbi imam bishop archbishop metropolitan patriarch cardinal priest vladyka "   # clergy, and a trade capitalised
    "actor actress comedian podcaster critic rapper singer songwriter musician filmmaker producer novelist poet "
    "activist commentator presenter prince princess emir "
    "legislator lawmaker cllr councillor councilor").split())   # at a list item's start ("Actor Ann Roe, on X: ...", round 35)
_PARTICLE = re.compile(r"(?:al|el|bin|ibn|bint|van|von|der|de|da|di|du|dos|la|le|al-\S*|el-\S*)$")
_NAME_WORD = re.compile(r"[\w'’.-]+")   # with a capital first letter, A-Z or beyond ("Ó Cearbhaill", round 64)
# words that end an institution's name, never a person's ("KNG Securities", "Democratic Party", "State House")
_NOT_NAME = ORG_WORDS | _NOT_NAME_END | frozenset(("Party Parties State House Staff Operations Department Forces "
                                                   "Securities Movements Affairs Relations Office Chairperson-in-Office "
                                                   "Government Army Navy Police Media TV Radio News Press").split())
_NOT_FIRST = frozenset(("The A An And But Or So Yet In On At For From By To Of As If When While After Before Then "
                        "Now This That These Those Mr Mrs Ms Dr Sir Dame Lord Lady").split())


def _bare(actor: str) -> str:
    """'Maj Gen (retd) Tom Hale' -> 'Tom Hale'; 'Lowy Institute analyst Sam Roe' -> 'Sam Roe'; 'Ann Lee (Lab' ->
    'Ann Lee'; 'Brigadier General Ali Omar of the Armed Forces' -> 'Ali Omar'."""
    name = re.split(r"\s+\(|\s+of\s+the\s+", actor, maxsplit=1)[0].strip()
    words = name.replace("(", " ").replace(")", " ").split()
    cut = 0
    for i, w in enumerate(words[:-1]):           # the last title-like word before the name ends the title
        plain = w.strip(".,")
        if plain.lower() in _TITLE_WORDS or re.fullmatch(r"[A-Z]{2,5}", plain) and len(words) - i > 2 or \
                plain.endswith(("'s", "’s")) and len(words) - i > 2:   # "Sinn Féin's Dónal Ó Cearbhaill": the party
            cut = i + 1                          # is no part of the name (round 64)
    words = words[cut:]
    if len(words) > 4 and words[1] == words[3] == "bin" and not any(w.startswith(("Al", "al")) for w in words[4:]):
        words = words[:3]                        # "Faisal bin Farhan bin Abdullah": given name and father's (round 35)
    if not words or not all(w[:1].isupper() and _NAME_WORD.fullmatch(w) or _PARTICLE.fullmatch(w) for w in words) or \
            any(w.strip(".,") in _NOT_NAME for w in words):
        return actor
    return " ".join(words)


def _full_from_text(word: str, text: str) -> set[str]:
    """Every 'First Word' of the text whose first word is a name (not a title, not a sentence opener); a spelling
    the text gives in brackets names the full name before it ("Hikmet Hajiyev (also spelled Hajiev)")."""
    sm = re.search(r"((?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+)[ \t]*\((?:also[ \t]+)?(?:spelled|spelt|written|"
                   r"transliterated(?:[ \t]+as)?)[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?" + re.escape(word) + r"\)", text)
    if sm is not None:
        return {sm.group(1)}
    out = set()
    for m in re.finditer(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)[ \t]+" + re.escape(word) + r"(?=['’]s\b|[^\w'’-]|$)", text):
        first = m.group(1)
        if first == "To" and re.search(r"[A-Z][\w'’-]*[ \t]+$", text[max(0, m.start() - 40):m.start()]):
            out.add(f"To {word}")                # "General Secretary of Vietnam To Lam": a given name (round 33)
        elif first not in _NOT_FIRST and first.lower() not in _TITLE_WORDS:
            out.add(f"{first} {word}")
    if not out:                                  # a first name alone ("Teguh affirmed", "Sarah said") after the full
        for m in re.finditer(r"(?<![\w'’.-])" + re.escape(word) + r"[ \t]+([A-Z][a-z][\w'’-]*)(?![\w'’-])", text):
            last = m.group(1)                    # name once: "Teguh Wirawan", "Sarah Anindita" (round 29)
            if last not in _NOT_NAME and last not in _NOT_FIRST and last.lower() not in _TITLE_WORDS:
                out.add(f"{word} {last}")
        for m in re.finditer(r"(?<![\w'’.-])" + re.escape(word) + r"[ \t]+(bin|ibn)[ \t]+([A-Z][a-z][\w'’-]*)"
                             r"(?:[ \t]+(?:bin|ibn)[ \t]+[A-Z][\w'’-]*)*(?:[ \t]+((?:Al|al)[ -][A-Z][\w'’-]*))?", text):
            out.add(" ".join(filter(None, (word, *m.groups()))))   # "Prince Khalid" after "Prince
    return out                                   # Khalid bin Salman bin Abdulaziz" (round 35)


# a cleric known by one name keeps the church title the article gives it ("Patriarch Kirill", "Metropolitan
# Epiphanius", "Fr. Andriy"), as a cleric with a surname does not ("Father Pavlo Dudar" -> "Pavlo Dudar"; round 62)
_CHURCH_TITLE = r"(Ecumenical\s+Patriarch|Patriarch|Metropolitan|Archbishop|Bishop|Archimandrite|Archdeacon|Catholicos|Father|Fr\.)"
_ROMAN = re.compile(r"[IVX]{1,4}")


def _church_titled(name: str, text: str) -> str:
    """'Kirill' -> 'Patriarch Kirill' when the text names him "Patriarch Kirill" (never followed by a surname)."""
    words = name.split()
    if not (len(words) == 1 or len(words) == 2 and _ROMAN.fullmatch(words[1])):
        return name
    m = re.search(r"(?<![\w'’-])" + _CHURCH_TITLE + r"[ \t]+" + re.escape(name) + r"(?![\w'’-]|[ \t]+[A-Z][a-z])", text)
    return " ".join(m.group(1).split() + [name]) if m is not None else name


def full_names(statements: list[Statement], persons: list[bool], text: str, reg: ActorRegistry,
               given: frozenset[str] | set[str] = frozenset()) -> list[Statement]:
    """The statements with each unknown person's actor in full (see the module docstring); `persons[i]` says
    whether statement i's speaker resolved to a person; `given`: names people are known by alone ("Olena, 67,"), kept.
    """
    names: list[str | None] = []
    for st, person in zip(statements, persons):
        if not person or reg.lookup(st.actor) is not None or any(w.strip(".,()") in _NOT_NAME for w in st.actor.split()) \
                or st.actor in given:
            names.append(None)
            continue
        names.append(_bare(st.actor))
    fulls = Counter(n for n in names if n is not None and len(n.split()) >= 2)
    known = {st.actor for st, person in zip(statements, persons)   # persons the registry knows: by surname ("Mr
             if person and len(st.actor.split()) >= 2 and reg.lookup(st.actor) is not None}   # Budrys"), and a
    # first name only after "Sir"/"Dame" ("Sir Ed" -> "Ed Davey"; a first name alone may be another "Mahmoud")
    sides: dict[str, Counter] = {}
    for st, n in zip(statements, names):
        if n is not None and n in fulls:
            sides.setdefault(n, Counter())[st.side] += 1
    out = []
    for st, n in zip(statements, names):
        if n is None:
            out.append(st)
            continue
        side = st.side
        words = n.split()
        if len(words) == 1 or n.isupper():
            low = n.lower().split()
            knighted = st.actor.split()[0] in ("Sir", "Dame")
            hits = {f for f in set(fulls) | known if len(f.split()) > len(low) and
                    ([w.lower() for w in f.split()[-len(low):]] == low or
                     (f in fulls or knighted) and [w.lower() for w in f.split()[:len(low)]] == low)}
            if not hits and len(words) == 1 and not n.isupper():
                hits = _full_from_text(n, text)
                hits = {h for h in hits if reg.lookup(h) is None}
            if len(hits) == 1:
                n = hits.pop()
                if n in known:                   # a known person's camp is the registry's
                    side = reg.lookup(n).camp    # type: ignore[union-attr]
                elif side == "other" and n in sides:
                    side = sides[n].most_common(1)[0][0]
        n = _church_titled(n, text)
        out.append(st if n == st.actor and side == st.side else replace(st, actor=n, side=side))
    return out
