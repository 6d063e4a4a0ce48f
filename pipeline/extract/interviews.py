"""Printed Q&A interviews: the interviewer's turns are questions, all of them (round 50, issue 14).

A magazine interview prints each turn under a label: the outlet or a generic tag for the interviewer ("SPIEGEL:",
"MAGAZINE:", "INTERVIEWER:") and the guest's name for the answers. Corpus rule 36 and R212 keep everything inside an
interviewer's turn out of the annotation — also the third party's words it reports before asking ("President Trump
said Ukraine had until Thanksgiving. Does Kyiv have a choice?"). `interviewer_label` finds such a label once per
article: it opens at least `MIN_TURNS` paragraphs, at least a fifth of them ask a question (three times the share of
the label it alternates with, which answers), and it names no person or body the registry or the article knows (a
guest or a minister who asks is still a speaker). The extractor then reads those paragraphs like a "Q:" line: their
speakers become salient, nothing in them is annotated; `question_regions` gives the same paragraphs (and "Q:" lines)
to the span tagger's merge, which adds nothing there. Pure functions of the text; no I/O.
"""
from __future__ import annotations

import re
from collections import Counter

__all__ = ["MIN_TURNS", "interviewer_label", "known_label", "question_regions"]

MIN_TURNS = 3
_QUESTION = re.compile(r"\s*(?:Q|Question)\s*[:.–—-]\s")   # a Q&A's "Q:" line (the extractor's own reading)
_LABEL = re.compile(r"[ \t]*(?:\*\*)?([A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3})(?:\*\*)?[ \t]*:[ \t]+(?=\S)")


def _turns(text: str, paras: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    out = []
    for ps, pe in paras:
        m = _LABEL.match(text, ps, pe)
        if m is not None:
            out.append((m.group(1), m.end(), pe))
    return out


def interviewer_label(text: str, paras: list[tuple[int, int]], known) -> str | None:
    """The label of an interview's questions, or None. `known(label)` is True when the label names a person or body
    the registry or the article knows (then it is a speaker, never the interviewer). The interviewer's label opens at
    least `MIN_TURNS` turns, at least a fifth of them with a question, three times the share of its partner (the
    label it alternates with, in at least 60 % of consecutive turns)."""
    turns = _turns(text, paras)
    if len(turns) < 2 * MIN_TURNS:
        return None
    count = Counter(label for label, _, _ in turns)
    asks = Counter(label for label, s, e in turns if "?" in text[s:e])
    best, best_share = None, 0.0
    for label, n in count.items():
        share = asks[label] / n
        if n < MIN_TURNS or share < 0.2 or share <= best_share or known(label):
            continue
        partner = max((o for o in count if o != label), key=count.get, default=None)
        if partner is None or count[partner] < MIN_TURNS or asks[partner] / count[partner] * 3 > share:
            continue
        pair = [t[0] for t in turns if t[0] in (label, partner)]
        switches = sum(a != b for a, b in zip(pair, pair[1:]))
        if switches >= 0.6 * (len(pair) - 1):
            best, best_share = label, share
    return best


def known_label(text: str, reg):
    """`known` for `interviewer_label`: the label is a registry name ("LAVROV") or the last word of a full name the
    article writes elsewhere ("Hrytsenko" after "Oksana Hrytsenko")."""
    def known(label: str) -> bool:
        name = label.title() if label.isupper() and len(label) > 3 else label
        if reg.lookup(name) is not None:
            return True
        return re.search(r"(?<![\w'’-])[A-Z][\w'’.-]+\s+" + re.escape(name) + r"(?![\w'’-])", text) is not None
    return known


def question_regions(text: str, paras: list[tuple[int, int]], reg) -> list[tuple[int, int]]:
    """The paragraphs that only ask: a "Q:" line, or a turn of the interview's interviewer (a learned span tagger
    adds nothing there either)."""
    asker = interviewer_label(text, paras, known_label(text, reg))
    out = []
    for ps, pe in paras:
        m = _LABEL.match(text, ps, pe) if asker else None
        if _QUESTION.match(text, ps, pe) or m is not None and m.group(1) == asker:
            out.append((ps, pe))
    return out
