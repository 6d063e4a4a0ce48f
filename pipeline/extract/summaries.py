"""KEY POINTS bullets that summarise a statement reported later (data card rule 22): their speaker.

A wire story's "KEY POINTS" list often names no speaker ("- No date set for Putin-Trump meeting") or names it
after a dash ("- Russia ready for new round of talks - Kremlin"); the body then reports the statement with its
source. `summary_bullets` attributes such a bullet to the speaker named after its dash, else to the later
statement that shares most of its content words. Not here: bullets that name their speaker themselves
(`pipeline.extract.clauses.labelled_line`, `pipeline.extract.quotes.list_item`).
"""
from __future__ import annotations

import re

from pipeline.extract.layout import trim_span
from pipeline.extract.speakers import Ctx, Found, resolve

__all__ = ["summary_bullets"]

_HEADER = re.compile(r"\s*(?:KEY POINTS|Key points|Key Points|HIGHLIGHTS|Highlights|AT A GLANCE|At a glance|"
                     r"THE ESSENTIALS|In brief|IN BRIEF|Summary|SUMMARY|What we know(?: so far)?|WHAT WE KNOW(?: SO FAR)?|"
                     r"Main points|MAIN POINTS|Takeaways|TAKEAWAYS|Key takeaways|KEY TAKEAWAYS)\s*:?\s*$")
_BULLET = re.compile(r"\s*[•·▪‣◦*–-]\s+")
_DASH_SOURCE = re.compile(r"\s+[-–—]\s+((?:[A-Z][\w'’.-]*|the|of)(?:\s+(?:[A-Z][\w'’.-]*|of|the)){0,5})\s*\.?\s*$")
_STOP = set("a an the of to in on for and or but with by at from as is are was were be been will would could should "
            "has have had not no new its his her their this that it than over into after before about said says".split())


def _words(s: str) -> set[str]:
    return {w.lower()[:6] for w in re.findall(r"[A-Za-z][\w'-]+|\d+", s) if w.lower() not in _STOP}


def summary_bullets(text: str, paras: list[tuple[int, int]], out: list[Found], inside: bytearray, taken: bytearray,
                    ctx: Ctx, reg) -> None:
    """Add a statement for each unattributed bullet of a KEY POINTS list (appends to `out`)."""
    for i, (ps, pe) in enumerate(paras):
        nl = text.find("\n", ps, pe)
        head_end = pe if nl < 0 else nl
        if head_end - ps > 40 or not _HEADER.match(text, ps, head_end):
            continue
        j = i + 1
        items: list[tuple[int, int]] = []
        if nl >= 0:                              # "KEY POINTS:\n* ...\n* ..." in one paragraph
            items = [(nl + 1 + m.start(), nl + 1 + m.end()) for m in re.finditer(r"[^\n]+", text[nl + 1:pe])
                     if _BULLET.match(text, nl + 1 + m.start())]
        while j < len(paras):                    # the bullets: one per paragraph or one per line
            bs, be = paras[j]
            lines = [(bs + m.start(), bs + m.end()) for m in re.finditer(r"[^\n]+", text[bs:be])]
            if not lines or not all(_BULLET.match(text, a, b) for a, b in lines):
                break
            items.extend(lines)
            j += 1
        list_end = paras[j][0] if j < len(paras) else len(text)
        later = [f for f in out if f.resolved and (f.start >= list_end or f.end <= ps)]   # reported before or after
        for a, b in items:
            s, e = trim_span(text, _BULLET.match(text, a, b).end(), b, inside)
            if len(text[s:e].split()) < 3 or any(taken[s:e]) or any(f.start < e and f.end > s for f in out):
                continue
            dm = _DASH_SOURCE.search(text, s, e)
            if dm:                               # "- Russia ready for new round of talks - Kremlin"
                res = resolve(dm.group(1), ctx, reg)
                if res is not None:
                    e2 = trim_span(text, s, dm.start(), inside)[1]
                    out.append(Found(s, e2, dm.group(1), res))
                    taken[s:e2] = b"\x01" * (e2 - s)
                continue
            mine = _words(text[s:e])
            best, score = None, 0.0
            for f in later:
                shared = len(mine & _words(text[f.start:f.end]))
                sc = shared / max(1, len(mine))
                if shared >= 2 and sc > score:
                    best, score = f, sc
            if best is not None and score >= 0.5:
                out.append(Found(s, e, best.mention, best.resolved, direct=False))
                taken[s:e] = b"\x01" * (e - s)
