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
from pipeline.extract.clauses import (according_to, relayed_rest, as_put_it, behalf_of, believes_that, for_holder, keen_to_say, called_plain, framed_as, document_terms, documents_speak,
                                      it_was_stated_by, labelled_line, bracket_tag,
                                      nominal_attributions, position_is, reported_speech, stated_before, view_interposed,
                                      was_told)
from pipeline.extract.bodies import learn_acronyms
from pipeline.extract.bodyheads import body_heads
from pipeline.extract.nameorder import given_first
from pipeline.extract.camps import learn_styled_camps
from pipeline.extract.captions import CaptionTurns, is_caption_transcript, spoken_quotes
from pipeline.extract.cast import cast_label, learn_cast
from pipeline.extract.citations import cited_statements
from pipeline.extract.documents import kin, learn_documents
from pipeline.extract.fullnames import full_names
from pipeline.extract.factbox import (profile_items, profile_name, section_item, section_party, wanted_item,
                                      wants_party)
from pipeline.extract.handles import learn_handles, mask_handles, unmask
from pipeline.extract.headers import header_speaker
from pipeline.extract.home import article_home, home_body, home_side
from pipeline.extract.interviews import interviewer_label, known_label
from pipeline.extract.introductions import learn_introductions
from pipeline.extract.labels import labelled_items
from pipeline.extract.layout import find_quotes, is_heading, is_headline, paragraphs, sentences, trim_span
from pipeline.extract.lexicon import (CAPITALS, CAPTION, DATELINE, DEMONYMS, OUTLET_WORDS, STATE_OF_ADJECTIVE, TIMESTAMP, VERB_RE,
                                      short_ministry_name)
from pipeline.extract.quotes import (LIST_ITEM, bylined_quote, colon_block, colon_content, colon_orphan, credited_quote, dashed_quote, direct_quote, list_item, list_lead_speaker, orphan_quote,
                                     woven_quote)
from pipeline.extract.speakers import (REPORTER_LINE, Ctx, Found, add_found, learn_names, learn_reporters, learn_titles, remember_subjects,
                                       resolve, subject_first)
from pipeline.extract.soframes import so_reported
from pipeline.extract.summaries import summary_bullets
from pipeline.extract.toasts import toast_quote
from pipeline.schema import Statement

__all__ = ["extract_statements"]


_DEFAULT: list[ActorRegistry] = []
_LEAD_NP = re.compile(r"(?:a|an|the|his|her|their|its)\s+(?!(?:\w+\s+){0,8}?(?:is|are|was|were|would|will|could|should|must|"
                      r"had|has|have|can|may|might)\b)")
# an unnamed single source ("One senior Gulf diplomat told me", "A senior Hamas official said"): not an identifiable
# speaker (ANNOTATION.md §1 "identifiable source"), so no statement; a name after it ("An adviser, X,") is one
_ANONYMOUS = re.compile(r"(?:One|A|An|Another)\s+(?:[\w'’-]+\s+){0,3}?(?:diplomat|official|source|person|negotiator|insider|"
                        r"aide|participant|member|officer)(?:\s+(?:in|from|at|close to|familiar with)\s+[^,]*)?$")
# "A, Chinese Foreign Ministry spokesperson Lin Jian said on Thursday": a frame after the content, and the content's
# own lead ("China welcomes"), which an object verb took for the frame
_TRAILING_FRAME = re.compile(r",\s+((?:[A-Z][\w'’.-]*\s+|[a-z][\w-]*\s+){0,6}?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+"
                             r"(?:said|says|noted|stressed|added)(?:\s+(?:on|in|at|during)\s+[\w ]{2,30}?)?\.?$")
_SUBJECT_VERB_LEAD = re.compile(r"(?:^|[.!?\n][\"”]?\s+|\n|\s(?:--|—|–|-)\s)\s*(([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|"
                                r"The\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+[a-z]+s\s+)$")
_EMPTY_CONTENT = re.compile(r"(?i:(?:(?:I'?m\s+)?(?:glad|good|great|nice|happy|pleased)\s+to\s+(?:be\s+(?:here|with\s+you)|join\s+you)|"
                            r"thanks?\s+(?:you\s+)?for\s+having\s+me|thank\s+you(?:\s+(?:very|so)\s+much)?|my\s+pleasure|"
                            r"you'?re\s+welcome)(?:,\s+[A-Z][\w'’-]*)?[.!]?|(?:this|the\s+following)(?:\s+(?:about|on|of|to)\s+"
                            r"[^.!?\"“”]{1,60})?[.:]?)|(?:around|during|after|before)\s+[^\"“”]{1,80}")
_VIA_OUTLET = re.compile(r",\s+according\s+to\s+((?:the\s+)?['‘]?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+"
                         r"(?:[a-z]+\s+){0,3}[^.!?;\"“”]{0,40}$")
_INDEF_DOC = re.compile(r"(?:[Aa]n?)\s+(?:[\w-]+\s+)?(?:statement|post|interview|video|address|message|letter)")
_WHICH_CALLED = re.compile(r"[\"”]?,\s+which\s+(?:he|she|they|it)\s+(?:called|described\s+as|termed|dubbed)\s+[\"“]")
# agency copy names the speaker of the sentence before: "Spokesperson Guo Jiakun made the remarks at a briefing"
_MADE_REMARKS = re.compile(r"[^.!?\n]{0,200}?[.!?][\"”]?\s+(?:[A-Z][\w'’-]*\s+){0,4}?(?:(?:[a-z][\w-]*\s+){1,2})?"
                           r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:made|delivered)\s+(?:the|these|those)\s+"
                           r"(?:remarks|comments)\b")
_BARE_BODY = re.compile(r"(?:[Tt]he|[Aa]n?)\s+((?i:foreign\s+ministry|defen[cs]e\s+ministry|foreign\s+office|government|"
                        r"presidency))(?:\s+(?:statement|spokes(?:man|woman|person)))?")
_IN_PLACE = re.compile(r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"”])\s*)\s*(?:(?:And|But|Meanwhile)\s+)?[Ii]n\s+((?:the\s+)?[A-Z][\w'’-]*"
                       r"(?:\s+[A-Z][\w'’-]*){0,2}),\s+[^.!?\n]*$")

# a byline that names where the reporter files from: "From Ada Obi, Abuja", "From Ada Obi, Abuja, and Tunde Ojo, Lagos"
_BYLINE_FROM = re.compile(r"From\s+(?:(?:our|a)\s+[\w ]{1,30}?|(?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’.-]*),\s+"
                          r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*(?:,|$|\n|and\b|with\b))")

_DOC_OPENER = re.compile(r"\s*(?:[Tt]he|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[\w'’–-]+\s+){0,3}?(statement|memorandum|declaration|"
                         r"communiqu[eé]|readout|read-out|roadmap|road map|document|text|letter|resolution)"
                         r"(?:,|\s+(?:issued|published|adopted|signed|handed|released|itself|also|has|had|was|is|"
                         r"makes|made|calls|called|sets|set|says|said|commits|committed)\b)")


def _doc_opened(text: str, sent: tuple[int, int], ctx: Ctx) -> tuple[str, str, str] | None:
    """The author of the document a sentence opens with ("The Russian memorandum, handed over at the table, made
    ...", "Their roadmap calls for ..."), from the documents the article has attributed; else None."""
    m = _DOC_OPENER.match(text, sent[0], sent[1])
    if m is None or not ctx.docs:
        return None
    k = kin(m.group(1))
    doc = next((d for d in reversed(ctx.docs[-4:]) if d[0] == k or k == "document"), None)
    return (doc[1], doc[2], doc[3]) if doc is not None else None


_IT = re.compile(r"(?<![\w'’-])[Ii]t(?![\w'’-])")


_OPENS_IN = re.compile(r"\s*(?:(?:And|But|Meanwhile|Also)\s+)?[Ii]n\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s")


# a sentence opening with a state or its capital as the subject's owner or the subject itself ("Seoul's reaction was
# measured.", "Thailand's answer shaped everything that followed:", "Nigeria said ..."): the state that a bare
# "the foreign ministry" in it or in the next sentence belongs to (round 31)
_OPENS_WITH_STATE = re.compile(r"\s*(?:(?:And|But|Meanwhile|Also)\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:'s|’s)?\s+[a-z]")


def _sentence_place(text: str, ss: int, se: int, opening: re.Pattern = _OPENS_IN) -> str:
    """The state a sentence opens in ("In Seoul, ...", "In Japan, ..."), or with `_OPENS_WITH_STATE` the state it
    opens with as its subject or the subject's owner ("Seoul's reaction ..."), else ''."""
    m = opening.match(text, ss, se)
    if m is None:
        return ""
    name = m.group(1)
    return name if name in DEMONYMS else CAPITALS.get(name, "")


def _body_of_place(text: str, pos: int, body: str, ctx: Ctx, reg: ActorRegistry) -> tuple[str, str, str] | None:
    """The named state's body when the sentence opens with that state ("In China, the Foreign Ministry said",
    "And in Saudi Arabia, the agency carried a Foreign Ministry statement"): a press review's paragraph per country."""
    lo = max(0, pos - 300)
    pm = _IN_PLACE.search(text[lo:pos])
    place = re.sub(r"^the\s+", "", pm.group(1)) if pm is not None else ""
    if place not in DEMONYMS:
        return None
    res = resolve(f"{place}'s {body}", ctx, reg)
    if res is None or res[2] == "person" or res[0].lower().startswith(place.lower() + "'"):
        return None
    return res


_STATE_OFFICIAL = re.compile(r"(?:One|A|An|Another)\s+(?:senior\s+|top\s+|high-ranking\s+)?([A-Z][a-z]+|US|U\.S\.)\s+"
                             r"(?:government\s+)?(?:official|diplomat|source)$")   # "An American official": the government
_QUESTION_LINE = re.compile(r"\s*(?:Q|Question)\s*[:.–—-]\s")   # the interviewer's line of a Q&A
_ANSWER_LINE = re.compile(r"\s*(?:A|Answer)\s*[:.–—-]\s+[\"“]?")      # the interviewee's line of a Q&A
_TURN_LINE = re.compile(r">>")                 # a caption transcript's turn that names no one (round 49)


# a dateline in capitals with a colon ("BERLIN: ", "SI SA KET: ") opening the article's first paragraph (round 20); read
# as one only where no other paragraph opens with a label in capitals and a colon (a transcript's "REID: ")
_COLON_DATELINE = re.compile(r"[ \t]*([A-Z][A-Z.'’-]+(?:[ /]+[A-Z][A-Z.'’-]*){0,3})\s*:[ \t]+(?=[A-Z\"“])")


def _cast_paragraph(text, ps, pe, inside, taken, ctx, reg, cast) -> Found | None:
    """An oral history's paragraph under a cast member's label ("KOVAL: We waited ..."): the rest of the paragraph
    is that person's one direct statement (`pipeline.extract.cast`)."""
    hit = cast_label(text, ps, pe, cast)
    if hit is None:
        return None
    s, e = trim_span(text, hit[0], pe, inside)
    if len(text[s:e].split()) < 3 or any(taken[s:e]):
        return None
    return add_found([], Found(s, e, hit[1][0], direct=True), ctx, reg, taken,
                     inherit=Found(0, 0, hit[1][0], hit[1]))


def _colon_dateline(text: str, paras: list[tuple[int, int]], reg: ActorRegistry) -> int | None:
    """Where the first paragraph's text starts after a capitals-and-colon dateline ("BERLIN: Ukraine's ..."), or
    None: no such label, a person the registry knows ("RUBIO:"), or a transcript (another paragraph opens likewise)."""
    if not paras:
        return None
    m = _COLON_DATELINE.match(text, paras[0][0], paras[0][1])
    known = reg.lookup(m.group(1).title()) if m is not None else None
    if m is None or known is not None and known.type == "person" or \
            any(_COLON_DATELINE.match(text, ps, pe) for ps, pe in paras[1:]):
        return None
    return m.end()


def _default_registry() -> ActorRegistry:
    if not _DEFAULT:
        _DEFAULT.append(ActorRegistry.default())
    return _DEFAULT[0]


_PARTY_STATE = re.compile(r"[ \t]\((?:D|R|I|Ind|Dem|Rep)[-–](?:[A-Z][a-z]{0,4}\.?(?:[ \t]?[A-Z][a-z]{0,4}\.?)?|[A-Z]{2})"
                          r"(?:,[ \t]?\d+(?:st|nd|rd|th)?)?\)(,?)")
_RUN_IN = re.compile(r"(?m)^[ \t]*\*\*[^*\n]{1,80}?[.!?]\*\*(?=[ \t]+\S)")   # "**Red carpet, no ceasefire.** Donald"
_SCRIPT = "\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_GLOSS = re.compile(rf"[ \t]\([{_SCRIPT}]+(?:[ \t·・][{_SCRIPT}]+)*\)(,?)")   # "Liang Wen-chieh (梁文傑)"


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
    given, (text, handles) = text, mask_handles(text)   # "@kajakallas" reads as a name, "(@SecRubio)" as blanks
    if "-" in text:                              # "Rep. Jane Roe (D-Pa.), co-chair of ...": a US member's party and
        text = _PARTY_STATE.sub(lambda m: m.group(1).ljust(len(m.group(0))), text)   # state, blanked like a handle
        #                                          (round 35); a comma after it moves up to the name
    if "**" in text:                             # a paragraph's bold run-in heading: no part of its first sentence
        text = _RUN_IN.sub(lambda m: " " * len(m.group(0)), text)   # (round 36)
    if not text.isascii():                       # "Yeh Pei-chun (葉佩君) said": a name's own script, blanked the same
        text = _GLOSS.sub(lambda m: m.group(1).ljust(len(m.group(0))), text)   # way (round 36)
    paras = [(ps, pe) for ps, pe in paragraphs(text) if not CAPTION.search(text, ps, pe)]
    if len(paras) > 1 and is_headline(text[paras[0][0]:paras[0][1]]):
        paras = paras[1:]
    quotes = find_quotes(text, paras)
    inside = bytearray(len(text) + 1)
    for q in quotes:
        inside[q.start:q.end] = b"\x01" * (q.end - q.start)
    taken = bytearray(len(text) + 1)
    qstart = {q.open: q for q in quotes}
    ctx = Ctx(text=text, inside=inside, handles=handles, handle_names=learn_handles(given) if handles or "@" in given
              else {})
    learn_titles(text, reg, ctx)
    learn_names(text, reg, ctx)
    learn_reporters(text, ctx)
    ctx.acronyms = learn_acronyms(text)
    cast = learn_cast(text, reg, ctx)           # an oral history's "NAME IN CAPITALS, role:" speakers (round 25)
    out: list[Found] = []
    qi = 0
    prev: tuple[str, str, str] | None = None     # the speaker (or subject) the previous paragraph leaves behind
    lead: tuple[str, str, str] | None = None     # the speaker of the list that a paragraph ending in ':' opened
    interviewee: tuple[str, str, str] | None = None   # a Q&A's guest, whose "A:" lines are answers
    colon = _colon_dateline(text, paras, reg)
    section: tuple[str, str, str] | None = None   # the party a factbox heading ("RUSSIA") gives the bullets under it
    wants_box = False                            # the heading is "WHAT <PARTY> WANTS": verbless bullets (round 32)
    following = dict(zip((p[0] for p in paras), paras[1:]))   # each paragraph's next
    captions = CaptionTurns() if is_caption_transcript(text, paras) else None   # ">>" turns (round 49)
    asker = interviewer_label(text, paras, known_label(text, reg))   # "MAGAZINE:" asks (round 50)
    asking = re.compile(r"[ \t]*(?:\*\*)?" + re.escape(asker) + r"(?:\*\*)?[ \t]*:") if asker else None
    for ps, pe in paras:
        dm = DATELINE.match(text, ps, pe)
        tm = TIMESTAMP.match(text, ps, pe) if dm is None else None
        if dm:                                   # "TOKYO, Dec. 5 --": the article stands in Japan until it moves
            city = re.match(r"[A-Z][A-Z.'’ -]*?(?=[,/]|\s*[—–-]|\s*\(|$)", dm.group(0).strip())
            ctx.country = CAPITALS.get(city.group(0).strip().title(), ctx.country) if city else ctx.country
        bm = _BYLINE_FROM.match(text, ps, pe) if dm is None and tm is None else None
        if bm and bm.group(1) in CAPITALS:       # "From Ada Obi, Abuja": the byline's city stands like a dateline
            ctx.country = CAPITALS[bm.group(1)]  # (round 21)
        if dm or tm:
            ps = (dm or tm).end()
        elif colon is not None and ps == paras[0][0]:   # "BERLIN: Ukraine's president said ...": a dateline
            ctx.country = CAPITALS.get(text[ps:colon].strip().rstrip(":").strip().title(), ctx.country)
            ps = colon
        n_out, n_push, n_person = len(out), ctx.pushes, ctx.person_pushes
        ctx.place, ctx.it_doc, ctx.pos = "", None, ps
        summary = is_heading(text[ps:pe]) or bool(_QUESTION_LINE.match(text, ps, pe)) or \
            bool(asking and asking.match(text, ps, pe))   # a subheading ('What does it
        # say about a ceasefire?') names a topic, an interviewer's line ('Q: Putin says ... Your response?') asks:
        # its speakers become salient, its statements are not annotated; a wire lede ('MOSCOW, June 5 - ...') is
        # annotated like any sentence (ANNOTATION.md §1 "summaries count", data card rule 22)
        rm = REPORTER_LINE.match(text, ps, pe) if ctx.reporters else None
        if rm and rm.group(1).split()[-1] in ctx.reporters:
            ps = rm.end()                        # "KOVAC: He says Russia agrees ...": the reporter narrates
        if interviewee is None and _QUESTION_LINE.match(text, ps, pe) and ctx.person:
            interviewee = ctx.person[-1] + ("person",)   # the Q&A's guest: the person named before the first question
        turn = captions.turn(text, ps, pe, inside, taken, ctx, reg) if captions is not None else None
        lab = turn or _cast_paragraph(text, ps, pe, inside, taken, ctx, reg, cast) or \
            labelled_line(text, ps, pe, inside, taken, ctx, reg, prev, stamped=tm is not None) or \
            bracket_tag(text, ps, pe, inside, taken, ctx, reg)
        if captions is not None and not _TURN_LINE.match(text, ps, pe):
            captions.observe(text, ps, pe, lab, ctx, reg)   # a labelled line: whose turn the ">>" lines go on
        if lab is None:                          # a pull quote over "— Jane Roe, minister" (round 38)
            lab = bylined_quote(text, ps, pe, following.get(ps), qstart, taken, ctx, reg)
        if lab is not None:
            out.append(lab)
        party = section_party(text, ps, pe, reg)
        wanted = wants_party(text, ps, pe) if party is None else None
        if wanted is not None:                   # "WHAT ROME WANTS": its bullets are the party's demands (round 32)
            party = resolve(wanted, ctx, reg)
        if party is not None:
            section, wants_box = party, wanted is not None
        elif not LIST_ITEM.match(text, ps, pe):
            section = None
        elif lab is None and section is not None:   # "- Rejects any deal made without Kyiv" under "UKRAINE" (round 25)
            item = (wanted_item if wants_box else section_item)(text, ps, pe, inside, taken)
            if item is not None:
                add_found(out, Found(item[0], item[1], section[0], direct=item[2]), ctx, reg, taken,
                          inherit=Found(0, 0, section[0], section))
        who, role = profile_name(text, ps, pe) or (None, "") if lab is None else (None, "")
        who_res = resolve(who, ctx, reg) if who else None
        if who_res is not None and who_res[2] == "person" and who_res[1] == "other" and reg.lookup(who_res[0]) is None:
            who_res = (who_res[0], reg.camp_from_words(role), "person")   # "Marta Koval - Ukrainian negotiator"
        if who_res is not None and (reg.lookup(who_res[0]) is not None or who_res[2] == "person" and
                                    len(who_res[0].split()) >= 2):   # "Kaja Kallas - EU foreign policy chief. Has
            for s0, e0, direct in profile_items(text, ps, pe, inside, taken):   # warned that ...": a who's-who
                add_found(out, Found(s0, e0, who, direct=direct), ctx, reg, taken,   # entry (round 25)
                          inherit=Found(0, 0, who, who_res))
        out.extend(spoken_quotes(text, ps, pe, inside, taken, ctx, reg))   # "... and I quote. ... End quote."
        for author, s0, e0 in cited_statements(text, ps, pe, inside, taken):   # "As the historian Ivan Sirko
            add_found(out, Found(s0, e0, author, direct=any(inside[s0:e0])), ctx, reg, taken)   # (2019) has shown,"
        answer = _ANSWER_LINE.match(text, ps, pe) if lab is None and interviewee is not None else None
        before: tuple[str, str, str] | None = None   # whom the previous sentence of the paragraph was about
        prev_sent: tuple[int, int] | None = None       # the previous sentence of the paragraph
        named_doc: tuple[str, str, str] | None = None   # the author of the document the previous sentence named
        for ss, se in sentences(text, ps, pe, inside):
            last_sent, prev_sent, ctx.pos = prev_sent, (ss, se), ss
            ctx.place = _sentence_place(text, ss, se)   # "In Seoul, the Foreign Ministry said": South Korea's
            ctx.near = _sentence_place(text, ss, se, _OPENS_WITH_STATE) or (_sentence_place(
                text, *last_sent, _OPENS_WITH_STATE) if last_sent is not None else "")   # "Seoul's reaction was
            #                                     measured. The foreign ministry said": South Korea's (round 31)
            ctx.country = ctx.place or ctx.country   # "In Seoul, ... The country's intelligence service": still Seoul's
            ctx.it_doc = (_doc_opened(text, last_sent, ctx) or named_doc) if last_sent is not None else None
            named_doc = None                     # "X put out a statement. On one track it says ...": the statement's
            while qi < len(quotes) and quotes[qi].open < ss:
                qi += 1
            s_push, s_person = ctx.pushes, ctx.person_pushes
            if before is not None and not summary:   # 'Peskov was unambiguous. “No, it is only a trilateral format.”'
                f = orphan_quote(text, ss, se, qstart, taken, before, sentence=True)
                if f is not None:
                    out.append(f)
                    continue
            learn_introductions(text, ss, se, inside, reg, ctx)
            docs = learn_documents(text, ss, se, inside, None, ctx, reg, resolve)
            if docs:                             # "European leaders signed a statement ..., and it says": the
                im = _IT.search(text, docs[-1][0], se)   # document this sentence names with its author speaks for
                ctx.it_doc = next((a for p, a in reversed(docs) if im and p < im.start()), ctx.it_doc)   # them, when
                named_doc = docs[-1][1]          # named before "it" ("It says Putin backed Trump's proposal": not
                # Trump's); and in the next sentence of the paragraph (round 17)
            titled = subject_first(text, ss, se, ctx, reg)
            found: list[Found] = []
            if stated_before(text, ss, se, last_sent, inside, taken, found, ctx, reg):
                if not summary:             # 'Russia is ready. This was stated by Peskov.': the sentence before
                    out.extend(found)
                before = found[-1].resolved
                continue
            used: set[int] = set()
            j = qi
            while j < len(quotes) and quotes[j].open < se:
                q = quotes[j]
                j += 1
                if not taken[q.open]:
                    direct_quote(text, q, ss, se, inside, taken, qstart, used, found, ctx, reg)
                if not taken[q.open]:
                    dashed_quote(text, q, se, taken, found, ctx, reg)
                if not taken[q.open]:
                    credited_quote(text, q, taken, found, ctx, reg)
            labelled_items(text, ss, se, inside, taken, qstart, found, ctx, reg)   # "@X — "..."", "X, on Y: ..."
            toast_quote(text, ss, se, inside, taken, qstart, found, ctx, reg)      # "He raised his glass ‘to ...’"
            so_reported(text, ss, se, inside, taken, found, ctx, reg)              # "A is B, so the minister."
            was_told(text, ss, se, inside, taken, found, ctx, reg)
            it_was_stated_by(text, ss, se, inside, taken, found, ctx, reg)
            relayed = according_to(text, ss, se, inside, taken, found, ctx, reg)
            as_put_it(text, ss, se, inside, taken, found, ctx, reg)
            position_is(text, ss, se, inside, taken, found, ctx, reg)
            reported_speech(text, ss, se, inside, taken, used, found, ctx, reg)
            believes_that(text, ss, se, inside, taken, found, ctx, reg)
            for_holder(text, ss, se, inside, taken, found, ctx, reg)
            keen_to_say(text, ss, se, inside, taken, found, ctx, reg)
            called_plain(text, ss, se, inside, taken, found, ctx, reg)
            framed_as(text, ss, se, inside, taken, found, ctx, reg)
            nominal_attributions(text, ss, se, inside, taken, found, ctx, reg)
            document_terms(text, ss, se, inside, taken, found, ctx, reg)
            documents_speak(text, ss, se, found, ctx, reg)
            relayed_rest(relayed, taken, found, ctx, reg)
            if not any(f.resolved for f in found):
                view_interposed(text, ss, se, inside, taken, found, ctx, reg)
            if not any(f.resolved for f in found):
                colon_block(text, ss, se, inside, taken, found, ctx, reg)   # "He went on:" + an indented block
            if not any(f.resolved for f in found):
                colon_content(text, ss, se, inside, taken, found, ctx, reg)
            if not any(f.resolved for f in found):
                colon_orphan(text, ss, se, qstart, inside, taken, found, ctx, reg, before or prev)
            if not any(f.resolved for f in found):
                woven_quote(text, ss, se, quotes, qi, inside, taken, found, ctx, reg)
            found.sort(key=lambda f: f.start)
            behalf_of(text, ss, se, found, ctx, reg)
            if not any(f.resolved and not f.nominal for f in found):   # "I asked Umerov whether Russia's demand
                remember_subjects(text, ss, se, inside, ctx, reg, titled)   # ...": a nominal leaves the subject to say
            learn_documents(text, ss, se, inside, found, ctx, reg, resolve)
            if not summary:
                out.extend(f for f in found if f.resolved)
            resolved = [f.resolved for f in found if f.resolved]
            before = resolved[-1] if resolved else (ctx.person[-1] + ("person",)) if ctx.person_pushes > s_person \
                else ctx.last if ctx.pushes > s_push else None
        if len(out) == n_out and answer is not None:   # "A: We are closer than ever ...": the guest's own words, when
            s0, e0 = trim_span(text, answer.end(), pe, inside)   # they speak in the first person and report no one
            e0 -= 1 if text[e0 - 1:e0] in "\"”" else 0
            if len(text[s0:e0].split()) >= 3 and not any(taken[s0:e0]) and \
                    re.search(r"(?<![\w'’-])(?:I|we|We|our|Our|my|My|us)(?![\w'’-])", text[s0:e0]) and \
                    not VERB_RE.search(text, s0, e0):
                out.append(Found(s0, e0, "A", interviewee, direct=True))
        if len(out) == n_out and prev is not None:
            f = orphan_quote(text, ps, pe, qstart, taken, prev)
            if f is not None:
                out.append(f)
        if len(out) == n_out and lead is not None:
            f = list_item(text, ps, pe, inside, taken, lead)
            if f is not None:
                out.append(f)
        if not LIST_ITEM.match(text, ps, pe):
            lead = list_lead_speaker(text, ps, pe, inside, ctx, reg)
        spoken = [f for f in out[n_out:] if not f.nominal]
        prev = spoken[-1].resolved if spoken else (ctx.person[-1] + ("person",)) if ctx.person_pushes > n_person \
            else ctx.last if ctx.pushes > n_push else None   # a person the paragraph named speaks before a place
        header, spoken_by = header_speaker(text, ps, pe, ctx, reg, resolve) if len(out) == n_out else (False, None)
        if header:                               # "SOUNDBITE (Ukrainian) Taras, Kyiv resident:": the quotation on the
            prev, lead = spoken_by, None          # next line is theirs (no one's after a reporter's question)
    ctx.place, ctx.it_doc = "", None
    summary_bullets(text, paras, out, inside, taken, ctx, reg)   # KEY POINTS that summarise a later statement
    out.sort(key=lambda f: (f.start, -f.end))
    for a, b in zip(out, out[1:]):               # "rejected the proposal, which he called "the worst paper"": one
        if not (a.resolved and b.resolved and a.resolved[0] == b.resolved[0] and a.end <= b.start):
            continue                             # statement from the verb to the quotation's end
        tail = re.search(r",?\s+which\s+(?:he|she|they|it)$", text[a.start:a.end])
        if _WHICH_CALLED.fullmatch(text, a.start + tail.start() if tail else a.end, b.start):
            a.end, b.end = b.end, b.start        # (b emptied, dropped below)
    result: list[Statement] = []
    persons: list[bool] = []
    last_end = -1
    home_sides: dict[tuple[str, str, str], str | None] = {}   # the camp home.home_side gave each unknown actor
    styled = learn_styled_camps(text, reg)
    for f in out:
        if f.start < last_end or f.end <= f.start:
            continue
        if not f.direct and _LEAD_NP.match(text, f.start, f.end) and re.match(r"\s*:", text[f.end:f.end + 3]) and \
                len(text[f.start:f.end].split()) <= 10:
            continue                             # 'He added a warning: "..."': the lead-in, the quotation is the content
        sm = _STATE_OFFICIAL.match(f.mention.strip())
        if sm and sm.group(1) in STATE_OF_ADJECTIVE and reg.lookup(f.resolved[0]) is None:   # type: ignore[index]
            res = resolve(STATE_OF_ADJECTIVE[sm.group(1)], ctx, reg)
            if res is not None and res[2] != "person" and reg.lookup(res[0]) is not None:
                f.resolved = res
        tf = _TRAILING_FRAME.search(text, f.start, f.end) if not f.direct else None
        if tf is not None and tf.end() == f.end:     # "China welcomes [the talks ..., spokesperson Lin Jian said on
            lead = _SUBJECT_VERB_LEAD.search(text, max(0, f.start - 80), f.start)   # Thursday]": the trailing frame
            res = resolve(tf.group(1), ctx, reg) if lead is not None else None        # speaks the whole sentence
            if res is not None and res[2] == "person":
                f.start, f.end, f.mention, f.resolved = lead.start(1), tf.start(), tf.group(1), res
        rm = _MADE_REMARKS.match(text, f.end)
        if rm and (f.resolved[2] != "person" or re.match(r"(?:[Aa]n?|[Tt]he)\s", f.mention.strip())):  # type: ignore[index]
            res = resolve(rm.group(1), ctx, reg)  # "..., a ministry spokesperson said. | Spokesperson Guo Jiakun made
            if res is not None and res[2] == "person":   # the remarks at a regular press briefing": the named person
                f.resolved = res
        vm = _VIA_OUTLET.search(text, max(0, f.start - 120), f.start) if not f.direct else None
        if vm is not None and not re.search(r"[.!?]\s", text[vm.start():f.start]):
            res = resolve(vm.group(1), ctx, reg)  # "Zakharova, according to RIA Novosti, said that ...": the outlet
            known = reg.lookup(res[0]) if res is not None else None   # reports her words in its own (R27)
            if res is not None and (known is not None and known.type == "outlet" or res[2] == "outlet" or
                                    known is None and any(w in OUTLET_WORDS for w in res[0].split())):
                f.mention, f.resolved = vm.group(1), res
        if _INDEF_DOC.fullmatch(f.mention.strip()):   # "Zelenskyy, in a statement posted after the call, said": the
            om = re.search(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?:in|on|via)\s+" + re.escape(f.mention.strip()),
                           text[max(0, f.start - 300):f.start])   # statement is his, not the document named last
            res = resolve(om.group(1), ctx, reg) if om else None
            if res is not None and (res[2] == "person" or reg.lookup(res[0]) is not None):
                f.mention, f.resolved = om.group(1), res
        body = _BARE_BODY.fullmatch(f.mention.strip())
        if body is not None:                     # "In China, the Foreign Ministry said": that country's ministry
            res = _body_of_place(text, f.start, body.group(1), ctx, reg)
            if res is not None:
                f.resolved = res
        if _EMPTY_CONTENT.fullmatch(text, f.start, f.end):
            continue                             # "Glad to be here." (a guest's greeting), "he said this about the
            # front line" (the soundbite follows), "the truce Moscow declared around its parade": no content
        if _ANONYMOUS.match(f.mention.strip()) and reg.lookup(f.resolved[0]) is None:   # type: ignore[index]
            continue                             # "One senior diplomat told me ...": no identifiable source (but "A
            # senior White House official" speaks for the White House)
        last_end = f.end
        actor, side, typ = f.resolved  # type: ignore[misc]
        actor = actor.replace("*", "").strip() or actor   # "Irina Baskova*": the mark of a changed name is not part
        if side not in reg.camps:                         # of it (round 48)
            side = "other"
        if typ == "person" and actor in styled and reg.lookup(actor) is None:   # "The Slovak Ambassador, H.E. Mr
            side = styled[actor]                 # X": on every mention of X, the camp of the state his title names (R34)
        if typ != "person" and reg.lookup(actor) is None and "Ministry of" in actor:   # "Ministry of Foreign
            short = short_ministry_name(actor)                       # Affairs" -> "Foreign Ministry" (round 64)
            known = reg.lookup(short)
            actor, side = (known.name, known.camp) if known is not None and known.type != "person" else (short, side)
        if typ != "person" and reg.lookup(actor) is None:   # "the Economy Ministry" in a Kyiv outlet: the home
            named = home_body(actor, article_home(ctx), reg)    # country's, in its name (round 41)
            if named is not None:
                actor, side = named[0], named[1] if named[1] != "other" else side
        if side == "other" and reg.lookup(actor) is None:   # "Tánaiste Simon Harris", "Sen. Jane Roe": the camp of
            home = article_home(ctx)             # the state the introduction or the article names
            key = (actor, typ, "" if typ == "person" else f.mention)
            if key not in home_sides:
                home_sides[key] = home_side(actor, f.mention, typ, text, home, reg)
            side = home_sides[key] or side
        direct = f.direct or any(inside[k] for k in range(f.start, min(f.end, f.start + 2000)))
        result.append(Statement(article_id, given[f.start:f.end], unmask(f.mention, handles), actor, side,
                                "direct" if direct else "indirect", {}, f.start, f.end))
        persons.append(typ == "person")
    result = full_names(result, persons, text, reg, ctx.given)   # an unknown person under one full name (round 26)
    result = given_first(result, persons, text, reg)   # "Iwaya Takeshi ... Mr. Iwaya": "Takeshi Iwaya" (round 36)
    return body_heads(result, text, reg)          # an unknown body re-mentioned by its head word (round 27)
