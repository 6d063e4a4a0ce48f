"""`stance predict` at scale, local engine against the Ray engine: speed and memory as N grows.

Builds N synthetic articles by recombining paragraphs of the corpus articles (seeded: a headline
paragraph and 3-8 body paragraphs drawn from all articles, dates spread over 2025), written once
as JSONL, then runs `stance predict` on the first n of them for each size and engine, each run in
its own process. Prints articles/s, statements/s, the driver's peak RSS and, for Ray, the peak RSS
of each model worker (polled every 0.5 s over the driver's process tree) and of the whole tree:

  python benchmarks/scale.py                          # N = 100,000; sizes 1k, 10k, 100k
  python benchmarks/scale.py --n 20000 --sizes 1000 10000 20000 --engines local ray
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = ("import resource, sys; from pipeline.cli import main; rc = main(sys.argv[1:]); "
         "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(rc)")


def paragraphs() -> list[str]:
    out = []
    for p in sorted((ROOT / "data" / "corpus" / "articles").glob("*.txt")):
        out += [x.strip() for x in p.read_text(encoding="utf-8").split("\n\n") if len(x.strip()) > 40]
    return out


def build(path: Path, n: int, seed: int = 13) -> None:
    """N synthetic articles as JSONL (id, text, date, title), streamed to disk."""
    paras = paragraphs()
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = rng.sample(paras, rng.randint(3, 8))
            title = body[0].split(".")[0][:90]
            fh.write(json.dumps({"id": f"syn-{i:07d}", "text": "\n\n".join([title] + body),
                                 "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                 "title": title}, ensure_ascii=False) + "\n")


def head(src: Path, dst: Path, n: int) -> None:
    with src.open("rb") as fin, dst.open("wb") as fout:
        for i, line in enumerate(fin):
            if i >= n:
                break
            fout.write(line)


class TreeWatcher(threading.Thread):
    """Peak RSS per process of a process tree (the driver, Ray's workers and services)."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.stop, self.peak, self.names, self.tree_peak = pid, threading.Event(), {}, {}, 0

    @staticmethod
    def _children() -> dict[int, list[int]]:
        kids: dict[int, list[int]] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    ppid = int(Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                kids.setdefault(ppid, []).append(int(d))
        return kids

    def run(self) -> None:  # Linux /proc; no extra dependency
        while not self.stop.is_set():
            kids, todo, total = self._children(), [self.pid], 0
            while todo:
                pid = todo.pop()
                todo += kids.get(pid, [])
                try:
                    rss = int(next(x for x in Path(f"/proc/{pid}/status").read_text().splitlines()
                                   if x.startswith("VmRSS:")).split()[1]) * 1024
                    if "ArticlePredictor" not in self.names.get(pid, ""):  # Ray renames its workers
                        self.names[pid] = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:80]
                except (OSError, StopIteration):
                    continue
                total += rss
                self.peak[pid] = max(self.peak.get(pid, 0), rss)
            self.tree_peak = max(self.tree_peak, total)
            self.stop.wait(0.5)

    def workers(self) -> list[int]:
        """Peak RSS (bytes) of each model worker (Ray actor) seen."""
        return sorted(v for pid, v in self.peak.items() if "ArticlePredictor" in self.names.get(pid, ""))


def run(engine: str, src: Path, out: Path, model: str | None, extra: list[str]) -> dict:
    cmd = [sys.executable, "-c", CHILD, "predict", str(src), "-o", str(out), "--engine", engine] + extra
    if model:
        cmd += ["--model", model]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watch = TreeWatcher(proc.pid)
    watch.start()
    _, err = proc.communicate()
    secs = time.perf_counter() - t0
    watch.stop.set()
    peak = [line for line in err.splitlines() if line.startswith("PEAK ")]
    if proc.returncode or not peak:
        sys.exit(f"{engine} run on {src} failed (exit {proc.returncode}):\n{err[-3000:]}")
    with out.open("rb") as fh:
        statements = sum(1 for _ in fh)
    return {"seconds": secs, "statements": statements, "driver_mb": int(peak[-1].split()[1]) / 1024,
            "workers_mb": [w / 2**20 for w in watch.workers()], "tree_mb": watch.tree_peak / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="synthetic articles to build (default 100,000)")
    parser.add_argument("--sizes", type=int, nargs="+", help="articles per run (default: 1k, 10k and N)")
    parser.add_argument("--engines", nargs="+", default=["local", "ray"], choices=["local", "ray"])
    parser.add_argument("--model", help="run folder (default: the API's default model)")
    parser.add_argument("--ray-args", default="", help="extra arguments for the Ray runs, e.g. '--workers 2'")
    parser.add_argument("--keep", help="keep the inputs and outputs in this folder")
    args = parser.parse_args()
    sizes = sorted(set(args.sizes or [s for s in (1_000, 10_000, args.n) if s <= args.n]))
    if max(sizes) > args.n:
        sys.exit(f"--sizes {max(sizes)} is larger than --n {args.n}")
    folder = Path(args.keep or tempfile.mkdtemp(prefix="stance-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    src = folder / f"synthetic-{args.n}.jsonl"
    t0 = time.perf_counter()
    build(src, args.n)
    print(f"built {args.n:,} articles in {time.perf_counter() - t0:.1f} s ({src.stat().st_size / 2**20:.0f} MB); "
          f"{os.cpu_count()} CPUs; load average before: {os.getloadavg()[0]:.1f}\n")
    print("| engine | articles | statements | seconds | articles/s | statements/s | driver peak RSS MB | "
          "worker peak RSS MB (each) | process tree peak MB | load avg |\n|---|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        part = folder / f"in-{n}.jsonl"
        head(src, part, n)
        for engine in args.engines:
            out = folder / f"out-{engine}-{n}.jsonl"
            for stale in (out, Path(f"{out}.progress.jsonl"), Path(f"{out}.errors.jsonl")):
                stale.unlink(missing_ok=True)
            r = run(engine, part, out, args.model, args.ray_args.split() if engine == "ray" else [])
            workers = ", ".join(f"{w:.0f}" for w in r["workers_mb"]) or "-"
            print(f"| {engine} | {n:,} | {r['statements']:,} | {r['seconds']:.0f} | {n / r['seconds']:.1f} | "
                  f"{r['statements'] / r['seconds']:.0f} | {r['driver_mb']:.0f} | {workers} | {r['tree_mb']:.0f} | "
                  f"{os.getloadavg()[0]:.1f} |", flush=True)
    if not args.keep:
        import shutil

        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
