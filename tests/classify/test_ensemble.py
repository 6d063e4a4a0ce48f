"""Seed ensembles and distillation: softened targets, the soft-target loss, the student run folder."""
import json

import numpy as np
import pytest
import torch
from conftest import SMOKE_CONFIG, smoke_overrides

from pipeline.classify.ensemble import average_proba, fit_ensemble, soften
from pipeline.classify.examples import load_examples
from pipeline.classify.train import _loss, _soft_loss, train
from pipeline.config import ConfigError, load_config


def test_soften_flattens_with_temperature_and_keeps_the_argmax():
    probs = np.array([[0.8, 0.15, 0.05]])
    hot, soft = soften(probs, 1.0), soften(probs, 2.0)
    assert np.allclose(hot, probs)
    assert soft.sum() == pytest.approx(1.0)
    assert soft[0, 0] < probs[0, 0] and soft[0, 2] > probs[0, 2]
    assert soft.argmax() == 0


def test_soft_loss_is_zero_when_the_student_matches_the_teacher_and_positive_otherwise():
    logits = torch.tensor([[[2.0, 0.5, -1.0], [0.0, 1.0, 0.0]]])
    teacher = torch.softmax(logits / 2.0, dim=-1)
    assert _soft_loss(logits, teacher, 2.0).item() == pytest.approx(0.0, abs=1e-6)
    assert _soft_loss(torch.zeros_like(logits), teacher, 2.0).item() > 0.01


def test_distilled_loss_mixes_gold_and_soft_targets_by_weight():
    logits = torch.tensor([[[2.0, 0.5, -1.0]]])
    batch = {"labels": torch.tensor([[1]]), "soft": torch.tensor([[[0.2, 0.6, 0.2]]])}
    hard = _loss(logits, batch, torch.ones(1, 3), "heads")
    soft = _soft_loss(logits, batch["soft"], 2.0)
    mixed = _loss(logits, batch, torch.ones(1, 3), "heads", (0.25, 2.0))
    assert mixed.item() == pytest.approx(0.75 * hard.item() + 0.25 * soft.item(), rel=1e-5)
    assert _loss(logits, batch, torch.ones(1, 3), "heads", (0.0, 2.0)).item() == pytest.approx(hard.item())


def test_ensemble_members_use_consecutive_seeds_and_average_probabilities(session_corpus, tmp_path):
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "ens")
                      + ["train.ensemble=2", "train.distill=true", "train.max_steps=2", "train.epochs=1"])
    train_ex, targets = load_examples(cfg, "train")
    fitted = fit_ensemble(cfg, train_ex, targets, progress=False)
    assert len(fitted.members) == 2 and fitted.kept is fitted.student
    a, b = (m.predict_proba(train_ex) for m in fitted.members)
    assert not np.allclose(a, b)  # different seeds, different members
    assert np.allclose(average_proba(fitted.members, train_ex), (a + b) / 2, atol=1e-6)


def test_a_distilled_run_saves_one_student_and_records_its_teachers(session_corpus, tmp_path):
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "student")
                      + ["train.ensemble=2", "train.distill=true", "train.max_steps=2", "train.epochs=1"])
    run_dir = train(cfg, progress=False)
    metrics = json.loads((run_dir / "metrics.json").read_text())
    info = metrics["distilled_from_ensemble"]
    assert info["member_seeds"] == [cfg.train.seed, cfg.train.seed + 1]
    assert info["student_seed"] == cfg.train.seed + 2 and len(info["member_dev"]) == 2
    assert len(list(run_dir.glob("*.safetensors"))) == 1


def test_a_bare_ensemble_cannot_be_saved_as_one_run(session_corpus, tmp_path):
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "bare") + ["train.ensemble=2"])
    with pytest.raises(ValueError, match="train.distill"):
        train(cfg, progress=False)


@pytest.mark.parametrize("override, key", [("train.ensemble=0", "train.ensemble"),
                                           ("train.distill_weight=1.5", "train.distill_weight"),
                                           ("train.distill_temperature=0", "train.distill_temperature")])
def test_bad_ensemble_settings_name_their_key(override, key):
    with pytest.raises(ConfigError, match=key):
        load_config(SMOKE_CONFIG, [override])


def test_the_model_card_of_a_distilled_run_names_its_members(session_corpus, tmp_path):
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "card")
                      + ["train.ensemble=2", "train.distill=true", "train.max_steps=1", "train.epochs=1"])
    card = (train(cfg, progress=False) / "README.md").read_text()
    assert "Distilled:" in card and f"seeds [{cfg.train.seed}, {cfg.train.seed + 1}]" in card
