"""Public stance benchmarks (SemEval-2016 Task 6A, Emergent) trained and scored with our own code.

`run_benchmark` trains the benchmark's config (configs/bench-<name>.yaml) once per seed with
`data.path` pointing at the data outside the repository, scores the test split once per seed with
the official metric, measures the majority and TF-IDF + LR baselines in the same run, and writes a
markdown table beside the published figures to reports/bench-<name>/. Dev data is used only for
early stopping. Not here: the training loop itself (`pipeline.classify.train`).
"""
from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from pipeline.classify.baselines import MajorityBaseline, TfidfLogRegBaseline
from pipeline.config import load_config
from pipeline.classify.examples import StatementExample, load_examples
from pipeline.evaluate.metrics import accuracy, f_avg, macro_f1
from pipeline.serve.predict import REPO_ROOT

PUBLISHED = {
    "semeval2016": [("Majority (Mohammad et al. 2016)", 65.22), ("SVM n-grams (Mohammad et al. 2016)", 68.98),
                    ("MITRE, best team (Zarrella & Marsh 2016)", 67.82), ("RoBERTa-base (TweetEval)", 68.0),
                    ("BERTweet (TweetEval)", 71.2), ("TimeLMs-2021", 72.9)],
    "emergent": [("Majority (Ferreira & Vlachos 2016)", 46.9), ("Bag-of-words LR (Ferreira & Vlachos 2016)", 69.8),
                 ("Ferreira & Vlachos full model", 73.0)],
}
METRIC = {"semeval2016": "F_avg", "emergent": "accuracy"}


def _flat(examples: list[StatementExample]) -> tuple[list[str], list[str]]:
    targets = [next(iter(ex.labels)) for ex in examples]
    return targets, [ex.labels[t] for ex, t in zip(examples, targets)]


def _score(name: str, gold: list[str], pred: list[str]) -> dict[str, float]:
    out = {"accuracy": 100 * accuracy(gold, pred), "macro_f1": 100 * macro_f1(gold, pred)}
    if name == "semeval2016":
        out["F_avg"] = 100 * f_avg(gold, pred)
    return out


def _baselines(name: str, train_ex, test_ex) -> dict[str, dict[str, float]]:
    targets = sorted({next(iter(ex.labels)) for ex in train_ex + test_ex})
    t_test, gold = _flat(test_ex)
    out = {}
    for label, model in (("majority", MajorityBaseline(targets=targets)),
                         ("tfidf_lr", TfidfLogRegBaseline(targets=targets))):
        model.fit(train_ex)
        pred = [""] * len(test_ex)
        for t in targets:
            idx = [i for i, tt in enumerate(t_test) if tt == t]
            for i, p in zip(idx, model.predict([test_ex[i] for i in idx], t)):
                pred[i] = p
        out[label] = _score(name, gold, pred)
    return out


def run_benchmark(name: str, data: str, *, seeds: list[int] | None = None, quick: bool = False,
                  out_dir: str | Path = "reports", device: str = "auto") -> dict:
    """Train/evaluate on one benchmark on `device` (auto: CUDA, MPS, CPU); returns the summary dict (percent)."""
    from pipeline.classify.model import StanceClassifier
    from pipeline.classify.train import train

    if name not in PUBLISHED:
        raise ValueError(f"benchmark {name!r} is not one of {sorted(PUBLISHED)}")
    overrides = [f"data.path={data}"]
    if quick:
        overrides += ["train.max_steps=5", "train.epochs=1", "data.max_train_examples=200"]
    cfg = load_config(REPO_ROOT / "configs" / f"bench-{name}.yaml", overrides)
    seeds = seeds or [cfg.train.seed]
    base_name = cfg.name
    runs = []
    for seed in seeds:
        cfg.train.seed = seed
        cfg.name = f"{base_name}-seed{seed}"
        started = time.time()
        run_dir = train(cfg, device=device)
        seconds = time.time() - started
        clf = StanceClassifier.load(run_dir).to(device)
        test_ex, test_targets = load_examples(cfg, cfg.data.test_split)
        index = {t.name: i for i, t in enumerate(test_targets)}
        t_test, gold = _flat(test_ex)
        probs = clf.predict_proba(test_ex, 64, progress=True, targets=test_targets, labelled_only=True)
        from pipeline.schema import LABELS

        pred = [LABELS[int(probs[i, index[t]].argmax())] for i, t in enumerate(t_test)]
        runs.append({"seed": seed, "train_seconds": round(seconds, 1), **_score(name, gold, pred)})
    train_ex, _ = load_examples(cfg, cfg.data.train_split)
    test_ex, _ = load_examples(cfg, cfg.data.test_split)
    base = _baselines(name, train_ex, test_ex)
    metric = METRIC[name]
    values = [r[metric] for r in runs]
    result = {"benchmark": name, "metric": metric, "ours": round(statistics.mean(values), 2),
              "tfidf_lr": round(base["tfidf_lr"][metric], 2), "majority": round(base["majority"][metric], 2),
              "seeds": [round(v, 2) for v in values]}
    _write_report(Path(out_dir) / f"bench-{name}", name, result, runs, base, len(train_ex), len(test_ex))
    return result


def _write_report(folder: Path, name: str, result: dict, runs: list[dict], base: dict, n_train: int,
                  n_test: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    metric = result["metric"]
    spread = statistics.pstdev(result["seeds"]) if len(result["seeds"]) > 1 else 0.0
    extra = [c for c in ("accuracy", "macro_f1") if c != metric]
    mean = {c: statistics.mean(r[c] for r in runs) for c in extra}
    lines = [f"# {name}: {metric} on the test split ({n_test} rows; trained on {n_train})", "",
             f"| system | {metric} | " + " | ".join(extra) + " | source |", "|---|---|" + "---|" * len(extra) + "---|",
             f"| ours, MiniLM-L6 cross-encoder (mean of {len(runs)} seed(s), ± sd {spread:.2f}) | {result['ours']:.2f} | "
             + " | ".join(f"{mean[c]:.2f}" for c in extra) + " | this run |"]
    for label in ("tfidf_lr", "majority"):
        b = base[label]
        lines.append(f"| ours: {label} baseline | {b[metric]:.2f} | " + " | ".join(f"{b[c]:.2f}" for c in extra)
                     + " | this run |")
    for label, value in PUBLISHED[name]:
        lines.append(f"| {label} | {value:.2f} | " + " | " * len(extra) + "published |")
    lines += ["", "Per seed: " + ", ".join(f"seed {r['seed']}: {r[metric]:.2f} ({r['train_seconds']:.0f} s training)"
                                           for r in runs)]
    (folder / "results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "results.json").write_text(json.dumps({"summary": result, "runs": runs, "baselines": base}, indent=2)
                                         + "\n", encoding="utf-8")
