"""The span tagger: a B/I/O token classifier whose top layers and head are laid over the verified base encoder.

A saved tagger is a folder with `tagger.safetensors` (only the weights training changed: the top
`train_layers` encoder layers and the head) and `tagger.json` (the base's hub id and sha256, labels, window,
the combination settings chosen for it, how it was trained). Loading reads the base from disk only
(`pipeline.classify.encoder.resolve_base`), refuses it unless its `model.safetensors` has the recorded sha256,
and lays the saved weights over it. Long articles are read in windows of `window` tokens (stride `stride`),
logits averaged where windows overlap; an article's windows run as one padded batch, under bfloat16 autocast when
`precision` asks for it (`auto`: where the tagger's `tagger.json` says `cpu_precision: bf16` and the CPU computes
bf16 natively, about 2.9x faster). Not here: combining with the rules (`pipeline.tagging.merge`), the
training loop (`pipeline.tagging.train`).

>>> tagger = SpanTagger.from_pretrained("models/span-tagger")          # doctest: +SKIP
>>> tagger.extract("“We need a ceasefire now,” Zelenskyy said.", "a1", registry)  # doctest: +SKIP
"""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.actors import ActorRegistry
from pipeline.schema import Statement
from pipeline.tagging.merge import TaggerSettings, combine

LABELS = ("O", "B", "I")
WEIGHTS, META = "tagger.safetensors", "tagger.json"
ADDITIONS_FILE = "additions.json"   # session 31: the ActorChooser for additions (settings: addition_chooser)
WINDOW, STRIDE = 254, 190
PRECISIONS = ("auto", "fp32", "bf16")
DEFAULT_TAGGER = Path(__file__).resolve().parents[2] / "models" / "span-tagger"
OFF = ("none", "off")


def tagger_folder(spec: str | Path | None) -> Path | None:
    """The tagger folder a command-line or API value names: None, `none` or `off` -> None (the rules alone);
    `default` -> `models/span-tagger` when it holds a tagger (else None); any other value -> that folder."""
    if spec is None or str(spec).strip().lower() in OFF:
        return None
    if str(spec) == "default":
        return DEFAULT_TAGGER if (DEFAULT_TAGGER / META).is_file() else None
    return Path(spec)


class TaggerError(ValueError):
    """A tagger folder that cannot be loaded: missing files, a base that fails its hash, foreign weights."""


def trained_name(name: str, n_layers: int, train_layers: int) -> bool:
    """Whether a parameter of the token classifier is one that training changes (and a release saves)."""
    keep = tuple(f"bert.encoder.layer.{i}." for i in range(n_layers - train_layers, n_layers))
    return name.startswith("classifier.") or name.startswith(keep)


def _quiet():
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


class SpanTagger:
    """Per-token B/I/O probabilities of an article, and the rules' statements combined with them."""

    def __init__(self, model, tokenizer, meta: dict):
        self.model = model
        self.tokenizer = tokenizer
        self.meta = meta
        self.settings = TaggerSettings(**meta.get("settings", {}))
        self.fallback = None            # a SpeakerFallback (speakers.json) when the settings ask for learned speakers
        self.additions = None           # an ActorChooser (additions.json) when the settings ask for addition_chooser
        self.autocast = None            # torch.bfloat16 under bf16 autocast, None for float32

    def set_precision(self, precision: str = "auto") -> "SpanTagger":
        """Inference precision: `fp32`, `bf16` (autocast on the CPU) or `auto` (bf16 where `tagger.json` asks for it
        with `cpu_precision: bf16` and the CPU computes bf16 natively, else fp32)."""
        import torch

        if precision not in PRECISIONS:
            raise TaggerError(f"precision {precision!r} is not one of {list(PRECISIONS)}")
        if precision == "auto":
            from pipeline.classify.device import cpu_has_native_bf16

            precision = "bf16" if self.meta.get("cpu_precision") == "bf16" and cpu_has_native_bf16() else "fp32"
        self.autocast = torch.bfloat16 if precision == "bf16" else None
        return self

    @classmethod
    def fresh(cls, base: str | None = None, *, train_layers: int = 3, base_folder: str | Path | None = None,
              expected_sha256: str = "") -> "SpanTagger":
        """An untrained tagger over the verified base (`base_folder` overrides where the base is read)."""
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        from pipeline.classify.encoder import resolve_base, verify_base
        from pipeline.config import DEFAULT_BASE

        _quiet()
        base = base or DEFAULT_BASE
        folder = Path(base_folder) if base_folder else resolve_base(base)
        sha = verify_base(folder, base, expected_sha256)
        model = AutoModelForTokenClassification.from_pretrained(str(folder), num_labels=len(LABELS),
                                                                use_safetensors=True)
        if not 0 <= train_layers <= model.config.num_hidden_layers:
            raise TaggerError(f"train_layers {train_layers} must be in 0..{model.config.num_hidden_layers}")
        meta = {"base": base, "base_sha256": sha, "labels": list(LABELS), "train_layers": train_layers,
                "window": WINDOW, "stride": STRIDE, "settings": TaggerSettings().to_dict()}
        return cls(model, AutoTokenizer.from_pretrained(str(folder)), meta)

    @classmethod
    def from_pretrained(cls, folder: str | Path, *, base_folder: str | Path | None = None,
                        threads: int = 1, precision: str = "fp32") -> "SpanTagger":
        """Load a saved tagger; its base must have the sha256 recorded in `tagger.json`. `threads` > 0 sets
        torch's thread count (one thread per process is the fastest on a shared machine; 0 leaves it);
        `precision` as `set_precision`."""
        import torch
        from safetensors.torch import load_file

        if threads > 0:
            torch.set_num_threads(threads)
        from pipeline.classify.encoder import BaseModelError

        folder = Path(folder)
        for name in (META, WEIGHTS):
            if not (folder / name).is_file():
                raise TaggerError(f"{folder}: no {name}; a tagger folder holds {META} and {WEIGHTS}")
        try:
            meta = json.loads((folder / META).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise TaggerError(f"{folder / META}: not valid JSON ({exc})") from None
        for key in ("base", "base_sha256", "labels", "train_layers"):
            if key not in meta:
                raise TaggerError(f"{folder / META}: missing key {key!r}")
        if tuple(meta["labels"]) != LABELS:
            raise TaggerError(f"{folder / META}: labels {meta['labels']} are not {list(LABELS)}")
        from pipeline.tagging.fallback import FALLBACK_FILE, FallbackError, SpeakerFallback

        if meta.get("settings", {}).get("learned_speakers") and not (folder / FALLBACK_FILE).is_file():
            raise TaggerError(f"{folder / META}: settings ask for learned_speakers but {FALLBACK_FILE} is missing")
        if meta.get("settings", {}).get("addition_chooser") and not (folder / ADDITIONS_FILE).is_file():
            raise TaggerError(f"{folder / META}: settings ask for addition_chooser but {ADDITIONS_FILE} is missing")
        try:
            tagger = cls.fresh(meta["base"], train_layers=int(meta["train_layers"]), base_folder=base_folder,
                               expected_sha256=meta["base_sha256"])
        except BaseModelError as exc:
            raise TaggerError(f"{folder}: its base fails the check recorded in {META}: {exc}") from None
        state = load_file(str(folder / WEIGHTS))
        n_layers = tagger.model.config.num_hidden_layers
        foreign = sorted(k for k in state if not trained_name(k, n_layers, int(meta["train_layers"])))
        if foreign:
            raise TaggerError(f"{folder / WEIGHTS}: holds {foreign[0]}, which a tagger with train_layers "
                              f"{meta['train_layers']} does not train")
        try:
            tagger.model.load_state_dict(state, strict=False)
        except RuntimeError as exc:
            raise TaggerError(f"{folder / WEIGHTS}: does not fit the base ({str(exc).splitlines()[0]})") from None
        tagger.model.eval()
        tagger.meta = meta
        tagger.settings = TaggerSettings(**meta.get("settings", {}))
        if tagger.settings.learned_speakers:
            try:
                tagger.fallback = SpeakerFallback.load(folder)
            except FallbackError as exc:
                raise TaggerError(str(exc)) from None
        if tagger.settings.addition_chooser:
            from pipeline.extract.chooser import ActorChooser, ChooserError

            try:
                tagger.additions = ActorChooser.load(folder / ADDITIONS_FILE)
            except ChooserError as exc:
                raise TaggerError(str(exc)) from None
        return tagger.set_precision(precision)

    def save_pretrained(self, folder: str | Path, **info) -> Path:
        """Write the trained weights (safetensors) and `tagger.json` (meta, settings and `info`) into `folder`."""
        from safetensors.torch import save_file

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        n_layers = self.model.config.num_hidden_layers
        state = {k: v.detach().contiguous() for k, v in self.model.state_dict().items()
                 if trained_name(k, n_layers, self.meta["train_layers"])}
        save_file(state, str(folder / WEIGHTS))
        self.meta = {**self.meta, "settings": self.settings.to_dict(), **info}
        (folder / META).write_text(json.dumps(self.meta, indent=1) + "\n", encoding="utf-8")
        return folder

    def windows(self, text: str):
        """(token ids, character offsets, window starts) of a text."""
        enc = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        ids, offs = enc["input_ids"], [tuple(o) for o in enc["offset_mapping"]]
        window, stride = int(self.meta.get("window", WINDOW)), int(self.meta.get("stride", STRIDE))
        starts = list(range(0, max(1, len(ids) - window + stride), stride)) or [0]
        return ids, offs, starts

    def probs(self, text: str) -> tuple[list[tuple[int, int]], list[list[float]]]:
        """(token character offsets, one [p_O, p_B, p_I] row per token), windows averaged in logit space."""
        import torch

        ids, offs, starts = self.windows(text)
        if not ids:
            return [], []
        window = int(self.meta.get("window", WINDOW))
        cls_id, sep_id = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
        rows = [[cls_id] + ids[st:st + window] + [sep_id] for st in starts]
        width = max(len(r) for r in rows)
        batch = torch.zeros(len(rows), width, dtype=torch.long)
        mask = torch.zeros(len(rows), width, dtype=torch.long)
        for i, r in enumerate(rows):
            batch[i, :len(r)] = torch.tensor(r)
            mask[i, :len(r)] = 1
        with torch.inference_mode(), torch.autocast("cpu", dtype=self.autocast or torch.bfloat16,
                                                    enabled=self.autocast is not None):
            out = self.model(input_ids=batch, attention_mask=mask).logits.float()
        logits = torch.zeros(len(ids), len(LABELS))
        counts = torch.zeros(len(ids), 1)
        for i, st in enumerate(starts):
            n = len(rows[i]) - 2
            logits[st:st + n] += out[i, 1:1 + n]
            counts[st:st + n] += 1
        return offs, (logits / counts.clamp(min=1)).softmax(-1).tolist()

    def extract(self, text: str, article_id: str, registry: ActorRegistry,
                settings: TaggerSettings | None = None) -> list[Statement]:
        """The rules' statements of an article combined with the tagger (its saved settings unless given)."""
        from pipeline.extract.extractor import extract_statements

        rules = extract_statements(text, article_id, registry)
        offs, probs = self.probs(text)
        return combine(text, article_id, registry, rules, offs, probs, settings or self.settings, self.fallback,
                       self.additions)
