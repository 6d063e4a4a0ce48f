"""Peak memory of `stance predict` as the input grows: streaming means it should stay flat.

Writes JSONL inputs of N articles (corpus articles repeated under new ids), runs `stance predict`
on each in its own process and prints articles, seconds, articles/s and peak resident memory:

  python benchmarks/batch_memory.py --sizes 100 400 1600
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1600], help="articles per run")
    parser.add_argument("--model", default=str(ROOT / "models" / "stance-mpnet3-unweighted"), help="run folder")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "corpus" / "articles").glob("*.txt"))]
    child = ("import resource, sys; from pipeline.cli import main; rc = main(sys.argv[1:]); "
             "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")
    print("| articles | seconds | articles/s | peak RSS MB |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            src = Path(tmp) / f"in-{n}.jsonl"
            with src.open("w", encoding="utf-8") as fh:
                for i in range(n):
                    fh.write(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)]}) + "\n")
            t0 = time.perf_counter()
            res = subprocess.run([sys.executable, "-c", child, "predict", str(src), "-o",
                                  str(Path(tmp) / f"out-{n}.jsonl"), "--model", args.model],
                                 capture_output=True, text=True, cwd=ROOT)
            secs = time.perf_counter() - t0
            peak = [line for line in res.stderr.splitlines() if line.startswith("PEAK ")]
            if res.returncode or not peak:
                sys.exit(f"run with {n} articles failed:\n{res.stderr[-2000:]}")
            print(f"| {n} | {secs:.1f} | {n / secs:.1f} | {int(peak[-1].split()[1]) / 1024:.0f} |")


if __name__ == "__main__":
    main()
