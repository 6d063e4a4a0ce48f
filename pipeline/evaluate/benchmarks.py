"""Public stance benchmarks (SemEval-2016 Task 6A, Emergent) trained and scored with our own code.

`run_benchmark` trains the benchmark's config (configs/bench-<name>.yaml) once per seed with
`data.path` pointing at the data outside the repository, scores the test split once per seed with
the official metric, measures the majority and TF-IDF + LR baselines in the same run, and writes a
markdown table beside the published figures to reports/bench-<name>/. With `lexical=True` the scored
system is the released design's mixture: the network's log-probabilities mixed with those of TF-IDF + LR
fitted on the same training rows, at the weight (of MIX_WEIGHTS) that scores best on the dev split; the
network alone is reported beside it. Dev data is used only for early stopping and that weight. Not here:
the training loop itself (`pipeline.classify.train`).
"""
from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import numpy as np

from pipeline.classify.baselines import MajorityBaseline, TfidfLogRegBaseline
from pipeline.classify.examples import StatementExample, load_examples
from pipeline.classify.lexical import mix
from pipeline.config import load_config
from pipeline.evaluate.metrics import accuracy, f_avg, macro_f1
from pipeline.schema import LABELS
from pipeline.serve.predict import REPO_ROOT

PUBLISHED = {
    "semeval2016": [("Majority (Mohammad et al. 2016)", 65.22), ("SVM n-grams (Mohammad et al. 2016)", 68.98),
                    ("MITRE, best team (Zarrella & Marsh 2016)", 67.82), ("RoBERTa-base (TweetEval)", 68.0),
                    ("BERTweet (TweetEval)", 71.2), ("TimeLMs-2021", 72.9)],
    "emergent": [("Majority (Ferreira & Vlachos 2016)", 46.9), ("Bag-of-words LR (Ferreira & Vlachos 2016)", 69.8),
                 ("Ferreira & Vlachos full model", 73.0)],
}
METRIC = {"semeval2016": "F_avg", "emergent": "accuracy"}
MIX_WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)   # share of the lexical log-probabilities


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


def _network_proba(clf, examples: list[StatementExample], targets) -> np.ndarray:
    """The network's probabilities [n, 3] for each row's own target."""
    index = {t.name: i for i, t in enumerate(targets)}
    row_targets, _ = _flat(examples)
    probs = clf.predict_proba(examples, 64, progress=True, targets=targets, labelled_only=True)
    return np.stack([probs[i, index[t]] for i, t in enumerate(row_targets)])


def _lexical_proba(lex: TfidfLogRegBaseline, examples: list[StatementExample]) -> np.ndarray:
    """TF-IDF + LR probabilities [n, 3] for each row's own target (unseen targets: the pooled model)."""
    row_targets, _ = _flat(examples)
    out = np.zeros((len(examples), len(LABELS)), dtype=np.float32)
    for t in sorted(set(row_targets)):
        idx = [i for i, tt in enumerate(row_targets) if tt == t]
        out[idx] = lex.predict_proba([examples[i] for i in idx], t)
    return out


def _mixed_labels(net: np.ndarray, lex: np.ndarray, weight: float) -> list[str]:
    return [LABELS[int(k)] for k in mix(net, lex, weight).argmax(axis=1)]


def choose_weight(name: str, gold: list[str], net: np.ndarray, lex: np.ndarray) -> tuple[float, float]:
    """The mixture weight of MIX_WEIGHTS that scores best on (dev) rows, and its score; ties go to the
    smaller weight (0 = the network alone)."""
    best = (MIX_WEIGHTS[0], -1.0)
    for w in MIX_WEIGHTS:
        score = _score(name, gold, _mixed_labels(net, lex, w))[METRIC[name]]
        if score > best[1] + 1e-9:
            best = (w, score)
    return best


def run_benchmark(name: str, data: str, *, seeds: list[int] | None = None, quick: bool = False,
                  out_dir: str | Path = "reports", device: str = "auto", lexical: bool = False,
                  overrides: list[str] | None = None) -> dict:
    """Train/evaluate on one benchmark on `device` (auto: CUDA, MPS, CPU); returns the summary dict (percent).
    `lexical`: score the network + TF-IDF + LR mixture, its weight chosen on the dev split. `overrides`
    (`key.sub=value`) change configs/bench-NAME.yaml for this run, e.g. `train.probe_epochs=30`."""
    from pipeline.classify.model import StanceClassifier
    from pipeline.classify.train import train

    if name not in PUBLISHED:
        raise ValueError(f"benchmark {name!r} is not one of {sorted(PUBLISHED)}")
    extra = overrides or []
    overrides = [f"data.path={data}"]
    if quick:
        overrides += ["train.max_steps=5", "train.epochs=1", "data.max_train_examples=200"]
    cfg = load_config(REPO_ROOT / "configs" / f"bench-{name}.yaml", overrides + list(extra))
    seeds = seeds or [cfg.train.seed]
    base_name = cfg.name
    train_ex, _ = load_examples(cfg, cfg.data.train_split)
    test_ex, test_targets = load_examples(cfg, cfg.data.test_split)
    _, gold = _flat(test_ex)
    if lexical:
        dev_ex, dev_targets = load_examples(cfg, cfg.data.dev_split)
        _, dev_gold = _flat(dev_ex)
        all_targets = sorted({next(iter(ex.labels)) for ex in train_ex + dev_ex + test_ex})
        lex = TfidfLogRegBaseline(targets=all_targets).fit(train_ex)
        lex_dev, lex_test = _lexical_proba(lex, dev_ex), _lexical_proba(lex, test_ex)
    runs = []
    for seed in seeds:
        cfg.train.seed = seed
        cfg.name = f"{base_name}-seed{seed}"
        started = time.time()
        run_dir = train(cfg, device=device)
        seconds = time.time() - started
        clf = StanceClassifier.load(run_dir).to(device)
        net_test = _network_proba(clf, test_ex, test_targets)
        network = _score(name, gold, [LABELS[int(k)] for k in net_test.argmax(axis=1)])
        run = {"seed": seed, "train_seconds": round(seconds, 1), **network}
        if lexical:
            weight, dev_score = choose_weight(name, dev_gold, _network_proba(clf, dev_ex, dev_targets), lex_dev)
            run = {**run, **_score(name, gold, _mixed_labels(net_test, lex_test, weight)),
                   "network": network, "lexical_weight": weight, "dev": round(dev_score, 2)}
        runs.append(run)
    base = _baselines(name, train_ex, test_ex)
    metric = METRIC[name]
    values = [r[metric] for r in runs]
    result = {"benchmark": name, "metric": metric, "ours": round(statistics.mean(values), 2),
              "tfidf_lr": round(base["tfidf_lr"][metric], 2), "majority": round(base["majority"][metric], 2),
              "seeds": [round(v, 2) for v in values]}
    if lexical:
        result["network_alone"] = round(statistics.mean(r["network"][metric] for r in runs), 2)
        result["lexical_weights"] = [r["lexical_weight"] for r in runs]
    result["model"] = model_label(cfg.model)
    _write_report(Path(out_dir) / f"bench-{name}", name, result, runs, base, len(train_ex), len(test_ex))
    return result


def model_label(model) -> str:
    """What a benchmark run trained, for its report: the encoder, the design and what was fine-tuned."""
    encoder = model.base.rstrip("/").rsplit("/", 1)[-1]
    tuned = "all layers" if model.finetune == "full" else f"top {model.train_layers} layers"
    design = "cross-encoder" if model.design == "cross" else "heads"
    return f"{encoder} {design}, {tuned} fine-tuned"


def _write_report(folder: Path, name: str, result: dict, runs: list[dict], base: dict, n_train: int,
                  n_test: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    metric = result["metric"]
    spread = statistics.pstdev(result["seeds"]) if len(result["seeds"]) > 1 else 0.0
    extra = [c for c in ("accuracy", "macro_f1") if c != metric]
    mean = {c: statistics.mean(r[c] for r in runs) for c in extra}
    system = result.get("model", "network")
    if "network_alone" in result:
        system += (" + TF-IDF + LR log-probabilities, weight chosen on dev ("
                   + ", ".join(f"{w:g}" for w in result["lexical_weights"]) + ")")
    lines = [f"# {name}: {metric} on the test split ({n_test} rows; trained on {n_train})", "",
             f"| system | {metric} | " + " | ".join(extra) + " | source |", "|---|---|" + "---|" * len(extra) + "---|",
             f"| ours, {system} (mean of {len(runs)} seed(s), ± sd {spread:.2f}) | {result['ours']:.2f} | "
             + " | ".join(f"{mean[c]:.2f}" for c in extra) + " | this run |"]
    if "network_alone" in result:
        net = {c: statistics.mean(r["network"][c] for r in runs) for c in extra}
        lines.append(f"| ours, the network alone (same runs) | {result['network_alone']:.2f} | "
                     + " | ".join(f"{net[c]:.2f}" for c in extra) + " | this run |")
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
