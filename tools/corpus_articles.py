"""Writes the bundled corpus articles of one conflict as a JSONL input for `stance predict`, with dates.

    python tools/corpus_articles.py --conflict russia-ukraine -o reports/corpus-report/articles.jsonl

Each line is {"id", "text", "date", "title", "source"} from data/corpus/articles.jsonl and
data/corpus/articles/<id>.txt; `stance predict` copies date, title and source onto every statement,
which is what `stance report` puts on a time line. Used by `make report`. Not here: gold statements
(the report is built from the model's predictions, as it would be on new articles).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="example:\n  python tools/corpus_articles.py --conflict russia-ukraine "
                                        "-o reports/corpus-report/articles.jsonl")
    ap.add_argument("--corpus", default="data/corpus", help="corpus folder (default: data/corpus)")
    ap.add_argument("--conflict", default="russia-ukraine",
                    help="keep the articles of this conflict (default: russia-ukraine; 'all' keeps every one)")
    ap.add_argument("-o", "--output", required=True, help="JSONL to write")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    index = corpus / "articles.jsonl"
    if not index.is_file():
        print(f"error: {index}: no such file; --corpus must be a corpus folder", file=sys.stderr)
        return 2
    rows, conflicts = [], set()
    for n, line in enumerate(index.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        meta = json.loads(line)
        conflicts.add(meta.get("conflict"))
        if args.conflict != "all" and meta.get("conflict") != args.conflict:
            continue
        if meta.get("contrast_of"):
            continue                             # contrast copies are counterfactual edits, not reporting
        path = corpus / "articles" / f"{meta['id']}.txt"
        if not path.is_file():
            print(f"error: {index}:{n}: article {meta['id']!r} has no text file {path}", file=sys.stderr)
            return 1
        rows.append({"id": meta["id"], "text": path.read_text(encoding="utf-8"), "date": meta.get("date", ""),
                     "title": meta.get("title", ""), "source": f"project corpus, {meta.get('style', 'article')}"})
    if not rows:
        print(f"error: no article of conflict {args.conflict!r} in {index} (conflicts: {sorted(conflicts)})",
              file=sys.stderr)
        return 1
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} article(s) of {args.conflict} written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
