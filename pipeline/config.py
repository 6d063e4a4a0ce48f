"""The typed config tree of a training run, loaded from YAML with dotted command-line overrides.

One `RunConfig` flows from the YAML file into data loading, the model and the trainer. Defaults
live only in these classes. Unknown keys and values of the wrong type are `ConfigError`s that
name the key (and the file). Not here: what the values do (see `pipeline.classify.model`, `pipeline.classify.train`).
"""
from __future__ import annotations

import dataclasses
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_BASE = "sentence-transformers/all-MiniLM-L6-v2"
DEFAULT_BASE_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


class ConfigError(ValueError):
    """A config value or key that is not allowed; the message names the key."""


@dataclass
class TargetConfig:
    """A stance target: a short name (the record key) and the description the model reads."""

    name: str
    description: str


@dataclass
class DataConfig:
    """Where the training data comes from and how it is read."""

    format: str = "corpus"  # corpus | semeval2016 | emergent | table
    path: str = "data/corpus"  # corpus folder, benchmark folder or table file
    train_split: str = "train"
    dev_split: str = "dev"
    test_split: str = "test"
    context_chars: int = 160  # characters of article text kept on each side of a statement
    max_train_examples: int = 0  # 0 = all; small numbers make smoke runs fast
    contrast: bool = True  # train on contrast articles too (minimally edited copies with flipped labels)
    contrast_repeat: int = 1  # times each contrast article's statements are seen per epoch (1 = once, like the rest)
    bank: str = ""  # statement bank (a JSONL file, a folder of them, or several joined by commas) added to training only ("" = none; data/bank/README.md)


@dataclass
class ModelConfig:
    """The encoder and how statements are presented to it."""

    base: str = DEFAULT_BASE  # hub id or local folder; the default resolves to the packaged copy
    base_sha256: str = ""  # sha256 of the base model.safetensors to require; "" = the known hash for the default base
    design: str = "cross"  # cross: target description + statement -> 3 labels; heads: one head per target
    use_side: bool = True  # prefix the speaker's camp
    use_context: bool = False  # append the sentence(s) around the statement
    max_length: int = 128
    finetune: str = "top"  # top: train the last `train_layers` layers + head (small release); full: everything
    train_layers: int = 2
    save_dtype: str = "float32"  # float16 halves the saved weights (they are cast back to float32 on load)
    dropout: float = 0.1
    lexical_weight: float = 0.0  # heads only: share of a TF-IDF + LR component in the mixed log-probabilities (0 = none)
    cpu_precision: str = "fp32"  # what inference precision `auto` means on a CPU: bf16 = bfloat16 autocast where the
    #                              CPU computes bf16 natively (AMX / AVX-512 BF16), float32 on other CPUs
    init_encoder: str = ""  # run folder whose saved encoder layers start training (intermediate training); "" = the base
    random_init: bool = False  # tiny random BERT for smoke tests (ignores the base weights)
    random_hidden: int = 32
    random_layers: int = 2


@dataclass
class TrainConfig:
    """Optimisation settings; `seed` drives everything random unless `init_seed` takes the initialisation apart."""

    seed: int = 13
    init_seed: int = -1  # >= 0: seed of the freshly initialised weights (heads) alone; -1: train.seed (one seed)
    epochs: int = 8
    batch_size: int = 16
    lr: float = 1e-4
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    class_weights: bool = True  # inverse-frequency weights per target against label imbalance
    patience: int = 3  # epochs without dev macro-F1 gain before stopping
    max_steps: int = 0  # 0 = no limit
    eval_batch_size: int = 64
    threads: int = 0  # torch threads; 0 = number of cores
    ensemble: int = 1  # models trained with seeds seed, seed+1, ...; their probabilities are averaged
    distill: bool = False  # train one student on the ensemble's softened probabilities (the model kept)
    distill_weight: float = 0.5  # share of the soft-target loss in the student's loss (the rest: gold labels)
    distill_temperature: float = 2.0  # softening of teacher and student distributions in the soft loss
    side_dropout: float = 0.0  # chance, per training example and epoch, that it is read without its camp prefix
    probe_epochs: int = 0  # > 0: first train the head alone over the frozen encoder this many epochs (LP-FT)
    probe_lr: float = 0.003  # learning rate of that head-only stage
    interpolate: float = 1.0  # share of the fine-tuned weights kept; the rest comes from where fine-tuning began
    label_smoothing: float = 0.0  # share of each gold label's mass spread evenly over the three labels in the loss
    group_by_length: int = 0  # > 0: similar-length batches, sorted within spans of this many batches (less padding)
    cache_lower: bool = False  # top fine-tuning: run the frozen lower layers once per row, not every epoch (no dropout there)
    precision: str = "fp32"  # bf16: forward passes under bfloat16 autocast (CPUs with AMX / AVX-512 BF16: ~2.7x faster)
    teacher: str = ""  # run folder of a trained model whose softened probabilities the run also learns from ("" = none)
    teacher_precision: str = "auto"  # how the teacher predicts: auto (fp16 on CUDA, fp32 elsewhere), fp32, fp16, bf16


@dataclass
class RunConfig:
    """A whole training run: name, targets, data, model, training."""

    name: str = "run"
    output_dir: str = "models"
    targets: list[TargetConfig] = field(default_factory=lambda: [
        TargetConfig("inclusion", "The affected party (Ukraine) and its allies (Europe) should take part in the talks."),
        TargetConfig("ceasefire", "The fighting should stop soon through a cease-fire, truce or deal."),
    ])
    data: DataConfig = field(default_factory=DataConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    train: TrainConfig = field(default_factory=TrainConfig)

    @property
    def target_names(self) -> list[str]:
        return [t.name for t in self.targets]

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


ALLOWED = {
    "data.format": ("corpus", "semeval2016", "emergent", "table"),
    "model.design": ("cross", "heads"),
    "model.finetune": ("top", "full"),
    "model.save_dtype": ("float32", "float16"),
    "model.cpu_precision": ("fp32", "bf16"),
}


def _build(cls: type, raw: Any, prefix: str) -> Any:
    if not isinstance(raw, dict):
        raise ConfigError(f"{prefix.rstrip('.') or 'config'}: expected a mapping, got {type(raw).__name__}")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - names)
    if unknown:
        raise ConfigError(f"unknown key {prefix + unknown[0]!r}; allowed under {prefix or 'top level'}: {sorted(names)}")
    required = [f.name for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    missing = [k for k in required if k not in raw]
    if missing:
        raise ConfigError(f"missing key {prefix + missing[0]!r}; {prefix.rstrip('.') or 'config'} needs {required}")
    kwargs = {k: _coerce(hints[k], v, f"{prefix}{k}") for k, v in raw.items()}
    return cls(**kwargs)


_FLOAT = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


def _coerce(hint: Any, value: Any, key: str) -> Any:
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, key + ".")
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        if not isinstance(value, list):
            raise ConfigError(f"{key}: expected a list, got {value!r}")
        return [_coerce(item, v, f"{key}[{i}]") for i, v in enumerate(value)]
    if origin in (typing.Union, types.UnionType):
        raise ConfigError(f"{key}: unsupported type")  # not used by the schema
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: expected true/false, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key}: expected an integer, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, str) and _FLOAT.match(value.strip()):
            value = float(value)  # YAML 1.1 reads 3e-5 (no dot) as a string
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{key}: expected a number, got {value!r}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{key}: expected a string, got {value!r}")
        if key in ALLOWED and value not in ALLOWED[key]:
            raise ConfigError(f"{key}: {value!r} is not one of {list(ALLOWED[key])}")
        return value
    raise ConfigError(f"{key}: unsupported type {hint}")


def _parse_override(item: str) -> tuple[list[str], Any]:
    if "=" not in item:
        raise ConfigError(f"override {item!r} must look like key.sub=value")
    key, raw = item.split("=", 1)
    return key.strip().split("."), yaml.safe_load(raw) if raw.strip() else ""


def config_from_dict(raw: dict[str, Any], overrides: list[str] | None = None) -> RunConfig:
    """Build a RunConfig from a plain mapping plus `key.sub=value` overrides (values parsed as YAML)."""
    raw = dict(raw or {})
    for item in overrides or []:
        path, value = _parse_override(item)
        node = raw
        for part in path[:-1]:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise ConfigError(f"override {item!r}: {part!r} is not a section")
        node[path[-1]] = value
    cfg = _build(RunConfig, raw, "")
    _check(cfg)
    return cfg


def _check(cfg: RunConfig) -> None:
    names = cfg.target_names
    if cfg.data.format == "corpus" and not names:
        raise ConfigError("targets: a corpus run needs at least one target (name + description)")
    if len(set(names)) != len(names):
        raise ConfigError(f"targets: duplicate target names in {names}")
    for i, t in enumerate(cfg.targets):
        if not t.name.isidentifier():
            raise ConfigError(f"targets[{i}].name: {t.name!r} must be a plain identifier")
    positive = {"train.epochs": cfg.train.epochs, "train.batch_size": cfg.train.batch_size,
                "model.max_length": cfg.model.max_length, "train.eval_batch_size": cfg.train.eval_batch_size}
    for key, value in positive.items():
        if value <= 0:
            raise ConfigError(f"{key}: must be positive, got {value}")
    if not 0 < cfg.train.lr < 1:
        raise ConfigError(f"train.lr: must be in (0, 1), got {cfg.train.lr}")
    if cfg.data.contrast_repeat < 1:
        raise ConfigError(f"data.contrast_repeat: must be at least 1, got {cfg.data.contrast_repeat}")
    if cfg.data.contrast_repeat > 1 and not cfg.data.contrast:
        raise ConfigError("data.contrast_repeat: contrast articles are not trained on (data.contrast: false); "
                          "nothing to repeat")
    if cfg.train.ensemble < 1:
        raise ConfigError(f"train.ensemble: must be at least 1, got {cfg.train.ensemble}")
    if not 0 <= cfg.train.distill_weight <= 1:
        raise ConfigError(f"train.distill_weight: must be in [0, 1], got {cfg.train.distill_weight}")
    if not 0 <= cfg.model.lexical_weight < 1:
        raise ConfigError(f"model.lexical_weight: must be in [0, 1), got {cfg.model.lexical_weight}")
    if cfg.model.lexical_weight and cfg.model.design != "heads":
        raise ConfigError("model.lexical_weight: a lexical component needs model.design: heads (one LR per declared "
                          f"target), got design {cfg.model.design!r}")
    if cfg.train.precision not in ("fp32", "bf16"):
        raise ConfigError(f"train.precision: must be fp32 or bf16, got {cfg.train.precision!r}")
    if cfg.train.teacher_precision not in ("auto", "fp32", "fp16", "bf16"):
        raise ConfigError(f"train.teacher_precision: must be auto, fp32, fp16 or bf16, got {cfg.train.teacher_precision!r}")
    if cfg.train.teacher and (cfg.train.ensemble > 1 or cfg.train.distill):
        raise ConfigError(f"train.teacher {cfg.train.teacher}: one teacher or an ensemble's own members, not both "
                          "(drop train.ensemble / train.distill)")
    if cfg.model.lexical_weight and (cfg.train.ensemble > 1 or cfg.train.distill):
        raise ConfigError("model.lexical_weight: not combined with train.ensemble / train.distill (the members' "
                          "probabilities teach the student; mix a lexical component into single models only)")
    if not 0 <= cfg.train.side_dropout < 1:
        raise ConfigError(f"train.side_dropout: must be in [0, 1), got {cfg.train.side_dropout}")
    if cfg.train.side_dropout and not cfg.model.use_side:
        raise ConfigError("train.side_dropout: the camp prefix is off (model.use_side: false); nothing to drop")
    if cfg.train.probe_epochs < 0:
        raise ConfigError(f"train.probe_epochs: must be 0 or more, got {cfg.train.probe_epochs}")
    if not 0 < cfg.train.probe_lr < 1:
        raise ConfigError(f"train.probe_lr: must be in (0, 1), got {cfg.train.probe_lr}")
    if not 0 <= cfg.train.interpolate <= 1:
        raise ConfigError(f"train.interpolate: must be in [0, 1], got {cfg.train.interpolate}")
    if not 0 <= cfg.train.label_smoothing < 1:
        raise ConfigError(f"train.label_smoothing: must be in [0, 1), got {cfg.train.label_smoothing}")
    if cfg.train.init_seed < -1:
        raise ConfigError(f"train.init_seed: must be -1 (train.seed) or a seed >= 0, got {cfg.train.init_seed}")
    if cfg.train.group_by_length < 0:
        raise ConfigError("train.group_by_length: must be 0 (off) or a number of batches, "
                          f"got {cfg.train.group_by_length}")
    if cfg.train.probe_epochs and cfg.model.train_layers == 0 and cfg.model.finetune == "top":
        raise ConfigError("train.probe_epochs: the encoder is frozen already (model.train_layers: 0); "
                          "train.epochs trains the head")
    if cfg.train.distill_temperature <= 0:
        raise ConfigError(f"train.distill_temperature: must be positive, got {cfg.train.distill_temperature}")


def load_config(path: str | Path, overrides: list[str] | None = None) -> RunConfig:
    """Read a YAML run config; errors name the file and the key.

    >>> cfg = load_config("configs/smoke.yaml", ["train.epochs=1"])
    >>> cfg.train.epochs
    1
    """
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    try:
        return config_from_dict(raw, overrides)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
