"""State bodies named without their state, resolved from the article itself (no registry entry needed).

"The ministry said", "the foreign ministry", "the Ministry of Foreign Affairs", "the presidency", "the
chancellery", "the prime minister's office": when the article has not named a body of that kind before (the
speaker resolver tries that first), the body is that of the country of the latest official in the discourse whose
title holds the body ("Irish Foreign Minister X ... The ministry said" -> "Irish foreign ministry"; "Portuguese
President X ... the presidency" -> "Portuguese presidency"). The state comes from the official's title in the
registry or from the article's introduction of them; the body is named as the guide names state bodies
("<Demonym> <body>", the registry's name when it lists one), in the camp of `pipeline.extract.camps`. Which title
heads which body is data (`BODY_TITLES`). Not here: bodies the article names with their state, capitals and
places (`pipeline.extract.speakers`), the registry (`pipeline.actors`).
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry
from pipeline.extract.camps import camp_from_words
from pipeline.extract.lexicon import CAPITALS, DEMONYMS, MINISTRY_OF, STATE_OF_ADJECTIVE, short_ministry

# a body as a mention names it ("Ministry of Foreign Affairs" is read as "foreign ministry" first: lexicon.MINISTRY_OF)
# -> (the title words of the official who heads it, the body's name); for the bare
# "ministry" the kind of ministry comes from the official's title ("Defence Minister X": the defence ministry)
BODY_TITLES = {
    "foreign ministry": ({"foreign", "minister"}, "foreign ministry"),
    "foreign office": ({"foreign", "secretary"}, "Foreign Office"),
    "defence ministry": ({"defence", "minister"}, "defence ministry"),
    "defense ministry": ({"defense", "minister"}, "defence ministry"),
    "ministry": ({"minister"}, None),
    "presidency": ({"president"}, "presidency"),
    "presidential office": ({"president"}, "presidency"),
    "chancellery": ({"chancellor"}, "chancellery"),
    "prime minister's office": ({"prime", "minister"}, "Prime Minister's Office"),
    "prime minister’s office": ({"prime", "minister"}, "Prime Minister's Office"),
}
# ministries a "Minister" of that word heads ("Interior Minister X": the interior ministry)
_MINISTRY_KINDS = ("foreign", "defence", "defense", "interior", "finance", "justice", "health", "energy")
_NOT_HEADS = {"deputy", "vice", "former", "prime", "assistant", "junior"}   # "the ministry" is not a deputy's own


def state_of_title(title: str) -> str | None:
    """The state a title names: "Irish Foreign Minister" -> "Ireland", "Russia's foreign minister" -> "Russia"."""
    for w in re.findall(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:'s|’s)?", title):
        w = re.sub(r"(?:'s|’s)$", "", w)
        for cand in (w, w.split()[0]):
            if cand in STATE_OF_ADJECTIVE:
                return "America" if cand in ("American", "US", "U.S.") else STATE_OF_ADJECTIVE[cand]
            if cand in DEMONYMS or cand in CAPITALS:
                return CAPITALS.get(cand, cand)
    return None


def _officials(ctx, reg: ActorRegistry, depth: int = 8):
    """(title words, state) of the latest persons in the discourse, most recent first, that the article introduced
    with a title ("Irish Foreign Minister Simon Harris"; the state of a registry person's matching title when the
    introduction names none: "Prime Minister Benjamin Netanyahu")."""
    intros = {}
    for i in ctx.intros:
        intros[i.name] = i
    for a, _ in list(reversed(ctx.person))[:depth]:
        i = intros.get(a)
        if i is None:                            # introduced with the title in this article, not merely known to
            continue                             # the registry by it
        if i.state:
            yield set(i.titles), i.state
            continue
        actor = reg.actors.get(a)                # "Prime Minister Benjamin Netanyahu": the registry's state for him
        for t in actor.titles if actor is not None else ():
            state = state_of_title(t)
            if state and set(i.titles) <= {w.lower() for w in t.split()}:
                yield set(i.titles), state
                break



def article_body(body: str, ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The state body a mention names without its state ("ministry", "foreign ministry", "presidency"), as that of
    the latest official whose title heads it; None when no official of the article heads one."""
    key = MINISTRY_OF.sub(lambda m: short_ministry(m.group(1)), re.sub(r"\s+", " ", body.strip())).lower()
    if key not in BODY_TITLES:
        return None
    need, name = BODY_TITLES[key]
    for titles, state in _officials(ctx, reg):
        if not need <= titles or (titles & _NOT_HEADS) - need:
            continue
        kind = name
        if kind is None:                         # "the ministry": the kind of the minister's ministry
            k = next((w for w in _MINISTRY_KINDS if w in titles), None)
            if k is None:
                continue
            kind = ("defence" if k == "defense" else k) + " ministry"
        dem = DEMONYMS.get(state, state)
        known = reg.lookup(f"{dem} {kind}") or reg.lookup(f"{state}'s {kind}")
        if known is not None and known.type != "person":
            return known.name, known.camp, known.type
        return f"{dem} {kind}", camp_from_words(reg, dem), "inst"
    return None
