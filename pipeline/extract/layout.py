"""Article layout: paragraphs, balanced quotations, sentences, span trimming.

Finds paragraphs (non-empty lines; bullets are lines of their own), quotations with straight,
curly and single marks including news-style multi-paragraph quotes, and sentence spans that ignore
boundaries inside quotes. Not here: attribution, speakers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.lexicon import ABBREV, HEADLINE_END, OPEN_Q, V_FRAME, V_STRONG, V_WEAK


@dataclass
class Quote:
    open: int          # index of the opening mark
    start: int         # first character inside the marks
    end: int           # index of the closing mark (content ends here)



def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) spans; bullets and list items are lines of their own."""
    out = []
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def is_headline(para: str) -> bool:
    """The first line is a headline when short and unpunctuated, or short with a headline's colon or quote
    ('Zelensky: "We will never give up."', 'Explainer: who wants what?')."""
    n = len(para.split())
    if n <= 30 and not HEADLINE_END.search(para):
        return True
    return n <= 20 and bool(re.search(r"^[^\"“”]{2,60}:\s|[\"“”‘]", para))


def is_heading(para: str) -> bool:
    """A subheading inside the article: a few words without a full stop, or a short explainer question
    ('What does it say about a ceasefire?'). Quoted lines and speaker labels are not headings."""
    words = para.split()
    if re.search(r"[\"“”:]", para) or re.match(r"[•·▪‣◦*–-]\s", para):
        return False
    if len(words) <= 8 and not re.search(r"[.!?…][\"”’')]*$", para):
        return True
    return len(words) <= 12 and para.endswith("?") and bool(re.match(
        r"(?:What|How|Why|Who|Where|When|Which|Does|Do|Did|Is|Are|Can|Will|Would|Could|Should|And|So)\b", para))


def find_quotes(text: str, paras: list[tuple[int, int]]) -> list[Quote]:
    """Balanced quotations; an opening mark left open at a paragraph's end continues into the next
    paragraph when that one opens with a quotation mark (news style for multi-paragraph quotes)."""
    quotes: list[Quote] = []
    carry: tuple[int, int, str] | None = None    # (open idx, content start, closing mark) from earlier paragraph
    for pi, (ps, pe) in enumerate(paras):
        opened: tuple[int, int, str] | None = None
        single: tuple[int, int, str] | None = None
        i = ps
        if carry is not None:
            if text[ps] in OPEN_Q and OPEN_Q[text[ps]] == carry[2] or text[ps] == "“" and carry[2] == "”":
                opened = carry
                i = ps + 1
            carry = None
        while i < pe:
            ch = text[i]
            if ch in '"“”«»„':
                if opened is None:
                    if ch in '"“«„':
                        opened = (i, i + 1, OPEN_Q[ch])
                elif ch == opened[2] or (ch == "”" and opened[2] == '"') or (ch == '"' and opened[2] == "”"):
                    if i > opened[1]:
                        quotes.append(Quote(opened[0], opened[1], i))
                    opened = None
                elif ch == "“" and opened[2] == "”":
                    opened = (i, i + 1, "”")       # stray opener: restart
                single = None
            elif ch in "'‘’" and opened is None:
                prev = text[i - 1] if i > ps else " "
                nxt = text[i + 1] if i + 1 < pe else " "
                if single is None:
                    if ch in "'‘" and not prev.isalnum() and nxt.isalpha() and prev not in "'’":
                        single = (i, i + 1, "’" if ch == "‘" else "'")
                elif ch in "'’" and not nxt.isalnum() and prev not in " \t" and (ch == single[2] or ch == "’"):
                    if i - single[1] > 2 and not (prev == "s" and nxt == " " and i - single[1] > 200):
                        quotes.append(Quote(single[0], single[1], i))
                    single = None
            i += 1
        if opened is not None and pi + 1 < len(paras):
            carry = opened
        if text[ps] in "-–—" and (not quotes or quotes[-1].end < ps):
            dq = _dialogue(text, ps, pe)
            if dq is not None:
                quotes.append(dq)
    return quotes


_SAY = "|".join(sorted(set(V_STRONG) | set(V_WEAK) | V_FRAME, key=len, reverse=True))
_DIALOGUE_END = re.compile(r"([,!?…])([ \t]+)[-–—][ \t]+(?=(?:[\w'’.-]+[ \t]+){0,6}?(?:" + _SAY + r")(?![\w'’-]))")


def _dialogue(text: str, ps: int, pe: int) -> Quote | None:
    """'- We are ready for talks, - Peskov said.': a dialogue dash opens the paragraph and a second one hands
    over to the speaker (copy translated from Russian); the words between the dashes are the quotation, and the
    space before the second dash stands in for its closing mark."""
    om = re.match(r"[-–—][ \t]+(?=[\w\"“«])", text[ps:pe])
    if om is None:
        return None
    m = _DIALOGUE_END.search(text, ps + om.end(), pe)
    if m is None or len(text[ps + om.end():m.start()].split()) < 3:
        return None
    return Quote(ps, ps + om.end(), m.start(2))


_NOTE = r"(?:\[\d{1,3}\])"     # a numbered footnote marker after a sentence's full stop ('… said.[12] The')


_EMOJI = r"[^\x00-\x7F\w\s—–‘’“”«»…·•]{1,6}"   # a pictograph or a flag, not a dash or a quotation mark


def sentences(text: str, ps: int, pe: int, inside: bytearray) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph; boundaries inside quotations are ignored; a footnote marker ('.[12]') stays
    with the sentence it closes."""
    out, s = [], ps
    for m in re.finditer(r"[.!?]+[\"”’')\]»]*" + _NOTE + r"*(?=\s+[\"“‘'(\[«„]?[A-Z0-9•]|\s+" + _EMOJI + r"\s*[A-Z])",
                         text[ps:pe]):   # "... either. 🗣️ Peskov, asked ...": an emoji opens a post's sentence (R34);
        #                                  "... blunt. «We will not ...»": guillemets and „ open one too (round 51)
        b = ps + m.start()
        if inside[b] and all(inside[k] for k in range(b, ps + m.end())):
            continue                             # inside a quotation, unless the quotation closes here too
        if text[b] == ".":
            w = re.search(r"([\w.]+)$", text[max(ps, b - 20):b])
            tok = w.group(1) if w else ""
            if (tok.lower() in ABBREV or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Z]", tok)) and \
                    not re.search(r"\bon X$", text[max(ps, b - 6):b]) and \
                    not (tok.lower() == "no" and not re.match(r"\.\s*\d", text[b:b + 3])):   # "says no." ends one
                continue
        e = ps + m.end()
        out.append((s, e))
        s = e
        while s < pe and text[s].isspace():
            s += 1
    if s < pe:
        out.append((s, pe))
    return out


def trim_span(text: str, s: int, e: int, inside: bytearray) -> tuple[int, int]:
    """Drop surrounding blanks, a handover comma and a sentence-final full stop outside quotes."""
    while s < e and (text[s].isspace() or text[s] in ",:;—–-"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while (m := re.search(_NOTE + r"$", text[max(s, e - 5):e])) and e - len(m.group()) > s:
        e -= len(m.group())                      # '… after”.[12]': the footnote marker is no part of the claim
    while e > s and text[e - 1] in ",;:—–" or (e > s and text[e - 1] == "." and not inside[e - 1]
                                                and not re.search(r"\b(?:[A-Za-z]\.)+[A-Za-z]\.$", text[max(s, e - 8):e])):
        e -= 1
        while e > s and text[e - 1].isspace():
            e -= 1
    return s, e
