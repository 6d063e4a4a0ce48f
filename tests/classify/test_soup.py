"""Weight averaging of seed runs: the mean of the weights, refusals that name what differs, a usable run folder."""
import json
import shutil

import numpy as np
import pytest
import torch
from conftest import SMOKE_CONFIG, smoke_overrides
from safetensors.torch import load_file

from pipeline.classify.examples import load_examples
from pipeline.classify.model import StanceClassifier
from pipeline.classify.soup import SoupError, average_state, check_alike, make_soup
from pipeline.classify.train import train
from pipeline.cli import main
from pipeline.config import load_config


@pytest.fixture(scope="module")
def seed_runs(session_corpus, tmp_path_factory):
    """Two smoke runs of one config with seeds 13 and 14."""
    out = tmp_path_factory.mktemp("soup-runs")
    runs = []
    for seed in (13, 14):
        cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, out, f"seed{seed}")
                          + [f"train.seed={seed}", "train.max_steps=3", "train.epochs=1"])
        runs.append(train(cfg, progress=False))
    return runs


def test_the_average_is_the_element_wise_mean_of_the_members_weights(seed_runs):
    a, b = (load_file(str(r / "model.safetensors")) for r in seed_runs)
    mean = average_state(seed_runs)
    assert set(mean) == set(a)
    assert any(not torch.equal(a[k], b[k]) for k in a)  # different seeds, different weights
    for k in a:
        assert torch.allclose(mean[k], (a[k].float() + b[k].float()) / 2, atol=1e-6)


def test_a_soup_folder_loads_predicts_and_records_its_members(seed_runs, session_corpus, tmp_path):
    out = make_soup(seed_runs, tmp_path / "soup", progress=False)
    clf = StanceClassifier.load(out)
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path))
    dev, _ = load_examples(cfg, "dev")
    probs = clf.predict_proba(dev)
    assert probs.shape == (len(dev), 2, 3) and np.allclose(probs.sum(-1), 1.0, atol=1e-5)
    loaded = load_file(str(out / "model.safetensors"))
    mean = average_state(seed_runs)
    for k, v in loaded.items():  # saved in the members' dtype
        assert torch.allclose(v.float(), mean[k], atol=1e-2)
    metrics = json.loads((out / "metrics.json").read_text())
    assert [(m["seed"], m["init_seed"]) for m in metrics["soup"]["members"]] == [(13, 13), (14, 14)]
    assert set(metrics["calibration_on_dev"]) <= {"inclusion", "ceasefire"}
    card = (out / "README.md").read_text()
    assert "Weight average of 2 seed runs" in card and str(seed_runs[1]) in card


def test_runs_of_other_settings_or_data_are_refused_by_name(seed_runs, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(seed_runs[1], other)
    meta = json.loads((other / "stance_config.json").read_text())
    meta["model"]["max_length"] = 32
    (other / "stance_config.json").write_text(json.dumps(meta))
    with pytest.raises(SoupError, match=r"model\.max_length"):
        check_alike([seed_runs[0], other])

    moved = tmp_path / "moved"
    shutil.copytree(seed_runs[1], moved)
    prints = json.loads((moved / "data_fingerprint.json").read_text())
    prints["train"] = "0" * 16
    (moved / "data_fingerprint.json").write_text(json.dumps(prints))
    with pytest.raises(SoupError, match="other train data"):
        check_alike([seed_runs[0], moved])


def test_one_member_or_the_same_folder_twice_is_not_a_soup(seed_runs, tmp_path):
    with pytest.raises(SoupError, match="at least two"):
        check_alike(seed_runs[:1])
    with pytest.raises(SoupError, match="named twice"):
        check_alike([seed_runs[0], seed_runs[0]])
    with pytest.raises(SoupError, match="not a run folder"):
        check_alike([seed_runs[0], tmp_path])


def test_the_soup_command_refuses_to_overwrite_a_member(seed_runs, capsys):
    code = main(["soup", "--out", str(seed_runs[0]), str(seed_runs[0]), str(seed_runs[1])])
    assert code == 2
    assert "cannot overwrite one of its members" in capsys.readouterr().err


def test_lexical_components_must_hold_equal_tensors(seed_runs, tmp_path):
    from safetensors.torch import save_file

    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(seed_runs[0], a)
    shutil.copytree(seed_runs[1], b)
    coef = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    save_file({"coef": coef}, str(a / "lexical.safetensors"), metadata={"targets": "x", "labels": "y"})
    save_file({"coef": coef.clone()}, str(b / "lexical.safetensors"), metadata={"labels": "y", "targets": "x"})
    check_alike([a, b])  # same tensors and metadata, whatever the header's key order
    save_file({"coef": coef + 3e-8}, str(b / "lexical.safetensors"), metadata={"targets": "x", "labels": "y"})
    check_alike([a, b])  # the same fit summed on another number of threads: float noise, not another component
    save_file({"coef": coef + 1}, str(b / "lexical.safetensors"), metadata={"targets": "x", "labels": "y"})
    with pytest.raises(SoupError, match="lexical.safetensors differs"):
        check_alike([a, b])
