"""Toasts and prayers as statements: "He raised his glass ‘to the day the guns fall silent’" (round 34).

A diplomatic chronicle reports a reception's toasts and blessings with no speech verb: "raised his glass", "closed by
raising her glass", "proposed a toast", "offered a prayer", then the quotation. The quotation is the subject's direct
statement. Not here: a quotation after a speech verb (`pipeline.extract.quotes`).
"""
from __future__ import annotations

import re

from pipeline.extract.phrases import np_before
from pipeline.extract.speakers import Found, add_found, sentence_subject

_TOAST = re.compile(r"(?<![\w'’-])(?:(?:raised|raises|raising)\s+(?:his|her|their|a|the)\s+glass(?:es)?|"
                    r"(?:proposed|proposes|proposing|offered|offers|offering|gave|gives|giving)\s+(?:a|the|his|her|"
                    r"their)\s+(?:toast|prayer|blessing))(?:\s+(?:to|for)\s+the\s+guests)?\s*[:,]?\s*(?=[\"“‘'])")


def toast_quote(text, ss, se, inside, taken, qstart, found, ctx, reg) -> Found | None:
    """The quotation right after a toast or a prayer in the sentence, as its subject's direct statement."""
    seg = text[ss:se]
    m = _TOAST.search(text, ss, se) if "glass" in seg or "toast" in seg or "prayer" in seg or "blessing" in seg \
        else None
    q = qstart.get(m.end()) if m is not None and not inside[m.start()] else None
    if q is None or taken[q.open]:
        return None
    head = re.search(r"\s+(?:closed|ended|began|opened|finished)\s+by\s+$", text[ss:m.start()])
    hi = ss + head.start() if head else m.start()   # "She closed by raising her glass": she
    np = np_before(text, ss, hi)
    f = Found(q.start, q.end, text[np[0]:np[1]] if np else "", direct=True)
    if np is not None:
        r = add_found(found, f, ctx, reg, taken)
    else:
        subj = sentence_subject(text, ss, hi, found, inside, ctx, reg)
        r = add_found(found, f, ctx, reg, taken, inherit=subj) if subj else None
    if r is not None:
        taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
    return r
