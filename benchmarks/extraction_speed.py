"""Speed of statement extraction alone, on one core: articles/s and statements/s.

    python benchmarks/extraction_speed.py [--corpus data/corpus] [--repeat 5] [--words 500] [--tagger DIR]
        [--tagger-precision fp32,bf16] [--actor-chooser DIR]

Runs `pipeline.extract.extractor.extract_statements` over every article text of the corpus (the merged
articles.jsonl when present, else data/corpus/articles/*.txt) and over synthetic articles cut to
about --words words, and prints a table. The goal is >= 50 articles/s for 500-word articles. With --tagger DIR
it also times the optional learned path (`pipeline.tagging`: rules + span tagger, one torch thread, one pass, in
each --tagger-precision); with --actor-chooser DIR the rules + the learned actor chooser (`pipeline.extract.chooser`,
round 24; an option, off by default since round 25), alternated with the rules alone pass by pass.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.actors import ActorRegistry  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402


def corpus_texts(root: Path) -> list[str]:
    merged = root / "articles.jsonl"
    if merged.exists():
        rows = [json.loads(l) for l in merged.read_text(encoding="utf-8").splitlines() if l.strip()]
        if rows and all("text" in r for r in rows):
            return [r["text"] for r in rows]
    return [p.read_text(encoding="utf-8") for p in sorted((root / "articles").glob("*.txt"))]


def resized(texts: list[str], words: int) -> list[str]:
    """Articles of about `words` words: the corpus texts joined and cut at paragraph ends."""
    paras = [p for t in texts for p in t.split("\n\n")[1:] if p.strip()]
    out, cur, n = [], ["Headline"], 0
    for p in paras:
        cur.append(p)
        n += len(p.split())
        if n >= words:
            out.append("\n\n".join(cur))
            cur, n = ["Headline"], 0
    return out


def measure(texts: list[str], repeat: int, extract=extract_statements) -> tuple[float, float, float]:
    reg = ActorRegistry.default()
    best = float("inf")
    n_stmt = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n_stmt = sum(len(extract(t, "a", reg)) for t in texts)
        best = min(best, time.perf_counter() - t0)
    words = sum(len(t.split()) for t in texts) / max(1, len(texts))
    return len(texts) / best, n_stmt / best, words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="data/corpus", help="corpus folder (default: data/corpus)")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes; the best one counts (default: 5)")
    ap.add_argument("--words", type=int, default=500, help="size of the synthetic articles (default: 500)")
    ap.add_argument("--tagger", metavar="DIR", help="also time rules + this span tagger (one pass)")
    ap.add_argument("--tagger-precision", default="fp32,bf16",
                    help="the tagger's precisions to time, comma-separated (fp32, bf16, auto; default fp32,bf16)")
    ap.add_argument("--actor-chooser", metavar="DIR", help="also time rules + this actor chooser (e.g. "
                    "models/actor-chooser)")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})      # one core
    texts = corpus_texts(Path(args.corpus))
    if not texts:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 1
    extract_statements(texts[0])                                     # warm up (registry load, regex compile)
    rows = [("corpus articles", texts), (f"~{args.words}-word articles", resized(texts, args.words))]
    print("| input | articles | mean words | articles/s | statements/s |")
    print("|---|---|---|---|---|")
    chooser = None
    if args.actor_chooser:
        from pipeline.extract.chooser import ActorChooser

        chooser = ActorChooser.load(args.actor_chooser)
        chooser.extract(texts[0], "a", ActorRegistry.default())      # warm up
    for name, ts in rows:
        aps, sps, words = measure(ts, args.repeat)
        print(f"| {name} | {len(ts)} | {words:.0f} | {aps:.1f} | {sps:.1f} |", flush=True)
        if chooser is not None:
            aps, sps, words = measure(ts, args.repeat, chooser.extract)
            print(f"| {name}, rules + actor chooser | {len(ts)} | {words:.0f} | {aps:.1f} | {sps:.1f} |", flush=True)
    if args.tagger:
        from pipeline.tagging import SpanTagger

        tagger = SpanTagger.from_pretrained(args.tagger, threads=1)
        for precision in args.tagger_precision.split(","):
            tagger.set_precision(precision)
            tagger.extract(texts[0], "a", ActorRegistry.default())   # warm up
            for name, ts in rows:
                aps, sps, words = measure(ts, 1, tagger.extract)
                print(f"| {name}, rules + tagger ({precision}) | {len(ts)} | {words:.0f} | {aps:.2f} | {sps:.1f} |",
                      flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
