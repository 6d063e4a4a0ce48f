"""Top-layer fine-tuning over cached lower-layer states (train.cache_lower) and distillation from a teacher
run folder (train.teacher)."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
import torch
from conftest import SMOKE_CONFIG, smoke_overrides
from safetensors.torch import load_file

from pipeline.classify import train as trainer
from pipeline.classify.cached_top import LowerStateCache, TopStack, check_cache_lower
from pipeline.classify.examples import load_examples
from pipeline.classify.model import ModelLoadError, StanceClassifier
from pipeline.config import ConfigError, ModelConfig, TrainConfig, load_config

# the packaged MiniLM (6 layers), its top 2 trained over cached states of layers 1-4
TOP2 = ["model.random_init=false", "model.finetune=top", "model.train_layers=2", "train.cache_lower=true",
        "train.max_steps=3", "train.epochs=1", "data.max_train_examples=24"]


def test_the_split_forward_gives_the_full_forwards_logits(session_corpus):
    cfg = load_config(SMOKE_CONFIG, [f"data.path={session_corpus}", "model.random_init=false"])
    examples, targets = load_examples(cfg, "train")
    clf = StanceClassifier.from_base(cfg.model, targets, seed=13)
    clf.network.eval()
    ds = trainer._dataset(clf, examples[:12])
    rows = [ds[i] for i in range(len(ds))]
    cache = LowerStateCache(clf, 2)
    cache.fill(ds, trainer._collate, 5, progress=False)
    assert len(cache.states) == len({LowerStateCache.key(r) for r in rows})
    batch = trainer._collate(rows, clf.tokenizer.pad_token_id or 0)
    with torch.no_grad():
        full = clf.network(batch["input_ids"], batch["attention_mask"], batch["token_type_ids"])
        split = TopStack(clf.network, 2)(*cache.batch(rows))
    assert split.shape == full.shape
    assert torch.allclose(split, full, atol=2e-3)  # the cached states are float16


def test_a_cached_run_moves_only_the_top_layers_and_saves_a_top_model(session_corpus, tmp_path):
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "cached") + TOP2)
    base = StanceClassifier.from_base(cfg.model, load_examples(cfg, "train")[1], seed=13).network.state_dict()
    run_dir = trainer.train(cfg, progress=False)
    saved = load_file(str(run_dir / "model.safetensors"))
    assert {k.split(".")[3] for k in saved if k.startswith("encoder.")} == {"4", "5"}
    loaded = StanceClassifier.load(run_dir).network.state_dict()
    assert torch.equal(loaded["encoder.encoder.layer.0.attention.self.query.weight"],
                       base["encoder.encoder.layer.0.attention.self.query.weight"])
    assert not torch.allclose(loaded["encoder.encoder.layer.5.output.dense.weight"],
                              base["encoder.encoder.layer.5.output.dense.weight"])


@pytest.mark.parametrize("model", [ModelConfig(finetune="top", train_layers=0), ModelConfig(finetune="full"),
                                   ModelConfig(finetune="top", train_layers=6)])
def test_cache_lower_without_frozen_layers_below_is_refused(model):
    with pytest.raises(ValueError, match="train.cache_lower"):
        check_cache_lower(model, TrainConfig(cache_lower=True), 6)
    check_cache_lower(model, TrainConfig(cache_lower=False), 6)  # off: nothing to check


def test_a_student_learns_from_a_teacher_folder_and_its_card_says_so(session_corpus, smoke_model, tmp_path):
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "student")
                      + [f"train.teacher={smoke_model}", "train.teacher_precision=bf16", "train.max_steps=2",
                         "train.epochs=1"])
    examples, targets = load_examples(cfg, "train")
    soft, info = trainer.teacher_targets(cfg, examples, targets, progress=False)
    assert soft.shape == (len(examples), 2, 3) and np.allclose(soft.sum(-1), 1.0, atol=1e-5)
    raw = StanceClassifier.load(smoke_model).predict_proba(examples, calibrated=False)
    assert (soft.max(-1) <= raw.max(-1) + 0.02).all()  # softened at T = 2 (the teacher ran in bf16)
    assert soft.max(-1).mean() < raw.max(-1).mean()
    run_dir = trainer.train(cfg, progress=False)
    metrics = json.loads((run_dir / "metrics.json").read_text())
    assert metrics["distilled_from_teacher"]["teacher"] == str(smoke_model)
    assert "from the probabilities of the teacher" in (run_dir / "README.md").read_text()


def test_a_teacher_with_other_targets_is_refused_by_name(session_corpus, smoke_model, tmp_path):
    other = tmp_path / "other-teacher"
    shutil.copytree(smoke_model, other)
    meta = json.loads((other / "stance_config.json").read_text())
    for t in meta["targets"]:
        t["name"] = "x_" + t["name"]
    (other / "stance_config.json").write_text(json.dumps(meta))
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "s2") + [f"train.teacher={other}"])
    examples, targets = load_examples(cfg, "train")
    with pytest.raises(ModelLoadError, match="other-teacher"):
        trainer.teacher_targets(cfg, examples, targets, progress=False)


def test_a_bf16_run_trains_and_saves_float_weights(session_corpus, tmp_path):
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "bf16") + TOP2 + ["train.precision=bf16"])
    run_dir = trainer.train(cfg, progress=False)
    saved = load_file(str(run_dir / "model.safetensors"))
    assert all(v.dtype == torch.float32 for v in saved.values())
    assert StanceClassifier.load(run_dir).predict_proba(load_examples(cfg, "dev")[0][:3]).shape == (3, 2, 3)


@pytest.mark.parametrize("key", ["train.precision", "train.teacher_precision"])
def test_an_unknown_precision_names_its_key(key):
    with pytest.raises(ConfigError, match=key):
        load_config(SMOKE_CONFIG, [f"{key}=fp8"])


def test_a_teacher_is_not_combined_with_an_ensemble():
    with pytest.raises(ConfigError, match="train.teacher"):
        load_config(SMOKE_CONFIG, ["train.teacher=models/x", "train.ensemble=2", "train.distill=true"])


def test_writer_cross_validation_refuses_a_teacher(session_corpus, tmp_path):
    from pipeline.evaluate.cv import run_cv

    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "cvt") + ["train.teacher=models/x"])
    with pytest.raises(ValueError, match="train.teacher"):
        run_cv(cfg, out_dir=tmp_path, progress=False)
