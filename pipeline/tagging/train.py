"""Training the span tagger: B/I/O labels from gold statement spans, the top layers and head learn.

`fit_tagger(tagger, docs, ...)` takes (article text, [(start, end), ...] gold statement spans) pairs, cuts each
article into windows of the tagger's `window` tokens (stride `stride`), labels a span's first token B and its
other tokens I, and trains with AdamW (linear warm-up over 10 % of the planned steps, then linear decay), one
seed, on one torch thread by default. Only the top `train_layers` encoder layers and the head get gradients;
the rest stays the verified base, so a checkpoint holds those weights alone. A checkpoint is written after every
epoch (`<out>/epoch-N`), and no new epoch starts once `cpu_minutes` of CPU time are spent. Not here: which
articles to train on (`tools/span_tagger.py`), combining with the rules (`pipeline.tagging.merge`).
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Sequence

from pipeline.tagging.model import SpanTagger, trained_name

log = logging.getLogger(__name__)


def labels_for(offs: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> list[int]:
    """One label per token: 1 (B) for the first token of a span, 2 (I) for its others, 0 (O) elsewhere.

    >>> labels_for([(0, 2), (3, 5), (6, 9)], [(3, 9)])
    [0, 1, 2]
    """
    lab = [0] * len(offs)
    for s, e in spans:
        first = True
        for k, (a, b) in enumerate(offs):
            if b <= s or a >= e:
                continue
            lab[k] = 1 if first else 2
            first = False
    return lab


def windows_for(tagger: SpanTagger, docs: Sequence[tuple[str, Sequence[tuple[int, int]]]]):
    """Training windows: ([CLS] ids [SEP], [-100] labels [-100]) per window of every document."""
    tok = tagger.tokenizer
    window = int(tagger.meta["window"])
    out = []
    for text, spans in docs:
        ids, offs, starts = tagger.windows(text)
        lab = labels_for(offs, spans)
        for st in starts:
            w = slice(st, st + window)
            out.append(([tok.cls_token_id] + ids[w] + [tok.sep_token_id], [-100] + lab[w] + [-100]))
    return out


def fit_tagger(tagger: SpanTagger, docs: Sequence[tuple[str, Sequence[tuple[int, int]]]], out: str | Path, *,
               epochs: int = 6, lr: float = 1e-4, batch: int = 8, seed: int = 0, cpu_minutes: float = 24.0,
               threads: int = 1, max_steps: int = 0, precision: str = "fp32",
               info: dict | None = None) -> list[dict]:
    """Train in place; write `<out>/epoch-N` after every epoch; return the per-epoch log. `precision` bf16 runs the
    forward pass and the loss under bfloat16 autocast (weights and optimizer stay float32; ~2.5x faster on CPUs with
    AMX / AVX-512 BF16)."""
    import torch
    from tqdm.auto import tqdm

    if precision not in ("fp32", "bf16"):
        raise ValueError(f"fit_tagger: precision must be fp32 or bf16, got {precision!r}")
    if threads > 0:                              # 0: leave torch's thread count as it is
        torch.set_num_threads(threads)
    torch.manual_seed(seed)
    model, tok = tagger.model, tagger.tokenizer
    n_layers = model.config.num_hidden_layers
    for name, p in model.named_parameters():
        p.requires_grad = trained_name(name, n_layers, int(tagger.meta["train_layers"]))
    examples = windows_for(tagger, docs)
    log.info("%d windows from %d documents", len(examples), len(docs))
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps = epochs * ((len(examples) + batch - 1) // batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda i: min(1.0, (i + 1) / (0.1 * steps)) * max(0.0, 1 - i / steps))
    gen = torch.Generator().manual_seed(seed)
    cpu0, step, history = time.process_time(), 0, []
    for epoch in range(1, epochs + 1):
        model.train()
        order = torch.randperm(len(examples), generator=gen).tolist()
        total, nb = 0.0, 0
        for b in tqdm(range(0, len(order), batch), desc=f"tagger epoch {epoch}/{epochs}", unit="batch", leave=False):
            rows = [examples[i] for i in order[b:b + batch]]
            n = max(len(x) for x, _ in rows)
            inp = torch.tensor([x + [tok.pad_token_id] * (n - len(x)) for x, _ in rows])
            att = torch.tensor([[1] * len(x) + [0] * (n - len(x)) for x, _ in rows])
            lab = torch.tensor([y + [-100] * (n - len(y)) for _, y in rows])
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=precision == "bf16"):
                loss = model(input_ids=inp, attention_mask=att, labels=lab).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += loss.item()
            nb += 1
            step += 1
            if max_steps and step >= max_steps:
                break
        cpu = time.process_time() - cpu0
        history.append({"epoch": epoch, "mean_loss": round(total / max(1, nb), 4), "cpu_seconds": round(cpu, 1)})
        log.info("epoch %d: mean loss %.4f, cpu %.0f s", epoch, total / max(1, nb), cpu)
        model.eval()
        tagger.save_pretrained(Path(out) / f"epoch-{epoch}", **{
            **(info or {}), "epoch": epoch, "epochs_planned": epochs, "lr": lr, "batch": batch, "seed": seed,
            "windows": len(examples), "steps": step, "train_precision": precision, "log": list(history)})
        if (max_steps and step >= max_steps) or cpu > cpu_minutes * 60:
            break
    return history
