"""German "so" for "said": the speaker tagged after the content, with no verb (round 34).

Copy translated close to German syntax tags a statement after it: '"We want peace", so Rubio after the talks.',
'"...", so the 47-year-old in Berlin.', 'Europe will not sit at the table, so the US special envoy, Keith Kellogg,
on Saturday.'. `so_speaker` finds the speaker phrase after "so" (the sentence ends there, or a place, a time, an
audience, a party in brackets or a clause follows it, never a verb: "so the council could not wait" is no frame);
`so_reported` takes a sentence of reported content closed by such a frame. Not here: quotations before the frame
(`pipeline.extract.quotes.direct_quote` calls `so_speaker`).
"""
from __future__ import annotations

import re

from pipeline.extract.layout import trim_span
from pipeline.extract.phrases import np_after
from pipeline.extract.speakers import Found, add_found

_SO_FRAME = re.compile(r"so[ \t]+(?=[A-Z]|(?:the|his|her)[ \t]|(?:army|party|government|ministry|foreign|defence|"
                       r"defense|interior|finance|economy|deputy|chief|former|opposition|parliament|security)[ \t]+"
                       r"(?:[a-z]+[ \t]+)?(?:spokes(?:man|woman|person)|minister|leader|chief|expert|adviser|envoy)"
                       r"[ \t]+[A-Z])")
_SO_TAIL = re.compile(r"(?:[ \t]+\([A-Z][\w ]{0,20}\))?(?:[ \t]*(?:[.;,!?]|$)|[ \t]+(?:in|at|after|before|to|on|about|"
                      r"during|from|for|with|later|earlier|afterwards|again|today|yesterday|recently|when|while|who|"
                      r"shortly|speaking|via|towards?)\b)")
_AGE_NP = re.compile(r"(?:the|[Tt]he)\s+\d{2}-year-old")
# the name in an apposition after the speaker's title: "so the US special envoy for Ukraine, Keith Kellogg, ..."
_NAMED_AFTER = re.compile(r"(?:[ \t]+for[ \t]+[A-Z][\w'’-]*)?,[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?=,)")
_OWN_VERB = re.compile(r"\b(?:is|was|were|are|has|had|have|will|would|did|does|said|says|could|can|must|should)\b")


def _np_on_line(text: str, start: int) -> tuple[int, int] | None:
    """The noun phrase right after `start`, within its line and 120 characters (`np_after`)."""
    line_end = text.find("\n", start) % (len(text) + 1)
    return np_after(text, start, min(line_end, start + 120))


def so_speaker(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the speaker phrase of a "so" frame at `pos` ("so Rubio after the talks"), else None.

    >>> t = '"We want peace", so Rubio after the talks.'
    >>> t[slice(*so_speaker(t, t.index("so ")))]
    'Rubio'
    >>> so_speaker('"We need oil", so the council could not wait.', 15) is None
    True
    """
    so = _SO_FRAME.match(text, pos)
    if so is None:
        return None
    np = _np_on_line(text, so.end())
    if np is None:
        am = _AGE_NP.match(text, so.end())
        np = (am.start(), am.end()) if am else None
    if np is not None and (cut := re.search(r"(?<=[^\W\d_]{3})\.\s", text[np[0]:np[1]])):
        np = np[0], np[0] + cut.start()          # "so Zelensky. According to ...": the name ends the sentence
    return np if np is not None and _SO_TAIL.match(text, np[1]) else None


def so_reported(text, ss, se, inside, taken, found, ctx, reg) -> Found | None:
    """Reported content from the sentence's start to a closing "so" frame: 'Europe will not sit at the table, so the
    US special envoy for Ukraine, Keith Kellogg, on Saturday.' (indirect; no quotation before the frame)."""
    m = re.search(r",[ \t]+(?=so[ \t])", text[ss:se]) if ", so " in text[ss:se] else None
    if m is None or any(inside[ss:se]) or any(taken[ss:se]):
        return None
    comma = ss + m.start()
    np = so_speaker(text, comma + m.end() - m.start())
    if np is None or _OWN_VERB.search(text, np[1], se):
        return None
    s, e = trim_span(text, ss, comma, inside)
    if len(text[s:e].split()) < 4:
        return None
    nm = _NAMED_AFTER.match(text, np[1])
    mention = text[np[0]:nm.end(1)] if nm else text[np[0]:np[1]]
    return add_found(found, Found(s, e, mention), ctx, reg, taken)


# Scandinavian "står det i" / "heter det i" in translation: '"...", it says in a press release from the ministry.',
# '"..." So it says in a written comment from Prime Minister X.', '"..." It says so in a statement from X's office.'
# (round 60): the document's author speaks
_SAYS_IN = re.compile(r"[ \t]*(?:(?:So|so)[ \t]+)?(?:[Ii]t)[ \t]+(?:says|said)(?:[ \t]+so)?[ \t]+in[ \t]+(?:a|an|the)[ \t]+"
                      r"(?:[\w-]+[ \t]+){0,2}?(?:comment|statement|press[ \t]+release|release|letter|post|message|note|"
                      r"reply|communiqué|communique)[ \t]+(?:from|by)[ \t]+(?=[A-Z]|the[ \t])")


def says_in_speaker(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the author after an "it says in a statement from X" frame at `pos`, else None.

    >>> t = '"We stand by Kyiv." So it says in a written comment from Prime Minister Ola Berg to this paper.'
    >>> t[slice(*says_in_speaker(t, t.index(" So")))]
    'Prime Minister Ola Berg'
    """
    m = _SAYS_IN.match(text, pos)
    np = _np_on_line(text, m.end()) if m is not None else None
    if np is None:
        return None
    place = re.match(r"[ \t]+in[ \t]+[A-Z][\w'’-]+(?=[ \t.,;]|$)", text[np[1]:np[1] + 40])
    if place:                                    # "from the Ministry of Foreign Affairs in Oslo": the place names it
        np = np[0], np[1] + place.end()
    seg = text[np[0]:np[1]]
    cut = re.search(r"(?<=[^\W\d_]{2})\.(?:\s|$)|\s+(?:to|on|at)\s|\s+in\s+(?![A-Z])", seg)   # "in Oslo" stays
    return (np[0], np[0] + cut.start()) if cut else np
