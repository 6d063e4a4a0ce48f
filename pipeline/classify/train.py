"""Fine-tuning a stance classifier from a `RunConfig`, ending in a self-describing run folder.

The trainer reads train and dev examples through `pipeline.classify.examples`, tokenises them with the
`datasets` library, weighs labels against imbalance, keeps the epoch with the best dev macro-F1
(mean over targets) and stops after `train.patience` epochs without a gain. The run folder
`<output_dir>/<name>/` receives the model (see `pipeline.classify.model`), the resolved config, metrics,
the data fingerprint and a model card. Not here: test-set evaluation (`pipeline.evaluate.stance`).
"""
from __future__ import annotations

import dataclasses
import functools
import json
import logging
import math
import os
import random
import time
from contextlib import nullcontext
from pathlib import Path

import numpy as np
import torch
import yaml

from pipeline.config import RunConfig
from pipeline.classify.batching import length_grouped_batches
from pipeline.classify.cached_top import LowerStateCache, TopStack, check_cache_lower, uses_cached_lower
from pipeline.classify.examples import StatementExample, fingerprint, label_counts, load_examples
from pipeline.evaluate.metrics import accuracy, macro_f1
from pipeline.classify.frozen import fit_head, head_dev_scores, pooled_features, uses_frozen_encoder
from pipeline.classify.interpolation import interpolate_, snapshot
from pipeline.classify.model import StanceClassifier, trainable_names
from pipeline.schema import LABELS

log = logging.getLogger(__name__)


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def set_threads(threads: int) -> None:
    torch.set_num_threads(threads if threads > 0 else max(1, os.cpu_count() or 1))


def class_weights(examples: list[StatementExample], targets: list[str]) -> torch.Tensor:
    """Inverse-frequency weights [targets, 3], normalised to mean 1 over the labels present."""
    w = torch.ones(len(targets), 3)
    for t, name in enumerate(targets):
        counts = label_counts(examples, name)
        total = sum(counts.values())
        present = [lab for lab in LABELS if counts[lab]]
        for j, lab in enumerate(LABELS):
            w[t, j] = total / (len(present) * counts[lab]) if counts[lab] else 0.0
    return w


def _rows(clf: StanceClassifier, examples: list[StatementExample], soft: np.ndarray | None = None) -> list[dict]:
    """One training row per (example, target) for `cross`, per example for `heads` (-100 = no label).

    `soft` ([examples, targets, 3], optional) are teacher probabilities for distillation; a row
    then carries its soft target(s) too.
    """
    index = {lab: i for i, lab in enumerate(LABELS)}
    rows = []
    for i, ex in enumerate(examples):
        if clf.settings.design == "cross":
            for t, name in enumerate(clf.target_names):
                if name in ex.labels:
                    first, second = clf.pair_inputs(ex, t)
                    row = {"first": first, "second": second or "", "target": t, "labels": [index[ex.labels[name]]]}
                    if soft is not None:
                        row["soft"] = [soft[i, t].tolist()]
                    rows.append(row)
        else:
            first, _ = clf.pair_inputs(ex, 0)
            row = {"first": first, "second": "", "target": -1,
                   "labels": [index[ex.labels[n]] if n in ex.labels else -100 for n in clf.target_names]}
            if soft is not None:
                row["soft"] = soft[i].tolist()
            rows.append(row)
    return rows


def _dataset(clf: StanceClassifier, examples: list[StatementExample], soft: np.ndarray | None = None):
    from datasets import Dataset

    ds = Dataset.from_list(_rows(clf, examples, soft))

    def encode(batch):
        if clf.settings.design == "cross":
            return clf.tokenizer(batch["first"], batch["second"], truncation="only_second",
                                 max_length=clf.settings.max_length)
        return clf.tokenizer(batch["first"], truncation=True, max_length=clf.settings.max_length)

    return ds.map(encode, batched=True, batch_size=256, desc="tokenize")


def _collate(rows: list[dict], pad_id: int) -> dict[str, torch.Tensor]:
    width = max(len(r["input_ids"]) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    types = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        n = len(r["input_ids"])
        ids[i, :n] = torch.tensor(r["input_ids"])
        if "token_type_ids" in r:  # absent for tokenizers without segment ids (MPNet); zeros then
            types[i, :n] = torch.tensor(r["token_type_ids"])
        mask[i, :n] = 1
    batch = {"input_ids": ids, "token_type_ids": types, "attention_mask": mask,
             "labels": torch.tensor([r["labels"] for r in rows]), "target": torch.tensor([r["target"] for r in rows])}
    if "soft" in rows[0]:
        batch["soft"] = torch.tensor([r["soft"] for r in rows], dtype=torch.float32)
    return batch


def _soft_loss(logits: torch.Tensor, soft: torch.Tensor, temperature: float) -> torch.Tensor:
    """KL(teacher || student) at `temperature`, times temperature² (Hinton et al.), mean over rows and targets.

    `soft` holds teacher distributions already softened at the same temperature.
    """
    log_student = torch.nn.functional.log_softmax(logits.reshape(-1, 3) / temperature, dim=-1)
    teacher = soft.reshape(-1, 3)
    kl = (teacher * (teacher.clamp(min=1e-8).log() - log_student)).sum(-1)
    return kl.mean() * temperature ** 2


def _loss(logits: torch.Tensor, batch: dict, weights: torch.Tensor, design: str,
          distill: tuple[float, float] | None = None, smoothing: float = 0.0) -> torch.Tensor:
    """Class-weighted cross-entropy on the gold labels (with `smoothing` > 0 each gold label keeps
    1 - smoothing of its mass and the rest is spread over the three labels); with `distill` =
    (weight, temperature) and soft targets in the batch, (1 - weight) * that + weight * the soft-target loss."""
    hard = _hard_loss(logits, batch, weights, design, smoothing)
    if distill is None or "soft" not in batch:
        return hard
    weight, temperature = distill
    return (1 - weight) * hard + weight * _soft_loss(logits, batch["soft"], temperature)


def _smoothed_loss(cfg: RunConfig):
    """The loss with the config's label smoothing, for the head-only stages (frozen design, LP-FT probe)."""
    return functools.partial(_loss, smoothing=cfg.train.label_smoothing)


def _hard_loss(logits: torch.Tensor, batch: dict, weights: torch.Tensor, design: str,
               smoothing: float = 0.0) -> torch.Tensor:
    if design == "cross":
        labels = batch["labels"][:, 0]
        w = weights[batch["target"], labels]
        ce = torch.nn.functional.cross_entropy(logits, labels, reduction="none", label_smoothing=smoothing)
        return (ce * w).sum() / w.sum().clamp(min=1e-8)
    labels = batch["labels"]  # [B, T]
    valid = labels >= 0
    safe = labels.clamp(min=0)
    t_index = torch.arange(labels.shape[1], device=labels.device).expand_as(labels)
    w = weights[t_index, safe] * valid
    ce = torch.nn.functional.cross_entropy(logits.reshape(-1, 3), safe.reshape(-1), reduction="none",
                                           label_smoothing=smoothing).view_as(w)
    return (ce * w).sum() / w.sum().clamp(min=1e-8)


def score(clf: StanceClassifier, examples: list[StatementExample], batch_size: int = 64,
          targets: list | None = None) -> dict[str, dict[str, float]]:
    """Accuracy and macro-F1 per target on labelled examples, plus their mean macro-F1.

    `targets` are the split's own targets (a benchmark's dev claims may be unseen in training).
    """
    targets = targets if targets is not None and clf.settings.design == "cross" else clf.targets
    probs = clf.predict_proba(examples, batch_size, targets=targets, labelled_only=True)
    out: dict[str, dict[str, float]] = {}
    for t, name in enumerate(t.name for t in targets):
        idx = [i for i, ex in enumerate(examples) if name in ex.labels]
        if not idx:
            continue
        gold = [examples[i].labels[name] for i in idx]
        pred = [LABELS[int(probs[i, t].argmax())] for i in idx]
        out[name] = {"accuracy": accuracy(gold, pred), "macro_f1": macro_f1(gold, pred), "n": len(idx)}
    out["mean"] = {"macro_f1": float(np.mean([v["macro_f1"] for v in out.values()]))}
    return out


def fit(cfg: RunConfig, train_ex: list[StatementExample], targets: list, dev_ex: list[StatementExample] | None = None,
        dev_targets: list | None = None, *, progress: bool = True, device: str = "auto",
        soft: np.ndarray | None = None, seed: int | None = None) -> tuple[StanceClassifier, list[dict], int]:
    """Fine-tune a fresh classifier in memory; returns it with the epoch history and the best epoch.

    Training runs in float32 on `device` (auto: CUDA, then MPS, then CPU); dev scoring uses the
    device's inference settings (fp16 autocast on CUDA).

    With `dev_ex` the epoch with the best dev macro-F1 is kept and training stops after
    `train.patience` epochs without a gain; without it (writer cross-validation) all epochs run
    and the last one is kept.

    `soft` ([train examples, targets, 3]) are teacher probabilities softened at
    `train.distill_temperature` (`pipeline.classify.ensemble.soft_targets`): the student then learns
    from them with weight `train.distill_weight`. `seed` overrides `train.seed` (ensemble members).
    `train.init_seed` >= 0 seeds the new weights' initialisation alone: runs that share it start from the same
    point and differ only in batch order and dropout (`train.seed`), the members a weight average needs.

    With `model.lexical_weight` a TF-IDF + LR component (`pipeline.classify.lexical`) is fitted on the
    same `train_ex` after the network and mixed into its predictions; the epoch is still chosen on the
    network's own dev score, and the kept epoch's record gets the mixed dev score as `dev_mixed`.
    """
    seed = cfg.train.seed if seed is None else seed
    clf, history, best_epoch = _fit_network(cfg, train_ex, targets, dev_ex, dev_targets, progress=progress,
                                            device=device, soft=soft, seed=seed)
    if cfg.model.lexical_weight:
        from pipeline.classify.lexical import LexicalModel

        clf.lexical = LexicalModel.fit(train_ex, clf.target_names, seed=seed, balanced=cfg.train.class_weights)
        if dev_ex and best_epoch:
            history[best_epoch - 1]["dev_mixed"] = score(clf, dev_ex, cfg.train.eval_batch_size, dev_targets)
    return clf, history, best_epoch


def _autocast(cfg: RunConfig, clf: StanceClassifier):
    """bfloat16 autocast of the forward pass with `train.precision: bf16` (weights and optimizer stay float32)."""
    if cfg.train.precision != "bf16":
        return nullcontext()
    return torch.autocast(device_type=clf.device.type, dtype=torch.bfloat16)


def _fit_network(cfg: RunConfig, train_ex: list[StatementExample], targets: list, dev_ex, dev_targets, *,
                 progress: bool, device: str, soft: np.ndarray | None, seed: int):
    """The network part of `fit`: epochs, dev selection, best state restored."""
    from tqdm.auto import tqdm

    init = seed if cfg.train.init_seed < 0 else cfg.train.init_seed
    set_seed(init)
    set_threads(cfg.train.threads)
    clf = StanceClassifier.from_base(cfg.model, targets, seed=init, context_chars=cfg.data.context_chars)
    if init != seed:  # runs that share train.init_seed start from the same weights (members of one `stance soup`)
        set_seed(seed)  # ... and differ in batch order and dropout
    clf.to(device)
    names = set(trainable_names(clf.network, cfg.model))
    for n, p in clf.network.named_parameters():
        p.requires_grad = n in names
    params = [p for p in clf.network.parameters() if p.requires_grad]
    weights = class_weights(train_ex, clf.target_names) if cfg.train.class_weights else torch.ones(len(targets), 3)
    weights = weights.to(clf.device)
    if soft is not None and len(soft) != len(train_ex):
        raise ValueError(f"soft targets for {len(soft)} examples, but {len(train_ex)} training examples")
    ds = _dataset(clf, train_ex, soft)
    plain = None  # the same rows without the camp prefix, for train.side_dropout
    if cfg.train.side_dropout and cfg.model.use_side:
        if uses_frozen_encoder(cfg.model):
            raise ValueError("train.side_dropout needs a fine-tuned encoder (model.train_layers > 0)")
        plain = _dataset(clf, [dataclasses.replace(ex, side="") for ex in train_ex], soft)
    if uses_frozen_encoder(cfg.model):
        if soft is not None:
            raise ValueError("distillation needs a fine-tuned encoder (model.train_layers > 0)")
        return _fit_frozen(cfg, clf, ds, weights, dev_ex, progress)
    if cfg.train.probe_epochs:
        _linear_probe(cfg, clf, ds, weights, seed, progress)
    layers = clf.network.encoder.config.num_hidden_layers
    check_cache_lower(cfg.model, cfg.train, layers)
    cache = top = None  # train.cache_lower: the frozen layers run once per row, the epochs only the trained ones
    if uses_cached_lower(cfg.model, cfg.train, layers):
        cache, top = LowerStateCache(clf, cfg.model.train_layers), TopStack(clf.network, cfg.model.train_layers)
        for rows in (ds, plain) if plain is not None else (ds,):
            with _autocast(cfg, clf):
                cache.fill(rows, _collate, cfg.train.eval_batch_size, progress)
    start = snapshot(clf.network)  # where fine-tuning begins (train.interpolate goes part of the way back)
    distill = (cfg.train.distill_weight, cfg.train.distill_temperature) if soft is not None else None
    pad_id = clf.tokenizer.pad_token_id or 0
    steps_per_epoch = math.ceil(len(ds) / cfg.train.batch_size)
    total = steps_per_epoch * cfg.train.epochs
    if cfg.train.max_steps:
        total = min(total, cfg.train.max_steps)
    opt = torch.optim.AdamW(params, lr=cfg.train.lr, weight_decay=cfg.train.weight_decay)
    warm = int(total * cfg.train.warmup_ratio)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / max(1, warm) if s < warm else max(0.0, (total - s) / max(1, total - warm)))
    best, best_state, best_epoch, stale, step, history = -1.0, None, 0, 0, 0, []
    rng = np.random.default_rng(seed)
    drop_rng = np.random.default_rng(seed + 7919)  # its own stream: the batch order stays that of a run without it
    lengths = np.array([len(ids) for ids in ds["input_ids"]]) if cfg.train.group_by_length else None
    for epoch in range(1, cfg.train.epochs + 1):
        clf.network.train()
        order = rng.permutation(len(ds))
        if lengths is None:
            batches = [order[b:b + cfg.train.batch_size] for b in range(0, len(order), cfg.train.batch_size)]
        else:
            batches = length_grouped_batches(order, lengths, cfg.train.batch_size, cfg.train.group_by_length, rng)
        bar = tqdm(batches, desc=f"epoch {epoch}/{cfg.train.epochs}", unit="batch", disable=not progress)
        running = 0.0
        for k, idx in enumerate(bar, 1):
            if plain is None:
                rows = [ds[int(i)] for i in idx]
            else:
                drop = drop_rng.random(len(idx)) < cfg.train.side_dropout
                rows = [plain[int(i)] if d else ds[int(i)] for i, d in zip(idx, drop)]
            batch = _collate(rows, pad_id)
            batch = {k: v.to(clf.device) for k, v in batch.items()}
            with _autocast(cfg, clf):
                if cache is None:
                    logits = clf.network(batch["input_ids"], batch["attention_mask"], batch["token_type_ids"])
                else:
                    logits = top(*cache.batch(rows))
            loss = _loss(logits.float(), batch, weights, cfg.model.design, distill, cfg.train.label_smoothing)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            running += loss.item()
            bar.set_postfix(loss=f"{running / k:.3f}")
            if cfg.train.max_steps and step >= cfg.train.max_steps:
                break
        record = {"epoch": epoch, "train_loss": running / max(1, k)}
        if dev_ex:
            dev = score(clf, dev_ex, cfg.train.eval_batch_size, dev_targets)
            record["dev"] = dev
            msg = " ".join(f"{n}={v['macro_f1']:.3f}" for n, v in dev.items())
            (bar.write if progress else log.info)(f"epoch {epoch}: loss {record['train_loss']:.3f} dev macro-F1 {msg}")
        history.append(record)
        if not dev_ex:
            best_epoch = epoch
        elif dev["mean"]["macro_f1"] > best:
            best, best_epoch, stale = dev["mean"]["macro_f1"], epoch, 0
            best_state = {n: p.detach().clone() for n, p in clf.network.named_parameters() if p.requires_grad}
        else:
            stale += 1
            if stale >= cfg.train.patience:
                break
        if cfg.train.max_steps and step >= cfg.train.max_steps:
            break
    if best_state is not None:
        with torch.no_grad():
            for n, p in clf.network.named_parameters():
                if n in best_state:
                    p.copy_(best_state[n])
    if cfg.train.interpolate < 1:
        interpolate_(clf.network, start, cfg.train.interpolate)
    clf.finetune_start = start  # lets writer-CV score other shares of the change (interpolation.interpolated)
    clf.network.eval()
    return clf, history, best_epoch


def _linear_probe(cfg: RunConfig, clf: StanceClassifier, ds, weights: torch.Tensor, seed: int,
                  progress: bool) -> None:
    """LP-FT's first stage: fit the head alone on the frozen encoder's pooled output (cached), so that
    fine-tuning starts from a head that already fits the pretrained features and distorts them less
    (Kumar et al. 2022, "Fine-tuning can distort pretrained features")."""
    probe_cfg = dataclasses.replace(cfg, train=dataclasses.replace(
        cfg.train, epochs=cfg.train.probe_epochs, lr=cfg.train.probe_lr, seed=seed))
    feats = pooled_features(clf, ds, cfg.train.eval_batch_size, _collate, progress, desc="encode for the probe")
    labels = torch.tensor([r["labels"] for r in ds], device=clf.device)
    targets = torch.tensor([r["target"] for r in ds], device=clf.device)
    fit_head(clf, probe_cfg, feats, labels, targets, weights, _smoothed_loss(cfg), None, None, progress)


def calibrate(clf: StanceClassifier, examples: list[StatementExample], batch_size: int = 64) -> dict:
    """Fit one temperature per target on labelled `examples` (dev) and store it in `clf.temperatures`.

    Returns per target the temperature and the dev NLL before/after (the ECE on held-out data is
    reported by `stance evaluate`, not here, since these examples chose the temperature).
    """
    from pipeline.classify.calibration import fit_temperature, nll, scale

    raw = clf.predict_proba(examples, batch_size, labelled_only=True, calibrated=False)
    out = {}
    for t, name in enumerate(clf.target_names):
        idx = [i for i, ex in enumerate(examples) if name in ex.labels]
        if not idx:
            continue
        gold = np.array([LABELS.index(examples[i].labels[name]) for i in idx])
        probs = raw[idx, t]
        temp = fit_temperature(probs, gold)
        clf.temperatures[name] = round(temp, 4)
        out[name] = {"temperature": round(temp, 4), "nll_before": round(nll(probs, gold), 4),
                     "nll_after": round(nll(scale(probs, temp), gold), 4), "n": len(idx)}
    return out


def _fit_frozen(cfg: RunConfig, clf: StanceClassifier, ds, weights: torch.Tensor,
                dev_ex: list[StatementExample] | None, progress: bool) -> tuple[StanceClassifier, list[dict], int]:
    """Head-only training over cached encodings (see `pipeline.classify.frozen`)."""
    batch = cfg.train.eval_batch_size
    feats = pooled_features(clf, ds, batch, _collate, progress)
    labels = torch.tensor([r["labels"] for r in ds], device=clf.device)
    targets = torch.tensor([r["target"] for r in ds], device=clf.device)
    dev = None
    if dev_ex:
        dev_ds = _dataset(clf, dev_ex)
        dev_feats = pooled_features(clf, dev_ds, batch, _collate, progress, desc="encode dev")
        dev = (dev_feats, [{"labels": r["labels"], "target": r["target"]} for r in dev_ds])
    history, best_epoch = fit_head(clf, cfg, feats, labels, targets, weights, _smoothed_loss(cfg), dev,
                                   lambda d: head_dev_scores(clf, d[0], d[1], macro_f1), progress)
    clf.network.eval()
    return clf, history, best_epoch


def teacher_targets(cfg: RunConfig, train_ex: list[StatementExample], targets: list, *, device: str = "auto",
                    progress: bool = True) -> tuple[np.ndarray, dict]:
    """Soft targets from `train.teacher` (a run folder) on this run's training examples, softened at
    `train.distill_temperature`, and what the metrics record about the teacher.

    The teacher's raw probabilities are used (not its temperature scaling); they include its lexical
    component if it has one. It must predict this run's targets, in this order. It runs at
    `train.teacher_precision` (auto: fp16 autocast on CUDA, float32 elsewhere; bf16 on CPUs with AMX).
    """
    from pipeline.classify.ensemble import soften
    from pipeline.classify.model import ModelLoadError

    folder = Path(cfg.train.teacher)
    teacher = StanceClassifier.load(folder)
    wanted = [t.name for t in targets]
    if teacher.target_names != wanted:
        raise ModelLoadError(f"train.teacher {folder}: predicts {teacher.target_names}, this run trains {wanted}")
    teacher.to(device, precision=cfg.train.teacher_precision)
    if progress:
        print(f"soft targets from the teacher {folder} (T={cfg.train.distill_temperature}, soft weight "
              f"{cfg.train.distill_weight})", flush=True)
    probs = teacher.predict_proba(train_ex, cfg.train.eval_batch_size, progress=progress, calibrated=False)
    meta = json.loads((folder / "metrics.json").read_text(encoding="utf-8")) if (folder / "metrics.json").exists() else {}
    info = {"teacher": str(folder), "teacher_base": teacher.settings.base, "teacher_dev": meta.get("dev", {}),
            "distill_weight": cfg.train.distill_weight, "distill_temperature": cfg.train.distill_temperature}
    return soften(probs, cfg.train.distill_temperature), info


def train(cfg: RunConfig, *, progress: bool = True, device: str = "auto") -> Path:
    """Run one training job on `device` (auto: CUDA, then MPS, then CPU); returns the run folder."""
    started = time.time()
    train_ex, targets = load_examples(cfg, cfg.data.train_split)
    dev_ex, dev_targets = load_examples(cfg, cfg.data.dev_split)
    ensemble_info = {}
    if cfg.train.ensemble > 1 or cfg.train.distill:
        if not cfg.train.distill:
            raise ValueError(f"train.ensemble: {cfg.train.ensemble} without train.distill: a run folder holds one "
                             "model; set train.distill: true to keep a student (`stance cv` scores bare ensembles)")
        from pipeline.classify.ensemble import fit_ensemble

        fitted = fit_ensemble(cfg, train_ex, targets, dev_ex, dev_targets, progress=progress, device=device)
        clf, history, best_epoch = fitted.kept, fitted.histories[-1], fitted.best_epochs[-1]
        ensemble_info = {"members": cfg.train.ensemble, "member_seeds": [cfg.train.seed + k for k in range(cfg.train.ensemble)],
                         "member_dev": [h[b - 1].get("dev", {}) if b else {} for h, b in
                                        zip(fitted.histories[:-1], fitted.best_epochs[:-1])],
                         "student_seed": cfg.train.seed + cfg.train.ensemble,
                         "distill_weight": cfg.train.distill_weight, "distill_temperature": cfg.train.distill_temperature}
    elif cfg.train.teacher:
        soft, ensemble_info = teacher_targets(cfg, train_ex, targets, device=device, progress=progress)
        clf, history, best_epoch = fit(cfg, train_ex, targets, dev_ex, dev_targets, progress=progress, device=device,
                                       soft=soft)
    else:
        clf, history, best_epoch = fit(cfg, train_ex, targets, dev_ex, dev_targets, progress=progress, device=device)
    params = [p for p in clf.network.parameters() if p.requires_grad]
    calibration = calibrate(clf, dev_ex, cfg.train.eval_batch_size)
    run_dir = Path(cfg.output_dir) / cfg.name
    clf.save(run_dir)
    (run_dir / "config.yaml").write_text(
        f"# resolved config of this run; repeat it with: stance train --config {run_dir}/config.yaml\n"
        + yaml.safe_dump(cfg.to_dict(), sort_keys=False), encoding="utf-8")
    n_total = sum(p.numel() for p in clf.network.parameters())
    n_trained = sum(p.numel() for p in params)
    metrics = {"best_epoch": best_epoch, "dev": history[best_epoch - 1]["dev"] if best_epoch else {},
               "history": history, "train_examples": len(train_ex), "dev_examples": len(dev_ex),
               "train_seconds": round(time.time() - started, 1), "parameters": n_total,
               "trained_parameters": n_trained, "weights_bytes": (run_dir / "model.safetensors").stat().st_size,
               "torch_threads": torch.get_num_threads(), "device": str(clf.device), "calibration_on_dev": calibration}
    if ensemble_info.get("teacher"):
        metrics["distilled_from_teacher"] = ensemble_info
    elif ensemble_info:
        metrics["distilled_from_ensemble"] = ensemble_info
    if clf.lexical is not None:
        metrics["dev_mixed"] = history[best_epoch - 1].get("dev_mixed", {}) if best_epoch else {}
        metrics["lexical_ngrams"] = len(clf.lexical.vocabulary)
        metrics["lexical_bytes"] = sum((run_dir / f).stat().st_size for f in ("lexical.safetensors", "lexical_vocab.json"))
    (run_dir / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    (run_dir / "data_fingerprint.json").write_text(json.dumps(
        {"train": fingerprint(train_ex), "dev": fingerprint(dev_ex), "data_path": cfg.data.path,
         "format": cfg.data.format, "train_examples": len(train_ex), "dev_examples": len(dev_ex)}, indent=2) + "\n",
        encoding="utf-8")
    from pipeline.classify.model_card import write_model_card

    write_model_card(run_dir, cfg, metrics, targets)
    return run_dir
