"""The smoke run: configs/smoke.yaml (random tiny BERT) trained end to end on the tiny corpus, then
saved, loaded, used and evaluated; plus the trainer's pieces (class weights, loss, determinism)."""
import json

import numpy as np
import pytest
import torch
import yaml
from conftest import SMOKE_CONFIG, smoke_overrides

from pipeline.cli import main
from pipeline.config import config_from_dict, load_config
from pipeline.classify.examples import StatementExample, fingerprint, load_examples
from pipeline.classify.model import StanceClassifier
from pipeline.serve.predict import StancePipeline
from pipeline.classify.train import _loss, class_weights

RUN_FILES = ["model.safetensors", "stance_config.json", "config.yaml", "metrics.json", "data_fingerprint.json",
             "README.md", "tokenizer_config.json"]


def test_run_folder_has_every_file(smoke_model):
    for name in RUN_FILES:
        assert (smoke_model / name).is_file(), name
    assert (smoke_model / "tokenizer.json").exists() or (smoke_model / "vocab.txt").exists()
    assert not list(smoke_model.glob("*.bin")) and not list(smoke_model.glob("*.pt")) and \
        not list(smoke_model.glob("*.pkl"))


def test_metrics_json_records_the_run(smoke_model):
    m = json.loads((smoke_model / "metrics.json").read_text(encoding="utf-8"))
    assert m["train_examples"] == 6 and m["dev_examples"] == 3
    assert 1 <= m["best_epoch"] <= len(m["history"])
    assert set(m["dev"]) == {"inclusion", "ceasefire", "mean"}
    assert 0.0 <= m["dev"]["mean"]["macro_f1"] <= 1.0
    assert m["weights_bytes"] == (smoke_model / "model.safetensors").stat().st_size
    assert m["trained_parameters"] <= m["parameters"]


def test_resolved_config_repeats_the_run(smoke_model, session_corpus):
    text = (smoke_model / "config.yaml").read_text(encoding="utf-8")
    assert text.startswith("# resolved config") and "stance train --config" in text
    saved = load_config(smoke_model / "config.yaml")
    expected = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, smoke_model.parent))
    assert saved == expected


def test_data_fingerprint_names_the_training_data(smoke_model, session_corpus):
    fp = json.loads((smoke_model / "data_fingerprint.json").read_text(encoding="utf-8"))
    cfg = load_config(smoke_model / "config.yaml")
    train_ex, _ = load_examples(cfg, "train")
    dev_ex, _ = load_examples(cfg, "dev")
    assert fp["train"] == fingerprint(train_ex) and fp["dev"] == fingerprint(dev_ex)
    assert fp["data_path"] == str(session_corpus) and fp["format"] == "corpus"


def test_model_card_describes_the_run(smoke_model):
    card = (smoke_model / "README.md").read_text(encoding="utf-8")
    assert card.startswith("# Model card: smoke")
    assert "`inclusion`" in card and "`ceasefire`" in card
    assert f"stance train --config {smoke_model}/config.yaml" in card
    assert "| inclusion |" in card and "| ceasefire |" in card


def test_train_save_load_predict_evaluate(smoke_model, tmp_path, seed_text):
    clf = StanceClassifier.load(smoke_model)
    examples = [StatementExample("We are ready for a cease-fire.", side="ukraine"), StatementExample("No.")]
    probs = clf.predict_proba(examples)
    assert probs.shape == (2, 2, 3)
    np.testing.assert_allclose(probs.sum(-1), 1.0, atol=1e-5)
    clf.save(tmp_path / "again")  # save -> load gives identical probabilities
    np.testing.assert_array_equal(StanceClassifier.load(tmp_path / "again").predict_proba(examples), probs)
    result = StancePipeline.load(smoke_model).predict(seed_text, "riyadh-talks")
    assert result.statements and all(set(s.stances) == {"inclusion", "ceasefire"} for s in result.statements)
    from pipeline.evaluate.stance import evaluate_run

    report = evaluate_run(smoke_model, "test", out_dir=tmp_path / "reports", bootstrap=20)
    data = json.loads((report / "test.json").read_text(encoding="utf-8"))
    assert set(data["classification"]) == {"inclusion", "ceasefire"}


def test_class_weights_are_inverse_frequency():
    examples = [StatementExample("a", {"t": "favor"}), StatementExample("b", {"t": "none"}),
                StatementExample("c", {"t": "none"}), StatementExample("d", {"t": "none"})]
    w = class_weights(examples, ["t"])
    # 4 labelled, 2 labels present: favor 4/(2*1) = 2, none 4/(2*3) = 2/3, against absent = 0
    assert w.tolist()[0] == pytest.approx([2.0, 0.0, 2 / 3])


def test_heads_loss_ignores_missing_labels():
    logits = torch.zeros(2, 2, 3)
    logits[0, 0, 0] = 5.0
    batch = {"labels": torch.tensor([[0, -100], [-100, -100]])}
    loss = _loss(logits, batch, torch.ones(2, 3), "heads")
    expected = torch.nn.functional.cross_entropy(logits[0, 0:1], torch.tensor([0]))
    assert loss.item() == pytest.approx(expected.item(), rel=1e-5)


def test_cross_loss_weighs_each_row_by_its_target_and_label():
    logits = torch.zeros(2, 3)
    batch = {"labels": torch.tensor([[0], [2]]), "target": torch.tensor([0, 1])}
    weights = torch.tensor([[3.0, 1.0, 1.0], [1.0, 1.0, 1.0]])
    assert _loss(logits, batch, weights, "cross").item() == pytest.approx(np.log(3), rel=1e-5)


def test_label_smoothing_penalises_certainty_and_spreads_the_gold_mass_evenly():
    logits = torch.tensor([[[20.0, 0.0, 0.0]]])  # one statement, one target, all but certain of label 0
    batch = {"labels": torch.tensor([[0]])}
    plain = _loss(logits, batch, torch.ones(1, 3), "heads")
    smoothed = _loss(logits, batch, torch.ones(1, 3), "heads", smoothing=0.3)
    assert plain.item() < 1e-6
    # target distribution 0.8 / 0.1 / 0.1: certainty is now paid for on the two other labels
    log_p = torch.log_softmax(logits[0, 0], dim=-1)
    expected = -(0.8 * log_p[0] + 0.1 * log_p[1] + 0.1 * log_p[2])
    assert smoothed.item() == pytest.approx(expected.item(), rel=1e-5)
    uniform = _loss(torch.zeros(1, 1, 3), batch, torch.ones(1, 3), "heads", smoothing=0.3)
    assert uniform.item() == pytest.approx(np.log(3), rel=1e-5)  # nothing to gain from smoothing at 1/3 each


def test_label_smoothing_outside_zero_to_one_is_refused():
    with pytest.raises(Exception, match="train.label_smoothing"):
        config_from_dict({"train": {"label_smoothing": 1.0}})


def test_training_is_deterministic_for_a_seed_and_the_cli_matches_the_api(session_corpus, tmp_path, capsys):
    overrides = smoke_overrides(session_corpus, tmp_path, "det") + ["train.max_steps=2", "train.epochs=1",
                                                                    "model.random_layers=1"]
    from pipeline.classify.train import train

    api_dir = train(load_config(SMOKE_CONFIG, overrides), progress=False)
    api_weights = (api_dir / "model.safetensors").read_bytes()
    cli_args = ["train", "--config", str(SMOKE_CONFIG)]
    for o in overrides:
        cli_args += ["--set", o]
    assert main(cli_args) == 0
    assert f"saved {api_dir}" in capsys.readouterr().out
    assert (api_dir / "model.safetensors").read_bytes() == api_weights


def test_train_cli_reports_a_bad_override_with_exit_2(capsys):
    assert main(["train", "--config", str(SMOKE_CONFIG), "--set", "train.epochz=1"]) == 2
    err = capsys.readouterr().err
    assert "train.epochz" in err and err.startswith("error:")


def test_train_cli_reports_a_missing_config(tmp_path, capsys):
    assert main(["train", "--config", str(tmp_path / "none.yaml")]) == 2
    assert "not found" in capsys.readouterr().err


def test_saved_config_yaml_is_plain_yaml(smoke_model):
    raw = yaml.safe_load((smoke_model / "config.yaml").read_text(encoding="utf-8"))
    assert config_from_dict(raw).name == "smoke"


def test_side_dropout_reads_some_statements_without_their_camp_and_keeps_the_batch_order(session_corpus, tmp_path,
                                                                                          monkeypatch):
    import pipeline.classify.train as train_mod
    from pipeline.classify.train import fit

    seen = []
    real = train_mod._collate
    monkeypatch.setattr(train_mod, "_collate", lambda rows, pad: seen.append([r["first"] for r in rows]) or real(rows, pad))
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "drop")
                      + ["train.side_dropout=0.5", "train.epochs=1", "train.max_steps=4"])
    train_ex, targets = load_examples(cfg, "train")
    fit(cfg, train_ex, targets, progress=False)
    dropped, kept = seen, []
    seen = []
    monkeypatch.setattr(train_mod, "_collate", lambda rows, pad: seen.append([r["first"] for r in rows]) or real(rows, pad))
    fit(load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "keep")
                    + ["train.epochs=1", "train.max_steps=4"]), train_ex, targets, progress=False)
    kept = seen
    flat_d, flat_k = [x for b in dropped for x in b], [x for b in kept for x in b]
    assert len(flat_d) == len(flat_k)
    bare = [d for d, k in zip(flat_d, flat_k) if d != k]
    assert bare and len(bare) < len(flat_d)  # some, not all, statements lost their prefix
    assert all(k.endswith(d) and ": " in k for d, k in zip(flat_d, flat_k) if d != k)  # same statement, same order


def test_group_by_length_trains_on_batches_of_similar_length(session_corpus, tmp_path, monkeypatch):
    import pipeline.classify.train as train_mod
    from pipeline.classify.train import fit

    widths = {}
    real = train_mod._collate

    def spy(rows, pad):
        widths.setdefault(key, []).append([len(r["input_ids"]) for r in rows])
        return real(rows, pad)

    monkeypatch.setattr(train_mod, "_collate", spy)
    for key, extra in (("plain", []), ("grouped", ["train.group_by_length=50"])):
        cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, key)
                          + ["train.epochs=1", "train.batch_size=2"] + extra)
        train_ex, targets = load_examples(cfg, "train")
        fit(cfg, train_ex, targets, progress=False)
    assert len(widths["plain"]) == len(widths["grouped"]) > 1  # same steps per epoch
    rows = sorted(sum(widths["plain"], []), reverse=True)
    assert rows == sorted(sum(widths["grouped"], []), reverse=True)  # the same rows, each once
    # the whole (small) epoch is one span: its batches are neighbours in length order
    neighbours = sorted(rows[i:i + 2] for i in range(0, len(rows), 2))
    assert sorted(sorted(b, reverse=True) for b in widths["grouped"]) == neighbours


def test_group_by_length_is_checked():
    from pipeline.config import ConfigError

    with pytest.raises(ConfigError, match="train.group_by_length"):
        load_config(SMOKE_CONFIG, ["train.group_by_length=-1"])


def test_side_dropout_is_checked():
    from pipeline.config import ConfigError

    with pytest.raises(ConfigError, match="train.side_dropout"):
        load_config(SMOKE_CONFIG, ["train.side_dropout=1.0"])
    with pytest.raises(ConfigError, match="use_side"):
        load_config(SMOKE_CONFIG, ["train.side_dropout=0.3", "model.use_side=false"])


def test_init_seed_gives_runs_one_starting_point_and_leaves_the_rest_to_train_seed(session_corpus, tmp_path,
                                                                                   monkeypatch):
    import pipeline.classify.train as train_mod
    from pipeline.classify.train import fit

    starts, real = {}, train_mod.StanceClassifier.from_base

    def spy(*args, **kwargs):
        clf = real(*args, **kwargs)
        starts[key] = {n: t.detach().clone() for n, t in clf.network.state_dict().items()}
        return clf

    monkeypatch.setattr(train_mod.StanceClassifier, "from_base", spy)
    ends = {}
    for key, seed, init in (("a", 1, 5), ("b", 2, 5), ("c", 1, -1), ("d", 2, -1), ("e", 1, 1)):
        cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, key)
                          + ["train.epochs=1", "train.max_steps=2", f"train.seed={seed}", f"train.init_seed={init}"])
        train_ex, targets = load_examples(cfg, "train")
        clf, _, _ = fit(cfg, train_ex, targets, progress=False)
        ends[key] = {n: t.detach().clone() for n, t in clf.network.state_dict().items()}
    same = lambda x, y: all(torch.equal(x[n], y[n]) for n in x)
    assert same(starts["a"], starts["b"])  # one initialisation for both seeds
    assert not same(starts["c"], starts["d"])  # without it each seed draws its own
    assert not same(ends["a"], ends["b"])  # the seeds still train differently
    assert same(ends["c"], ends["e"])  # init_seed equal to train.seed is the plain run, weight for weight


def test_init_seed_is_checked():
    from pipeline.config import ConfigError

    with pytest.raises(ConfigError, match="train.init_seed"):
        load_config(SMOKE_CONFIG, ["train.init_seed=-2"])
