"""The evaluation stage: a trained model against gold data and baselines, written as a report.

For one split it computes, per target: accuracy, macro-F1 with a bootstrap 95% interval,
per-label precision/recall/F1 and the confusion matrix (text and PNG) for the model, the majority
baseline and TF-IDF + logistic regression (both trained on the training split); actor-level
accuracy (ANNOTATION.md §5) on gold statements; and, for our corpus, the end-to-end figures:
extraction on the raw articles, classification of what was extracted, scored on matched statements
(§6). Reports go to `reports/<run>/<split>.{md,json}` and `<split>-confusion-<target>.png`.
Not here: training, metric formulas (`pipeline.evaluate.metrics`).
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from pipeline.serve.actor_stance import gold_actor_stances, predicted_actor_stances
from pipeline.classify.baselines import MajorityBaseline, TfidfLogRegBaseline
from pipeline.config import RunConfig, config_from_dict
from pipeline.classify.examples import StatementExample, load_examples
from pipeline.evaluate.metrics import accuracy, macro_f1, summary
from pipeline.schema import LABELS, Statement


def _load_run_config(model_dir: Path) -> RunConfig:
    import yaml

    path = model_dir / "config.yaml"
    if not path.exists():
        raise FileNotFoundError(f"{path}: missing; evaluate needs a run folder written by `stance train`")
    return config_from_dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def _predict_labels(clf, examples: list[StatementExample], targets):
    probs = clf.predict_proba(examples, 64, progress=True, targets=targets, labelled_only=True)
    return {t.name: [LABELS[int(p.argmax())] for p in probs[:, i]] for i, t in enumerate(targets)}, probs


def classification_scores(clf, train_ex, test_ex, bootstrap: int = 1000, seed: int = 0,
                          targets=None) -> dict:
    """Model and baselines per target on labelled examples (`targets`: the split's own, cross design)."""
    targets = targets if targets is not None and clf.settings.design == "cross" else clf.targets
    names = [t.name for t in targets]
    preds, probs = _predict_labels(clf, test_ex, targets)
    majority = MajorityBaseline(targets=names).fit(train_ex)
    tfidf = TfidfLogRegBaseline(targets=names, seed=seed).fit(train_ex)
    out = {}
    for t in names:
        idx = [i for i, ex in enumerate(test_ex) if t in ex.labels]
        if not idx:
            continue
        gold = [test_ex[i].labels[t] for i in idx]
        rows = [test_ex[i] for i in idx]
        out[t] = {"model": summary(gold, [preds[t][i] for i in idx], bootstrap_rounds=bootstrap),
                  "majority": summary(gold, majority.predict(rows, t), bootstrap_rounds=bootstrap),
                  "tfidf_lr": summary(gold, tfidf.predict(rows, t), bootstrap_rounds=bootstrap)}
    return {"targets": out, "probs": probs, "preds": preds}


def actor_level(gold_statements: list[Statement], preds: dict[str, list[str]], probs, targets) -> dict:
    """Actor-level accuracy: gold roll-up vs the roll-up of predicted labels on gold statements."""
    predicted = []
    for i, st in enumerate(gold_statements):
        predicted.append(Statement(st.article_id, st.text, st.speaker, st.actor, st.side, st.kind,
                                   {t: preds[t][i] for t in targets},
                                   probabilities={t: {lab: float(probs[i, k, j]) for j, lab in enumerate(LABELS)}
                                                  for k, t in enumerate(targets)}))
    gold_rows = {(r.article_id, r.actor, r.target): r.label for r in gold_actor_stances(gold_statements, targets)}
    pred_rows = {(r.article_id, r.actor, r.target): r.label for r in predicted_actor_stances(predicted, targets)}
    out = {}
    for t in targets:
        keys = [k for k in gold_rows if k[2] == t and gold_rows[k] != "mixed"]
        out[t] = {"accuracy": accuracy([gold_rows[k] for k in keys], [pred_rows[k] for k in keys]),
                  "n": len(keys), "mixed_left_out": sum(1 for k in gold_rows if k[2] == t and gold_rows[k] == "mixed")}
    return out


def split_contrast_pairs(corpus, split: str, examples: list[StatementExample], preds: dict[str, list[str]],
                         names: list[str]) -> dict:
    """Contrast-pair accuracy on the pairs of `contrast_edits.jsonl` whose both members are in `split`: both the
    original statement and its edited copy right on the edited target."""
    from pipeline.evaluate.contrast import contrast_pairs, pair_accuracy

    ids = set(corpus.split_ids(split))
    pairs = [p for p in contrast_pairs(corpus) if p["original"][0] in ids and p["contrast"][0] in ids]
    rows = [{"article_id": ex.group, "text": ex.text, **{f"gold_{t}": ex.labels.get(t) for t in names},
             **{f"pred_{t}": preds[t][i] for t in names}} for i, ex in enumerate(examples)]
    return pair_accuracy(pairs, rows, "model", names)


def score_end_to_end(clf, corpus, split: str) -> dict:
    """Extraction + classification on the raw articles of the split, scored on matched statements."""
    from pipeline.actors import ActorRegistry
    from pipeline.evaluate.matching import match_statements
    from pipeline.serve.predict import StancePipeline

    sp = StancePipeline(clf)  # the classifier already loaded for classification scoring
    registries: dict = {}
    ids = corpus.split_ids(split)
    n_pred = n_gold = 0
    gold_lab = {t: [] for t in sp.targets}
    pred_lab = {t: [] for t in sp.targets}
    started = time.time()
    for aid in ids:
        article = corpus.articles[aid]
        if article.conflict not in registries:
            registries[article.conflict] = ActorRegistry.for_conflict(article.conflict)
        sp.registry = registries[article.conflict]
        result = sp.predict(article.text, aid)
        gold = corpus.statements_for(aid)
        n_pred += len(result.statements)
        n_gold += len(gold)
        for g, p in match_statements(result.statements, gold, article.text):  # (gold, predicted) pairs
            for t in sp.targets:
                gold_lab[t].append(g.stances[t])
                pred_lab[t].append(p.stances[t])
    matched = len(next(iter(gold_lab.values()))) if gold_lab else 0
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    return {"extraction": {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                           "matched": matched, "predicted": n_pred, "gold": n_gold},
            "targets": {t: {"accuracy": accuracy(gold_lab[t], pred_lab[t]), "macro_f1": macro_f1(gold_lab[t], pred_lab[t]),
                            "n": len(gold_lab[t])} for t in sp.targets},
            "seconds": round(time.time() - started, 2), "articles": len(ids)}


def _confusion_png(path: Path, matrix: list[list[int]], title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(3.6, 3.2), dpi=110)
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(3), LABELS)
    ax.set_yticks(range(3), LABELS)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title, fontsize=9)
    peak = max(max(row) for row in matrix) or 1
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            ax.text(j, i, str(v), ha="center", va="center", color="white" if v > peak / 2 else "black")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def to_markdown(run: str, split: str, report: dict) -> str:
    lines = [f"# Evaluation of `{run}` on the {split} split", "",
             "Classification of gold statements (macro-F1 with bootstrap 95% interval, in %):", "",
             "| target | system | accuracy | macro-F1 | 95% CI | F1 favor | F1 against | F1 none |",
             "|---|---|---|---|---|---|---|---|"]
    for t, systems in report["classification"].items():
        for name, s in systems.items():
            lo, hi = s["macro_f1_ci95"]
            pl = s["per_label"]
            lines.append(f"| {t} | {name} | {_fmt(s['accuracy'])} | {_fmt(s['macro_f1'])} | "
                         f"{_fmt(lo)}–{_fmt(hi)} | {_fmt(pl['favor']['f1'])} | {_fmt(pl['against']['f1'])} | "
                         f"{_fmt(pl['none']['f1'])} |")
    lines += ["", "Confusion matrices of the model (rows gold, columns predicted: favor, against, none):", ""]
    for t, systems in report["classification"].items():
        m = systems["model"]["confusion"]
        lines.append(f"- {t}: " + " / ".join(" ".join(f"{v:3d}" for v in row) for row in m))
    if report.get("calibration"):
        lines += ["", "Calibration (expected calibration error, 15 bins; temperature fitted on dev per target):", "",
                  "| target | temperature | ECE raw | ECE calibrated | ECE of a calibrated model on these n (mean, 95th pct) "
                  "| n | reliability diagram |", "|---|---|---|---|---|---|---|"]
        for t, c in report["calibration"].items():
            floor = c.get("ece_floor") or {}
            mean, p95 = floor.get("mean", float("nan")), floor.get("p95", float("nan"))
            lines.append(f"| {t} | {c['temperature']:.2f} | {c['ece_before']:.3f} | {c['ece_after']:.3f} | "
                         f"{mean:.3f}, {p95:.3f} | {c['n']} | [{c['plot']}]({c['plot']}) |")
        lines += ["", "The floor column is the ECE that exactly calibrated probabilities would still show on this many "
                  "statements (gold drawn from the calibrated probabilities, 200 draws): an ECE inside it is no "
                  "evidence of miscalibration."]
    if report.get("actor_level"):
        lines += ["", "Actor-level stance (ANNOTATION.md §5) from the model's labels on gold statements:", "",
                  "| target | accuracy | actors | mixed left out |", "|---|---|---|---|"]
        for t, a in report["actor_level"].items():
            lines.append(f"| {t} | {_fmt(a['accuracy'])} | {a['n']} | {a['mixed_left_out']} |")
    cp = report.get("contrast_pairs")
    if cp and cp["pairs"]:
        lines += ["", f"Contrast pairs of this split (original and edited statement both right on the edited target): "
                  f"{cp['accuracy']:.3f} ({cp['both_right']}/{cp['pairs']})."]
    if report.get("end_to_end"):
        e = report["end_to_end"]
        x = e["extraction"]
        lines += ["", "End to end (extraction + classification on raw articles, matched per §6):", "",
                  f"- extraction: precision {_fmt(x['precision'])}, recall {_fmt(x['recall'])}, F1 {_fmt(x['f1'])} "
                  f"({x['matched']} matched of {x['gold']} gold, {x['predicted']} predicted)", "",
                  "| target | accuracy (matched) | macro-F1 (matched) | n |", "|---|---|---|---|"]
        for t, s in e["targets"].items():
            lines.append(f"| {t} | {_fmt(s['accuracy'])} | {_fmt(s['macro_f1'])} | {s['n']} |")
    return "\n".join(lines) + "\n"


def calibration_report(clf, examples: list[StatementExample], targets, out: Path, split: str) -> dict:
    """ECE (15 bins) of the raw and the temperature-scaled probabilities, with a reliability PNG per target."""
    import numpy as np

    from pipeline.evaluate.calibration import expected_calibration_error, plot_reliability, sampling_floor

    if clf.settings.design == "cross":
        targets = targets or clf.targets
    else:
        targets = clf.targets
    raw = clf.predict_proba(examples, 64, targets=targets, labelled_only=True, calibrated=False)
    cal = clf.predict_proba(examples, 64, targets=targets, labelled_only=True, calibrated=True)
    result = {}
    for i, t in enumerate(targets):
        idx = [k for k, ex in enumerate(examples) if t.name in ex.labels]
        if not idx:
            continue
        gold = np.array([LABELS.index(examples[k].labels[t.name]) for k in idx])
        before, after = raw[idx, i], cal[idx, i]
        png = plot_reliability({"raw": (before, gold), "temperature-scaled": (after, gold)},
                               out / f"{split}-reliability-{t.name}.png", f"{out.name} · {t.name} · {split}")
        result[t.name] = {"temperature": clf.temperatures.get(t.name, 1.0), "n": len(idx),
                          "ece_before": expected_calibration_error(before, gold),
                          "ece_after": expected_calibration_error(after, gold),
                          "ece_floor": sampling_floor(after), "plot": png.name}
    return result


def evaluate_run(model_dir: str | Path, split: str, *, gold: str | None = None, out_dir: str | Path = "reports",
                 end_to_end: bool = True, bootstrap: int = 1000, device: str = "auto",
                 gold_folder: str | Path | None = None, precision: str = "auto") -> Path:
    """Evaluate a run folder on a split with the model on `device` (auto: CUDA, MPS, CPU) in `precision` (auto:
    fp16 autocast on CUDA, on a CPU the model's `model.cpu_precision`); returns the report folder.

    With `gold_folder` (a folder with articles and gold.jsonl written elsewhere, e.g. ../shared/foreign-dev,
    read in place) that folder's statements are scored instead of a split, and the report is named after
    the folder; baselines still train on the model's training split. Actor-level and end-to-end figures
    are corpus-split only.
    """
    from pipeline.classify.device import precision_name
    from pipeline.classify.model import StanceClassifier

    model_dir = Path(model_dir)
    cfg = _load_run_config(model_dir)
    if gold:
        cfg.data.path = gold
    cfg.data.max_train_examples = 0
    clf = StanceClassifier.load(model_dir).to(device, precision=precision)
    train_ex, _ = load_examples(cfg, cfg.data.train_split)
    if gold_folder:
        from pipeline.classify.examples import gold_folder_examples

        test_ex, test_targets, split = gold_folder_examples(cfg, gold_folder), list(clf.targets), Path(gold_folder).name
    else:
        test_ex, test_targets = load_examples(cfg, split)
    scores = classification_scores(clf, train_ex, test_ex, bootstrap, cfg.train.seed, test_targets)
    report = {"run": model_dir.name, "split": split, "precision": precision_name(clf.autocast),
              "classification": scores["targets"]}
    out = Path(out_dir) / model_dir.name
    out.mkdir(parents=True, exist_ok=True)
    report["calibration"] = calibration_report(clf, test_ex, test_targets, out, split)
    if cfg.data.format == "corpus" and not gold_folder:
        from pipeline.corpus import load_corpus

        corpus = load_corpus(cfg.data.path)
        gold_statements = corpus.split_statements(split)
        report["actor_level"] = actor_level(gold_statements, scores["preds"], scores["probs"], clf.target_names)
        report["contrast_pairs"] = split_contrast_pairs(corpus, split, test_ex, scores["preds"], clf.target_names)
        if end_to_end:
            report["end_to_end"] = score_end_to_end(clf, corpus, split)
    (out / f"{split}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (out / f"{split}.md").write_text(to_markdown(model_dir.name, split, report), encoding="utf-8")
    for t, systems in report["classification"].items():
        _confusion_png(out / f"{split}-confusion-{t}.png", systems["model"]["confusion"], f"{model_dir.name} · {t} · {split}")
        (out / f"{split}-confusion-{t}.txt").write_text(
            "gold\\pred " + " ".join(f"{lab:>8}" for lab in LABELS) + "\n" +
            "\n".join(f"{LABELS[i]:>9} " + " ".join(f"{v:>8}" for v in row)
                      for i, row in enumerate(systems["model"]["confusion"])) + "\n", encoding="utf-8")
    return out

