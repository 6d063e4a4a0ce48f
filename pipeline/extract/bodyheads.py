"""A body the registry does not know, named once in full and then by its head word alone, is one actor.

ANNOTATION.md §2: an institution's actor is its name as the article gives it in full. Releases, union papers and
agency copy name an unknown body once ("The Black Sea Grain Traders Association today welcomed ...", "the Sudan
Relief Network") and then by the last word of that name, capitalised ("The Association noted ...", "the Network
said ..."). The sentence loop resolves each mention where it stands, so the re-mentions reached the output as the
bare word ("Association"). `body_heads` is a pass over an article's statements: an actor that is only such a head
word (`lexicon.ORG_WORDS`: Association, Network, Council, Institute, ...) and that the registry does not know takes
the one full name of the article that ends with it (another statement's actor, else a run of capitalised words
before the head in the text; the registry's canonical name and camp when it knows that name); a name that opens
with the head ("the Ministry of Foreign Affairs of Hungary", then "The Ministry") is resolved as a mention would be
(the state's foreign ministry). Not here: heads the
registry resolves ("the Alliance" where the registry says NATO), lower-case heads ("the union"), and a head that two
full names of the article share (left as it is).
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.actors import ActorRegistry
from pipeline.extract.lexicon import ORG_WORDS
from pipeline.extract.speakers import Ctx, resolve
from pipeline.schema import Statement

__all__ = ["body_heads"]

# a name that opens with its head: 'Ministry of Foreign Affairs and Trade of Hungary', 'Council of the Baltic Sea States'
_HEAD_FIRST = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(ORG_WORDS)) + r")[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
                         r"(?:[ \t]+(?:(?:of|and|for)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*)*")
_OPENERS = frozenset("The A An This That These Those Its Their His Her Our Today Since In On At For From By".split())


def _full_from_text(head: str, text: str) -> set[str]:
    """Every name of the text made of capitalised words (with '&', 'of', 'and' between them) that ends with `head`:
    'The Black Sea Hull & Cargo Association' -> 'Black Sea Hull & Cargo Association'; an opener ('The', 'Today')
    and an all-capitals dateline word are not part of it."""
    out = set()
    word = r"[A-Z][\w'’-]*"
    for m in re.finditer(r"(?<![\w'’&-])(" + word + r"(?:[ \t]+(?:" + word + r"|&|of|and|for))*)[ \t]+"
                         + re.escape(head) + r"(?![\w'’-])", text):
        words = m.group(1).split()
        while words and (words[0] in _OPENERS or words[0].isupper() and len(words[0]) > 3):
            words = words[1:]
        while words and words[0] in ("&", "of", "and", "for"):
            words = words[1:]
        if words and words[-1] not in ("&", "of", "and", "for") and not any(w in ORG_WORDS for w in words):
            out.add(" ".join([*words, head]))
    return out


def body_heads(statements: list[Statement], text: str, reg: ActorRegistry) -> list[Statement]:
    """The statements with each bare head word of an unknown body as that body's full name (see the module
    docstring).

    >>> from pipeline.schema import Statement
    >>> st = Statement("a", "x y z", "The Network", "Network", "other", "indirect", {}, 0, 5)
    >>> [s.actor for s in body_heads([st], "The Sudan Relief Network said x y z. The Network said x y z.",
    ...                              ActorRegistry.for_conflict("sudan"))]
    ['Sudan Relief Network']
    """
    heads = {st.actor for st in statements if st.actor in ORG_WORDS and reg.lookup(st.actor) is None}
    if not heads:
        return statements
    named: dict[str, tuple[str, str] | None] = {}
    for head in heads:
        fulls = {st.actor for st in statements if st.actor.endswith(" " + head) and reg.lookup(st.actor) is None}
        if not fulls:
            fulls = _full_from_text(head, text)
        if not fulls:                            # 'the Ministry of Foreign Affairs of Hungary', then 'The Ministry'
            fulls = {m.group(0) for m in _HEAD_FIRST.finditer(text) if m.group(1) == head}
            fulls = {f for f in fulls if not any(g != f and g.startswith(f + " ") for g in fulls)}   # a shorter
            # form of the same name (a headline's 'Ministry of Foreign Affairs and Trade') is that name
            if len(fulls) == 1:
                res = resolve(fulls.pop(), Ctx(), reg)
                named[head] = (res[0], res[1]) if res is not None and res[2] != "person" else None
                continue
        if len(fulls) != 1:
            named[head] = None
            continue
        full = fulls.pop()
        known = reg.lookup(full)
        named[head] = (known.name, known.camp) if known is not None else (full, "")
    out = []
    for st in statements:
        got = named.get(st.actor) if st.actor in heads else None
        if got is None:
            out.append(st)
            continue
        actor, camp = got
        out.append(replace(st, actor=actor, side=camp or st.side))
    return out
