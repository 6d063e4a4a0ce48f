"""Lists extraction errors, statement by statement, on writers whose text may be read while writing rules.

    python tools/extraction_errors.py --writers h1,h2 [--kind miss|extra|actor|all] [--context 120]

For each article of the writers (original articles, all splits) it prints the gold statements the
extractor missed (with the text around them), the predictions that match no gold statement, and
matched statements whose actor is wrong. Refuses the frozen writers (`--frozen`, default
h40,h41,h42, frozen since round 13 of issue 14; rounds 1-5 froze h8,h10,h11, round 6 h13-h18, rounds 7-8 h19-h24,
round 9 h25-h27, round 10 h28-h30, round 11 h31-h33, round 12 h37-h39, all read now: `--corpus data/frozen --writers
h25,h26,h27`, `--corpus data/frozen2 --writers h28,h29,h30`, `--corpus data/frozen3 --writers h31,h32,h33`,
`--corpus data/frozen4 --writers h37,h38,h39`), any corpus folder at or under the frozen folder (`--frozen-corpus`,
default data/frozen5; data/frozen5 is refused whatever that option says) and anything under /work/staging,
where the next frozen set is written (both checked on the path as written, before the disk is touched): they
only ever get aggregate scores from `stance evaluate-extraction` and `tools/heldout_extraction.py`. It has no
option to read a foreign gold folder. Not here: scores (`stance evaluate-extraction`).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.evaluate.extraction import load_writers, registry_for  # noqa: E402
from pipeline.evaluate.matching import locate, match_statements  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402

FROZEN = "h40,h41,h42"   # frozen since round 13 of issue 14 (1-5: h8,h10,h11; 6: h13-h18; 7-8: h19-h24; 9: h25-h27;
#                          10: h28-h30; 11: h31-h33; 12: h37-h39)
FROZEN_CORPUS = "data/frozen5"   # the frozen writers' folder, outside data/corpus (relative: to the repository root)
STAGING = "/work/staging"   # where the next frozen set is being written: never read, listed or stat'ed
_ROOT = Path(__file__).resolve().parent.parent


def _fenced(corpus: str, frozen_corpus: str) -> str | None:
    """The fence `corpus` is at or under (the frozen folder, data/frozen5, /work/staging), else None. Compared on
    absolute paths as written (os.path.abspath reads no disk), so a fenced path is refused before anything under
    it is stat'ed; the corpus's resolved path is compared too, once it is known not to be fenced as written."""
    fences = [os.path.join(str(_ROOT), frozen_corpus) if not os.path.isabs(frozen_corpus) else frozen_corpus,
              os.path.join(str(_ROOT), FROZEN_CORPUS), STAGING]
    fences = [os.path.normpath(f) for f in fences]

    def inside(path: str) -> str | None:
        return next((f for f in fences if path == f or path.startswith(f.rstrip(os.sep) + os.sep)), None)
    return inside(os.path.abspath(corpus)) or inside(os.path.realpath(corpus))


def _around(text: str, s: int, e: int, k: int) -> str:
    return (text[max(0, s - k):s] + "[[" + text[s:e] + "]]" + text[e:e + k]).replace("\n", " | ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="example:\n  python tools/extraction_errors.py --writers h3 --kind miss")
    ap.add_argument("--corpus", default="data/corpus", help="corpus folder (default: data/corpus)")
    ap.add_argument("--writers", required=True, help="comma-separated writers whose articles may be read")
    ap.add_argument("--frozen", default=FROZEN, help=f"writers never to show (default: {FROZEN})")
    ap.add_argument("--frozen-corpus", default=FROZEN_CORPUS, help=f"folder never to read (default: {FROZEN_CORPUS})")
    ap.add_argument("--kind", default="all", choices=["miss", "extra", "actor", "all"], help="which errors to list")
    ap.add_argument("--context", type=int, default=100, help="characters of context either side (default: 100; 0: actor errors show the span only)")
    args = ap.parse_args(argv)
    writers = [w.strip() for w in args.writers.split(",") if w.strip()]
    frozen = {w.strip() for w in args.frozen.split(",") if w.strip()}
    fence = _fenced(args.corpus, args.frozen_corpus)
    if fence:
        print(f"refused: {args.corpus} is (under) the frozen folder {fence} (aggregate scores only)", file=sys.stderr)
        return 2
    if frozen & set(writers):
        print(f"refused: {sorted(frozen & set(writers))} are frozen writers (aggregate scores only)", file=sys.stderr)
        return 2
    n = {"miss": 0, "extra": 0, "actor": 0}
    for art, gold in load_writers(args.corpus, writers):
        if any(art.id.startswith(f + "-") for f in frozen):
            continue
        reg = registry_for(art.conflict)
        pred = extract_statements(art.text, art.id, reg)
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
    print(f"-- {n['miss']} missed, {n['extra']} extra, {n['actor']} wrong actors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
