"""Training only the linear head over a frozen encoder, with the encoder's output computed once.

When `model.finetune: top` and `model.train_layers: 0`, nothing below the head learns, so every
statement's pooled encoding is the same in every epoch. We encode each training row once (no
dropout, no gradients) and run the epochs over the cached vectors: a 12-fold writer
cross-validation then costs one encoder pass per fold instead of one per epoch. The trained head
is saved like any `top` release (only `head.*`, over the sha256-verified base).
Not here: fine-tuning encoder layers (`pipeline.classify.train.fit`).
"""
from __future__ import annotations

import numpy as np
import torch

from pipeline.schema import LABELS


def uses_frozen_encoder(settings) -> bool:
    return settings.finetune == "top" and settings.train_layers == 0 and not settings.random_init


_CACHE: dict[tuple, torch.Tensor] = {}  # (base sha256, token ids, token types) -> pooled vector (CPU)
_CACHE_MAX = 200_000


@torch.inference_mode()
def pooled_features(clf, dataset, batch_size: int, collate, progress: bool, desc: str = "encode") -> torch.Tensor:
    """Mean-pooled encoder output [rows, hidden] of a tokenised dataset (as the network pools it).

    Vectors are kept in a per-process cache keyed by the verified base's sha256 and the token ids,
    so the folds of a cross-validation encode each statement once (not when `model.init_encoder` laid
    other weights over the base).
    """
    from tqdm.auto import tqdm

    feats = torch.zeros(len(dataset), clf.network.encoder.config.hidden_size, device=clf.device)
    keys = [(clf.base_sha256, tuple(r["input_ids"]), tuple(r.get("token_type_ids") or ())) for r in dataset]
    settings = clf.settings  # only the verified base's own output is cached
    cached = bool(clf.base_sha256) and not settings.init_encoder and not settings.random_init
    todo = []
    for i, key in enumerate(keys):
        if cached and key in _CACHE:
            feats[i] = _CACHE[key].to(clf.device)
        else:
            todo.append(i)
    pad_id = clf.tokenizer.pad_token_id or 0
    order = sorted(todo, key=lambda i: len(dataset[i]["input_ids"]))
    clf.network.eval()
    for b in tqdm(range(0, len(order), batch_size), desc=desc, unit="batch", disable=not progress):
        idx = order[b:b + batch_size]
        batch = {k: v.to(clf.device) for k, v in collate([dataset[i] for i in idx], pad_id).items()}
        hidden = clf.network.encoder(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                                     token_type_ids=batch["token_type_ids"]).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        feats[idx] = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
    if cached and len(_CACHE) + len(todo) <= _CACHE_MAX:
        for i in todo:
            _CACHE[keys[i]] = feats[i].detach().cpu().clone()
    return feats


def fit_head(clf, cfg, feats: torch.Tensor, labels: torch.Tensor, targets: torch.Tensor, weights: torch.Tensor,
             loss_fn, dev: tuple[torch.Tensor, list[dict]] | None, score_fn, progress: bool) -> tuple[list[dict], int]:
    """Train `clf.network.head` on cached features; keeps the best dev epoch when `dev` is given."""
    from tqdm.auto import tqdm

    head, drop = clf.network.head, clf.network.dropout
    opt = torch.optim.AdamW(head.parameters(), lr=cfg.train.lr, weight_decay=cfg.train.weight_decay)
    rng = np.random.default_rng(cfg.train.seed)
    history, best, best_state, best_epoch, stale = [], -1.0, None, 0, 0
    bar = tqdm(range(1, cfg.train.epochs + 1), desc="train head", unit="epoch", disable=not progress)
    for epoch in bar:
        head.train()
        order = torch.from_numpy(rng.permutation(len(feats)))
        running, steps = 0.0, 0
        for b in range(0, len(order), cfg.train.batch_size):
            idx = order[b:b + cfg.train.batch_size]
            logits = head(drop(feats[idx]))
            n_out = clf.network.n_outputs
            logits = logits.view(-1, n_out, 3) if n_out > 1 else logits
            loss = loss_fn(logits, {"labels": labels[idx], "target": targets[idx]}, weights, clf.settings.design)
            opt.zero_grad()
            loss.backward()
            opt.step()
            running, steps = running + loss.item(), steps + 1
        record = {"epoch": epoch, "train_loss": running / max(1, steps)}
        head.eval()
        if dev is not None:
            record["dev"] = score_fn(dev)
            bar.set_postfix(dev=f"{record['dev']['mean']['macro_f1']:.3f}")
        history.append(record)
        if dev is None:
            best_epoch = epoch
        elif record["dev"]["mean"]["macro_f1"] > best:
            best, best_epoch, stale = record["dev"]["mean"]["macro_f1"], epoch, 0
            best_state = {k: v.detach().clone() for k, v in head.state_dict().items()}
        else:
            stale += 1
            if stale >= cfg.train.patience:
                break
    if best_state is not None:
        head.load_state_dict(best_state)
    head.eval()
    return history, best_epoch


def head_dev_scores(clf, feats: torch.Tensor, rows: list[dict], metric) -> dict:
    """Macro-F1 per target (and their mean) of the head on cached dev features (`heads` and `cross`)."""
    with torch.no_grad():
        logits = clf.network.head(feats)
    n_out = clf.network.n_outputs
    pred = (logits.view(-1, n_out, 3) if n_out > 1 else logits.view(-1, 1, 3)).argmax(-1).cpu()
    out = {}
    for t, name in enumerate(clf.target_names):
        gold, guess = [], []
        for i, row in enumerate(rows):
            if clf.settings.design == "cross":
                if row["target"] == t:
                    gold.append(LABELS[row["labels"][0]])
                    guess.append(LABELS[int(pred[i, 0])])
            elif row["labels"][t] >= 0:
                gold.append(LABELS[row["labels"][t]])
                guess.append(LABELS[int(pred[i, t])])
        if gold:
            out[name] = {"macro_f1": metric(gold, guess), "n": len(gold)}
    out["mean"] = {"macro_f1": float(np.mean([v["macro_f1"] for v in out.values()])) if out else 0.0}
    return out
