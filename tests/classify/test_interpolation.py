"""LP-FT and weight-space interpolation: the probe fits only the head, interpolation lands where it says."""
import pytest
import torch
from conftest import SMOKE_CONFIG, smoke_overrides

from pipeline.classify.examples import load_examples
from pipeline.classify.interpolation import interpolate_, interpolated, snapshot
from pipeline.config import ConfigError, load_config


def test_interpolation_moves_each_trained_tensor_the_asked_share_of_its_change():
    net = torch.nn.Linear(3, 2)
    net.bias.requires_grad = False  # not trained: not recorded, never moved
    start = snapshot(net)
    assert set(start) == {"weight"}
    with torch.no_grad():
        net.weight.add_(2.0)
        bias = net.bias.clone()
    end = net.weight.detach().clone()
    interpolate_(net, start, 0.25)
    assert torch.allclose(net.weight, start["weight"] + 0.25 * (end - start["weight"]))
    assert torch.equal(net.bias, bias)
    interpolate_(net, start, 0.0)
    assert torch.allclose(net.weight, start["weight"])


def test_interpolation_names_a_bad_share_or_a_tensor_the_network_lacks():
    net = torch.nn.Linear(2, 2)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        interpolate_(net, snapshot(net), 1.5)
    with pytest.raises(ValueError, match="head.weight"):
        interpolate_(net, {"head.weight": torch.zeros(2, 2)}, 0.5)


def _fit(session_corpus, tmp_path, name, *extra):
    from pipeline.classify.train import fit

    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, name)
                      + ["train.epochs=1", "train.max_steps=3", "model.random_layers=1", *extra])
    train_ex, targets = load_examples(cfg, "train")
    return fit(cfg, train_ex, targets, progress=False)[0], cfg


def test_the_probe_fits_the_head_alone_before_fine_tuning(session_corpus, tmp_path):
    from pipeline.classify.model import StanceClassifier

    clf, cfg = _fit(session_corpus, tmp_path, "probe", "train.probe_epochs=3")
    fresh = dict(StanceClassifier.from_base(cfg.model, cfg.targets, seed=cfg.train.seed).network.named_parameters())
    start = clf.finetune_start
    assert not torch.allclose(start["head.weight"], fresh["head.weight"])  # the probe trained the head
    encoder = [n for n in start if n.startswith("encoder.")]
    assert encoder and all(torch.equal(start[n], fresh[n]) for n in encoder)  # and nothing else


def test_train_interpolate_keeps_that_share_of_the_fine_tuned_change(session_corpus, tmp_path):
    full, _ = _fit(session_corpus, tmp_path, "full", "train.probe_epochs=2")
    half, _ = _fit(session_corpus, tmp_path, "half", "train.probe_epochs=2", "train.interpolate=0.5")
    ends, mids = dict(full.network.named_parameters()), dict(half.network.named_parameters())
    for name, begin in full.finetune_start.items():
        assert torch.allclose(mids[name], begin + 0.5 * (ends[name] - begin), atol=1e-6), name
    copy = interpolated(full, 0.5)  # what writer-CV scores as wise_0.5, from the same training
    for name, p in copy.network.named_parameters():
        assert torch.allclose(p, mids[name], atol=1e-6), name
    assert not torch.allclose(ends["head.weight"], mids["head.weight"])  # the original is left as it was


def test_a_loaded_model_cannot_be_interpolated(smoke_model):
    from pipeline.classify.model import StanceClassifier

    with pytest.raises(ValueError, match="start weights"):
        interpolated(StanceClassifier.load(smoke_model), 0.5)


@pytest.mark.parametrize("override, key", [("train.probe_epochs=-1", "train.probe_epochs"),
                                           ("train.interpolate=1.5", "train.interpolate"),
                                           ("train.probe_lr=0", "train.probe_lr")])
def test_probe_and_interpolation_settings_are_checked(override, key):
    with pytest.raises(ConfigError, match=key):
        load_config(SMOKE_CONFIG, [override])
