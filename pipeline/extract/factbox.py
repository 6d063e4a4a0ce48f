"""A factbox's party sections: a heading that names a party, then bullets whose subject is that party.

Wire factboxes set out where each side stands under a heading in capitals ("RUSSIA", "UNITED STATES", "EUROPE") and
bullets without a subject: "- Demands that Ukrainian forces withdraw ...", "- Says it will not ...", "- Has proposed
a demilitarised zone ...". A bullet that opens with a verb of saying or of stance is the heading party's statement:
the words after the verb (and "that"); direct when they hold a quotation (ANNOTATION.md §4). Bullets of fact
("- Controls most of Luhansk") and bullets that name their own speaker (`labelled_line`) are not these. The party is
the registry's actor for the heading (RUSSIA -> Kremlin), so a heading must be a name the registry knows.
Not here: "KEY POINTS" bullets (`pipeline.extract.summaries`), lists a speaker introduces (`quotes.list_item`).
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry
from pipeline.extract.layout import trim_span

_HEADING = re.compile(r"[ \t]*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})[ \t]*:?[ \t]*")
_BULLET_VERB = re.compile(
    r"[ \t]*[•·▪‣◦*–-][ \t]+(?:(?:Has|Have|Had)[ \t]+(?:also[ \t]+)?)?(?:[Aa]lso[ \t]+)?"
    r"(?i:Says|Said|Demands|Demanded|Rejects|Rejected|Seeks|Sought|Wants|Wanted|Insists|Insisted|Proposes|Proposed|"
    r"Calls[ \t]+for|Called[ \t]+for|Opposes|Opposed|Supports|Supported|Backs|Backed|Accepts|Accepted|Refuses|"
    r"Refused|Argues|Argued|Warns|Warned|Urges|Urged|Welcomes|Welcomed|Denies|Denied|Offers|Offered|Favou?rs|"
    r"Favou?red|Maintains|Maintained|Stated|States|Declared|Declares|Promises|Promised|Vows|Vowed|Pledges|Pledged|"
    r"Asks|Asked|Dismisses|Dismissed|Ruled[ \t]+out|Rules[ \t]+out|Wants[ \t]+to|Is[ \t]+ready|Is[ \t]+willing)"
    r"(?:[ \t]+that)?[ \t]+(?=\S)")


def section_party(text: str, ps: int, pe: int, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The party a heading line names ("RUSSIA", "UNITED STATES:"), as (actor, camp, type), or None.

    >>> section_party("UNITED STATES", 0, 13, ActorRegistry.default())
    ('White House', 'us', 'inst')
    """
    m = _HEADING.fullmatch(text, ps, pe)
    if m is None:
        return None
    actor = reg.lookup(m.group(1).title()) or reg.lookup(m.group(1))
    if actor is None:
        return None
    return actor.name, actor.camp, "person" if actor.type == "person" else "group" if actor.type == "group" else "inst"


# a box headed by what a party wants ("WHAT ROME WANTS", "What Kyiv wants:"): every bullet under it is that party's
# demand, a noun phrase without a verb (round 32)
_WANTS_HEADING = re.compile(r"[ \t]*(?:WHAT|What)[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){0,2}?[A-Z][\w'’.-]*)[ \t]+(?:WANTS|wants|"
                            r"DEMANDS|demands|SEEKS|seeks)[ \t]*:?[ \t]*")


def wants_party(text: str, ps: int, pe: int) -> str | None:
    """The party a "WHAT <PARTY> WANTS" heading names, as written in title case, or None.

    >>> wants_party("WHAT ROME WANTS", 0, 15), wants_party("What Kyiv wants:", 0, 16), wants_party("ROME", 0, 4)
    ('Rome', 'Kyiv', None)
    """
    m = _WANTS_HEADING.fullmatch(text, ps, pe)
    return None if m is None else m.group(1).title() if m.group(1).isupper() else m.group(1)


def wanted_item(text: str, ps: int, pe: int, inside: bytearray, taken: bytearray) -> tuple[int, int, bool] | None:
    """(start, end, direct) of a bullet under a "WHAT <PARTY> WANTS" heading: the whole bullet, or None."""
    m = re.match(r"[ \t]*[•·▪‣◦*–-][ \t]+", text[ps:pe])
    if m is None:
        return None
    s, e = trim_span(text, ps + m.end(), pe, inside)
    if len(text[s:e].split()) < 3 or any(taken[s:e]):
        return None
    return s, e, False


def section_item(text: str, ps: int, pe: int, inside: bytearray, taken: bytearray):
    """(start, end, direct) of a factbox bullet's statement ("- Rejects any deal made without Kyiv"), or None."""
    m = _BULLET_VERB.match(text, ps, pe)
    if m is None:
        return None
    s, e = trim_span(text, m.end(), pe, inside)
    if len(text[s:e].split()) < 3 or any(taken[s:e]):
        return None
    return s, e, any(inside[s:e])


# "Yuri Ushakov - Kremlin foreign policy aide since 2012; ...": a who's-who entry opens with the name and a dash
_PROFILE = re.compile(r"[ \t]*((?:[A-Z][\w'’.-]*[ \t]+|(?:al|el|bin|von|de)[ \t-]+){1,5}[A-Z][\w'’.-]*)[ \t]+[-–—][ \t]+(?=[\w])")
# "... Has said that X.", "A former envoy who has said X.", "Says X.", "Said last year that X."
_PROFILE_VERB = re.compile(
    r"(?:(?<=^)|(?<=[.;][ \t])|(?<=\bwho[ \t]))(?:[Hh]as[ \t]+(?:also[ \t]+|repeatedly[ \t]+|publicly[ \t]+)?)?"
    r"(?:[Ss]aid|[Ss]ays|[Aa]rgued|[Aa]rgues|[Ww]arned|[Ww]arns|[Ii]nsisted|[Ii]nsists|[Ss]tated|[Ss]tates|"
    r"[Cc]alled[ \t]+for|[Cc]alls[ \t]+for|[Oo]ffered|[Oo]ffers|[Pp]roposed|[Pp]roposes|[Vv]owed|[Vv]ows)"
    r"(?:[ \t]+(?:last[ \t]+(?:year|month|week)|in[ \t]+\d{4}|publicly|repeatedly))?(?:[ \t]+that)?[ \t]+(?=\S)", re.M)


def profile_name(text: str, ps: int, pe: int) -> tuple[str, str] | None:
    """The name a who's-who entry opens with and its role up to the first full stop or semicolon ("Kaja Kallas -
    EU foreign policy chief; ..." -> ("Kaja Kallas", "EU foreign policy chief")), or None."""
    m = _PROFILE.match(text, ps, pe)
    if m is None:
        return None
    rm = re.match(r"[^.;]{0,200}", text[m.end():pe])
    return m.group(1), rm.group(0) if rm else ""


def profile_items(text: str, ps: int, pe: int, inside: bytearray, taken: bytearray) -> list[tuple[int, int, bool]]:
    """(start, end, direct) of what a who's-who entry says its person said ("Has said that Europe must ..."): the
    words after the verb up to the end of their sentence."""
    out = []
    for m in _PROFILE_VERB.finditer(text, ps, pe):
        s, e = trim_span(text, m.end(), sentence_end(text, m.end(), pe, inside), inside)
        if len(text[s:e].split()) >= 3 and not any(taken[s:e]):
            out.append((s, e, any(inside[s:e])))
    return out


def sentence_end(text: str, pos: int, pe: int, inside: bytearray) -> int:
    """Where the sentence running at `pos` ends: the first full stop or semicolon outside quotes that a blank
    follows, else the paragraph's end `pe`."""
    end = pos
    while end < pe and not (text[end] in ".;" and not inside[end] and (end + 1 >= pe or text[end + 1].isspace())):
        end += 1
    return end
