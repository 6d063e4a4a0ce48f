"""Tests for pipeline.classify.model and pipeline.classify.encoder: shapes, save/load round-trips and the base hash check."""
import json
import shutil

import numpy as np
import pytest
import torch

from pipeline.config import DEFAULT_BASE, DEFAULT_BASE_SHA256, ModelConfig, TargetConfig
from pipeline.classify.examples import StatementExample
from pipeline.classify.encoder import BaseModelError, resolve_base, sha256_file, verify_base
from pipeline.classify.model import CONFIG_FILE, WEIGHTS_FILE, ModelLoadError, StanceClassifier, trainable_names

TARGETS = [TargetConfig("inclusion", "Ukraine should take part in the talks."),
           TargetConfig("ceasefire", "The fighting should stop soon.")]
EXAMPLES = [StatementExample("We are ready for a cease-fire.", side="ukraine"),
            StatementExample("Europe has no place at the table.", side="russia", context="Lavrov said … on Monday"),
            StatementExample("Relations are improving.")]


def tiny(design: str = "heads", **kw) -> StanceClassifier:
    settings = ModelConfig(random_init=True, random_hidden=32, random_layers=1, design=design, max_length=32, **kw)
    return StanceClassifier.from_base(settings, TARGETS, seed=3)


@pytest.mark.parametrize("design", ["heads", "cross"])
def test_probabilities_have_one_row_per_input_and_sum_to_one(design):
    probs = tiny(design).predict_proba(EXAMPLES, batch_size=2)
    assert probs.shape == (3, 2, 3)
    np.testing.assert_allclose(probs.sum(-1), 1.0, atol=1e-5)
    assert (probs >= 0).all()


def test_empty_input_gives_an_empty_array():
    assert tiny().predict_proba([]).shape == (0, 2, 3)


def test_input_order_is_kept_whatever_the_batching():
    clf = tiny("cross")
    whole = clf.predict_proba(EXAMPLES, batch_size=64)
    one_by_one = np.stack([clf.predict_proba([ex])[0] for ex in EXAMPLES])
    np.testing.assert_allclose(whole, one_by_one, atol=1e-5)
    reversed_ = clf.predict_proba(EXAMPLES[::-1], batch_size=1)[::-1]
    np.testing.assert_allclose(whole, reversed_, atol=1e-5)


def test_side_and_context_reach_the_input_only_when_configured():
    ex = EXAMPLES[1]
    assert tiny(use_side=True).statement_input(ex) == "russia: Europe has no place at the table."
    assert tiny(use_side=False).statement_input(ex) == "Europe has no place at the table."
    assert tiny(use_side=False, use_context=True).statement_input(ex).endswith("| Lavrov said … on Monday")
    first, second = tiny("cross").pair_inputs(ex, 1)
    assert first == TARGETS[1].description and "Europe has no place" in second


@pytest.mark.parametrize("design", ["heads", "cross"])
def test_save_load_round_trip_gives_identical_probabilities(tmp_path, design):
    clf = tiny(design)
    before = clf.predict_proba(EXAMPLES)
    clf.save(tmp_path / "m")
    loaded = StanceClassifier.load(tmp_path / "m")
    np.testing.assert_array_equal(loaded.predict_proba(EXAMPLES), before)
    assert loaded.target_names == ["inclusion", "ceasefire"]
    assert loaded.settings == clf.settings


def test_saved_folder_describes_itself(tmp_path):
    tiny().save(tmp_path / "m")
    meta = json.loads((tmp_path / "m" / CONFIG_FILE).read_text(encoding="utf-8"))
    assert meta["labels"] == ["favor", "against", "none"]
    assert [t["name"] for t in meta["targets"]] == ["inclusion", "ceasefire"]
    assert meta["model"]["design"] == "heads"
    assert (tmp_path / "m" / WEIGHTS_FILE).exists()
    assert (tmp_path / "m" / "tokenizer_config.json").exists()
    assert not list((tmp_path / "m").glob("*.bin")) and not list((tmp_path / "m").glob("*.pt"))  # no pickle


def test_top_release_saves_only_the_trained_layers_and_reloads_over_the_base(tmp_path):
    settings = ModelConfig(design="cross", finetune="top", train_layers=1, max_length=32)
    clf = StanceClassifier.from_base(settings, TARGETS, seed=0)
    names = trainable_names(clf.network, settings)
    assert names and all(n.startswith(("encoder.encoder.layer.5.", "head.")) for n in names)
    assert clf.base_sha256 == DEFAULT_BASE_SHA256
    with torch.no_grad():  # make the head distinct from a fresh one
        clf.network.head.weight.add_(0.5)
    before = clf.predict_proba(EXAMPLES)
    clf.save(tmp_path / "top")
    from safetensors.torch import load_file

    assert set(load_file(str(tmp_path / "top" / WEIGHTS_FILE))) == set(names)
    loaded = StanceClassifier.load(tmp_path / "top")
    np.testing.assert_allclose(loaded.predict_proba(EXAMPLES), before, atol=1e-6)


def test_load_refuses_a_folder_that_is_not_a_model(tmp_path):
    with pytest.raises(ModelLoadError, match=CONFIG_FILE):
        StanceClassifier.load(tmp_path)


def test_load_refuses_other_labels(tmp_path):
    tiny().save(tmp_path / "m")
    cfg = tmp_path / "m" / CONFIG_FILE
    meta = json.loads(cfg.read_text(encoding="utf-8"))
    meta["labels"] = ["pro", "con", "none"]
    cfg.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelLoadError, match="labels"):
        StanceClassifier.load(tmp_path / "m")


def test_load_refuses_missing_weights(tmp_path):
    tiny().save(tmp_path / "m")
    (tmp_path / "m" / WEIGHTS_FILE).unlink()
    with pytest.raises(ModelLoadError, match=WEIGHTS_FILE):
        StanceClassifier.load(tmp_path / "m")


# ---- the base encoder and its hash ----

def test_default_base_resolves_offline_and_verifies():
    folder = resolve_base(DEFAULT_BASE)
    assert (folder / "model.safetensors").exists()
    assert verify_base(folder, DEFAULT_BASE) == DEFAULT_BASE_SHA256


def test_unknown_base_is_a_clear_error_without_download():
    with pytest.raises(BaseModelError, match="neither a local folder nor in the local Hugging Face cache"):
        resolve_base("no-such-org/no-such-model-xyz")


def test_tampered_base_is_refused(packaged_base_copy):
    weights = packaged_base_copy / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0x01
    weights.write_bytes(bytes(data))
    with pytest.raises(BaseModelError, match="does not match the expected"):
        verify_base(packaged_base_copy, DEFAULT_BASE)
    with pytest.raises(BaseModelError, match="does not match"):
        verify_base(packaged_base_copy, str(packaged_base_copy), DEFAULT_BASE_SHA256)


def test_wrong_expected_hash_is_refused(packaged_base_copy):
    with pytest.raises(BaseModelError, match="0" * 64):
        verify_base(packaged_base_copy, DEFAULT_BASE, "0" * 64)
    settings = ModelConfig(base=str(packaged_base_copy), base_sha256="f" * 64, random_init=True)
    with pytest.raises(BaseModelError):
        StanceClassifier.from_base(settings, TARGETS)


def test_base_without_safetensors_is_refused(packaged_base_copy):
    (packaged_base_copy / "model.safetensors").unlink()
    with pytest.raises(BaseModelError, match="only safetensors"):
        verify_base(packaged_base_copy, DEFAULT_BASE)


def test_loading_a_top_model_refuses_a_base_tampered_after_training(tmp_path, packaged_base_copy):
    settings = ModelConfig(base=str(packaged_base_copy), design="cross", finetune="top", train_layers=1,
                           max_length=32)
    clf = StanceClassifier.from_base(settings, TARGETS)
    assert clf.base_sha256 == sha256_file(packaged_base_copy / "model.safetensors")
    clf.save(tmp_path / "top")
    weights = packaged_base_copy / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[-10] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(BaseModelError, match="does not match"):
        StanceClassifier.load(tmp_path / "top")


def test_a_copied_base_folder_is_accepted_with_its_hash(packaged_base_copy, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(packaged_base_copy, other)
    assert verify_base(other, str(other), DEFAULT_BASE_SHA256) == DEFAULT_BASE_SHA256


def test_cross_model_scores_target_descriptions_it_was_not_trained_on():
    clf = tiny("cross")
    unseen = [TargetConfig("claim_1", "Apple will sell 19 million watches.")]
    labelled = [StatementExample("BMO forecasts 19M watch sales", {"claim_1": "favor"}),
                StatementExample("No label for this claim")]
    probs = clf.predict_proba(labelled, targets=unseen, labelled_only=True)
    assert probs.shape == (2, 1, 3)
    np.testing.assert_allclose(probs[0].sum(-1), 1.0, atol=1e-5)
    assert (probs[1] == 0).all()  # labelled_only: the unlabelled pair is not scored


def test_heads_model_refuses_targets_it_has_no_head_for():
    with pytest.raises(ValueError, match="heads"):
        tiny("heads").predict_proba(EXAMPLES, targets=[TargetConfig("other", "Something else.")])
