"""Training speed of a config with plain random batches and with length-grouped batches.

Runs the first `--steps` optimisation steps of the config's network training twice in this process,
once as configured with `train.group_by_length: 0` and once with `train.group_by_length: N`
(`--group`), on the same examples, seed and threads, and prints one table row each: padded tokens per
batch (what the encoder computes on), real tokens per batch, seconds per batch, and the training
loop's projected minutes for the config's epochs (steps per epoch x epochs x seconds per batch; dev
scoring and the lexical component come on top). The lexical component is switched off here: it is
fitted after the network and does not depend on batching.

  python benchmarks/training_speed.py --config configs/stance-minilm.yaml --steps 150 --threads 2

Measure on an otherwise idle machine; two trainings at once on 2 cores run several times slower each.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(config: str, group: int, steps: int, threads: int, overrides: list[str]) -> dict:
    """Train `steps` batches with `train.group_by_length=group`; padded/real tokens and timing."""
    import pipeline.classify.train as train_mod
    from pipeline.classify.examples import load_examples
    from pipeline.config import load_config

    cfg = load_config(config, overrides + [f"train.group_by_length={group}", f"train.max_steps={steps}",
                                           f"train.threads={threads}", "model.lexical_weight=0"])
    train_ex, targets = load_examples(cfg, "train")
    seen = {"padded": 0, "real": 0, "batches": 0, "first": None}
    real_collate = train_mod._collate

    def counting(rows, pad_id):
        if seen["first"] is None:
            seen["first"] = time.perf_counter()
        lengths = [len(r["input_ids"]) for r in rows]
        seen["padded"] += len(rows) * max(lengths)
        seen["real"] += sum(lengths)
        seen["batches"] += 1
        return real_collate(rows, pad_id)

    train_mod._collate = counting
    try:
        train_mod.fit(cfg, train_ex, targets, progress=True)
    finally:
        train_mod._collate = real_collate
    seconds = time.perf_counter() - seen["first"]
    n = seen["batches"]
    per_epoch = math.ceil(len(train_ex) / cfg.train.batch_size)
    return {"group": group, "batches": n, "padded": seen["padded"] / n, "real": seen["real"] / n,
            "s_per_batch": seconds / n, "examples": len(train_ex), "epochs": cfg.train.epochs,
            "projected_min": per_epoch * cfg.train.epochs * seconds / n / 60}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", default="configs/stance-minilm.yaml", help="training config (YAML)")
    ap.add_argument("--steps", type=int, default=150, help="optimisation steps timed per mode (default 150)")
    ap.add_argument("--group", type=int, default=50,
                    help="train.group_by_length of the grouped mode: batches per length-sorted span (default 50)")
    ap.add_argument("--threads", type=int, default=2, help="torch threads (default 2)")
    ap.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                    help="config override, repeatable (as in `stance train --set`)")
    args = ap.parse_args(argv)
    if args.steps <= 0 or args.group <= 0:
        ap.error("--steps and --group must be positive")
    rows = [measure(args.config, g, args.steps, args.threads, args.overrides) for g in (0, args.group)]
    print(f"\n{args.config}: {rows[0]['examples']} training examples, {rows[0]['epochs']} epochs, "
          f"{args.threads} threads, {args.steps} steps timed per mode\n")
    print("| batches | padded tokens / batch | real tokens / batch | s / batch | training loop, projected |")
    print("|---|---|---|---|---|")
    for r in rows:
        name = "random (group_by_length 0)" if r["group"] == 0 else f"length-grouped (group_by_length {r['group']})"
        print(f"| {name} | {r['padded']:.0f} | {r['real']:.0f} | {r['s_per_batch']:.3f} | "
              f"{r['projected_min']:.1f} min |")


if __name__ == "__main__":
    main()
