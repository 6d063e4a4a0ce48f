"""Intermediate training: a run starts from the encoder layers an earlier run saved (model.init_encoder)."""
from __future__ import annotations

import json

import pytest
import torch
from safetensors.torch import save_file

from pipeline.classify.model import (CONFIG_FILE, WEIGHTS_FILE, ModelLoadError, StanceNetwork, _build_encoder,
                                     init_encoder_from)
from pipeline.config import ModelConfig


def _network(seed: int) -> StanceNetwork:
    tiny = ModelConfig(random_init=True, random_hidden=16, random_layers=2)
    return StanceNetwork(_build_encoder(tiny, None, seed), 2, 0.0)


def _earlier_run(tmp_path, state: dict, weights: str = "top", sha: str = "abc"):
    tmp_path.mkdir(exist_ok=True)
    save_file({k: v.contiguous() for k, v in state.items()}, str(tmp_path / WEIGHTS_FILE))
    (tmp_path / CONFIG_FILE).write_text(json.dumps({"weights": weights, "base_sha256": sha}), encoding="utf-8")
    return tmp_path


SETTINGS = ModelConfig(finetune="top", train_layers=1)  # a 2-layer encoder: layer 1 and the head train


def test_the_earlier_runs_layers_replace_the_bases(tmp_path):
    earlier = _network(1)
    layer1 = {k: v for k, v in earlier.state_dict().items() if k.startswith("encoder.encoder.layer.1.")}
    folder = _earlier_run(tmp_path / "run", {**layer1, "head.weight": torch.zeros(3, 16)})
    net = _network(2)
    taken = init_encoder_from(net, SETTINGS, folder, "abc")
    assert taken == sorted(layer1)  # the earlier head is not taken: this run's head has its own task
    for k, v in layer1.items():
        assert torch.equal(net.state_dict()[k], v)
    assert not torch.equal(net.state_dict()["encoder.encoder.layer.0.attention.self.query.weight"],
                           earlier.state_dict()["encoder.encoder.layer.0.attention.self.query.weight"])


@pytest.mark.parametrize("weights,sha,layer,message", [
    ("full", "abc", 1, "only a `top` run"),
    ("top", "other", 1, "this run's base"),
    ("top", "abc", 0, "does not train"),
])
def test_an_earlier_run_that_does_not_fit_is_refused(tmp_path, weights, sha, layer, message):
    state = {k: v for k, v in _network(1).state_dict().items() if k.startswith(f"encoder.encoder.layer.{layer}.")}
    folder = _earlier_run(tmp_path / "run", state, weights, sha)
    with pytest.raises(ModelLoadError, match=message):
        init_encoder_from(_network(2), SETTINGS, folder, "abc")


def test_a_missing_folder_names_the_key(tmp_path):
    with pytest.raises(ModelLoadError, match="model.init_encoder"):
        init_encoder_from(_network(2), SETTINGS, tmp_path / "nowhere", "abc")
