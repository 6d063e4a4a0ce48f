"""A speaker's label before a colon or a dash, with no verb: social threads and reaction round-ups (round 34).

"5/16 🇪🇺 EU foreign policy chief Kaja Kallas: "..."", "@ZelenskyyUa, the night before: "..."", "Maria Zakharova,
on Telegram: the Europeans "have nothing to do" in Riyadh", "Reactions rolling in: @kajakallas — "..."; @vonderleyen —
calls for a ceasefire "now"; ...": a label that names a known speaker (a person or body of the registry, a person
the article named before, a handle of a known owner, or a titled full name), perhaps with where and when (", on
Telegram", ", asked on camera", " (translation ours)"), then a colon or a dash and what they said: the quotation, or
the words up to the item's end (";") or the sentence's. A label may open the sentence (after a post's number "3/16"
or "Slide 4" and its emoji) or an item of a list after a colon or a semicolon. Not here: labels with a verb ("X told
reporters: ...", `pipeline.extract.quotes`), a transcript's "NAME:" turns (`pipeline.extract.clauses`), handles
(`pipeline.extract.handles`).
"""
from __future__ import annotations

import re

from pipeline.actors import spelling_key
from pipeline.extract.layout import trim_span
from pipeline.extract.lexicon import CAPITALS, DEMONYMS, PARTICIPLES, TITLE_WORDS, VERB_RE
from pipeline.extract.speakers import Found, add_found, resolve

_POST = re.compile(r"[ \t]*(?:(?:\d{1,2}/\d{1,2}|Slide[ \t]+\d{1,2})[ \t]+)?(?:[^\w\s\"“”‘’'(\[—–-]{1,8}[ \t]*)?"
                   r"(?:(?:And|Then|But)[ \t]+)?(?:(?:After|Before|At|On|In|During)[ \t]+[^,:;\"“”\n]{1,40},[ \t]+)?")
_LABEL = re.compile(r"((?:[\w'’.&-]+[ \t]+){0,6}?[A-Z][\w'’.-]*(?:[ \t]+account)?)((?:[ \t]+(?:again|too|also|later|earlier|then)\b|[ \t]*,[ \t]*[^,:;\"“”‘’—–\n]{1,70}?|"
                    r"[ \t]*\([^()\n]{1,40}\))*)[ \t]*(?::|—|–)[ \t]*")
_REPORTING = re.compile(r"(?:wrote|writes|said|says|posted|posts|added|adds)[ \t]+(?:that[ \t]+)?|(?:calls|called)[ \t]+for[ \t]+")
_SUBJECT_VERB = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){1,3}(?:[a-z]+ly[ \t]+)?")   # "Lavrov said ...": its own frame
_SEPARATOR = re.compile(r"[:—–]")
_ITEM_MARK = re.compile(r"[;:]")
_ACTION = re.compile(r"[a-z]+(?:ed|s)\b")       # "liked the thread", "pins a quote card": an act, not a statement
_OPENING_VERB = re.compile(r"[A-Z][\w'’-]*[ \t]+(?:[a-z]+[ \t]+)?(?:is|was|were|are|has|had|have|will|would)\b")
# a label's words: names, titles and the words that join them ("Secretary of State", "The Palestinian Presidency",
# "Foreign ministry spokeswoman"); never a place or time opener ("After Alaska:", "From Moscow:", "15 Beirut:")
_OPENERS = {"A", "An", "After", "Before", "From", "Via", "In", "On", "At", "With", "Since", "During", "Context", "Update", "Sources",
            "Source", "Note", "Read", "Watch", "Breaking", "Why", "What", "How", "Who", "When", "Where"}
_FINITE = re.compile(r"\b(?:is|was|were|are|has|had|have|will|would|did|does|went|came|made)\b")   # "X, as he is
# addressed, went further:", "The Europeans, in his telling, were the obstacle:": a sentence's own verb, no label
_JOINERS = {"of", "the", "and", "for", "to", "&"}


def _label_words(label: str) -> bool:
    """Whether every word of a label is a name, a title or a joiner, and it opens with no place or time opener."""
    words = label.split()
    if words[0] in _OPENERS or len(words) == 1 and (words[0] in CAPITALS or words[0] in DEMONYMS):
        return False                             # "Moscow: ..." is a subheading's place, not the Kremlin
    return (words[0][:1].isupper() or words[0].lower() in TITLE_WORDS and words[0] not in _JOINERS) and \
        all(w[:1].isupper() and not w[:1].isdigit() or w.lower() in TITLE_WORDS or w in _JOINERS for w in words[:-1]) \
        and (words[-1][:1].isupper() or words[-1] == "account")   # "The Élysée account": its owner


def _item_end(text: str, s: int, se: int, inside) -> int:
    """Where the list item opened at `s` ends: the next semicolon outside quotation marks, else `se`."""
    k = s
    while k < se:
        if text[k] == ";" and not inside[k]:
            return k
        k += 1
    return se


def _known(res, label: str, text: str, pos: int, ctx, reg) -> bool:
    """Whether a label names a source worth a statement without a verb: its handle's owner; a name of the
    registry, of a person the article named before or a full name, that the label spells; or a title that the
    registry gives one person ("The High Representative"). Never a bare common noun ("Members:")."""
    if res is None or res[2] == "outlet":
        return False
    if any(w in label for w in ctx.handles):
        return True
    known = reg.lookup(res[0])
    keys = {spelling_key(w) for w in re.findall(r"[A-Z][\w'’-]+", label)}
    if keys & {spelling_key(w) for w in re.findall(r"[\w'’-]+", res[0])} or \
            known is not None and known.type == "person" and any(spelling_key(a) in keys for a in known.aliases
                                                                  if " " not in a):
        if known is not None or res[0] in ctx.camps or any(res[0] == n for n, _ in ctx.person):
            return True
        words = [w for w in label.split() if w[:1].isupper()]
        return res[2] == "person" and len(words) >= 2 and res[0] in text[:pos] + label
    return known is not None and known.type == "person" and any(w.lower() in TITLE_WORDS for w in label.split())


def labelled_items(text, ss, se, inside, taken, qstart, found, ctx, reg) -> None:
    """Statements after labels in the sentence `text[ss:se]` (module docstring)."""
    if not _SEPARATOR.search(text, ss, se):
        return                                   # no colon and no dash: no label (most sentences; speed)
    starts = [ss] + [k + 1 for k in (c.start() for c in _ITEM_MARK.finditer(text, ss, se))
                     if not inside[k] and not taken[k] and not (text[k - 1:k].isdigit() and text[k + 1:k + 2].isdigit())]
    #                                              (not "3:11")
    for p in starts:
        p = _POST.match(text, p).end()
        m = _LABEL.match(text, p, se)
        if m is None or any(taken[m.start():m.end()]) or any(inside[m.start():m.end()]):
            continue
        label, mods = m.group(1), m.group(2)
        opens = p == _POST.match(text, text.rfind("\n", 0, p) + 1).end()   # the label opens its paragraph
        bare = re.fullmatch(r"[ \t]*(?:\d{1,2}[:.]\d{2}[^\n\w]{0,6})?", text[text.rfind("\n", 0, p) + 1:p])   # ... with
        #                                        no post number or emoji before it, perhaps a time
        if not _label_words(label) or VERB_RE.search(label) or _OPENING_VERB.match(label) or any(
                v.group(1) not in PARTICIPLES and not v.group(1).endswith("ing") and v.group(1) != "asked"
                for v in VERB_RE.finditer(mods)) or "quoting" in mods or _FINITE.search(mods):
            continue
        res = resolve(re.sub(r"\s+account$", "", label), ctx, reg)
        if not _known(res, label, text, p, ctx, reg):
            continue
        c = m.end()
        q = qstart.get(c)
        if q is not None and not taken[q.open] and len(text[q.end + 1:_item_end(text, c, se, inside)].split()) >= 2:
            q = None                             # 'Peskov: "a ceasefire is not on the agenda" in Abu Dhabi; ...': the
            #                                      quotation and the words after it are one statement
        if q is not None and not taken[q.open]:
            s, e, direct = q.start, q.end, True
            if opens and text[e - 1:e] not in ".!?…" and not text[q.end + 1:se].strip(" \t.;*_") or \
                    text[e - 1:e] == "?":
                continue                         # 'Moscow: "No Europeans needed"': a subheading; 'CNN's Kaitlan
                #                                  Collins: "Will you meet him?"': a reporter's question
        elif bare:
            continue                             # a transcript's "NAME: ..." turn (`quotes.colon_content`)
        else:
            rm = _REPORTING.match(text, c)
            c = rm.end() if rm else c
            s, e = trim_span(text, c, _item_end(text, c, se, inside), inside)
            direct = any(inside[s:e])
            if len(text[s:e].split()) < 4 or (not rm and _ACTION.match(text, s)) or any(taken[s:e]) or \
                    re.match(r"(?:who|which|whose|where|when)\b", text[s:e]) or \
                    (sv := _SUBJECT_VERB.match(text, s)) and VERB_RE.match(text, sv.end()) or \
                    text[m.end() - 1] != ":" and not direct and not rm or \
                    _item_end(text, c, se, inside) == se and not re.search(r"[.!?…][\"”’')]*\s*$", text[ss:se]):
                continue                         # "Hamas: ready to hand over**": a factbox's line, no sentence
        if e - s < 2:
            continue
        taken[m.end() - 1:m.end()] = b"\x01"
        if add_found(found, Found(s, e, label, direct=direct), ctx, reg, taken, inherit=Found(0, 0, label, res)) and \
                q is not None and s == q.start:
            taken[q.open:q.end + 1] = b"\x01" * (q.end + 1 - q.open)
