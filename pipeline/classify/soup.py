"""Weight averaging of seed runs (a uniform "model soup", Wortsman et al. 2022): one model's size and speed.

Runs of one design that differ only in `train.seed` fine-tune the same sha256-verified base, so their
weights stay close and their element-wise mean is itself a model, often better than its average member
and less at the mercy of one seed. `check_alike` refuses folders that are not such runs (other labels,
targets, model settings, base, tokenizer, training data or lexical component: the message names the
folder and what differs); `average_state` takes the float32 mean of their saved tensors; `make_soup`
lays the mean over the first member, refits the temperatures on dev and writes a run folder with its
metrics and model card. Not here: training the members (`stance train --set train.seed=N`).
"""
from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Sequence

import torch
import yaml
from safetensors import safe_open
from safetensors.torch import load_file

from pipeline.classify.model import CONFIG_FILE, WEIGHTS_FILE, ModelLoadError, StanceClassifier

FINGERPRINT_FILE = "data_fingerprint.json"
SAME_FILES = ("tokenizer.json", "lexical_vocab.json")  # byte-identical in every member
SAME_TENSORS = ("lexical.safetensors",)  # equal tensors and metadata (the header's key order may differ)
LEXICAL_ATOL = 1e-6  # the lexical fit is deterministic, but its BLAS sums differ by ~3e-8 between 1 and 2 threads
SAME_META = ("labels", "targets", "model", "context_chars", "base_sha256", "weights")


class SoupError(ValueError):
    """Run folders that cannot be averaged; names the folder and what differs."""


def _json(path: Path) -> dict:
    if not path.exists():
        raise SoupError(f"{path.parent}: not a run folder of `stance train` (no {path.name})")
    return json.loads(path.read_text(encoding="utf-8"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _same_tensors(a: Path, b: Path) -> bool:
    if not (a.exists() and b.exists()):
        return a.exists() == b.exists()
    with safe_open(str(a), "pt") as fa, safe_open(str(b), "pt") as fb:
        if fa.metadata() != fb.metadata() or set(fa.keys()) != set(fb.keys()):
            return False
        for k in fa.keys():
            ta, tb = fa.get_tensor(k), fb.get_tensor(k)
            if ta.shape != tb.shape or not torch.allclose(ta, tb, rtol=0.0, atol=LEXICAL_ATOL):
                return False
        return True


def check_alike(folders: Sequence[str | Path]) -> None:
    """Raise SoupError unless every folder is a run of the same design on the same data as the first."""
    folders = [Path(f) for f in folders]
    if len(folders) < 2:
        raise SoupError(f"a soup needs at least two run folders, got {len(folders)}")
    if len(set(f.resolve() for f in folders)) < len(folders):
        raise SoupError("the same run folder is named twice; each member must be a different run")
    first = folders[0]
    meta0 = _json(first / CONFIG_FILE)
    data0 = _json(first / FINGERPRINT_FILE)
    for folder in folders[1:]:
        meta = _json(folder / CONFIG_FILE)
        for key in SAME_META:
            if meta.get(key) != meta0.get(key):
                what = key
                if key == "model":
                    diff = sorted(k for k in set(meta0["model"]) | set(meta.get("model") or {})
                                  if (meta.get("model") or {}).get(k) != meta0["model"].get(k))
                    what = f"model.{diff[0]}" if diff else key
                raise SoupError(f"{folder}: `{what}` differs from {first} ({CONFIG_FILE}); only runs of one design "
                                "that differ in train.seed can be averaged")
        data = _json(folder / FINGERPRINT_FILE)
        for split in ("train", "dev"):
            if data.get(split) != data0.get(split):
                raise SoupError(f"{folder}: trained on other {split} data than {first} ({FINGERPRINT_FILE})")
        for name in SAME_FILES:
            if _sha(folder / name) != _sha(first / name):
                raise SoupError(f"{folder}: {name} differs from {first}'s")
        for name in SAME_TENSORS:
            if not _same_tensors(folder / name, first / name):
                raise SoupError(f"{folder}: {name} differs from {first}'s")


def average_state(folders: Sequence[str | Path]) -> dict[str, torch.Tensor]:
    """The float32 element-wise mean of the members' saved tensors (`model.safetensors`)."""
    total: dict[str, torch.Tensor] = {}
    first = None
    for folder in folders:
        path = Path(folder) / WEIGHTS_FILE
        if not path.exists():
            raise SoupError(f"{folder}: missing {WEIGHTS_FILE}")
        state = load_file(str(path))
        if first is None:
            first = path
            total = {k: v.float().clone() for k, v in state.items()}
            continue
        if set(state) != set(total):
            odd = sorted(set(state) ^ set(total))[0]
            raise SoupError(f"{path}: tensor {odd} is in one of {path} and {first} only")
        for k, v in state.items():
            if v.shape != total[k].shape:
                raise SoupError(f"{path}: tensor {k} has shape {tuple(v.shape)}, {first} has {tuple(total[k].shape)}")
            total[k] += v.float()
    return {k: v / len(folders) for k, v in total.items()}


def average_runs(folders: Sequence[str | Path]) -> StanceClassifier:
    """A classifier whose trained weights are the mean of the members'; temperatures cleared (refit them)."""
    check_alike(folders)
    try:
        clf = StanceClassifier.load(folders[0])
    except ModelLoadError as exc:
        raise SoupError(str(exc)) from None
    clf.network.load_state_dict(average_state(folders), strict=False)
    clf.network.eval()
    clf.temperatures = {}
    return clf


def make_soup(folders: Sequence[str | Path], out_dir: str | Path, *, progress: bool = True) -> Path:
    """Average `folders` (runs of one config, different seeds), calibrate on dev, save to `out_dir`."""
    from pipeline.classify.examples import load_examples
    from pipeline.classify.model_card import write_model_card
    from pipeline.classify.train import calibrate, score
    from pipeline.config import config_from_dict

    started = time.time()
    folders = [Path(f) for f in folders]
    out_dir = Path(out_dir)
    if out_dir.resolve() in {f.resolve() for f in folders}:
        raise SoupError(f"{out_dir}: the soup cannot overwrite one of its members")
    clf = average_runs(folders)
    raw = yaml.safe_load((folders[0] / "config.yaml").read_text(encoding="utf-8")) or {}
    raw.update(name=out_dir.name, output_dir=str(out_dir.parent))
    cfg = config_from_dict(raw)
    dev_ex, _ = load_examples(cfg, cfg.data.dev_split)
    batch = cfg.train.eval_batch_size
    members, run_metrics = [], []
    for folder in folders:
        m = _json(folder / "metrics.json") if (folder / "metrics.json").exists() else {}
        run_metrics.append(m)
        train_cfg = (yaml.safe_load((folder / "config.yaml").read_text(encoding="utf-8")) or {}).get("train", {})
        seed, init_seed = train_cfg.get("seed"), train_cfg.get("init_seed", -1)
        if progress:
            print(f"scoring member {folder} on dev ({len(dev_ex)} statements)", flush=True)
        members.append({"folder": str(folder), "seed": seed,
                        "init_seed": seed if init_seed is None or init_seed < 0 else init_seed,
                        "train_seconds": m.get("train_seconds"),
                        "best_epoch": m.get("best_epoch"),
                        "dev": score(StanceClassifier.load(folder), dev_ex, batch)})
    calibration = calibrate(clf, dev_ex, batch)
    dev = score(clf, dev_ex, batch)
    clf.save(out_dir)
    seeds = [m["seed"] for m in members]
    (out_dir / "config.yaml").write_text(
        f"# the config of the soup's members (seeds {seeds}); rebuild it with: stance soup --out {out_dir} "
        + " ".join(str(f) for f in folders) + "\n" + yaml.safe_dump(cfg.to_dict(), sort_keys=False), encoding="utf-8")
    (out_dir / FINGERPRINT_FILE).write_text((folders[0] / FINGERPRINT_FILE).read_text(encoding="utf-8"),
                                            encoding="utf-8")
    train_seconds = [m["train_seconds"] for m in members]
    first_metrics = run_metrics[0]
    metrics = {"best_epoch": None, "dev": dev, "dev_examples": len(dev_ex),
               "train_examples": first_metrics.get("train_examples", 0),
               "train_seconds": round(sum(t or 0 for t in train_seconds), 1),
               "parameters": first_metrics.get("parameters", 0),
               "trained_parameters": first_metrics.get("trained_parameters", 0),
               "weights_bytes": (out_dir / WEIGHTS_FILE).stat().st_size,
               "torch_threads": first_metrics.get("torch_threads"), "device": "cpu",
               "calibration_on_dev": calibration,
               "soup": {"members": members, "soup_seconds": round(time.time() - started, 1)}}
    for key in ("lexical_ngrams", "lexical_bytes", "dev_mixed"):
        if key in first_metrics:
            metrics[key] = first_metrics[key]
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    rows = "\n".join(f"| {m['seed']} | {m['init_seed']} | `{m['folder']}` | {m['dev']['mean']['macro_f1']:.3f} | "
                     f"{m['train_seconds']} |" for m in members)
    extra = (f"\n## Weight average of {len(members)} seed runs\nThe weights are the element-wise mean of these runs' "
             "trained weights (`stance soup`; the same config, different `train.seed`); the temperatures were refit "
             f"on dev afterwards. Dev mean macro-F1 of the average: {dev['mean']['macro_f1']:.3f}. Training time above "
             "is the members' total. Members that share the initialisation seed (`train.init_seed`) started from the same "
             "weights.\n\n| seed | init seed | member | dev mean macro-F1 | train s |\n|---|---|---|---|---|\n" + rows
             + "\n")
    write_model_card(out_dir, cfg, metrics, clf.targets, extra=extra)
    return out_dir
