"""A person re-mentioned by the role noun of their apposition (round 29).

"Kateryna Hnatiuk ’26, a senior in the School of Nursing, ... The senior said ...", "said Tkachuk, a graduate student
in chemical engineering. The graduate student added that ...", "Anna Berg, a professor of history, ... the professor
said": "the senior" / "the graduate student" / "the professor" is the person last given that role in an apposition
before the sentence. Only role nouns that name a person by what they study or teach (never "the senior official"),
and only a bare definite mention ("the ROLE", "the MODIFIER ROLE"). Not here: resolving the name (`speakers.resolve`).
"""
from __future__ import annotations

import re

from pipeline.extract.lexicon import CLASS_YEAR

# role nouns of students and teachers, the head of an apposition and of its later definite re-mention
ROLE_HEADS = ("senior", "junior", "sophomore", "freshman", "first-year", "student", "professor", "lecturer",
              "researcher", "scholar", "historian", "economist", "fellow")   # "fellow": round 36
_HEAD = "(" + "|".join(ROLE_HEADS) + ")"
ROLE_MENTION = re.compile(r"[Tt]he\s+(?:([a-z][\w-]*)\s+)?" + _HEAD)
_HOLDER = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|de|van|der|von|al-[\w'’-]+)){0,3})"
                     r"(?:" + CLASS_YEAR.pattern + r")?,\s+(?:an?|the)\s+((?:[\w-]+\s+){0,3}?)" + _HEAD +
                     r"(?=[,.;:)]|\s+(?:in|at|of|from|studying|majoring|who|whose|and|with|on|for)\b)")


def role_holder(mention: str, text: str, pos: int) -> str | None:
    """The name last given the role of `mention` ("the senior", "the graduate student") in an apposition before
    `pos`, else None; a modifier in the mention ("graduate") must be among the apposition's words.

    >>> role_holder("The senior", "Ann Lee ’26, a senior in the School of Law, spoke. Bo Ma, a junior, too. X", 72)
    'Ann Lee'
    >>> role_holder("the graduate student", "Tkachuk, a graduate student in physics, spoke. Y", 48)
    'Tkachuk'
    >>> role_holder("the senior", "Ann Lee, a senior official, spoke. Y", 35) is None
    True
    """
    m = ROLE_MENTION.fullmatch(mention.strip())
    if m is None:
        return None
    modifier, head = m.group(1), m.group(2)
    return _last_holder(_HOLDER, text, pos,
                        lambda h: h.group(3) == head and (modifier is None or modifier in h.group(2).split()))


def _last_holder(holders: re.Pattern, text: str, pos: int, fits) -> str | None:
    """The name (group 1) of the last match of `holders` in the 4,000 characters before `pos` that `fits`."""
    found = None
    for h in holders.finditer(text, max(0, pos - 4000), pos):
        if fits(h):
            found = h.group(1)
    return found


# a person re-mentioned by the party a bracket gave them (round 34): "Interior Minister Joachim Herrmann (CSU) ...
# so the CSU politician", "Annalena Baerbock (Greens) ... so the Green"; copy from German, where a party tag follows
# a politician's name
PARTY_MENTION = re.compile(r"[Tt]he\s+(?:((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+(?:politician|chief|leader|co-leader|man|"
                           r"woman|lawmaker|MP|MEP|deputy|member|veteran|chairman|chairwoman|minister)|"
                           r"(Green|Social\s+Democrat|Christian\s+Democrat|Free\s+Democrat|Liberal))")
_PARTY_HOLDER = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|von|van|der)){1,3})\s+"
                           r"\(((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\)")


def party_holder(mention: str, text: str, pos: int) -> str | None:
    """The name last given the party of `mention` ("the CSU politician", "the Green") in brackets before `pos`,
    else None.

    >>> party_holder("the CSU politician", "Joachim Herrmann (CSU) spoke. Otto Lederer (CSU) too. X", 55)
    'Otto Lederer'
    >>> party_holder("the Green", "Annalena Baerbock (Greens) spoke. X", 34)
    'Annalena Baerbock'
    >>> party_holder("the CDU chief", "Annalena Baerbock (Greens) spoke. X", 34) is None
    True
    """
    m = PARTY_MENTION.fullmatch(mention.strip())
    if m is None:
        return None
    party = " ".join((m.group(1) or m.group(2)).split())
    return _last_holder(_PARTY_HOLDER, text, pos, lambda h: " ".join(h.group(2).split()) in (party, party + "s"))


# an organisation's officer named by the organisation and the office (round 59): "Wawel Defence's chief executive
# said", "the association's president"; the office words, and the ones that name the same office
ORG_ROLES = ("chief executive officer", "chief executive", "CEO", "chief economist", "chief strategist",
             "managing director", "director-general", "director general", "secretary-general", "secretary general",
             "chairwoman", "chairman", "chairperson", "chair", "president", "founder", "director", "head")
_SAME_ROLE = {"chief executive officer": "chief executive", "CEO": "chief executive", "director general":
              "director-general", "secretary general": "secretary-general", "chairwoman": "chair", "chairman": "chair",
              "chairperson": "chair"}
_ROLES = "(" + "|".join(sorted(map(re.escape, ORG_ROLES), key=len, reverse=True)) + ")"
ORG_ROLE_MENTION = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|the)){0,5}?)"
                              r"(?:'s|’s|(?<=s)'|(?<=s)’)\s+" + _ROLES)
_NAME = r"((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|de|van|der|von|al-[\w'’-]+)){1,3})"


def _role_key(role: str) -> str:
    return _SAME_ROLE.get(role, role.lower() if role != "CEO" else role)


def org_role_holder(org: str, role: str, text: str) -> str | None:
    """The person the article names as `org`'s `role` anywhere in it: "Piotr Zawadzki, chief executive of Wawel
    Defence", "Piotr Zawadzki, Wawel Defence's chief executive", "Wawel Defence chief executive Piotr Zawadzki",
    "the chief executive of Wawel Defence, Piotr Zawadzki"; None when it names none or more than one.

    >>> org_role_holder("Wawel Defence", "chief executive", "Piotr Zawadzki, chief executive of Wawel Defence, spoke.")
    'Piotr Zawadzki'
    >>> org_role_holder("Wawel Defence", "CEO", "Wawel Defence chief executive Piotr Zawadzki spoke.")
    'Piotr Zawadzki'
    >>> org_role_holder("Wawel Defence", "chief executive", "Its chairman, Jan Nowak, spoke.") is None
    True
    >>> org_role_holder("Pontus Shipping", "chief executive", "'Good news,' chief executive Radu Ionescu said.")
    'Radu Ionescu'
    >>> org_role_holder("Wawel", "chief executive", "chief executive Jan Nowak said; chief executive Ewa Lis said") is None
    True
    """
    o = re.escape(org)
    key = _role_key(role)
    found = set()
    for pat in (_NAME + r",\s+(?:the\s+|its\s+)?(?:" + o + r"(?:'s|’s)?\s+)?" + _ROLES + r"(?:\s+(?:of|at)\s+(?:the\s+)?"
                + o + r")?(?=[,.;:)]|\s)",
                o + r"(?:'s|’s)?\s+" + _ROLES + r",?\s+" + _NAME + r"(?![\w'’-])",
                r"(?:[Tt]he\s+)?" + _ROLES + r"\s+(?:of|at)\s+(?:the\s+)?" + o + r",\s+" + _NAME + r"(?![\w'’-])"):
        for m in re.finditer(pat, text):
            groups = [g for g in m.groups() if g]
            names = [g for g in groups if g not in ORG_ROLES and g[:1].isupper()]
            roles = [g for g in groups if g in ORG_ROLES]
            if not names or not roles or _role_key(roles[0]) != key:
                continue
            if pat.startswith(_NAME) and o not in re.escape(m.group(0)) and org not in m.group(0):
                continue                              # "Jan Nowak, chief executive," of some other firm
            found.add(re.sub(r"^(?:(?:His|Her)\s+(?:Eminence|Excellency|Holiness|Beatitude|Grace)\s+)", "", names[0]))
    if not found:                                # "chief executive Oksana Hrytsenko said": the one holder of that office
        for pat in (r"(?<![\w'’-])" + _ROLES + r"\s+" + _NAME + r"(?![\w'’-])",   # the article names, whatever the firm
                    _NAME + r",\s+(?:the\s+|its\s+|their\s+)?" + _ROLES + r"(?=[,.;:)]|\s+(?:of|at)\b)"):
            for m in re.finditer(pat, text):
                role_, name = (m.group(1), m.group(2)) if m.group(1) in ORG_ROLES else (m.group(2), m.group(1))
                if _role_key(role_) == key and name.split()[0] not in ("The", "A", "An", "Its", "His", "Her"):
                    found.add(name)
    return found.pop() if len(found) == 1 else None
