"""Device choice, inference precision and the GPU inference path (run on the CPU where possible).

Tests marked `cuda` need a CUDA GPU and are skipped without one.
"""
from __future__ import annotations

import numpy as np
import pytest
import torch

from pipeline.classify.batching import default_tokenize_workers, fork_available
from pipeline.classify.device import (CUDA_MAX_TOKENS, DeviceError, autocast_dtype, default_max_tokens,
                                      resolve_device)
from pipeline.classify.examples import StatementExample
from pipeline.classify.model import StanceClassifier
from pipeline.config import ModelConfig, TargetConfig

def needs_cuda(test):
    """Mark a test `cuda` and skip it where torch sees no CUDA GPU."""
    return pytest.mark.cuda(pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")(test))


def _fake(monkeypatch, cuda: bool, mps: bool) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: cuda)
    monkeypatch.setattr("pipeline.classify.device._mps_available", lambda: mps)


@pytest.mark.parametrize("cuda,mps,expected", [(True, True, "cuda"), (False, True, "mps"), (False, False, "cpu")])
def test_auto_prefers_cuda_then_mps_then_cpu(monkeypatch, cuda, mps, expected):
    _fake(monkeypatch, cuda, mps)
    assert resolve_device("auto").type == expected
    assert resolve_device(None).type == expected


def test_named_devices_must_exist(monkeypatch):
    _fake(monkeypatch, False, False)
    assert resolve_device("cpu") == torch.device("cpu")
    with pytest.raises(DeviceError, match="sees no CUDA GPU"):
        resolve_device("cuda")
    with pytest.raises(DeviceError, match="MPS is not available"):
        resolve_device("mps")
    _fake(monkeypatch, True, False)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    assert resolve_device("CUDA:1") == torch.device("cuda:1")
    with pytest.raises(DeviceError, match="cuda:0 to cuda:1"):
        resolve_device("cuda:2")


@pytest.mark.parametrize("name", ["gpu", "tpu", "mps:0", ""])
def test_unknown_device_names_the_allowed_ones(name):
    if name == "":  # empty means auto
        assert resolve_device(name).type in ("cpu", "cuda", "mps")
        return
    with pytest.raises(DeviceError, match=r"not one of \['auto', 'cpu', 'cuda', 'mps'\]"):
        resolve_device(name)


def test_precision_fp16_on_cuda_float32_on_cpu():
    cuda, cpu = torch.device("cuda"), torch.device("cpu")
    assert autocast_dtype(cuda) is torch.float16
    assert autocast_dtype(cpu) is None
    assert autocast_dtype(cuda, "fp32") is None
    assert autocast_dtype(cpu, "bf16") is torch.bfloat16
    with pytest.raises(DeviceError, match="not one of"):
        autocast_dtype(cpu, "int8")
    assert default_max_tokens(cuda) == CUDA_MAX_TOKENS and default_max_tokens(cpu) == 0


def test_a_model_released_for_bf16_gets_it_on_cpus_that_compute_bf16(monkeypatch):
    import pipeline.classify.device as device

    cpu, cuda = torch.device("cpu"), torch.device("cuda")
    monkeypatch.setattr(device, "cpu_has_native_bf16", lambda: True)
    assert autocast_dtype(cpu, "auto", cpu_auto="bf16") is torch.bfloat16
    assert autocast_dtype(cpu, "fp32", cpu_auto="bf16") is None  # asking for float32 still wins
    assert autocast_dtype(cpu, "auto") is None  # models released for float32 keep it
    assert autocast_dtype(cuda, "auto", cpu_auto="bf16") is torch.float16
    monkeypatch.setattr(device, "cpu_has_native_bf16", lambda: False)
    assert autocast_dtype(cpu, "auto", cpu_auto="bf16") is None  # emulated bf16 would be slower


def test_the_model_setting_reaches_inference(monkeypatch, tmp_path):
    from pathlib import Path

    import pipeline.classify.device as device
    from pipeline.config import ConfigError, load_config

    monkeypatch.setattr(device, "cpu_has_native_bf16", lambda: True)
    clf = StanceClassifier.from_base(ModelConfig(random_init=True, random_hidden=16, random_layers=1, design="heads",
                                                 cpu_precision="bf16"),
                                     [TargetConfig("inclusion", "x")])
    assert clf.to("cpu").autocast is torch.bfloat16
    clf.save(tmp_path / "run")
    assert StanceClassifier.load(tmp_path / "run").to("cpu").autocast is torch.bfloat16
    assert StanceClassifier.load(tmp_path / "run").to("cpu", precision="fp32").autocast is None
    with pytest.raises(ConfigError, match="model.cpu_precision"):
        load_config(Path(__file__).parents[2] / "configs" / "smoke.yaml", ["model.cpu_precision=fp16"])


def _examples() -> list[StatementExample]:
    texts = ["We need a cease-fire now.", "Europe has no place at the table.", "Talks went well.",
             "Ukraine must be part of any talks, and nothing about Ukraine can be decided without Ukraine.",
             "There can be no truce until the root causes of the conflict are addressed.", "No.",
             "The fighting must stop now, the minister said after the long meeting in Riyadh on Tuesday."] * 5
    sides = ["ukraine", "russia", "us", "europe", "russia", "", "europe"] * 5
    return [StatementExample(t, side=s) for t, s in zip(texts, sides)]


def _reference_probs(clf, examples, batch_size):
    """The CPU inference loop as it was before devices: length-sorted count batches, float32."""
    inputs = [clf.pair_inputs(ex, 0) for ex in examples]
    order = sorted(range(len(inputs)), key=lambda j: len(inputs[j][0]) + len(inputs[j][1] or ""))
    temps = torch.tensor([clf.temperatures.get(t, 1.0) for t in clf.target_names])
    out = np.zeros((len(examples), len(clf.targets), 3), dtype=np.float32)
    with torch.inference_mode():
        for b in range(0, len(order), batch_size):
            idx = order[b:b + batch_size]
            logits = clf.network(**clf.tokenize([inputs[j] for j in idx])).float()
            if clf.temperatures:
                logits = logits / temps.view(1, -1, 1)
            out[idx] = torch.softmax(logits.view(len(idx), len(clf.targets), 3), -1).numpy()
    return out


def test_cpu_outputs_unchanged_by_the_device_path(smoke_pipeline):
    clf = smoke_pipeline.classifier
    assert clf.device.type == "cpu" and clf.autocast is None and clf.max_tokens == 0
    if clf.settings.design != "heads":
        pytest.skip("reference loop written for the heads design")
    exs = _examples()
    np.testing.assert_array_equal(clf.predict_proba(exs, 4), _reference_probs(clf, exs, 4))


def test_token_budget_batches_and_autocast_run_on_cpu(smoke_model):
    """The GPU path (token batches, prefetch thread, autocast) exercised on the CPU with bf16."""
    from pipeline.serve.predict import StancePipeline

    exs = _examples()
    ref = StancePipeline.load(smoke_model, device="cpu").classifier.predict_proba(exs, 4)
    sp = StancePipeline.load(smoke_model, device="cpu", max_tokens=64)
    np.testing.assert_allclose(sp.classifier.predict_proba(exs, 4), ref, atol=1e-5)
    sp.classifier.to("cpu", precision="bf16", max_tokens=64)
    assert sp.classifier.autocast is torch.bfloat16
    probs = sp.classifier.predict_proba(exs, 4)
    assert probs.shape == ref.shape and np.allclose(probs.sum(-1), 1.0, atol=1e-3)
    assert np.abs(probs - ref).max() < 0.05


@pytest.mark.skipif(not fork_available(), reason="worker processes are forked")
def test_forked_tokenising_workers_give_the_same_probabilities(smoke_model, monkeypatch):
    """The GPU's tokenising processes, run on the CPU: every statement once, same numbers, input order."""
    import pipeline.classify.model as model_mod
    from pipeline.serve.predict import StancePipeline

    monkeypatch.setattr(model_mod, "TOKENIZE_CHUNK", 4)  # 35 statements -> 9 chunks over 2 workers
    exs = _examples()
    ref = StancePipeline.load(smoke_model, device="cpu", max_tokens=64, tokenize_workers=0).classifier
    sp = StancePipeline.load(smoke_model, device="cpu", max_tokens=64, tokenize_workers=2)
    assert sp.classifier.tokenize_workers == 2
    np.testing.assert_allclose(sp.classifier.predict_proba(exs, 4), ref.predict_proba(exs, 4), atol=1e-6)


def test_tokenising_workers_only_by_default_on_cuda(smoke_model):
    from pipeline.serve.predict import StancePipeline

    assert default_tokenize_workers(torch.device("cpu")) == 0
    expected = 1 <= default_tokenize_workers(torch.device("cuda")) <= 8 if fork_available() else True
    assert expected
    assert StancePipeline.load(smoke_model, device="cpu").classifier.tokenize_workers == 0
    with pytest.raises(ValueError, match="tokenize_workers"):
        StancePipeline.load(smoke_model, device="cpu", tokenize_workers=-1)


def test_predict_many_on_explicit_cpu_matches_default(smoke_model, seed_text):
    from pipeline.serve.predict import StancePipeline

    a = StancePipeline.load(smoke_model, device="cpu").predict(seed_text, "seed").to_dict()
    b = StancePipeline.load(smoke_model, max_tokens=128).predict(seed_text, "seed").to_dict()
    assert [s["text"] for s in a["statements"]] == [s["text"] for s in b["statements"]]
    for x, y in zip(a["statements"], b["statements"]):
        for t, probs in x["probabilities"].items():
            assert probs == pytest.approx(y["probabilities"][t], abs=2e-4)


@needs_cuda
def test_cuda_fp16_agrees_with_cpu(smoke_model):
    from pipeline.serve.predict import StancePipeline

    exs = _examples()
    ref = StancePipeline.load(smoke_model, device="cpu").classifier.predict_proba(exs, 4)
    sp = StancePipeline.load(smoke_model, device="cuda")
    assert sp.classifier.device.type == "cuda" and sp.classifier.autocast is torch.float16
    probs = sp.classifier.predict_proba(exs, 4)
    assert np.abs(probs - ref).max() < 0.01


@needs_cuda
def test_cuda_training_runs(tiny_corpus, tmp_path):
    from conftest import SMOKE_CONFIG, smoke_overrides

    from pipeline.classify.train import train
    from pipeline.config import load_config

    run = train(load_config(SMOKE_CONFIG, smoke_overrides(tiny_corpus, tmp_path)), progress=False, device="cuda")
    assert (run / "model.safetensors").exists()
