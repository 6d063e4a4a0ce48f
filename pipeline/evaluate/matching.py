"""Matching predicted statements to gold statements of one article (ANNOTATION.md §6).

A prediction matches a gold statement when their character spans overlap by at least half of the
gold span and at least a quarter of the predicted span; matching is one-to-one, largest overlap
first. Gold records carry no offsets, so each gold span is located by its unique occurrence in the
article text. Also: precision/recall/F1 helpers. Not here: actor or stance scoring
(`pipeline.evaluate.extraction`, `pipeline.evaluate.stance`).

>>> from pipeline.schema import Statement
>>> art = "He said peace is near. Others disagreed."
>>> gold = [Statement("a", "peace is near", "He", "X", "other", "indirect")]
>>> pred = [Statement("a", "peace is near.", "He", "X", "other", "indirect", start=8, end=22)]
>>> [(g.text, p.text) for g, p in match_statements(pred, gold, art)]
[('peace is near', 'peace is near.')]
"""
from __future__ import annotations

from typing import Sequence

from pipeline.schema import Statement


class SpanError(ValueError):
    """A gold statement whose text cannot be located exactly once in its article."""


def locate(text: str, article: str, *, article_id: str = "") -> tuple[int, int]:
    """(start, end) of the unique occurrence of `text` in `article`; raise SpanError otherwise."""
    first = article.find(text)
    if first < 0 or not text:
        raise SpanError(f"article {article_id!r}: statement text not found: {text[:60]!r}")
    if article.find(text, first + 1) >= 0:
        raise SpanError(f"article {article_id!r}: statement text occurs more than once: {text[:60]!r}")
    return first, first + len(text)


def _pred_span(p: Statement, article: str) -> tuple[int, int]:
    if p.start is not None and p.end is not None:
        return p.start, p.end
    return locate(p.text, article, article_id=p.article_id)


def match_statements(pred: Sequence[Statement], gold: Sequence[Statement],
                     article: str) -> list[tuple[Statement, Statement]]:
    """One-to-one (gold, predicted) pairs for one article, largest overlap first (ties: text order)."""
    gspans = [locate(g.text, article, article_id=g.article_id) for g in gold]
    pspans = [_pred_span(p, article) for p in pred]
    cands = []
    for gi, (gs, ge) in enumerate(gspans):
        for pi, (ps, pe) in enumerate(pspans):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0 and ov >= 0.5 * (ge - gs) and ov >= 0.25 * (pe - ps):
                cands.append((-ov, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    pairs.sort()
    return [(gold[gi], pred[pi]) for gi, pi in pairs]


def precision_recall_f1(matched: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """P, R, F1 from counts; an empty denominator counts as 0.0 (1.0 when nothing was expected or found).

    >>> precision_recall_f1(3, 4, 6)
    (0.75, 0.5, 0.6)
    """
    if n_pred == 0 and n_gold == 0:
        return 1.0, 1.0, 1.0
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
