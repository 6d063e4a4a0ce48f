"""The stance classifier: a BERT-like encoder with a 3-way head, saved as a self-describing folder.

Two designs share this code (`model.design`):
- `cross`: the target's description and the statement are encoded together, one pass per
  (statement, target) pair, and one head gives favor/against/none; a new target needs no new head.
- `heads`: the statement is encoded once and one head per declared target reads it.
The statement may be prefixed with the speaker's camp (`use_side`) and followed by the article text
around it (`use_context`). A saved folder holds `stance_config.json` (labels, targets, settings),
`model.safetensors` and the tokenizer; with `finetune: top` only the trained top layers and head
are saved and the rest is loaded from the sha256-verified base. `to(device)` moves it to a GPU:
inference there runs under fp16 autocast in token-budget batches, tokenised in a worker thread
while the network runs. Not here: training, metrics, device choice (`pipeline.classify.device`).
"""
from __future__ import annotations

import json
import threading
from contextlib import nullcontext
from dataclasses import asdict
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from torch import nn

from pipeline.config import ModelConfig, TargetConfig
from pipeline.classify.batching import pad_batch, plan_token_batches, prefetch, worker_batches
from pipeline.classify.device import attention_kernels
from pipeline.classify.examples import StatementExample
from pipeline.classify.encoder import resolve_base, verify_base
from pipeline.schema import LABELS

CONFIG_FILE = "stance_config.json"
WEIGHTS_FILE = "model.safetensors"
TOKENIZE_CHUNK = 8192  # rows tokenised at once on the token-budget path (one unit of work per worker)


def _chunk_count(order: Sequence[int]) -> int:
    """How many TOKENIZE_CHUNK-row chunks the token-budget path splits `order` into."""
    return -(-len(order) // TOKENIZE_CHUNK)


class ModelLoadError(ValueError):
    """A model folder that is missing, incomplete or inconsistent; names the file."""


class StanceNetwork(nn.Module):
    """Encoder + mean pooling + linear head(s); returns logits [batch, 3] or [batch, targets, 3]."""

    def __init__(self, encoder: nn.Module, n_outputs: int, dropout: float):
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(encoder.config.hidden_size, 3 * n_outputs)
        self.n_outputs = n_outputs

    def forward(self, input_ids, attention_mask, token_type_ids=None):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        logits = self.head(self.dropout(pooled))
        return logits.view(-1, self.n_outputs, 3) if self.n_outputs > 1 else logits


def _quiet_transformers() -> None:
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


def _build_encoder(settings: ModelConfig, base_dir: Path, seed: int):
    from transformers import AutoModel, BertConfig, BertModel

    _quiet_transformers()

    if settings.random_init:
        torch.manual_seed(seed)
        cfg = BertConfig(vocab_size=30522, hidden_size=settings.random_hidden,
                         num_hidden_layers=settings.random_layers, num_attention_heads=2,
                         intermediate_size=settings.random_hidden * 2, max_position_embeddings=512)
        return BertModel(cfg, add_pooling_layer=False)
    return AutoModel.from_pretrained(str(base_dir), use_safetensors=True, add_pooling_layer=False)


def trainable_names(network: StanceNetwork, settings: ModelConfig) -> list[str]:
    """Parameter names that training updates (and a `top` release saves)."""
    names = [n for n, _ in network.named_parameters()]
    if settings.finetune == "full" or settings.random_init:
        return names
    layers = network.encoder.config.num_hidden_layers
    keep = tuple(f"encoder.encoder.layer.{i}." for i in range(max(0, layers - settings.train_layers), layers))
    return [n for n in names if n.startswith(keep) or n.startswith("head.")]


def init_encoder_from(network: StanceNetwork, settings: ModelConfig, folder: str | Path, base_sha256: str) -> list[str]:
    """Lay the encoder layers saved by an earlier run (`folder`, e.g. trained on SemEval) over `network`
    before training: intermediate training. The earlier run must be a `top` run over the same verified
    base, and every layer it changed must be one this run trains, so that a `top` release of this run
    still holds every weight that differs from the base. Returns the tensor names taken."""
    folder = Path(folder)
    cfg_file = folder / CONFIG_FILE
    if not cfg_file.exists():
        raise ModelLoadError(f"model.init_encoder {folder}: not a run folder (no {CONFIG_FILE})")
    meta = json.loads(cfg_file.read_text(encoding="utf-8"))
    if meta.get("weights") != "top":
        raise ModelLoadError(f"model.init_encoder {folder}: a `{meta.get('weights')}` run; only a `top` run "
                             "(encoder layers over the base) can start another")
    if meta.get("base_sha256") != base_sha256:
        raise ModelLoadError(f"model.init_encoder {folder}: trained over base {meta.get('base_sha256', '?')[:12]}, "
                             f"this run's base is {base_sha256[:12]}")
    state = {k: v.float() for k, v in load_file(str(folder / WEIGHTS_FILE)).items() if k.startswith("encoder.")}
    own = network.state_dict()
    bad = [k for k in state if k not in own or own[k].shape != state[k].shape]
    if not state or bad:
        raise ModelLoadError(f"model.init_encoder {folder}: {'no encoder tensors' if not state else bad[0]} "
                             "does not fit this encoder")
    trained = set(trainable_names(network, settings))
    frozen = sorted(k for k in state if k not in trained)
    if frozen:
        raise ModelLoadError(f"model.init_encoder {folder}: it changed {frozen[0]}, which this run does not train; "
                             "raise model.train_layers so a `top` release keeps it")
    network.load_state_dict(state, strict=False)
    return sorted(state)


class StanceClassifier:
    """Labels statements for each declared target.

    >>> clf = StanceClassifier.load("models/stance-minilm")            # doctest: +SKIP
    >>> clf.predict_proba([StatementExample("We want a truce now.", side="ukraine")]).shape  # doctest: +SKIP
    (1, 2, 3)
    """

    def __init__(self, network: StanceNetwork, tokenizer, targets: Sequence[TargetConfig],
                 settings: ModelConfig, context_chars: int = 0, base_sha256: str = ""):
        self.network = network
        self.tokenizer = tokenizer
        self.targets = list(targets)
        self.settings = settings
        self.context_chars = context_chars
        self.base_sha256 = base_sha256
        self.labels = LABELS
        self.temperatures: dict[str, float] = {}  # per target name; 1.0 (none) when absent
        self.lexical = None  # LexicalModel mixed in with weight settings.lexical_weight (heads design only)
        self.device = torch.device("cpu")
        self.autocast: torch.dtype | None = None  # inference autocast dtype (fp16/bf16), None = float32
        self.max_tokens = 0  # > 0: batches sized by tokens (rows x padded length); 0: `batch_size` rows
        self.tokenize_workers = 0  # > 0: token-budget batches made in that many forked processes
        self._lock = threading.Lock()

    @property
    def target_names(self) -> list[str]:
        return [t.name for t in self.targets]

    def to(self, device: str | torch.device = "auto", *, precision: str = "auto",
           max_tokens: int | None = None, tokenize_workers: int | None = None) -> "StanceClassifier":
        """Move the network to `device` (`auto`: CUDA, then MPS, then CPU) and set how inference runs there.

        `precision` auto = fp16 autocast on CUDA; on a CPU, bf16 autocast if the model asks for it
        (`model.cpu_precision: bf16`) and the CPU computes bf16 natively, else float32; `max_tokens` None = the device's
        default token budget per batch (see `pipeline.classify.device`); `tokenize_workers` None = the
        device's default (forked tokenising processes on CUDA, none elsewhere). Returns self.
        """
        from pipeline.classify.batching import default_tokenize_workers, fork_available
        from pipeline.classify.device import autocast_dtype, default_max_tokens, resolve_device

        dev = resolve_device(device)
        self.autocast = autocast_dtype(dev, precision, self.settings.cpu_precision)
        self.max_tokens = default_max_tokens(dev) if max_tokens is None else max_tokens
        if tokenize_workers is None:
            tokenize_workers = default_tokenize_workers(dev)
        if tokenize_workers < 0:
            raise ValueError(f"tokenize_workers must be 0 or more, got {tokenize_workers}")
        self.tokenize_workers = tokenize_workers if fork_available() else 0
        self.network.to(dev)
        self.device = dev
        return self

    # ---- building and saving ----
    @classmethod
    def from_base(cls, settings: ModelConfig, targets: Sequence[TargetConfig], *, seed: int = 0,
                  context_chars: int = 0) -> "StanceClassifier":
        """A fresh classifier on top of the configured (verified) base encoder."""
        from transformers import AutoTokenizer

        base_dir = resolve_base(settings.base)
        sha = verify_base(base_dir, settings.base, settings.base_sha256)
        tokenizer = AutoTokenizer.from_pretrained(str(base_dir))
        encoder = _build_encoder(settings, base_dir, seed)
        torch.manual_seed(seed)
        n_out = len(targets) if settings.design == "heads" else 1
        network = StanceNetwork(encoder, n_out, settings.dropout)
        if settings.init_encoder:
            init_encoder_from(network, settings, settings.init_encoder, sha)
        return cls(network, tokenizer, targets, settings, context_chars, sha)

    def save(self, folder: str | Path) -> None:
        """Write the settings, weights (safetensors) and tokenizer into `folder`."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        names = set(trainable_names(self.network, self.settings))
        dtype = torch.float16 if self.settings.save_dtype == "float16" else torch.float32
        state = {k: v.detach().to("cpu", dtype).contiguous() for k, v in self.network.state_dict().items()
                 if k in names or self.settings.finetune == "full" or self.settings.random_init}
        save_file(state, str(folder / WEIGHTS_FILE), metadata={"format": "pt"})
        if dtype != torch.float32:  # keep the in-memory model equal to what a later load gives
            self.network.load_state_dict(state, strict=False)
        meta = {"labels": list(LABELS), "targets": [asdict(t) for t in self.targets],
                "model": asdict(self.settings), "context_chars": self.context_chars,
                "base_sha256": self.base_sha256, "temperatures": self.temperatures,
                "weights": "full" if (self.settings.finetune == "full" or self.settings.random_init) else "top"}
        (folder / CONFIG_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        self.tokenizer.save_pretrained(str(folder))
        self.network.encoder.config.save_pretrained(str(folder))
        if self.lexical is not None and self.settings.lexical_weight:
            self.lexical.save(folder)

    @classmethod
    def load(cls, folder: str | Path) -> "StanceClassifier":
        """Load a saved folder; `top` weights are laid over the sha256-verified base encoder."""
        from transformers import AutoTokenizer

        folder = Path(folder)
        cfg_file = folder / CONFIG_FILE
        if not cfg_file.exists():
            raise ModelLoadError(f"{folder}: not a model folder (no {CONFIG_FILE}); train one with `stance train`")
        meta = json.loads(cfg_file.read_text(encoding="utf-8"))
        if meta.get("labels") != list(LABELS):
            raise ModelLoadError(f"{cfg_file}: labels {meta.get('labels')} differ from {list(LABELS)}")
        settings = ModelConfig(**meta["model"])
        targets = [TargetConfig(**t) for t in meta["targets"]]
        if meta["weights"] == "top":
            base_dir = resolve_base(settings.base)
            verify_base(base_dir, settings.base, meta.get("base_sha256") or settings.base_sha256)
            encoder = _build_encoder(settings, base_dir, 0)
        else:
            from transformers import AutoConfig, AutoModel

            encoder = AutoModel.from_config(AutoConfig.from_pretrained(str(folder)), add_pooling_layer=False)
        n_out = len(targets) if settings.design == "heads" else 1
        network = StanceNetwork(encoder, n_out, settings.dropout)
        weights = folder / WEIGHTS_FILE
        if not weights.exists():
            raise ModelLoadError(f"{folder}: missing {WEIGHTS_FILE}")
        state = load_file(str(weights))
        missing = set(state) - set(network.state_dict())
        if missing:
            raise ModelLoadError(f"{weights}: unexpected tensors {sorted(missing)[:3]} for this architecture")
        network.load_state_dict(state, strict=False)
        network.eval()
        tokenizer = AutoTokenizer.from_pretrained(str(folder))
        clf = cls(network, tokenizer, targets, settings, meta.get("context_chars", 0), meta.get("base_sha256", ""))
        clf.temperatures = {str(k): float(v) for k, v in (meta.get("temperatures") or {}).items()}
        if settings.lexical_weight:
            from pipeline.classify.lexical import LexicalModel, LexicalModelError

            try:
                clf.lexical = LexicalModel.load(folder, clf.target_names)
            except LexicalModelError as exc:
                raise ModelLoadError(str(exc)) from None
        return clf

    # ---- encoding and prediction ----
    def statement_input(self, ex: StatementExample) -> str:
        text = f"{ex.side}: {ex.text}" if self.settings.use_side and ex.side else ex.text
        return f"{text} | {ex.context}" if self.settings.use_context and ex.context else text

    def pair_inputs(self, ex: StatementExample, target_index: int,
                    targets: Sequence[TargetConfig] | None = None) -> tuple[str, str | None]:
        """The (first, second) text segments the encoder reads for one example (and target)."""
        if self.settings.design == "cross":
            return (targets or self.targets)[target_index].description, self.statement_input(ex)
        return self.statement_input(ex), None

    def tokenize(self, pairs: Sequence[tuple[str, str | None]]) -> dict[str, torch.Tensor]:
        firsts = [p[0] for p in pairs]
        seconds = [p[1] for p in pairs]
        with self._lock:  # fast tokenizers are not safe for concurrent padding calls
            if self.settings.design == "cross":
                return self.tokenizer(firsts, seconds, truncation="only_second", padding=True,
                                      max_length=self.settings.max_length, return_tensors="pt")
            return self.tokenizer(firsts, truncation=True, padding=True, max_length=self.settings.max_length,
                                  return_tensors="pt")

    def predict_proba(self, examples: Sequence[StatementExample], batch_size: int = 64,
                      progress: bool = False, *, targets: Sequence[TargetConfig] | None = None,
                      labelled_only: bool = False, calibrated: bool = True) -> np.ndarray:
        """Probabilities [n_examples, n_targets, 3] in the order of LABELS, input order kept.

        `targets` (cross design only) scores target descriptions the model was not trained on,
        e.g. the unseen claims of a benchmark's test split; `labelled_only` scores just the
        (example, target) pairs an example has a label for (the other rows stay 0). Probabilities
        are temperature-scaled per target (`self.temperatures`, fitted on dev by the trainer)
        unless `calibrated=False`. With a lexical component (`model.lexical_weight` w > 0) the
        network's and the lexical model's log-probabilities are mixed, (1 - w) and w, before the
        temperature is applied.
        """
        if self.lexical is None or not self.settings.lexical_weight:
            return self._network_proba(examples, batch_size, progress, targets=targets,
                                       labelled_only=labelled_only, calibrated=calibrated)
        from pipeline.classify.lexical import mix, softmax

        net = self._network_proba(examples, batch_size, progress, targets=targets, calibrated=False)
        scores = mix(net, self.lexical.predict_proba(examples), self.settings.lexical_weight)
        if calibrated and self.temperatures:
            temps = np.array([self.temperatures.get(t, 1.0) for t in self.target_names], dtype=np.float32)
            scores = scores / temps.reshape(1, -1, 1)
        return softmax(scores)

    def _network_proba(self, examples: Sequence[StatementExample], batch_size: int = 64,
                       progress: bool = False, *, targets: Sequence[TargetConfig] | None = None,
                       labelled_only: bool = False, calibrated: bool = True) -> np.ndarray:
        """The network's own probabilities (see `predict_proba` for the arguments)."""
        targets = list(targets) if targets is not None else self.targets
        if self.settings.design == "heads" and [t.name for t in targets] != self.target_names:
            raise ValueError(f"a `heads` model predicts only its own targets {self.target_names}; "
                             f"got {[t.name for t in targets]}")
        n_t = len(targets)
        temps = torch.tensor([self.temperatures.get(t.name, 1.0) for t in targets], dtype=torch.float32)
        out = np.zeros((len(examples), n_t, 3), dtype=np.float32)
        if not examples:
            return out
        if self.settings.design == "cross":
            jobs = [(i, t) for i in range(len(examples)) for t in range(n_t)
                    if not labelled_only or targets[t].name in examples[i].labels]
        else:
            jobs = [(i, -1) for i in range(len(examples))]
        inputs = [self.pair_inputs(examples[i], max(t, 0), targets) for i, t in jobs]
        order = sorted(range(len(jobs)), key=lambda j: len(inputs[j][0]) + len(inputs[j][1] or ""))
        self.network.eval()
        temps = temps.to(self.device)
        bar = None
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(order), desc="classify", unit="statement", leave=False)
        pending = []  # (positions, probabilities still on the device): no sync per batch
        autocast = torch.autocast(self.device.type, dtype=self.autocast) if self.autocast else nullcontext()
        with torch.inference_mode(), autocast, attention_kernels(self.device):
            for idx, enc in self._batch_stream(inputs, order, batch_size):
                enc = {k: v.to(self.device, non_blocking=True) for k, v in enc.items()}
                logits = self.network(**enc).float()
                if calibrated and self.temperatures:
                    if logits.dim() == 3:
                        logits = logits / temps.view(1, -1, 1)
                    else:
                        logits = logits / temps[[max(jobs[j][1], 0) for j in idx]].view(-1, 1)
                pending.append((idx, torch.softmax(logits, dim=-1)))
                if bar is not None:
                    bar.update(len(idx))
        if bar is not None:
            bar.close()
        for idx, dev_probs in pending:
            probs = dev_probs.cpu().numpy()
            for row, j in enumerate(idx):
                i, t = jobs[j]
                if t >= 0:
                    out[i, t] = probs[row]
                else:
                    out[i] = probs[row].reshape(n_t, 3)
        return out

    def _encode(self, pairs: Sequence[tuple[str, str | None]]) -> dict[str, list[list[int]]]:
        """Token ids of each pair, unpadded (the lengths decide the token-budget batches)."""
        firsts = [p[0] for p in pairs]
        with self._lock:
            if self.settings.design == "cross":
                enc = self.tokenizer(firsts, [p[1] for p in pairs], truncation="only_second",
                                     max_length=self.settings.max_length)
            else:
                enc = self.tokenizer(firsts, truncation=True, max_length=self.settings.max_length)
        return {k: enc[k] for k in ("input_ids", "token_type_ids") if k in enc}

    def _batch_stream(self, inputs: Sequence[tuple[str, str | None]], order: Sequence[int],
                      batch_size: int) -> Iterator[tuple[list[int], dict[str, torch.Tensor]]]:
        """The batches of `_batches`, made ahead of the forward pass: by forked worker processes when
        `tokenize_workers` is set and there is more than one chunk, else by one background thread."""
        n_chunks = _chunk_count(order)
        if self.max_tokens and self.tokenize_workers and n_chunks > 1:
            pin = self.device.type == "cuda"
            return worker_batches(lambda c: self._chunk_batches(inputs, order, c, pin=False), n_chunks,
                                  min(self.tokenize_workers, n_chunks), pin=pin)
        return prefetch(self._batches(inputs, order, batch_size))

    def _batches(self, inputs: Sequence[tuple[str, str | None]], order: Sequence[int],
                 batch_size: int) -> Iterator[tuple[list[int], dict[str, torch.Tensor]]]:
        """(positions, padded tensors) in `order`: `batch_size` rows each, or by token budget when
        `self.max_tokens` is set (tokenised TOKENIZE_CHUNK rows at a time, re-sorted by token length)."""
        if not self.max_tokens:
            for b in range(0, len(order), batch_size):
                idx = list(order[b:b + batch_size])
                yield idx, self.tokenize([inputs[j] for j in idx])
            return
        for c in range(_chunk_count(order)):
            yield from self._chunk_batches(inputs, order, c, pin=self.device.type == "cuda")

    def _chunk_batches(self, inputs: Sequence[tuple[str, str | None]], order: Sequence[int], chunk: int,
                       pin: bool) -> Iterator[tuple[list[int], dict[str, torch.Tensor]]]:
        """Token-budget batches of rows `order[chunk * TOKENIZE_CHUNK:][:TOKENIZE_CHUNK]`."""
        ids = order[chunk * TOKENIZE_CHUNK:(chunk + 1) * TOKENIZE_CHUNK]
        enc = self._encode([inputs[j] for j in ids])
        lengths = [len(x) for x in enc["input_ids"]]
        local = sorted(range(len(ids)), key=lengths.__getitem__)
        pad_id = self.tokenizer.pad_token_id or 0
        for group in plan_token_batches([lengths[r] for r in local], self.max_tokens):
            rows = [local[g] for g in group]
            yield [ids[r] for r in rows], pad_batch(enc, rows, pad_id, pin)
