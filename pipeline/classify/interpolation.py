"""Weight-space interpolation between where fine-tuning began and where it ended (WiSE-FT).

Fine-tuning moves the encoder away from its pretrained features; on text unlike the training data a
point part of the way back often predicts better than either end (Wortsman et al. 2022, "Robust
fine-tuning of zero-shot models"). `train.interpolate: a` keeps `a` of each trained tensor's change:
w = start + a * (end - start). With `train.probe_epochs` (LP-FT, Kumar et al. 2022) the start is the
pretrained encoder with a head already fitted to it, so both ends are working classifiers.
The start is recorded by the training loop (`pipeline.classify.train`); a model loaded from disk has
no start and cannot be interpolated. Not here: choosing `a` (writer-CV: `stance cv --interpolate`).
"""
from __future__ import annotations

import copy
import threading

import torch


def snapshot(network: torch.nn.Module) -> dict[str, torch.Tensor]:
    """Copies of the tensors training will update (those with requires_grad), by parameter name."""
    return {n: p.detach().clone() for n, p in network.named_parameters() if p.requires_grad}


@torch.no_grad()
def interpolate_(network: torch.nn.Module, start: dict[str, torch.Tensor], share: float) -> None:
    """In place: every parameter named in `start` becomes start + share * (current - start)."""
    if not 0 <= share <= 1:
        raise ValueError(f"interpolation share must be in [0, 1], got {share}")
    params = dict(network.named_parameters())
    missing = sorted(set(start) - set(params))
    if missing:
        raise ValueError(f"the start weights name {missing[0]!r}, which this network does not have")
    for name, begin in start.items():
        p = params[name]
        p.copy_(begin.to(p.device, p.dtype) + share * (p - begin.to(p.device, p.dtype)))


def interpolated(clf, share: float):
    """A copy of a freshly trained classifier with its weights moved back to `share` of their change.

    The copy shares the tokenizer and the lexical component (read-only) and owns its network.
    """
    start = getattr(clf, "finetune_start", None)
    if start is None:
        raise ValueError("this classifier has no recorded start weights (only a model trained in this process has)")
    out = copy.copy(clf)
    out.network = copy.deepcopy(clf.network)
    out.temperatures = dict(clf.temperatures)
    out.finetune_start = None
    out._lock = threading.Lock()
    interpolate_(out.network, start, share)
    return out
