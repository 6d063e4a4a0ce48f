"""Held-out extraction figures: frozen writers, foreign-dev, the per-writer table, the fixed splits.

    python tools/heldout_extraction.py measure --label after -o reports/extraction/heldout.after.json
    python tools/heldout_extraction.py measure --frozen '' --group h19-h24=h19,h20,h21,h22,h23,h24 \
        --label round11 -o reports/extraction/heldout.round11.json
    python tools/heldout_extraction.py compose reports/extraction/heldout.before.json \
        reports/extraction/heldout.after.json -o reports/extraction/heldout.md

`measure` scores the extractor this checkout imports and writes one JSON. For older rules, run it
with `--dump preds.jsonl` from a git worktree of the older commit (with this file and
`pipeline/evaluate/{gold_sets,extraction}.py` copied in), then here with `--predictions preds.jsonl`,
so that old and new predictions are scored by the same metric (alias table included). The JSON
holds the frozen writers together and one row per frozen writer
(`--frozen`, default h214,h215,h216 since round 70 of issue 14 (rounds 1-5 froze h8,h10,h11, round 6
h13-h18, rounds 7-8 h19-h24, round 9 h25-h27, round 10 h28-h30, round 11 h31-h33, round 12 h37-h39, round 13
h40-h42, round 14 h43-h45, round 15 h46-h48, round 16 h49-h51, round 17 h52-h54, round 18 h55-h57, round 19
h58-h60, round 20 h61-h63, round 21 h64-h66, round 22 h67-h69, round 23 h70-h72, round 24 h73-h75,
round 25 h76-h78, round 26 h79-h81, round 27 h82-h84, round 28 h85-h87, round 29 h88-h90, round 30 h91-h93,
round 31 h94-h96, round 32 h97-h99, round 33 h100-h102, round 34 h103-h105, round 35 h106-h108; h109-h111 were
written after round 35 and judged the tagger-by-default check; round 36 h112-h114; round 37 h115-h117; round 38
h118-h120; round 39 h121-h123; round 40 h124-h126; round 41 h127-h129; round 42 h130-h132; round 43 h133-h135;
round 44 h136-h138; round 45 h139-h141; round 46 h142-h144; round 47 h145-h147; round 48 h148-h150;
round 49 h151-h153; round 50 h154-h156; round 51 h157-h159; round 52 h160-h162; round 53 h163-h165;
round 54 h166-h168; round 55 h169-h171; round 56 h172-h174; round 57 h175-h177; round 58 h178-h180;
round 59 h181-h183; round 60 h184-h186; round 61 h187-h189; round 62 h190-h192; round 63 h193-h195;
round 64 h196-h198; round 65 h199-h201; round 66 h202-h204; round 67 h205-h207; round 68 h208-h210; round 69 h211-h213);
`--frozen ''`
leaves them out and never touches their folder, so a measurement of the READ sets runs before that folder exists), read from
`--frozen-corpus` (default data/frozen63: a set outside the corpus, original articles of all splits;
unmerged writers are read from `<root>/parts/`). The READ groups of earlier frozen folders are scored
together and one by one with their per-construction tables: `--read-frozen W1,W2 --read-frozen-corpus DIR`,
both repeatable and paired in order (default: h25,h26,h27 from data/frozen, h28,h29,h30 from
data/frozen2, h31,h32,h33 from data/frozen3, h37,h38,h39 from data/frozen4, h40,h41,h42 from data/frozen5,
h43,h44,h45 from data/frozen6, h46,h47,h48 from data/frozen7, h49,h50,h51 from data/frozen8, h52,h53,h54 from
data/frozen9, h55,h56,h57 from data/frozen10, h58,h59,h60 from data/frozen11, h61,h62,h63 from data/frozen12,
h64,h65,h66 from data/frozen13, h67,h68,h69 from data/frozen14, h70,h71,h72 from data/frozen15, h73,h74,h75
from data/frozen16, h76,h77,h78 from data/frozen17, h79,h80,h81 from data/frozen18, h85,h86,h87 from
data/frozen20, h94,h95,h96 from data/frozen23, h97,h98,h99 from data/frozen24, h100,h101,h102 from
data/frozen25, h103,h104,h105 from data/frozen26, h106,h107,h108 from data/frozen27, h109,h110,h111 from
data/frozen28, h112,h113,h114 from data/frozen29, h115,h116,h117 from data/frozen30, h118,h119,h120 from
data/frozen31, h121,h122,h123 from data/frozen32, h124,h125,h126 from data/frozen33, h127,h128,h129 from
data/frozen34, h130,h131,h132 from data/frozen35, h133,h134,h135 from data/frozen36, h136,h137,h138 from
data/frozen37, h139,h140,h141 from data/frozen38, h142,h143,h144 from data/frozen39, h145,h146,h147 from
data/frozen40, h148,h149,h150 from data/frozen41, h151,h152,h153 from data/frozen42, h154,h155,h156 from
data/frozen43, h157,h158,h159 from data/frozen44, h160,h161,h162 from data/frozen45, h163,h164,h165 from
data/frozen46, h166,h167,h168 from data/frozen47, h169,h170,h171 from data/frozen48, h172,h173,h174 from
data/frozen49, h175,h176,h177 from data/frozen50, h178,h179,h180 from data/frozen51, h181,h182,h183 from
data/frozen52, h184,h185,h186 from data/frozen53, h187,h188,h189 from data/frozen54, h190,h191,h192 from
data/frozen55, h193,h194,h195 from data/frozen56, h196,h197,h198 from data/frozen57, h199,h200,h201 from
data/frozen58, h202,h203,h204 from data/frozen59, h205,h206,h207 from
data/frozen60, h208,h209,h210 from data/frozen61 and h211,h212,h213 from data/frozen62;
`--read-frozen ''`
leaves them out; a read group may not come from the frozen folder, from data/frozen63, from data/frozen19, from
data/frozen21, from data/frozen22 or from anything under /work/staging). In rounds 14-70 h37-h39, h40-h42 and
(rounds 15-70) h43-h45 are
ACCEPTANCE writers: their rows (aggregates) are the only thing looked at for them; their errors are never listed
(`tools/extraction_errors.py` refuses them). h76-h78 (data/frozen17, round 25's frozen writers) were acceptance
writers in round 26 and never a READ group then. Since round 28 h82-h84 (data/frozen19, round 27's frozen writers)
are ACCEPTANCE writers too, but their stance labels stay unread (the next stance check set): they are never a READ
group here (data/frozen19 is refused as one, `NOT_READ`), only ever measured as frozen writers, aggregates only
(`--frozen h82,h83,h84 --frozen-corpus data/frozen19`). Since round 30 h88-h90 (data/frozen21, round 29's frozen
writers) are ACCEPTANCE writers the same way: never a READ group (data/frozen21 is `NOT_READ`), their stance labels
unread, measured as frozen writers, aggregates only (`--frozen h88,h89,h90 --frozen-corpus data/frozen21`), and
since round 31 h91-h93 (data/frozen22, round 30's frozen writers) likewise (data/frozen22 is `NOT_READ`;
`--frozen h91,h92,h93 --frozen-corpus data/frozen22`).
h46-h48, READ since round 16, h49-h51, READ since round 17, h52-h54, READ since round 18, h55-h57, READ since round
19, h58-h60, READ since round 20, h61-h63, READ since round 21, h64-h66, READ since round 22, h67-h69, READ since
round 23, h70-h72, READ since round 24, h73-h75, READ since round 25, h76-h78 and h79-h81, READ since round 27, and
h85-h87 (data/frozen20, round 28's frozen writers), READ since round 29, h94-h96 (data/frozen23, round 31's
frozen writers), READ since round 32, h97-h99 (data/frozen24, round 32's frozen writers), READ since round 33,
h100-h102 (data/frozen25, round 33's frozen writers), READ since round 34, h103-h105 (data/frozen26, round
34's frozen writers), READ since round 35, h106-h108 (data/frozen27, round 35's frozen writers) and h109-h111
(data/frozen28, written after round 35, the tagger-by-default check's judge), READ since round 36, h112-h114
(data/frozen29, round 36's frozen writers), READ since round 37, h115-h117 (data/frozen30, round 37's frozen
writers), READ since round 38, h118-h120 (data/frozen31, round 38's frozen writers), READ since round 39,
h121-h123 (data/frozen32, round 39's frozen writers), READ since round 40, h124-h126 (data/frozen33, round 40's
frozen writers), READ since round 41, h127-h129 (data/frozen34, round 41's frozen writers), READ since round
42, h130-h132 (data/frozen35, round 42's frozen writers), READ since round 43, h133-h135 (data/frozen36,
round 43's frozen writers), READ since round 44, h136-h138 (data/frozen37, round 44's frozen writers), READ
since round 45, h139-h141 (data/frozen38, round 45's frozen writers), READ since round 46, h142-h144
(data/frozen39, round 46's frozen writers), READ since round 47, h145-h147 (data/frozen40, round 47's
frozen writers), READ since round 48, h148-h150 (data/frozen41, round 48's frozen writers), READ since
round 49, h151-h153 (data/frozen42, round 49's frozen writers), READ since round 50, h154-h156
(data/frozen43, round 50's frozen writers), READ since round 51, h157-h159 (data/frozen44, round 51's
frozen writers), READ since round 52, h160-h162 (data/frozen45, round 52's frozen writers), READ since
round 53, h163-h165 (data/frozen46, round 53's frozen writers), READ since round 54, h166-h168
(data/frozen47, round 54's frozen writers), READ since round 55, h169-h171 (data/frozen48, round 55's
frozen writers), READ since round 56, h172-h174 (data/frozen49, round 56's frozen writers), READ since
round 57, h175-h177 (data/frozen50, round 57's frozen writers, T7's second judge), READ since round 58,
h178-h180 (data/frozen51, round 58's frozen writers, round 55's judge), READ since round 59,
h181-h183 (data/frozen52, round 59's frozen writers, round 56's and T8's judge), READ since round 60,
h184-h186 (data/frozen53, round 60's frozen writers, the refitted actor chooser's judge), READ since round 61,
h187-h189 (data/frozen54, round 61's frozen writers, round 57's judge), READ since round 62,
h190-h192 (data/frozen55, round 62's frozen writers, round 58's judge), READ since round 63,
h193-h195 (data/frozen56, round 63's frozen writers, round 59's judge), READ since round 64,
h196-h198 (data/frozen57, round 64's frozen writers, round 60's judge), READ since round 65,
h199-h201 (data/frozen58, round 65's frozen writers, round 61's judge), READ since round 66,
h202-h204 (data/frozen59, round 66's frozen writers, round 62's judge), READ since round 67,
h205-h207 (data/frozen60, round 67's frozen writers, round 63's judge), READ since round 68,
h208-h210 (data/frozen61, round 68's frozen writers, round 64's judge), READ since round 69, and
h211-h213 (data/frozen62, round 69's frozen writers, round 65's judge), READ since round 70,
are development writers. Also `--foreign`
(default ../shared/foreign-dev, read in place), `--group` aggregates of READ writers of `--corpus`, every writer of `--corpus` on its own and the dev/test splits
(`--frozen-only`: the frozen set, the read groups and foreign-dev only). `--tagger DIR` scores the rules
combined with a learned span tagger instead; `--actor-chooser DIR|default` re-chooses the speakers with a learned
actor chooser (round 24; the default is the rules' own speakers). Only aggregate scores are written: no statement of any gold
set is printed, and rows of the frozen writers carry no per-construction table. `compose` turns a before
and an after JSON into the markdown report. Not here: per-statement errors (`tools/extraction_errors.py`,
which refuses the frozen writers, the frozen folder and /work/staging).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.evaluate.extraction import ExtractionReport, evaluate_items  # noqa: E402
from pipeline.evaluate.gold_sets import corpus_writers, load_gold_folder, load_split, load_writers  # noqa: E402
from pipeline.evaluate.matching import SpanError  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402
from pipeline.schema import Statement  # noqa: E402

FROZEN = "h214,h215,h216"   # frozen since round 70 of issue 14 (1-5: h8,h10,h11; 6: h13-h18; 7-8: h19-h24; 9: h25-h27;
#                          10: h28-h30; 11: h31-h33; 12: h37-h39; 13: h40-h42; 14: h43-h45; 15: h46-h48; 16: h49-h51;
#                          17: h52-h54; 18: h55-h57; 19: h58-h60; 20: h61-h63; 21: h64-h66; 22: h67-h69;
#                          23: h70-h72; 24: h73-h75; 25: h76-h78; 26: h79-h81; 27: h82-h84; 28: h85-h87;
#                          29: h88-h90; 30: h91-h93; 31: h94-h96; 32: h97-h99; 33: h100-h102;
#                          34: h103-h105; 35: h106-h108; after 35, the tagger-by-default judge: h109-h111;
#                          36: h112-h114; 37: h115-h117; 38: h118-h120; 39: h121-h123; 40: h124-h126;
#                          41: h127-h129; 42: h130-h132; 43: h133-h135; 44: h136-h138; 45: h139-h141;
#                          46: h142-h144; 47: h145-h147; 48: h148-h150; 49: h151-h153; 50: h154-h156;
#                          51: h157-h159; 52: h160-h162; 53: h163-h165; 54: h166-h168; 55: h169-h171;
#                          56: h172-h174; 57: h175-h177; 58: h178-h180; 59: h181-h183; 60: h184-h186;
#                          61: h187-h189; 62: h190-h192; 63: h193-h195; 64: h196-h198; 65: h199-h201;
#                          66: h202-h204; 67: h205-h207; 68: h208-h210; 69: h211-h213)
FROZEN_CORPUS = "data/frozen63"   # since round 70 (9: data/frozen, 10: data/frozen2, 11: data/frozen3,
#                                  12: data/frozen4,
#                                  13: data/frozen5, 14: data/frozen6, 15: data/frozen7, 16: data/frozen8, 17: data/frozen9,
#                                  18: data/frozen10, 19: data/frozen11, 20: data/frozen12, 21: data/frozen13,
#                                  22: data/frozen14, 23: data/frozen15, 24: data/frozen16, 25: data/frozen17,
#                                  26: data/frozen18, 27: data/frozen19, 28: data/frozen20, 29: data/frozen21,
#                                  30: data/frozen22, 31: data/frozen23,
#                                  32: data/frozen24, 33: data/frozen25, 34: data/frozen26,
#                                  35: data/frozen27; after 35, the tagger-by-default judge: data/frozen28;
#                                  36: data/frozen29; 37: data/frozen30; 38: data/frozen31;
#                                  39: data/frozen32; 40: data/frozen33; 41: data/frozen34;
#                                  42: data/frozen35; 43: data/frozen36; 44: data/frozen37;
#                                  45: data/frozen38; 46: data/frozen39; 47: data/frozen40;
#                                  48: data/frozen41; 49: data/frozen42; 50: data/frozen43;
#                                  51: data/frozen44; 52: data/frozen45; 53: data/frozen46;
#                                  54: data/frozen47; 55: data/frozen48; 56: data/frozen49;
#                                  57: data/frozen50; 58: data/frozen51; 59: data/frozen52;
#                                  60: data/frozen53; 61: data/frozen54; 62: data/frozen55;
#                                  63: data/frozen56; 64: data/frozen57; 65: data/frozen58;
#                                  66: data/frozen59; 67: data/frozen60; 68: data/frozen61;
#                                  69: data/frozen62);
#                                  outside data/corpus
# earlier frozen sets, READ now: one group per folder (round 9's since round 10, round 10's since round 11,
# round 11's since round 12, round 12's since round 13, round 13's since round 14, round 14's since round 15,
# round 15's since round 16, round 16's since round 17, round 17's since round 18, round 18's since round 19,
# round 19's since round 20, round 20's since round 21, round 21's since round 22,
# round 22's since round 23, round 23's since round 24, round 24's since round 25, rounds 25's and 26's since round 27,
# round 28's since round 29, round 31's since round 32, round 32's since round 33, round 33's since round 34,
# round 34's since round 35, round 35's and the tagger-by-default judge (h109-h111) since round 36,
# round 36's since round 37, round 37's since round 38, round 38's since round 39, round 39's since round 40,
# round 40's since round 41, round 41's since round 42, round 42's since round 43, round 43's since round 44,
# round 44's since round 45, round 45's since round 46, round 46's since round 47, round 47's since round 48,
# round 48's since round 49, round 49's since round 50, round 50's since round 51, round 51's since round 52,
# round 52's since round 53, round 53's since round 54, round 54's since round 55, round 55's since round 56,
# round 56's since round 57, round 57's since round 58, round 58's since round 59, round 59's since round 60,
# round 60's since round 61, round 61's since round 62, round 62's since round 63, round 63's since round 64,
# round 64's since round 65, round 65's since round 66, round 66's since round 67,
# round 67's since round 68, round 68's since round 69,
# round 69's since round 70)
READ_FROZEN = (("h25,h26,h27", "data/frozen"), ("h28,h29,h30", "data/frozen2"), ("h31,h32,h33", "data/frozen3"),
               ("h37,h38,h39", "data/frozen4"), ("h40,h41,h42", "data/frozen5"), ("h43,h44,h45", "data/frozen6"),
               ("h46,h47,h48", "data/frozen7"), ("h49,h50,h51", "data/frozen8"), ("h52,h53,h54", "data/frozen9"),
               ("h55,h56,h57", "data/frozen10"), ("h58,h59,h60", "data/frozen11"),
               ("h61,h62,h63", "data/frozen12"), ("h64,h65,h66", "data/frozen13"),
               ("h67,h68,h69", "data/frozen14"), ("h70,h71,h72", "data/frozen15"),
               ("h73,h74,h75", "data/frozen16"), ("h76,h77,h78", "data/frozen17"),
               ("h79,h80,h81", "data/frozen18"), ("h85,h86,h87", "data/frozen20"),
               ("h94,h95,h96", "data/frozen23"), ("h97,h98,h99", "data/frozen24"),
               ("h100,h101,h102", "data/frozen25"), ("h103,h104,h105", "data/frozen26"),
               ("h106,h107,h108", "data/frozen27"), ("h109,h110,h111", "data/frozen28"),
               ("h112,h113,h114", "data/frozen29"), ("h115,h116,h117", "data/frozen30"),
               ("h118,h119,h120", "data/frozen31"), ("h121,h122,h123", "data/frozen32"),
               ("h124,h125,h126", "data/frozen33"), ("h127,h128,h129", "data/frozen34"),
               ("h130,h131,h132", "data/frozen35"), ("h133,h134,h135", "data/frozen36"),
               ("h136,h137,h138", "data/frozen37"), ("h139,h140,h141", "data/frozen38"),
               ("h142,h143,h144", "data/frozen39"), ("h145,h146,h147", "data/frozen40"),
               ("h148,h149,h150", "data/frozen41"), ("h151,h152,h153", "data/frozen42"),
               ("h154,h155,h156", "data/frozen43"), ("h157,h158,h159", "data/frozen44"),
               ("h160,h161,h162", "data/frozen45"), ("h163,h164,h165", "data/frozen46"),
               ("h166,h167,h168", "data/frozen47"), ("h169,h170,h171", "data/frozen48"),
               ("h172,h173,h174", "data/frozen49"), ("h175,h176,h177", "data/frozen50"),
               ("h178,h179,h180", "data/frozen51"), ("h181,h182,h183", "data/frozen52"),
               ("h184,h185,h186", "data/frozen53"), ("h187,h188,h189", "data/frozen54"),
               ("h190,h191,h192", "data/frozen55"), ("h193,h194,h195", "data/frozen56"),
               ("h196,h197,h198", "data/frozen57"), ("h199,h200,h201", "data/frozen58"),
               ("h202,h203,h204", "data/frozen59"), ("h205,h206,h207", "data/frozen60"),
               ("h208,h209,h210", "data/frozen61"), ("h211,h212,h213", "data/frozen62"))
# earlier frozen sets that are never a READ group (round 26: data/frozen17, h76-h78, then acceptance writers; none in
# round 27; since round 28: round 27's, h82-h84, acceptance writers: their extraction figure is spent, their stance
# labels stay unread; still so in rounds 29-70; since round 30 also round 29's, h88-h90, data/frozen21, the same way;
# since round 31 also round 30's, h91-h93, data/frozen22, the same way)
NOT_READ: tuple[str, ...] = ("data/frozen19", "data/frozen21", "data/frozen22")
STAGING = "/work/staging"   # where the next frozen set is written: never read
_ROOT = Path(__file__).resolve().parent.parent
_KEYS = ("n_articles", "n_gold", "n_pred", "n_matched", "precision", "recall", "f1", "actor_accuracy", "side_accuracy",
         "per_kind", "per_construction")


def _row(report: ExtractionReport) -> dict:
    d = report.to_dict()
    out = {k: d[k] for k in _KEYS}
    out["articles_per_s"] = round(report.n_articles / report.seconds, 1) if report.seconds else None
    return out


def _extractor(args):
    """The extractor to score: this checkout's, recording what it predicts when --dump is given, the
    predictions of another checkout read back from --predictions (so both are scored by the same metric), or
    the rules combined with a learned span tagger (--tagger DIR, `pipeline.tagging`; needs torch); the speakers
    re-chosen by a learned actor chooser with --actor-chooser DIR|default (default `none`: the rules' own)."""
    from pipeline.extract.chooser import chooser_from, with_chooser

    chooser = chooser_from(getattr(args, "actor_chooser", "none"))
    base = extract_statements
    if getattr(args, "tagger", None):
        from pipeline.tagging import SpanTagger
        base = SpanTagger.from_pretrained(args.tagger).extract
    base = with_chooser(base, chooser)
    camp_spec = getattr(args, "camp_model", "none")
    if camp_spec and str(camp_spec).lower() not in ("none", "off"):
        from pipeline.extract.camp_model import camp_model_from, with_camps
        base = with_camps(base, camp_model_from(camp_spec))   # unknown speakers' camps (session 29)
    if args.predictions:
        stored: dict[str, list[Statement]] = {}
        for line in Path(args.predictions).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            stored.setdefault(rec["article_id"], []).append(
                Statement(rec["article_id"], rec["text"], rec["speaker"], rec["actor"], rec["side"], rec["kind"], {},
                          rec["start"], rec["end"]))
        return lambda text, aid, reg: stored.get(aid, [])
    if args.dump:
        out = Path(args.dump).open("w", encoding="utf-8")
        seen: set[str] = set()

        def run(text, aid, reg):
            sts = base(text, aid, reg)
            if aid in seen:                      # an article scored in several sets is stored once
                return sts
            seen.add(aid)
            for st in sts:
                out.write(json.dumps({"article_id": aid, "text": st.text, "speaker": st.speaker, "actor": st.actor,
                                      "side": st.side, "kind": st.kind, "start": st.start, "end": st.end},
                                     ensure_ascii=False) + "\n")
            return sts
        return run
    return base if base is not extract_statements else None


def _scored(items_of, name: str, run) -> dict:
    """One set's aggregate row; a gold statement that its article's text lacks (a part still being written) stops
    the run with the article's id only, never the statement's words."""
    try:
        return _row(evaluate_items(items_of(), name, run))
    except SpanError as exc:
        where = str(exc).split(": statement text not found")[0]
        raise SystemExit(f"{name}: {where}: a gold statement is not found in its text (statement not shown)") from None


def _aggregate(row: dict) -> dict:
    """A frozen row without its per-construction table (frozen writers get aggregate scores only)."""
    return {k: v for k, v in row.items() if k != "per_construction"}


def _groups(specs: list[str] | None) -> dict[str, list[str]]:
    out = {}
    for spec in specs or []:
        name, sep, writers = spec.partition("=")
        if not sep or not name or not writers:
            raise SystemExit(f"--group {spec!r}: expected NAME=W1,W2 (e.g. h19-h24=h19,h20,h21,h22,h23,h24)")
        out[name] = [w for w in writers.split(",") if w]
    return out


def _read_groups(args, frozen: list[str]) -> list[tuple[str, str, list[str]]]:
    """(name, folder, writers) of each READ group: --read-frozen and --read-frozen-corpus paired in order (the
    defaults when neither is given); frozen writers are left out, and a group from the frozen folder, from
    data/frozen63, from a NOT_READ folder (data/frozen19, data/frozen21, data/frozen22) or from anything under
    /work/staging is
    refused (on the path as written, before the disk is touched)."""
    writers, folders = args.read_frozen, args.read_frozen_corpus
    if writers is None and folders is None:
        pairs = [(w, f) for w, f in READ_FROZEN]
    else:
        writers = [w for w in (writers or []) if w.strip()]
        folders = folders or []
        if len(writers) != len(folders):
            raise SystemExit(f"--read-frozen given {len(writers)} time(s) with writers, --read-frozen-corpus "
                             f"{len(folders)} time(s): give one folder per group of writers (or --read-frozen '')")
        pairs = list(zip(writers, folders))
    fences = [os.path.abspath(args.frozen_corpus), os.path.abspath(str(_ROOT / FROZEN_CORPUS)),
              os.path.abspath(FROZEN_CORPUS), STAGING]
    fences += [os.path.abspath(p) for f in NOT_READ for p in (str(_ROOT / f), f)]
    out = []
    for ws, folder in pairs:
        where = os.path.abspath(folder)
        for fence in fences:
            if where == fence or where.startswith(fence.rstrip(os.sep) + os.sep):
                raise SystemExit(f"--read-frozen-corpus {folder}: refused, it is (under) {fence}, which is never a "
                                 "READ group")
        names = [w for w in ws.split(",") if w and w not in frozen]
        if names:
            out.append((f"{names[0]}-{names[-1]}" if len(names) > 1 else names[0], folder, names))
    return out


def measure(args) -> int:
    corpus, frozen_root = args.corpus, args.frozen_corpus
    frozen = [w for w in args.frozen.split(",") if w]
    groups = _read_groups(args, frozen)
    run = _extractor(args)
    result = {"label": args.label, "measured": time.strftime("%Y-%m-%d %H:%M"), "frozen_writers": frozen,
              "frozen_corpus": str(frozen_root), "actor_chooser": None if args.predictions else args.actor_chooser,
              "camp_model": None if args.predictions else args.camp_model}
    if frozen:                                   # only then is the frozen folder read at all
        result["frozen"] = _aggregate(_scored(lambda: load_writers(frozen_root, frozen), "frozen", run))
        result["frozen_by_writer"] = {w: _aggregate(_scored(lambda w=w: load_writers(frozen_root, [w]), w, run))
                                      for w in frozen}
    if groups:
        result["read_frozen_writers"] = [w for _, _, ws in groups for w in ws]
        result["read_frozen_sets"] = {name: {"corpus": str(folder), "writers": ws} for name, folder, ws in groups}
        result["read_frozen"] = {name: _scored(lambda f=folder, ws=ws: load_writers(f, ws), name, run)
                                 for name, folder, ws in groups}
        result["read_frozen_by_writer"] = {w: _scored(lambda f=folder, w=w: load_writers(f, [w]), w, run)
                                           for _, folder, ws in groups for w in ws}
    result["foreign_dev"] = _scored(lambda: load_gold_folder(args.foreign), "foreign-dev", run)
    if args.frozen_only:                         # e.g. the slow learned path: the held-out sets only
        result.update({"groups": {}, "writers": {}, "splits": {}})
    else:
        result.update({
            "groups": {g: _scored(lambda ws=ws: load_writers(corpus, ws), g, run) for g, ws in _groups(args.group).items()},
            "writers": {w: _scored(lambda w=w: load_writers(corpus, [w]), w, run) for w in corpus_writers(corpus)
                        if w not in frozen},
            "splits": {s: _scored(lambda s=s: load_split(corpus, s), s, run) for s in ("dev", "test")}})
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    f = result.get("frozen")
    head = f"frozen {frozen} F1 {f['f1']:.3f} actor {f['actor_accuracy']:.3f}; " if f else "no frozen writers; "
    for name, r in result.get("read_frozen", {}).items():
        head += f"read {name} F1 {r['f1']:.3f} actor {r['actor_accuracy']:.3f}; "
    print(f"{args.label}: {head}foreign-dev F1 {result['foreign_dev']['f1']:.3f} "
          f"actor {result['foreign_dev']['actor_accuracy']:.3f}")
    return 0


def _read_rows(run: dict) -> dict[str, dict]:
    """A run's READ group rows by name; a JSON of round 10 holds one unnamed group (its row itself)."""
    rows = run.get("read_frozen") or {}
    if "f1" in rows:
        return {",".join(run.get("read_frozen_writers", [])): rows}
    return rows


def _kind(row: dict, kind: str) -> str:
    k = row.get("per_kind", {}).get(kind)
    return f"{k['recall']:.3f}" if k else "-"


def _line(name: str, row: dict) -> str:
    return (f"| {name} | {row['n_articles']} | {row['n_gold']} | {row['precision']:.3f} | {row['recall']:.3f} | "
            f"**{row['f1']:.3f}** | **{row['actor_accuracy']:.3f}** | {row['side_accuracy']:.3f} | "
            f"{_kind(row, 'direct')} | {_kind(row, 'indirect')} |")


_HEAD = ["| set | articles | gold | precision | recall | F1 | actor acc | side acc | direct recall | indirect recall |",
         "|---|---|---|---|---|---|---|---|---|---|"]


def compose(args) -> int:
    before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (args.before, args.after))
    middle = [json.loads(Path(p).read_text(encoding="utf-8")) for p in (args.middle or [])]   # e.g. an earlier round
    runs = [before, *middle, after]
    frozen = ",".join(after["frozen_writers"])
    lines = ["# Extraction on writers the rules were not written from", "",
             "Measured with `python tools/heldout_extraction.py measure` ("
             + "; ".join(f"{r['label']}: {r['measured']}" for r in runs) + f"). Frozen writers ({frozen}): their articles and gold were never "
             "read while the rules changed; only these aggregate scores were looked at. foreign-dev: "
             "`../shared/foreign-dev`, written and annotated by other hands, read in place.", "",
             "## Frozen writers and foreign-dev, before and after", ""] + _HEAD
    for run in runs:
        if run.get("frozen"):
            lines.append(_line(f"frozen writers, {run['label']}", run["frozen"]))
    for run in runs:
        lines.append(_line(f"foreign-dev, {run['label']}", run["foreign_dev"]))
    for run in runs:
        for name, row in _read_rows(run).items():
            lines.append(_line(f"read frozen {name}, {run['label']}", row))
    lines += ["", "## Per writer (leave-one-writer-out)", "",
              "The rules are not trained, so each writer's row is already a leave-one-writer-out score; rows marked "
              "*read* are writers whose articles were read while the rules were written (all of h1–h7 before this "
              "work), so they flatter the rules.", "",
              "| writer | articles | gold | " + " | ".join(f"F1 {r['label']}" for r in runs) + " | "
              + " | ".join(f"actor {r['label']}" for r in runs) + f" | direct recall {after['label']} | "
              f"indirect recall {after['label']} |", "|" + "---|" * (5 + 2 * len(runs))]
    for w, row in {**after.get("read_frozen_by_writer", {}), **after["writers"]}.items():
        tag = " (frozen)" if w in after["frozen_writers"] else " (read)" if w in args.read.split(",") else ""
        got = [r["writers"].get(w) or r.get("read_frozen_by_writer", {}).get(w) for r in runs]
        f1s = " | ".join(f"{g['f1']:.3f}" if g else "-" for g in got)
        acts = " | ".join(f"{g['actor_accuracy']:.3f}" if g else "-" for g in got)
        lines.append(f"| {w}{tag} | {row['n_articles']} | {row['n_gold']} | {f1s} | {acts} | {_kind(row, 'direct')} | "
                     f"{_kind(row, 'indirect')} |")
    lines += ["", "## Fixed splits (written from, for continuity)", ""] + _HEAD
    for s in ("dev", "test"):
        for run in runs:
            lines.append(_line(f"{s}, {run['label']}", run["splits"][s]))
    lines += ["", "## By construction, frozen writers (after)", "", "| construction | gold | recall | actor acc |",
              "|---|---|---|---|"]
    for name, row in sorted(after.get("frozen", {}).get("per_construction", {}).items(), key=lambda kv: -kv[1]["gold"]):
        lines.append(f"| {name} | {int(row['gold'])} | {row['recall']:.3f} | {row['actor_accuracy']:.3f} |")
    Path(args.output).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="examples:\n  python tools/heldout_extraction.py measure --label after -o after.json\n"
                                        "  python tools/heldout_extraction.py compose before.json after.json -o heldout.md")
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("measure", help="score this checkout's extractor on the held-out sets; write JSON")
    m.add_argument("--corpus", default="data/corpus", help="corpus folder (default: data/corpus)")
    m.add_argument("--frozen", default=FROZEN, help=f"frozen writers, comma-separated (default: {FROZEN}; '' for none)")
    m.add_argument("--frozen-corpus", default=FROZEN_CORPUS, help="folder the frozen writers are read from (merged "
                   f"corpus or parts/ + articles/; default: {FROZEN_CORPUS}); their rows carry aggregates only")
    m.add_argument("--read-frozen", action="append", metavar="W1,W2", help="writers of an earlier frozen folder, "
                   "READ now, scored together and one by one; repeatable, one group each, paired in order with "
                   "--read-frozen-corpus (default: " + "; ".join(f"{w} from {f}" for w, f in READ_FROZEN)
                   + "; '' for none)")
    m.add_argument("--read-frozen-corpus", action="append", metavar="DIR", help="folder of the --read-frozen "
                   "group in the same position (repeatable; never the frozen folder or under " + STAGING + ")")
    m.add_argument("--group", action="append", metavar="NAME=W1,W2", help="also score these READ writers of --corpus "
                   "together (repeatable), e.g. h19-h24=h19,h20,h21,h22,h23,h24")
    m.add_argument("--foreign", default="../shared/foreign-dev", help="foreign gold folder (default: ../shared/foreign-dev)")
    m.add_argument("--label", required=True, help="name of this measurement, e.g. before or after")
    m.add_argument("-o", "--output", required=True, help="JSON to write")
    m.add_argument("--dump", help="also write every prediction to this JSONL (to score them elsewhere)")
    m.add_argument("--predictions", help="score these predictions (a --dump of another checkout) instead of "
                   "running this checkout's extractor; the metric is this checkout's")
    m.add_argument("--tagger", metavar="DIR", help="score the rules combined with this learned span tagger (e.g. "
                   "models/span-tagger; its saved settings; needs torch, about 4 articles/s)")
    m.add_argument("--camp-model", metavar="DIR|default|none", default="none", help="fill in the camps of unknown "
                   "speakers with this learned camp model (`default`: models/camp-model, session 29); default `none`")
    m.add_argument("--actor-chooser", metavar="DIR|default|none", default="none", help="re-choose speakers with "
                   "this learned actor chooser (`default`: models/actor-chooser, round 24); default `none`: the rules'")
    m.add_argument("--frozen-only", action="store_true", help="score the frozen set, the read groups and "
                   "foreign-dev only (no groups, writers or splits)")
    m.set_defaults(func=measure)
    c = sub.add_parser("compose", help="markdown report from a before and an after JSON")
    c.add_argument("--middle", action="append", help="a JSON measured in between (e.g. an earlier round); repeatable")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--read", default=",".join(f"h{i}" for i in (*range(1, 34), *range(37, 76))),
                   help="writers read (or measured as acceptance writers) while writing rules")
    c.add_argument("-o", "--output", required=True, help="markdown to write")
    c.set_defaults(func=compose)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
