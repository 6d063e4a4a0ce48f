"""Fine-tuning the top encoder layers over lower-layer states computed once (`train.cache_lower`).

With `model.finetune: top` and `0 < model.train_layers < layers`, the layers below the trained ones
never change, so each training row's input to the first trained layer is the same in every epoch. We
compute it once per distinct row (no dropout, no gradients, kept in float16 on the CPU) and every
epoch runs only the trained layers over it: for a 12-layer encoder with its top 4 trained, an epoch
costs about a third of a full forward and backward pass, which brings an MPNet-base teacher within a
CPU budget. The result is an ordinary `top` model: inference and saving do not change, and the full
forward pass gives the same output as the split one (up to float16 rounding of the cached states).
Works for encoders whose layer stack is `encoder.encoder.layer` and whose `encoder.encoder` takes
`(hidden_states, attention_mask=...)` (BERT, MiniLM, MPNet).
Not here: the epoch loop (`pipeline.classify.train`), head-only training (`pipeline.classify.frozen`).
"""
from __future__ import annotations

import copy

import torch
from torch import nn


def uses_cached_lower(model_settings, train_settings, layers: int) -> bool:
    """True when `train.cache_lower` is on and some, but not all, encoder layers are trained."""
    return (bool(train_settings.cache_lower) and model_settings.finetune == "top" and not model_settings.random_init
            and 0 < model_settings.train_layers < layers)


def check_cache_lower(model_settings, train_settings, layers: int) -> None:
    """Refuse `train.cache_lower` where there is nothing below the trained layers to cache."""
    if train_settings.cache_lower and not uses_cached_lower(model_settings, train_settings, layers):
        raise ValueError(f"train.cache_lower needs model.finetune: top with 0 < model.train_layers < {layers} "
                         f"(got finetune {model_settings.finetune!r}, train_layers {model_settings.train_layers})")


def _mask(encoder, hidden: torch.Tensor, attention_mask: torch.Tensor):
    from transformers.masking_utils import create_bidirectional_mask

    return create_bidirectional_mask(config=encoder.config, inputs_embeds=hidden, attention_mask=attention_mask)


class TopStack(nn.Module):
    """The trained top `k` layers of `network`'s encoder + its pooling and head (parameters shared)."""

    def __init__(self, network, k: int):
        super().__init__()
        self.network = network
        stack = network.encoder.encoder
        self.first = len(stack.layer) - k
        self.top = copy.copy(stack)  # same modules (relative position bias included), fewer layers
        self.top._modules = dict(stack._modules)
        self.top.layer = nn.ModuleList(list(stack.layer)[self.first:])

    def forward(self, hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        out = self.top(hidden, attention_mask=_mask(self.network.encoder, hidden, attention_mask))[0]
        mask = attention_mask.unsqueeze(-1).to(out.dtype)
        pooled = (out * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        logits = self.network.head(self.network.dropout(pooled))
        n_out = self.network.n_outputs
        return logits.view(-1, n_out, 3) if n_out > 1 else logits


class LowerStateCache:
    """Each distinct row's input to the first trained layer, computed once (float16, CPU)."""

    def __init__(self, clf, k: int):
        self.clf, self.k = clf, k
        self.states: dict[tuple, torch.Tensor] = {}

    @staticmethod
    def key(row: dict) -> tuple:
        return tuple(row["input_ids"]), tuple(row.get("token_type_ids") or ())

    @torch.inference_mode()
    def fill(self, rows, collate, batch_size: int, progress: bool) -> None:
        """Encode every row of `rows` not cached yet, shortest first (little padding)."""
        from tqdm.auto import tqdm

        todo, seen = [], set()
        for i in range(len(rows)):
            key = self.key(rows[i])
            if key not in self.states and key not in seen:
                seen.add(key)
                todo.append(i)
        todo.sort(key=lambda i: len(rows[i]["input_ids"]))
        net = self.clf.network
        was_training = net.training
        net.eval()
        pad_id = self.clf.tokenizer.pad_token_id or 0
        first = net.encoder.config.num_hidden_layers - self.k
        for b in tqdm(range(0, len(todo), batch_size), desc=f"encode layers 1-{first} once", unit="batch",
                      disable=not progress):
            idx = todo[b:b + batch_size]
            batch = collate([rows[i] for i in idx], pad_id)
            out = net.encoder(input_ids=batch["input_ids"].to(self.clf.device),
                              attention_mask=batch["attention_mask"].to(self.clf.device),
                              token_type_ids=batch["token_type_ids"].to(self.clf.device), output_hidden_states=True)
            hidden = out.hidden_states[first]  # the input of layer `first` (0 = the embeddings)
            for j, i in enumerate(idx):
                n = len(rows[i]["input_ids"])
                self.states[self.key(rows[i])] = hidden[j, :n].to("cpu", torch.float16).clone()
        net.train(was_training)

    def batch(self, rows: list[dict]) -> tuple[torch.Tensor, torch.Tensor]:
        """Padded float32 states [rows, width, hidden] and the attention mask [rows, width] of `rows`."""
        states = [self.states[self.key(r)] for r in rows]
        width = max(s.shape[0] for s in states)
        hidden = torch.zeros(len(states), width, states[0].shape[1], dtype=torch.float32)
        mask = torch.zeros(len(states), width, dtype=torch.long)
        for i, s in enumerate(states):
            hidden[i, :s.shape[0]] = s.float()
            mask[i, :s.shape[0]] = 1
        return hidden.to(self.clf.device), mask.to(self.clf.device)
