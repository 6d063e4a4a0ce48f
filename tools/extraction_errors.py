"""Lists extraction errors, statement by statement, on writers whose text may be read while writing rules.

    python tools/extraction_errors.py --writers h1,h2 [--kind miss|extra|actor|all] [--context 120]
    python tools/extraction_errors.py --groups dev --kind actor      # every development writer (rounds 14-70)
    python tools/extraction_errors.py --groups frozen30 --kind actor --tagger models/span-tagger   # the default path

For each article of the writers (original articles, all splits unless `--splits` says otherwise) it prints the gold
statements the extractor missed (with the text around them), the predictions that match no gold statement, and
matched statements whose actor is wrong: the rules' errors, or with `--tagger DIR` (`default`: models/span-tagger) those of
the rules combined with that learned span tagger at its saved setting (the default path of `stance extract`; needs
torch). `--groups` names whole development groups instead of `--writers`
(repeatable or comma-separated): `corpus` (h1-h24, train + dev splits only), `frozen` (h25-h27), `frozen2`
(h28-h30), `frozen3` (h31-h33), `train-only` (h34-h36), `frozen7` (h46-h48, read since round 16), `frozen8`
(h49-h51, read since round 17), `frozen9` (h52-h54, read since round 18), `frozen10` (h55-h57, read since round
19), `frozen11` (h58-h60, read since round 20), `frozen12` (h61-h63, read since round 21), `frozen13` (h64-h66,
read since round 22), `frozen14` (h67-h69, read since round 23), `frozen15`
(h70-h72, read since round 24), `frozen16` (h73-h75, read since round 25), `frozen17` (h76-h78, read since round
27), `frozen18` (h79-h81, read since round 27), `frozen20` (h85-h87, read since round 29), `frozen23`
(h94-h96, read since round 32), `frozen24` (h97-h99, read since round 33), `frozen25` (h100-h102, read since round 34),
`frozen26` (h103-h105, read since round 35), `frozen27` (h106-h108, read since round 36), `frozen28` (h109-h111, written
after round 35, judged the tagger-by-default check, read since round 36), `frozen29` (h112-h114, read since round 37),
`frozen30` (h115-h117, read since round 38), `frozen31` (h118-h120, read since round 39), `frozen32` (h121-h123,
read since round 40), `frozen33` (h124-h126, read since round 41), `frozen34` (h127-h129, read since round 42),
`frozen35` (h130-h132, read since round 43), `frozen36` (h133-h135, read since round 44), `frozen37` (h136-h138,
read since round 45), `frozen38` (h139-h141, read since round 46), `frozen39` (h142-h144, read since round 47),
`frozen40` (h145-h147, read since round 48), `frozen41` (h148-h150, read since round 49), `frozen42` (h151-h153,
read since round 50), `frozen43` (h154-h156, read since round 51), `frozen44` (h157-h159, read since round 52),
`frozen45` (h160-h162, read since round 53), `frozen46` (h163-h165, read since round 54), `frozen47` (h166-h168,
read since round 55), `frozen48` (h169-h171, read since round 56), `frozen49` (h172-h174, read since round 57),
`frozen50` (h175-h177, read since round 58), `frozen51` (h178-h180, read since round 59),
`frozen52` (h181-h183, read since round 60),
`frozen53` (h184-h186, read since round 61),
`frozen54` (h187-h189, read since round 62),
`frozen55` (h190-h192, read since round 63),
`frozen56` (h193-h195, read since round 64),
`frozen57` (h196-h198, read since round 65),
`frozen58` (h199-h201, read since round 66),
`frozen59` (h202-h204, read since round 67),
`frozen60` (h205-h207, read since round 68),
`frozen61` (h208-h210, read since round 69),
`frozen62` (h211-h213, read since round 70), or `dev` for all fifty-eight.

Refused, before the disk is touched (checked on the path as written):
- the frozen writers (`--frozen`, default h214,h215,h216, frozen since round 70 of issue 14; rounds 1-5 froze
  h8,h10,h11, round 6 h13-h18, rounds 7-8 h19-h24, round 9 h25-h27, round 10 h28-h30, round 11 h31-h33, round 12
  h37-h39, round 13 h40-h42, round 14 h43-h45, round 15 h46-h48, round 16 h49-h51, round 17 h52-h54, round 18
  h55-h57, round 19 h58-h60, round 20 h61-h63, round 21 h64-h66, round 22 h67-h69, round 23 h70-h72, round 24
  h73-h75, round 25 h76-h78, round 26 h79-h81, round 27 h82-h84, round 28 h85-h87, round 29 h88-h90, round 30
  h91-h93, round 31 h94-h96, round 32 h97-h99, round 33 h100-h102, round 34 h103-h105, round 35 h106-h108;
  h109-h111, written after round 35, judged the tagger-by-default check; round 36 h112-h114; round 37 h115-h117;
  round 38 h118-h120; round 39 h121-h123; round 40 h124-h126; round 41 h127-h129; round 42 h130-h132; round 43
  h133-h135; round 44 h136-h138; round 45 h139-h141; round 46 h142-h144; round 47 h145-h147; round 48 h148-h150;
  round 49 h151-h153; round 50 h154-h156; round 51 h157-h159; round 52 h160-h162; round 53 h163-h165; round 54
  h166-h168; round 55 h169-h171; round 56 h172-h174; round 57 h175-h177; round 58 h178-h180;
  round 59 h181-h183; round 60 h184-h186; round 61 h187-h189; round 62 h190-h192; round 63 h193-h195;
  round 64 h196-h198; round 65 h199-h201; round 66 h202-h204; round 67 h205-h207; round 68 h208-h210;
  round 69 h211-h213), any corpus folder at or under the frozen folder (`--frozen-corpus`, default data/frozen63; data/frozen63 is refused whatever
  that option says)
  and anything under /work/staging, where the next frozen set is written;
- the ACCEPTANCE writers (`--acceptance`, default h37-h45 since round 15, also in rounds 16-70; h37-h42 in round 14;
  in round 26 also h76-h78, round 25's frozen writers, READ since round 27; h82-h84, round 27's frozen writers,
  since round 28 (also in rounds 29-70); h88-h90, round 29's frozen writers, since round 30 (also in rounds 31-70);
  and h91-h93, round 30's frozen writers, since round 31 (also in rounds 32-70): their extraction figure is spent, their stance
  labels stay unread) and their folders (data/frozen4, data/frozen5, data/frozen6, data/frozen19, data/frozen21, data/frozen22):
  rules are accepted on them from aggregates only, so their errors are never listed by default. `--acceptance ''`
  lifts that fence (for a later round that reads them; never in rounds 14-70).
They only ever get aggregate scores from `stance evaluate-extraction` and `tools/heldout_extraction.py`. It has no
option to read a foreign gold folder. Not here: scores (`stance evaluate-extraction`).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.evaluate.extraction import load_writers, registry_for  # noqa: E402
from pipeline.evaluate.gold_sets import corpus_writers, load_split  # noqa: E402
from pipeline.evaluate.matching import locate, match_statements  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402

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
FROZEN_CORPUS = "data/frozen63"   # the frozen writers' folder, outside data/corpus (relative: to the repository root)
# the acceptance writers (round 14: h37-h42; rounds 15-25 and 27: h37-h45; round 26: h37-h45 and h76-h78, round 25's
# frozen writers, READ since round 27; rounds 28-29: h37-h45 and h82-h84, round 27's frozen writers, whose stance
# labels stay unread; round 30: also h88-h90, round 29's frozen writers, the same way; rounds 31-70: also h91-h93,
# round 30's frozen writers, the same way): changes are accepted on their aggregates, their errors are never listed by default
ACCEPTANCE = "h37,h38,h39,h40,h41,h42,h43,h44,h45,h82,h83,h84,h88,h89,h90,h91,h92,h93"
ACCEPTANCE_FOLDERS = ("data/frozen4", "data/frozen5", "data/frozen6", "data/frozen19", "data/frozen21", "data/frozen22")
# the development groups (rounds 14-70; h46-h48 since round 16, h49-h51 since round 17, h52-h54 since round 18,
# h55-h57 since round 19, h58-h60 since round 20, h61-h63 since round 21, h64-h66 since round 22,
# h67-h69 since round 23, h70-h72 since round 24, h73-h75 since round 25, h76-h78 and h79-h81 since round 27,
# h85-h87 since round 29, h94-h96 since round 32, h97-h99 since round 33, h100-h102 since round 34,
# h103-h105 since round 35, h106-h108 and h109-h111 since round 36, h112-h114 since round 37, h115-h117 since
# round 38, h118-h120 since round 39, h121-h123 since round 40, h124-h126 since round 41, h127-h129 since round 42,
# h130-h132 since round 43, h133-h135 since round 44, h136-h138 since round 45, h139-h141 since round 46,
# h142-h144 since round 47, h145-h147 since round 48, h148-h150 since round 49, h151-h153 since round 50,
# h154-h156 since round 51, h157-h159 since round 52, h160-h162 since round 53, h163-h165 since round 54,
# h166-h168 since round 55, h169-h171 since round 56, h172-h174 since round 57, h175-h177 since round 58,
# h178-h180 since round 59, h181-h183 since round 60,
# h184-h186 since round 61, h187-h189 since round 62,
# h190-h192 since round 63, h193-h195 since round 64,
# h196-h198 since round 65, h199-h201 since round 66,
# h202-h204 since round 67, h205-h207 since round 68,
# h208-h210 since round 69, h211-h213 since round 70):
# (name, folder, writers, splits or None for all)
DEV_GROUPS = (("corpus", "data/corpus", tuple(f"h{i}" for i in range(1, 25)), ("train", "dev")),
              ("frozen", "data/frozen", ("h25", "h26", "h27"), None),
              ("frozen2", "data/frozen2", ("h28", "h29", "h30"), None),
              ("frozen3", "data/frozen3", ("h31", "h32", "h33"), None),
              ("train-only", "data/train-only", ("h34", "h35", "h36"), None),
              ("frozen7", "data/frozen7", ("h46", "h47", "h48"), None),
              ("frozen8", "data/frozen8", ("h49", "h50", "h51"), None),
              ("frozen9", "data/frozen9", ("h52", "h53", "h54"), None),
              ("frozen10", "data/frozen10", ("h55", "h56", "h57"), None),
              ("frozen11", "data/frozen11", ("h58", "h59", "h60"), None),
              ("frozen12", "data/frozen12", ("h61", "h62", "h63"), None),
              ("frozen13", "data/frozen13", ("h64", "h65", "h66"), None),
              ("frozen14", "data/frozen14", ("h67", "h68", "h69"), None),
              ("frozen15", "data/frozen15", ("h70", "h71", "h72"), None),
              ("frozen16", "data/frozen16", ("h73", "h74", "h75"), None),
              ("frozen17", "data/frozen17", ("h76", "h77", "h78"), None),
              ("frozen18", "data/frozen18", ("h79", "h80", "h81"), None),
              ("frozen20", "data/frozen20", ("h85", "h86", "h87"), None),
              ("frozen23", "data/frozen23", ("h94", "h95", "h96"), None),
              ("frozen24", "data/frozen24", ("h97", "h98", "h99"), None),
              ("frozen25", "data/frozen25", ("h100", "h101", "h102"), None),
              ("frozen26", "data/frozen26", ("h103", "h104", "h105"), None),
              ("frozen27", "data/frozen27", ("h106", "h107", "h108"), None),
              ("frozen28", "data/frozen28", ("h109", "h110", "h111"), None),
              ("frozen29", "data/frozen29", ("h112", "h113", "h114"), None),
              ("frozen30", "data/frozen30", ("h115", "h116", "h117"), None),
              ("frozen31", "data/frozen31", ("h118", "h119", "h120"), None),
              ("frozen32", "data/frozen32", ("h121", "h122", "h123"), None),
              ("frozen33", "data/frozen33", ("h124", "h125", "h126"), None),
              ("frozen34", "data/frozen34", ("h127", "h128", "h129"), None),
              ("frozen35", "data/frozen35", ("h130", "h131", "h132"), None),
              ("frozen36", "data/frozen36", ("h133", "h134", "h135"), None),
              ("frozen37", "data/frozen37", ("h136", "h137", "h138"), None),
              ("frozen38", "data/frozen38", ("h139", "h140", "h141"), None),
              ("frozen39", "data/frozen39", ("h142", "h143", "h144"), None),
              ("frozen40", "data/frozen40", ("h145", "h146", "h147"), None),
              ("frozen41", "data/frozen41", ("h148", "h149", "h150"), None),
              ("frozen42", "data/frozen42", ("h151", "h152", "h153"), None),
              ("frozen43", "data/frozen43", ("h154", "h155", "h156"), None),
              ("frozen44", "data/frozen44", ("h157", "h158", "h159"), None),
              ("frozen45", "data/frozen45", ("h160", "h161", "h162"), None),
              ("frozen46", "data/frozen46", ("h163", "h164", "h165"), None),
              ("frozen47", "data/frozen47", ("h166", "h167", "h168"), None),
              ("frozen48", "data/frozen48", ("h169", "h170", "h171"), None),
              ("frozen49", "data/frozen49", ("h172", "h173", "h174"), None),
              ("frozen50", "data/frozen50", ("h175", "h176", "h177"), None),
              ("frozen51", "data/frozen51", ("h178", "h179", "h180"), None),
              ("frozen52", "data/frozen52", ("h181", "h182", "h183"), None),
              ("frozen53", "data/frozen53", ("h184", "h185", "h186"), None),
              ("frozen54", "data/frozen54", ("h187", "h188", "h189"), None),
              ("frozen55", "data/frozen55", ("h190", "h191", "h192"), None),
              ("frozen56", "data/frozen56", ("h193", "h194", "h195"), None),
              ("frozen57", "data/frozen57", ("h196", "h197", "h198"), None),
              ("frozen58", "data/frozen58", ("h199", "h200", "h201"), None),
              ("frozen59", "data/frozen59", ("h202", "h203", "h204"), None),
              ("frozen60", "data/frozen60", ("h205", "h206", "h207"), None),
              ("frozen61", "data/frozen61", ("h208", "h209", "h210"), None),
              ("frozen62", "data/frozen62", ("h211", "h212", "h213"), None))
STAGING = "/work/staging"   # where the next frozen set is being written: never read, listed or stat'ed
_ROOT = Path(__file__).resolve().parent.parent


def _fenced(corpus: str, frozen_corpus: str, acceptance: tuple[str, ...] = ()) -> str | None:
    """The fence `corpus` is at or under (the frozen folder, data/frozen63, /work/staging, and the `acceptance`
    folders), else None. Compared on absolute paths as written (os.path.abspath reads no disk), so a fenced path is
    refused before anything under it is stat'ed; the corpus's resolved path is compared too, once it is known not to
    be fenced as written."""
    fences = [os.path.join(str(_ROOT), frozen_corpus) if not os.path.isabs(frozen_corpus) else frozen_corpus,
              os.path.join(str(_ROOT), FROZEN_CORPUS), STAGING]
    fences += [f if os.path.isabs(f) else os.path.join(str(_ROOT), f) for f in acceptance]
    fences = [os.path.normpath(f) for f in fences]

    def inside(path: str) -> str | None:
        return next((f for f in fences if path == f or path.startswith(f.rstrip(os.sep) + os.sep)), None)
    return inside(os.path.abspath(corpus)) or inside(os.path.realpath(corpus))


def _around(text: str, s: int, e: int, k: int) -> str:
    return (text[max(0, s - k):s] + "[[" + text[s:e] + "]]" + text[e:e + k]).replace("\n", " | ")


def _dev_groups(spec: list[str]) -> list[tuple[str, list[str], tuple[str, ...] | None]]:
    """(folder, writers, splits) of the named development groups; `dev` is all of them; an unknown name is an error
    naming the allowed ones."""
    names = [n for item in spec for n in item.split(",") if n]
    known = {g[0]: g for g in DEV_GROUPS}
    bad = [n for n in names if n != "dev" and n not in known]
    if bad or not names:
        raise SystemExit(f"--groups {','.join(names)!r}: allowed {['dev', *known]}")
    chosen = list(known) if "dev" in names else list(dict.fromkeys(names))
    return [(known[n][1], list(known[n][2]), known[n][3]) for n in chosen]


def _items(corpus: str, writers: list[str], splits: tuple[str, ...] | None):
    """Original articles of the writers with gold; only those of `splits` when given (the corpus's fixed splits)."""
    if splits is None:
        return load_writers(corpus, writers)
    ws = set(writers)
    known = set(corpus_writers(corpus))
    return [(a, g) for s in splits for a, g in load_split(corpus, s)
            if not a.meta.get("contrast_of") and str(a.meta.get("writer") or a.id.split("-")[0]) in ws & known]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="examples:\n  python tools/extraction_errors.py --writers h3 --kind miss\n"
                                        "  python tools/extraction_errors.py --groups dev --kind actor --context 0")
    ap.add_argument("--corpus", default="data/corpus", help="corpus folder (default: data/corpus)")
    ap.add_argument("--writers", help="comma-separated writers whose articles may be read (or --groups)")
    ap.add_argument("--groups", action="append", metavar="NAME", help="development groups instead of --writers: "
                    + ", ".join(g[0] for g in DEV_GROUPS) + " or dev (all); repeatable or comma-separated")
    ap.add_argument("--splits", help="with --writers: only these fixed splits of --corpus, e.g. train,dev")
    ap.add_argument("--frozen", default=FROZEN, help=f"writers never to show (default: {FROZEN})")
    ap.add_argument("--frozen-corpus", default=FROZEN_CORPUS, help=f"folder never to read (default: {FROZEN_CORPUS})")
    ap.add_argument("--acceptance", default=ACCEPTANCE, help=f"acceptance writers, aggregates only (default: {ACCEPTANCE}; "
                    "their folders " + ", ".join(ACCEPTANCE_FOLDERS) + " are refused with them; '' lifts both)")
    ap.add_argument("--kind", default="all", choices=["miss", "extra", "actor", "all"], help="which errors to list")
    ap.add_argument("--tagger", metavar="DIR", help="list the errors of the rules combined with this span tagger at "
                    "its saved setting (e.g. models/span-tagger or default: the default path; needs torch); "
                    "default: the rules alone")
    ap.add_argument("--context", type=int, default=100, help="characters of context either side (default: 100; 0: actor errors show the span only)")
    args = ap.parse_args(argv)
    if bool(args.writers) == bool(args.groups):
        ap.error("give either --writers or --groups")
    frozen = {w.strip() for w in args.frozen.split(",") if w.strip()}
    acceptance = {w.strip() for w in args.acceptance.split(",") if w.strip()}
    accept_folders = ACCEPTANCE_FOLDERS if acceptance else ()
    if args.groups:
        runs = _dev_groups(args.groups)
    else:
        splits = tuple(s for s in (args.splits or "").split(",") if s) or None
        runs = [(args.corpus, [w.strip() for w in args.writers.split(",") if w.strip()], splits)]
    for corpus, writers, _ in runs:              # every fence is checked before any disk is read
        fence = _fenced(corpus, args.frozen_corpus, accept_folders)
        if fence:
            what = "an acceptance folder" if fence.rstrip(os.sep).endswith(accept_folders) else "the frozen folder"
            print(f"refused: {corpus} is (under) {what} {fence} (aggregate scores only)", file=sys.stderr)
            return 2
        for fenced_writers, what in ((frozen, "frozen writers"), (acceptance, "acceptance writers")):
            if fenced_writers & set(writers):
                print(f"refused: {sorted(fenced_writers & set(writers))} are {what} (aggregate scores only)",
                      file=sys.stderr)
                return 2
    n = {"miss": 0, "extra": 0, "actor": 0}
    args.run = _extractor(args.tagger)
    for corpus, writers, splits in runs:
        for art, gold in _items(corpus, writers, splits):
            if any(art.id.startswith(f + "-") for f in frozen | acceptance):
                continue
            _report(art, gold, args, n)
    print(f"-- {n['miss']} missed, {n['extra']} extra, {n['actor']} wrong actors")
    return 0


def _extractor(tagger: str | None):
    """What to list the errors of: the rules alone (`tagger` None or `none`), or the rules combined with the span
    tagger in folder `tagger` at its saved setting (one thread, float32, as `heldout_extraction.py measure`)."""
    from pipeline.tagging.model import tagger_folder

    folder = tagger_folder(tagger)
    if folder is None:
        return extract_statements
    from pipeline.tagging import SpanTagger
    return SpanTagger.from_pretrained(folder).extract


def _report(art, gold, args, n: dict) -> None:
    """Print one article's errors of the kinds asked for, counting them in `n`."""
    reg = registry_for(art.conflict)
    pred = args.run(art.text, art.id, reg)
    pairs = match_statements(pred, gold, art.text)
    got_g, got_p = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    lines = []
    if args.kind in ("miss", "all"):
        for g in gold:
            if id(g) not in got_g:
                s, e = locate(g.text, art.text)
                n["miss"] += 1
                lines.append(f"  MISS  [{g.kind}] {g.actor} <- {g.speaker!r}: {_around(art.text, s, e, args.context)}")
    if args.kind in ("extra", "all"):
        for p in pred:
            if id(p) not in got_p:
                n["extra"] += 1
                lines.append(f"  EXTRA [{p.kind}] {p.actor} <- {p.speaker!r}: "
                             f"{_around(art.text, p.start, p.end, args.context)}")
    if args.kind in ("actor", "all"):
        for g, p in pairs:
            if reg.canonical(p.actor).lower() != reg.canonical(g.actor).lower():
                n["actor"] += 1
                lines.append(f"  ACTOR gold {g.actor!r} ({g.speaker!r}) / got {p.actor!r} ({p.speaker!r}): "
                             f"{_around(art.text, p.start, p.end, args.context) if args.context else repr(p.text[:90])}")
    if lines:
        print(f"== {art.id} ({art.conflict})")
        print("\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main())
