"""Broadcast caption transcripts: ">>" turns that name no one (round 49, issue 14).

Closed captions mark a change of speaker with ">>" and seldom say who speaks. A transcript page labels some turns
("MS. HARCOURT: The sanctions we have are leaky ...") and leaves the rest to the reader:
- a ">>" line continues the turn of the last speaker the transcript labelled ("MS. HARCOURT: ..." then ">> I would
  add one thing ...");
- a bracketed caption tag names the speaker where it is given ("[SPEAKER IS MS. SHEA]"); other tags ("[THROUGH
  INTERPRETER]", "[APPLAUSE]", "[INAUDIBLE]") are not words of the turn;
- after the chair gives the floor ("I give the floor to the representative of Hungary", "Ms. Harcourt, you are
  recognized") the next unlabelled turns are the named speaker's; the chair's procedure itself is no statement;
- a courtesy that opens a turn ("Thank you, Madam President.") is not part of the statement.
A page counts as a caption transcript when at least two of its lines open with ">>". Labelled lines themselves are read
by `pipeline.extract.clauses.labelled_line`; this module only remembers whose turn it is and reads the ">>" lines.
Pure functions of the text and the state passed in; no I/O.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.actors import ActorRegistry
from pipeline.extract.layout import trim_span
from pipeline.extract.speakers import Ctx, Found, add_found, resolve

__all__ = ["CaptionTurns", "is_caption_transcript", "spoken_quotes"]

_TURN = re.compile(r">>[ \t]*")
_TAG = re.compile(r"\[\s*([^\[\]\n]{1,80}?)\s*\][ \t]*")
_SPEAKER_TAG = re.compile(r"(?i)speaker\s+is\s+(?:actually\s+)?(.+)")
_LABEL = re.compile(r"([A-Z][\w.'’ -]{0,60}?):[ \t]+")   # "MS. HARCOURT: ", "Caller: "
_FLOOR = re.compile(r"(?i)\bI\s+(?:now\s+)?give\s+the\s+floor\s+to\s+(.+?)(?:,?\s+who\s+[^.]*)?[.]?[ \t]*$|"
                    r"^(.+?)\s+has\s+asked\s+(?:for\s+)?the\s+floor\b")
_PROCEDURE = re.compile(r"(?i)(?:the\s+)?(?:meeting|session|hearing|committee|subcommittee|council)\s+(?:is|stands|will\s+"
                        r"(?:now\s+)?(?:come|stand))\s+(?:adjourned|recessed|in\s+recess|to\s+order|called\s+to\s+order)\b|"
                        r"(?:is|are)\s+called\s+to\s+order\b|\bwithout\s+objection\b")
_RECOGNIZED = re.compile(r"(?i)(?:^|[.]\s+)((?:(?:mr|ms|mrs|dr|sen|rep|amb)\.?\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}),?"
                         r"\s+you\s+are\s+recogni[sz]ed\b")
_COURTESY = re.compile(r"(?i)(?:thank\s+you(?:\s+(?:very|so)\s+much)?(?:,?\s+(?:madam|madame|mister|mr\.?)\s+"
                       r"(?:president|chair|chairman|chairwoman|speaker|secretary-general))?|good\s+(?:morning|afternoon|"
                       r"evening)(?:\s+everyone)?)[.,!]+[ \t]*")
_SMALL = {"of", "the", "and", "for", "to", "in", "on", "at"}


def is_caption_transcript(text: str, paras: list[tuple[int, int]]) -> bool:
    """At least two lines open with ">>"."""
    return sum(1 for ps, pe in paras if _TURN.match(text, ps, pe)) >= 2


def _mention(label: str) -> str:
    """A caption label in capitals as a name is written: "THE REPRESENTATIVE OF HUNGARY" -> "The Representative of
    Hungary"."""
    if not label.isupper():
        return label.strip()
    words = label.strip().title().split()
    return " ".join(w.lower() if i and w.lower() in _SMALL else w for i, w in enumerate(words))


@dataclass
class CaptionTurns:
    """Whose turn it is in a caption transcript, line by line."""

    speaker: Found | None = None                 # the labelled (or given-the-floor) speaker whose turn goes on

    def observe(self, text: str, ps: int, pe: int, labelled: Found | None, ctx: Ctx, reg: ActorRegistry) -> None:
        """After a labelled line: its speaker holds the turn, unless the line gives the floor to someone else."""
        lm = _LABEL.match(text, ps, pe)
        if labelled is not None and labelled.resolved is not None:
            self.speaker = Found(0, 0, labelled.mention, labelled.resolved)
        elif lm is not None:                     # a transcript's label in capitals whose line had no statement
            res = resolve(_mention(lm.group(1)), ctx, reg) if lm.group(1).isupper() and len(lm.group(1)) > 2 else None
            self.speaker = Found(0, 0, lm.group(1), res) if res is not None else None   # ("Caller:", "Q:": no one)
        self._floor(text, lm.end() if lm else ps, pe, ctx, reg)

    def _floor(self, text: str, s: int, pe: int, ctx: Ctx, reg: ActorRegistry) -> bool:
        fm = _FLOOR.search(text, s, pe) or _RECOGNIZED.search(text, s, pe)
        if fm is None:
            return False
        who = re.sub(r"[.,;:]+$", "", (fm.group(1) or fm.group(2) or "").strip())
        if not who or "[" in who:                # "the representative of [INAUDIBLE]": no one the reader can name
            self.speaker = None
            return True
        res = resolve(_mention(who), ctx, reg)
        if res is not None:
            self.speaker = Found(0, 0, who, res)
        return True

    def turn(self, text: str, ps: int, pe: int, inside: bytearray, taken: bytearray, ctx: Ctx,
             reg: ActorRegistry) -> Found | None:
        """The statement of a ">>" line (None for any other line, the chair's procedure, or a turn of no one)."""
        tm = _TURN.match(text, ps, pe)
        if tm is None:
            return None
        c, who = tm.end(), None
        while (g := _TAG.match(text, c, pe)) is not None:   # "[SPEAKER IS MS. SHEA]", "[THROUGH INTERPRETER]"
            sm = _SPEAKER_TAG.fullmatch(g.group(1))
            if sm is not None:
                res = resolve(_mention(sm.group(1)), ctx, reg)
                who = Found(0, 0, sm.group(1), res) if res is not None else who
            c = g.end()
        if who is not None:
            self.speaker = who
        if self._floor(text, c, pe, ctx, reg) or _PROCEDURE.search(text, c, pe):   # ">> I give the floor to the
            return None                          # representative of Hungary.", ">> The meeting is adjourned."
        while (m := _COURTESY.match(text, c, pe)) is not None or (m := _TAG.match(text, c, pe)) is not None:
            c = m.end()                          # "Thank you, Madam President. [Through interpreter] ..."
        speaker = self.speaker
        if speaker is None or speaker.resolved is None:
            return None
        s, e = trim_span(text, c, pe, inside)
        while e > s and (g := re.search(r"\s*\[[^\[\]\n]{1,40}\]\s*$", text[s:e])) is not None:
            e = s + g.start()                    # "... for a truce. [APPLAUSE]"
        words = re.sub(r"\[[^\[\]\n]{1,40}\]", " ", text[s:e]).split()
        if len(words) < 4 or text[ps:pe].upper().count("[INAUDIBLE]") > 1 or any(taken[s:e]):
            return None                          # ">> [INAUDIBLE] THE [INAUDIBLE] OF THE": nothing a reader can use
        return add_found([], Found(s, e, speaker.mention, direct=True), ctx, reg, taken, inherit=speaker)


_SPOKEN = re.compile(r"(?i)(?<![\w'’-])(?:and\s+i\s+)?quote[.,:]?\s+(?=\S)")
_SPOKEN_END = re.compile(r"(?i)[\s.,]*(?<![\w'’-])(?:end\s+(?:of\s+)?quote|unquote)\b")


def _named_last(lead: str, reg: ActorRegistry) -> tuple[str, tuple[str, str, str]] | None:
    """The last actor the registry knows by one to three words of `lead` (read in any case: a capitals transcript's
    "WHAT PRESIDENT ZELENSKYY POSTED" names Volodymyr Zelenskyy), with the words as written."""
    words = list(re.finditer(r"[\w'’.-]+", lead))
    for i in range(len(words) - 1, -1, -1):
        for n in (3, 2, 1):
            if i - n + 1 < 0:
                continue
            span = lead[words[i - n + 1].start():words[i].end()]
            known = reg.lookup(span.title() if span.isupper() else span)
            if known is not None:
                return span, (known.name, known.camp, known.type)
    return None


def spoken_quotes(text: str, ps: int, pe: int, inside: bytearray, taken: bytearray, ctx: Ctx,
                  reg: ActorRegistry) -> list[Found]:
    """Quotations read aloud: "... what President Zelenskyy posted last night and I quote. We worked in Berlin ...
    End quote." and "Secretary Rubio on Friday in Miami quote we've made progress ... end quote": the words between
    are a direct quote of the last person or body the sentence named before "quote" (in a capitals transcript too)."""
    out: list[Found] = []
    pos = ps
    while (m := _SPOKEN.search(text, pos, pe)) is not None:
        end = _SPOKEN_END.search(text, m.end(), pe)
        if end is None:
            break
        pos = end.end()
        cut = max(text.rfind(". ", ps, m.start()), text.rfind("END QUOTE", ps, m.start()),
                  text.lower().rfind("end quote", ps, m.start()))
        lead = text[max(ps, cut + 1):m.start()]
        hit = _named_last(lead, reg)
        if hit is None:
            continue
        said, (actor, side, typ) = hit
        s, e = trim_span(text, m.end(), end.start(), inside)
        if len(text[s:e].split()) >= 4 and not any(taken[s:e]):
            add_found(out, Found(s, e, said, direct=True), ctx, reg, taken, inherit=Found(0, 0, said, (actor, side, typ)))
    return out
