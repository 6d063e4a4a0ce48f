"""Writer cross-validation: train on every writer but one, score the writer left out, for each writer.

Our fixed test split shares its writers with training, so it flatters any model that learns a
writer's wording. Here each fold is one writer (`data/corpus/folds.json`); a fold's model never saw
a sentence of that writer. Only train- and dev-split articles take part: the test split stays
untouched for the release figure. Contrast articles train with their writer's fold (if the config
allows contrast data) and are held out with it; macro-F1 is computed on original articles only,
and the contrast pairs (`contrast_edits.jsonl`) give contrast-pair accuracy: both members right.
Every fold's model is also scored on an outside gold folder (`--foreign-dev`), read by path.
TF-IDF + LR and the majority label are trained on exactly the same examples as the model.
Not here: the training loop (`pipeline.classify.train.fit`) and the fixed-split report (`stance`).
"""
from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import logging
import statistics
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.classify.baselines import MajorityBaseline, TfidfLogRegBaseline
from pipeline.classify.examples import (StatementExample, bank_examples, corpus_examples, gold_folder_examples,
                                        repeat_contrast)
from pipeline.config import RunConfig
from pipeline.corpus import Corpus, load_corpus
from pipeline.evaluate.calibration import expected_calibration_error
from pipeline.evaluate.contrast import contrast_pairs, pair_accuracy
from pipeline.evaluate.metrics import accuracy, macro_f1, per_label
from pipeline.schema import LABELS

log = logging.getLogger(__name__)
BASELINES = ("tfidf_lr", "majority")


@dataclass
class Fold:
    """One held-out writer (or group of writers) and the articles it trains on."""

    name: str
    train_ids: list[str]
    held_ids: list[str]  # original articles scored for macro-F1
    held_contrast_ids: list[str]  # contrast copies held out with their writer (pair accuracy only)


def grouped(folds: dict[str, list[str]], groups: int) -> dict[str, list[str]]:
    """Merge writer folds into `groups` folds (round-robin over the fold names in file order); 0 = as is.

    >>> grouped({"a": [1], "b": [2], "c": [3]}, 2)
    {'a+c': [1, 3], 'b': [2]}
    """
    if groups <= 0 or groups >= len(folds):
        return dict(folds)
    names = list(folds)
    members = [names[g::groups] for g in range(groups)]
    return {"+".join(m): [a for n in m for a in folds[n]] for m in members}


def writer_folds(corpus: Corpus, *, use_contrast: bool = True, exclude_splits: tuple[str, ...] = ("test",),
                 only: list[str] | None = None, groups: int = 0, always_train: list[str] | None = None) -> list[Fold]:
    """One Fold per fold of folds.json (or per group of them), over the articles outside `exclude_splits`.

    A writer is never split: a group holds whole writer folds. Writers in `always_train` are never held
    out: their articles train in every fold (to measure added data on the same held-out writers).
    """
    always = list(always_train or [])
    unknown = [w for w in always if w not in corpus.folds]
    if unknown:
        raise ValueError(f"always-train writer(s) {unknown} are not folds of folds.json "
                         f"(known: {', '.join(corpus.folds)})")
    excluded = {a for s in exclude_splits for a in corpus.splits.get(s, [])}
    pool = [a for a in corpus.articles if a not in excluded]
    rotating = {w: ids for w, ids in corpus.folds.items() if w not in always}
    folds = []
    for name, ids in grouped(rotating, groups).items():
        if only and name not in only:
            continue
        inside = set(ids)
        held = [a for a in pool if a in inside and not corpus.contrast_of(a)]
        if not held:
            continue
        train_ids = [a for a in pool if a not in inside and (use_contrast or not corpus.contrast_of(a))]
        held_contrast = [a for a in pool if a in inside and corpus.contrast_of(a)]
        folds.append(Fold(name, train_ids, held, held_contrast))
    return folds


def _scores(gold: dict[str, list[str]], pred: dict[str, list[str]]) -> dict:
    out = {}
    for t in gold:
        out[t] = {"n": len(gold[t]), "accuracy": accuracy(gold[t], pred[t]), "macro_f1": macro_f1(gold[t], pred[t]),
                  "f1": {lab: v["f1"] for lab, v in per_label(gold[t], pred[t]).items()}}
    return out


def _baseline_preds(train_ex: list[StatementExample], test_ex: list[StatementExample], targets: list[str],
                    seed: int) -> dict[str, dict[str, list[str]]]:
    majority = MajorityBaseline(targets=targets).fit(train_ex)
    tfidf = TfidfLogRegBaseline(targets=targets, seed=seed).fit(train_ex)
    return {"tfidf_lr": {t: tfidf.predict(test_ex, t) for t in targets},
            "majority": {t: majority.predict(test_ex, t) for t in targets}}


def _mean_sd(values: list[float]) -> dict:
    return {"mean": float(np.mean(values)) if values else 0.0,
            "sd": float(statistics.stdev(values)) if len(values) > 1 else 0.0, "folds": len(values)}


def model_systems(cfg: RunConfig, interpolations: tuple[float, ...] = (),
                  lexical_weights: tuple[float, ...] = ()) -> list[str]:
    """Names of the network systems a CV run scores: `model` (what a release of the design would keep:
    the distilled student, else the ensemble, else the one network), then the bare ensemble when a
    student is kept, then each ensemble member (`member_1` has the config's seed), then `wise_<share>`
    for each interpolation share asked for (the model moved back towards where fine-tuning began), then
    `lexical_<weight>` for each other mixing weight of the lexical component asked for."""
    names = ["model"]
    if cfg.train.distill and cfg.train.ensemble > 1:
        names.append("ensemble")
    if cfg.train.ensemble > 1 or cfg.train.distill:
        names += [f"member_{k + 1}" for k in range(cfg.train.ensemble)]
    return names + [wise_name(a) for a in interpolations] + [lexical_name(w) for w in lexical_weights]


def lexical_name(weight: float) -> str:
    """The system name of one mixing weight of the lexical component.

    >>> lexical_name(0.45)
    'lexical_0.45'
    """
    return f"lexical_{weight:g}"


def check_lexical_weights(cfg: RunConfig, weights: tuple[float, ...]) -> None:
    """Other mixing weights need a lexical component (model.lexical_weight > 0) and one network."""
    bad = [w for w in weights if not 0 <= w < 1]
    if bad:
        raise ValueError(f"--lexical-weights {bad[0]}: a mixing weight must be in [0, 1)")
    if weights and not cfg.model.lexical_weight:
        raise ValueError("--lexical-weights: the config fits no lexical component (model.lexical_weight: 0)")
    if weights and (cfg.train.ensemble > 1 or cfg.train.distill):
        raise ValueError("--lexical-weights scores one network; not with train.ensemble / train.distill")


def wise_name(share: float) -> str:
    """The system name of one interpolation share.

    >>> wise_name(0.8)
    'wise_0.8'
    """
    return f"wise_{share:g}"


def check_interpolations(cfg: RunConfig, interpolations: tuple[float, ...]) -> None:
    """Interpolation shares must lie in [0, 1) and apply to one fine-tuned network."""
    bad = [a for a in interpolations if not 0 <= a < 1]
    if bad:
        raise ValueError(f"--interpolate {bad[0]}: a share of the fine-tuned change must be in [0, 1)")
    if interpolations and (cfg.train.ensemble > 1 or cfg.train.distill):
        raise ValueError("--interpolate scores one fine-tuned network; not with train.ensemble / train.distill")
    if interpolations and cfg.model.finetune == "top" and cfg.model.train_layers == 0:
        raise ValueError("--interpolate: the encoder is frozen (model.train_layers: 0); there is no fine-tuning to undo")
    if interpolations and cfg.train.interpolate < 1:
        raise ValueError(f"--interpolate: the config already interpolates (train.interpolate "
                         f"{cfg.train.interpolate}); scan shares from an uninterpolated config")


def _fit_systems(cfg: RunConfig, train_ex, targets, progress: bool,
                 interpolations: tuple[float, ...] = (), lexical_weights: tuple[float, ...] = ()) -> dict[str, list]:
    """Train the design on one fold; returns system name -> the models whose mean probability it predicts."""
    if cfg.train.ensemble == 1 and not cfg.train.distill:
        from pipeline.classify.interpolation import interpolated
        from pipeline.classify.train import fit

        model = fit(cfg, train_ex, targets, progress=progress)[0]
        systems = {"model": [model]}
        systems.update({wise_name(a): [interpolated(model, a)] for a in interpolations})
        systems.update({lexical_name(w): [_with_lexical_weight(model, w)] for w in lexical_weights})
        return systems
    from pipeline.classify.ensemble import fit_ensemble

    fitted = fit_ensemble(cfg, train_ex, targets, progress=progress)
    systems = {"model": [fitted.student] if fitted.student is not None else fitted.members}
    if "ensemble" in model_systems(cfg):
        systems["ensemble"] = fitted.members
    systems.update({f"member_{k + 1}": [m] for k, m in enumerate(fitted.members)})
    return systems


def _with_lexical_weight(clf, weight: float):
    """The same fitted network and lexical component, mixed at another weight (shares both, read-only)."""
    out = copy.copy(clf)
    out.settings = dataclasses.replace(clf.settings, lexical_weight=weight)
    out._lock = threading.Lock()
    return out


def _fold_key(cfg: RunConfig, fold: Fold, foreign_dev, n_bank: int, interpolations: tuple[float, ...] = (),
              lexical_weights: tuple[float, ...] = ()) -> str:
    parts = {"config": cfg.to_dict(), "train": fold.train_ids, "held": fold.held_ids,
             "contrast": fold.held_contrast_ids, "foreign_dev": str(foreign_dev or ""), "bank": n_bank}
    if interpolations:  # absent otherwise, so folds finished before the option existed are still reused
        parts["interpolations"] = list(interpolations)
    if lexical_weights:
        parts["lexical_weights"] = list(lexical_weights)
    blob = json.dumps(parts, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _system_probs(fitted: dict[str, list], examples, batch_size: int) -> dict[str, np.ndarray]:
    """Each system's mean probability on `examples`; a model shared by several systems (an ensemble member)
    is run once."""
    by_model: dict[int, np.ndarray] = {}
    out = {}
    for system, models in fitted.items():
        for m in models:
            if id(m) not in by_model:
                by_model[id(m)] = m.predict_proba(examples, batch_size)
        out[system] = sum(by_model[id(m)] for m in models) / len(models)
    return out


def _run_fold(cfg, corpus, fold, bank, foreign, targets, names, progress, interpolations=(),
              lexical_weights=()) -> dict:
    """Train and score one fold; a JSON-ready record (kept under folds/ so an interrupted run resumes)."""
    fold_ex = corpus_examples(cfg, corpus, fold.train_ids)
    train_ex = repeat_contrast(fold_ex, corpus, cfg.data.contrast_repeat) + bank
    held_ex = corpus_examples(cfg, corpus, fold.held_ids + fold.held_contrast_ids)
    fitted = _fit_systems(cfg, train_ex, targets, progress, interpolations, lexical_weights)
    batch = cfg.train.eval_batch_size
    probs = _system_probs(fitted, held_ex, batch)
    preds = {s: {t: [LABELS[int(p.argmax())] for p in probs[s][:, i]] for i, t in enumerate(names)} for s in probs}
    preds.update(_baseline_preds(fold_ex + bank, held_ex, names, cfg.train.seed))  # baselines: each statement once
    originals = [i for i, ex in enumerate(held_ex) if not corpus.contrast_of(ex.group)]
    gold = {t: [held_ex[i].labels[t] for i in originals] for t in names}
    fold_report = {"fold": fold.name, "train_examples": len(train_ex), "held_statements": len(originals)}
    for system in preds:
        fold_report[system] = _scores(gold, {t: [preds[system][t][i] for i in originals] for t in names})
    if foreign:
        f_probs = _system_probs(fitted, foreign, batch)
        f_preds = {s: {t: [LABELS[int(p.argmax())] for p in f_probs[s][:, i]] for i, t in enumerate(names)}
                   for s in f_probs}
        f_preds.update(_baseline_preds(train_ex, foreign, names, cfg.train.seed))
        f_gold = {t: [ex.labels[t] for ex in foreign] for t in names}
        fold_report["foreign_dev"] = {s: _scores(f_gold, f_preds[s]) for s in f_preds}
    rows = []
    for i, ex in enumerate(held_ex):
        row = {"fold": fold.name, "article_id": ex.group, "text": ex.text, "side": ex.side,
               **{f"gold_{t}": ex.labels[t] for t in names},
               **{f"pred_{t}": preds["model"][t][i] for t in names},
               **{f"p_{t}": [round(float(x), 4) for x in probs["model"][i, j]] for j, t in enumerate(names)}}
        others = [s for s in fitted if s != "model"]
        if others:
            row["pred_by_system"] = {s: {t: preds[s][t][i] for t in names} for s in others}
        rows.append(row)
    return {"report": fold_report, "rows": rows, "originals": originals,
            "preds": {s: {t: [preds[s][t][i] for i in originals] for t in names} for s in preds},
            "gold": gold}


def run_cv(cfg: RunConfig, *, foreign_dev: str | Path | None = None, only: list[str] | None = None,
           groups: int = 0, out_dir: str | Path = "reports", progress: bool = True, resume: bool = True,
           always_train: list[str] | None = None, interpolations: list[float] | None = None,
           lexical_weights: list[float] | None = None) -> dict:
    """Writer cross-validation of the design in `cfg`; writes reports/cv-<name>/ and returns the report.

    `interpolations` (shares in [0, 1)) also score each fold's model moved back part of the way to
    where its fine-tuning began (`pipeline.classify.interpolation`), as systems `wise_<share>`: one
    training per fold gives the whole curve. `lexical_weights` likewise score the same fold models with
    the lexical component mixed at other weights (systems `lexical_<weight>`; 0 = the network alone).

    Each finished fold is kept in reports/cv-<name>/folds/<fold>.json with a hash of everything it
    depends on (config, fold membership, outside set, bank size); with `resume` a rerun reuses the
    folds whose hash still matches, so an interrupted run loses at most the fold in progress.
    """
    started = time.time()
    if cfg.train.teacher:
        raise ValueError(f"train.teacher {cfg.train.teacher}: a teacher trained outside the folds has seen the held-out "
                         "writers; writer cross-validation refuses it (score a teacher's student on outside sets)")
    shares = tuple(interpolations or ())
    check_interpolations(cfg, shares)
    mixes = tuple(lexical_weights or ())
    check_lexical_weights(cfg, mixes)
    corpus = load_corpus(cfg.data.path)
    targets = list(cfg.targets)
    names = [t.name for t in targets]
    folds = writer_folds(corpus, use_contrast=cfg.data.contrast, only=only, groups=groups, always_train=always_train)
    if not folds:
        raise ValueError(f"{cfg.data.path}: no folds to evaluate (folds.json, --only {only})")
    empty = [f.name for f in folds if not f.train_ids]
    if empty:
        raise ValueError(f"fold(s) {empty} leave no training articles; use more folds (--groups)")
    bank = bank_examples(cfg.data.bank, names) if cfg.data.bank else []
    foreign = gold_folder_examples(cfg, foreign_dev) if foreign_dev else []
    pairs = contrast_pairs(corpus)
    folder = Path(out_dir) / f"cv-{cfg.name}"
    systems = model_systems(cfg, shares, mixes) + ["tfidf_lr", "majority"]
    results, reused = [], 0
    for k, fold in enumerate(folds, 1):
        key = _fold_key(cfg, fold, foreign_dev, len(bank), shares, mixes)
        cache = folder / "folds" / f"{fold.name}.json"
        if resume and cache.exists():
            saved = json.loads(cache.read_text(encoding="utf-8"))
            if saved.get("key") == key:
                results.append(saved)
                reused += 1
                if progress:
                    print(f"fold {k}/{len(folds)}: writer {fold.name}: reusing {cache}", flush=True)
                continue
        log.info("fold %d/%d: %s", k, len(folds), fold.name)
        if progress:
            print(f"fold {k}/{len(folds)}: writer {fold.name} held out "
                  f"({len(fold.held_ids)} articles; training on {len(fold.train_ids)} + {len(bank)} bank)", flush=True)
        fold_started = time.time()
        result = _run_fold(cfg, corpus, fold, bank, foreign, targets, names, progress, shares, mixes)
        result["key"] = key
        result["seconds"] = round(time.time() - fold_started, 1)
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps(result, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(cache)
        results.append(result)
    report = _summarise(cfg, results, pairs, names, systems, bool(foreign))
    report["always_train"] = list(always_train or [])
    report["seconds"] = round(time.time() - started, 1)
    report["seconds_training_folds"] = round(sum(r.get("seconds", 0.0) for r in results), 1)
    report["folds_reused"] = reused
    report["foreign_dev_path"] = str(foreign_dev) if foreign_dev else ""
    _write(report, [row for r in results for row in r["rows"]], folder)
    return report


def _summarise(cfg, results, pairs, names, systems, with_foreign) -> dict:
    per_fold = [r["report"] for r in results]
    rows = [row for r in results for row in r["rows"]]
    summary: dict = {"name": cfg.name, "design": cfg.model.design, "base": cfg.model.base,
                     "contrast_in_training": cfg.data.contrast, "contrast_repeat": cfg.data.contrast_repeat,
                     "bank": cfg.data.bank, "ensemble_size": cfg.train.ensemble, "distilled": cfg.train.distill, "systems": systems,
                     "folds": per_fold}
    for system in systems:
        summary[system] = {}
        for t in names:
            gold = [g for r in results for g in r["gold"][t]]
            pred = [p for r in results for p in r["preds"][system][t]]
            fold_f1 = [f[system][t]["macro_f1"] for f in per_fold]
            entry = {"macro_f1": _mean_sd(fold_f1),
                     "per_label_f1": {lab: _mean_sd([f[system][t]["f1"][lab] for f in per_fold]) for lab in LABELS},
                     "pooled_macro_f1": macro_f1(gold, pred)}
            if with_foreign:
                entry["foreign_dev_macro_f1"] = _mean_sd([f["foreign_dev"][system][t]["macro_f1"] for f in per_fold])
            summary[system][t] = entry
    summary["ece_uncalibrated_model"] = {}
    for t in names:
        held = [(row[f"p_{t}"], LABELS.index(row[f"gold_{t}"])) for r in results
                for row in (r["rows"][i] for i in r["originals"])]
        probs = np.array([p for p, _ in held]) if held else np.zeros((0, 3))
        summary["ece_uncalibrated_model"][t] = expected_calibration_error(probs, np.array([g for _, g in held]))
    summary["contrast_pairs"] = pair_accuracy(pairs, rows, "model", names)
    summary["contrast_pairs_by_system"] = {s: pair_accuracy(pairs, rows, s, names)
                                           for s in systems if s not in ("tfidf_lr", "majority")}
    members = [s for s in systems if s.startswith("member_")]
    if len(members) > 1:
        summary["member_mean"] = {t: {"macro_f1": float(np.mean([summary[m][t]["macro_f1"]["mean"] for m in members])),
                                      **({"foreign_dev_macro_f1": float(np.mean(
                                          [summary[m][t]["foreign_dev_macro_f1"]["mean"] for m in members]))}
                                         if with_foreign else {})}
                                  for t in names}
        summary["member_mean"]["contrast_pairs"] = float(np.mean(
            [summary["contrast_pairs_by_system"][m]["accuracy"] or 0.0 for m in members]))
    return summary


def _fmt(entry: dict) -> str:
    return f"{entry['mean']:.3f} ± {entry['sd']:.3f}"


def to_markdown(report: dict) -> str:
    """The CV report as markdown: summary table, per-fold table, contrast pairs."""
    names = [t for t in report["model"]]
    lines = [f"# Writer cross-validation: {report['name']}", "",
             f"Design `{report['design']}` on `{report['base']}`; contrast articles in training: "
             f"{report['contrast_in_training']}"
             + (f" (each seen {report['contrast_repeat']} times per epoch)" if report.get("contrast_repeat", 1) > 1 else "")
             + f"; statement bank: `{report['bank'] or 'none'}`. "
             f"{len(report['folds'])} folds (whole writers; `+` joins writers grouped into one fold), test split excluded; "
             f"{report.get('seconds_training_folds', report['seconds'])} s of fold training"
             + (f"; ensemble of {report['ensemble_size']} seeds" if report.get("ensemble_size", 1) > 1 else "")
             + ("; `model` is a student distilled from it" if report.get("distilled") else "")
             + (f"; writers {', '.join(report['always_train'])} train in every fold and are never held out"
                if report.get("always_train") else "") + ".", "",
             "| system | target | writer-CV macro-F1 (mean ± sd) | pooled | F1 favor | F1 against | F1 none |"
             + (" foreign-dev macro-F1 |" if report["foreign_dev_path"] else ""),
             "|---|---|---|---|---|---|---|" + ("---|" if report["foreign_dev_path"] else "")]
    for system in report.get("systems", ["model", *BASELINES]):
        for t in names:
            e = report[system][t]
            row = (f"| {system} | {t} | {_fmt(e['macro_f1'])} | {e['pooled_macro_f1']:.3f} | "
                   + " | ".join(f"{e['per_label_f1'][lab]['mean']:.3f}" for lab in LABELS) + " |")
            if report["foreign_dev_path"]:
                row += f" {_fmt(e['foreign_dev_macro_f1'])} |"
            lines.append(row)
    cp = report["contrast_pairs"]
    lines += ["", f"Contrast-pair accuracy (both members right on the edited target): "
              + (f"{cp['accuracy']:.3f} ({cp['both_right']}/{cp['pairs']})" if cp["pairs"] else "no pairs")]
    by_system = {s: v for s, v in report.get("contrast_pairs_by_system", {}).items() if s != "model"}
    if by_system and cp["pairs"]:
        lines += ["", "Contrast pairs by system: " + ", ".join(
            f"{s} {v['accuracy']:.3f} ({v['both_right']}/{v['pairs']})" for s, v in by_system.items())]
    if "member_mean" in report:
        mm = report["member_mean"]
        lines += ["", "Ensemble members, mean of their writer-CV macro-F1: " + ", ".join(
            f"{t} {mm[t]['macro_f1']:.3f}" + (f" (foreign-dev {mm[t]['foreign_dev_macro_f1']:.3f})"
                                              if "foreign_dev_macro_f1" in mm[t] else "")
            for t in names) + f"; contrast pairs {mm['contrast_pairs']:.3f}"]
    lines += [
              "", "ECE of the uncalibrated model on held-out writers (15 bins): "
              + ", ".join(f"{t} {v:.3f}" for t, v in report["ece_uncalibrated_model"].items()),
              "", "## Per fold (macro-F1: model / TF-IDF + LR / majority)", "",
              "| held-out writer | statements | " + " | ".join(names) + " |",
              "|---|---|" + "---|" * len(names)]
    for f in report["folds"]:
        lines.append(f"| {f['fold']} | {f['held_statements']} | " + " | ".join(
            f"{f['model'][t]['macro_f1']:.3f} / {f['tfidf_lr'][t]['macro_f1']:.3f} / {f['majority'][t]['macro_f1']:.3f}"
            for t in names) + " |")
    return "\n".join(lines) + "\n"


def _write(report: dict, held_rows: list[dict], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cv.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    (folder / "README.md").write_text(to_markdown(report), encoding="utf-8")
    with (folder / "held_out_predictions.jsonl").open("w", encoding="utf-8") as fh:
        for row in held_rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
