"""Article text -> attributed statements (ANNOTATION.md §1–§2), by light rules without a parser.

`extract_statements` finds direct quotes (straight, curly, single; before/after/split/colon,
multi-paragraph), reported speech (with and without "that"), "according to X", nominal
attributions ("X's call for ...", "expressed concern over ...") and "called it “X”", cuts each span
exactly as the worked examples do, and resolves the speaker as written to a canonical actor and a
camp through the actor registry, earlier mentions, titles and pronouns. It is a pure function of
the text: no I/O, no global state, linear time. Not here: stance labels (they stay empty),
scoring (`pipeline.evaluate.extraction`), reading corpora (`pipeline.classify.examples`).

This module is the entry point and the sentence loop; the work is done by `pipeline.extract.layout`
(paragraphs, quotes, sentences), `pipeline.extract.quotes` (direct quotes), `pipeline.extract.clauses` (reported
speech, "according to", nominal), `pipeline.extract.phrases` (speaker noun phrases), `pipeline.extract.speakers`
(actor resolution and discourse state) and `pipeline.extract.lexicon` (word lists and patterns).

>>> [s.text for s in extract_statements('Talks ended.\\n\\n"We want peace," Zelenskyy said.')]
['We want peace']
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry
from pipeline.extract.clauses import according_to, nominal_attributions, reported_speech
from pipeline.extract.layout import find_quotes, paragraphs, sentences
from pipeline.extract.lexicon import DATELINE, HEADLINE_END, INTRO_WORD
from pipeline.extract.quotes import direct_quote
from pipeline.schema import Statement
from pipeline.extract.introductions import learn_introductions
from pipeline.extract.speakers import Ctx, Found, after_intro, learn_titles, mentions, push

__all__ = ["extract_statements"]


_DEFAULT: list[ActorRegistry] = []


def _default_registry() -> ActorRegistry:
    if not _DEFAULT:
        _DEFAULT.append(ActorRegistry.default())
    return _DEFAULT[0]


def extract_statements(text: str, article_id: str = "article",
                       registry: ActorRegistry | None = None) -> list[Statement]:
    """Attributed statements of one article in text order, offsets into `text` as given.

    >>> s = extract_statements('Title\\n\\n"A deal is close," Peskov said, "but not yet."')[0]
    >>> s.text, s.actor, s.side, s.kind
    ('A deal is close," Peskov said, "but not yet.', 'Dmitry Peskov', 'russia', 'direct')
    """
    if not isinstance(text, str) or not text.strip():
        return []
    reg = registry if registry is not None else _default_registry()
    paras = paragraphs(text)
    if len(paras) > 1:
        hs, he = paras[0]
        if not HEADLINE_END.search(text[hs:he]) and len(text[hs:he].split()) <= 30:
            paras = paras[1:]
    quotes = find_quotes(text, paras)
    inside = bytearray(len(text) + 1)
    for q in quotes:
        inside[q.start:q.end] = b"\x01" * (q.end - q.start)
    taken = bytearray(len(text) + 1)
    qstart = {q.open: q for q in quotes}
    ctx = Ctx()
    learn_titles(text, reg, ctx)
    out: list[Found] = []
    qi = 0
    for ps, pe in paras:
        dm = DATELINE.match(text, ps, pe)
        if dm:
            ps = dm.end()
        for ss, se in sentences(text, ps, pe, inside):
            while qi < len(quotes) and quotes[qi].open < ss:
                qi += 1
            learn_introductions(text, ss, se, inside, reg, ctx)
            found: list[Found] = []
            used: set[int] = set()
            j = qi
            while j < len(quotes) and quotes[j].open < se:
                q = quotes[j]
                j += 1
                if not taken[q.open]:
                    direct_quote(text, q, ss, se, inside, taken, qstart, used, found, ctx, reg)
            according_to(text, ss, se, inside, taken, found, ctx, reg)
            nominal_attributions(text, ss, se, inside, taken, found, ctx, reg)
            reported_speech(text, ss, se, inside, taken, used, found, ctx, reg)
            found.sort(key=lambda f: f.start)
            if not any(f.resolved for f in found):
                seen_types = set()
                ments = mentions(text, ss, se, inside, reg)
                if INTRO_WORD.match(text, ss):
                    comma = text.find(",", ss, se)
                    if comma > 0:
                        ments = [m for m in ments if m[0] > comma] + [m for m in ments if m[0] < comma]
                    subj = [m for m in ments if after_intro(text, ss, m[0])]
                    ments = subj[:1] + [m for m in ments if m not in subj[:1]]
                body = re.match(r"(?:\d{1,2}[:.]\d{2}\s+|[•·▪*–-]\s+)?", text[ss:se]).end() + ss
                for pos, a, side, typ in ments:
                    if typ == "unknown":                 # an unknown name counts as the subject it is
                        lead = text[body:pos]
                        if "person" in seen_types or not (len(lead.split()) <= 4 and not re.search(r"[,;:()\"“”]", lead)
                                                          and not INTRO_WORD.match(lead) or after_intro(text, ss, pos)) or \
                                not after_intro(text, ss, pos, need_comma=False):
                            continue
                        typ = "person"
                    t = "person" if typ == "person" else "group" if typ == "group" else "inst"
                    if t not in seen_types:
                        seen_types.add(t)
                        push(ctx, a, side, t)
            out.extend(f for f in found if f.resolved)
    out.sort(key=lambda f: (f.start, -f.end))
    result: list[Statement] = []
    last_end = -1
    for f in out:
        if f.start < last_end or f.end <= f.start:
            continue
        last_end = f.end
        actor, side, _ = f.resolved  # type: ignore[misc]
        if side not in reg.camps:
            side = "other"
        direct = f.direct or any(inside[k] for k in range(f.start, min(f.end, f.start + 2000)))
        result.append(Statement(article_id, text[f.start:f.end], f.mention, actor, side,
                                "direct" if direct else "indirect", {}, f.start, f.end))
    return result
