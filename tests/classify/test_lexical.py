"""The lexical component (TF-IDF + LR per target) and its mixture with the network."""
import json

import numpy as np
import pytest
from conftest import SMOKE_CONFIG, smoke_overrides

from pipeline.classify.examples import StatementExample, load_examples
from pipeline.classify.lexical import LexicalModel, LexicalModelError, mix
from pipeline.classify.model import ModelLoadError, StanceClassifier
from pipeline.classify.train import calibrate, train
from pipeline.config import ConfigError, load_config
from pipeline.schema import LABELS

TARGETS = ["inclusion", "ceasefire"]


def _examples():
    rows = [("Kyiv must have a seat at the table.", "favor", "none"),
            ("Ukraine must be at the table for any deal.", "favor", "none"),
            ("No talks about Ukraine without Ukraine.", "favor", "none"),
            ("The two presidents will settle this alone, without Kyiv.", "against", "none"),
            ("Europe has no place at these talks.", "against", "none"),
            ("We want a truce now, the guns must fall silent.", "none", "favor"),
            ("A cease-fire now would only help the aggressor.", "none", "against"),
            ("The delegation arrived on Tuesday.", "none", "none"),
            ("The hotel was busy with reporters.", "none", "none")]
    return [StatementExample(text, side="ukraine", labels={"inclusion": inc, "ceasefire": cf}, group=f"a{i}")
            for i, (text, inc, cf) in enumerate(rows)]


def test_lexical_probabilities_equal_scikit_learns_own_pipeline():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    train_ex = _examples()
    lex = LexicalModel.fit(train_ex, TARGETS, seed=3)
    probe = [StatementExample("Ukraine must have a seat at the table now.", side="us"),
             StatementExample("A truce would help the aggressor.", side="russia")]
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    X = vec.fit_transform([ex.text for ex in train_ex])
    got = lex.predict_proba(probe)
    assert got.shape == (2, 2, 3)
    for t, name in enumerate(TARGETS):
        lr = LogisticRegression(class_weight="balanced", max_iter=2000, random_state=3)
        lr.fit(X, [ex.labels[name] for ex in train_ex])
        want = lr.predict_proba(vec.transform([ex.text for ex in probe]))
        order = [list(lr.classes_).index(label) for label in LABELS]
        assert np.allclose(got[:, t], want[:, order], atol=1e-5)


def test_without_balanced_weights_the_majority_label_gains_probability():
    """`train.class_weights: false` reaches the lexical LR too: an unseen text leans further to `none`, the
    majority label, than under inverse-frequency weights."""
    probe = [StatementExample("The delegations met for three hours.", side="us")]
    balanced = LexicalModel.fit(_examples(), TARGETS).predict_proba(probe)
    plain = LexicalModel.fit(_examples(), TARGETS, balanced=False).predict_proba(probe)
    none = LABELS.index("none")
    assert (plain[0, :, none] > balanced[0, :, none]).all()


def test_lexical_model_round_trips_through_safetensors_and_json(tmp_path):
    lex = LexicalModel.fit(_examples(), TARGETS)
    lex.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lexical.safetensors", "lexical_vocab.json"]
    again = LexicalModel.load(tmp_path, TARGETS)
    probe = _examples()[:3]
    assert np.allclose(again.predict_proba(probe), lex.predict_proba(probe), atol=1e-6)
    with pytest.raises(LexicalModelError, match="targets"):
        LexicalModel.load(tmp_path, ["inclusion"])


def test_a_target_with_one_label_only_is_refused_by_name():
    rows = [StatementExample(t, labels={"inclusion": "none"}) for t in ("talks went on", "the weather was fine")]
    with pytest.raises(LexicalModelError, match="'inclusion'"):
        LexicalModel.fit(rows, ["inclusion"])


def test_a_label_missing_from_training_gets_no_probability():
    rows = [StatementExample("seat at the table", labels={"inclusion": "favor"}),
            StatementExample("the weather was fine", labels={"inclusion": "none"})]
    probs = LexicalModel.fit(rows, ["inclusion"]).predict_proba(rows)
    assert np.allclose(probs.sum(-1), 1.0) and probs[:, 0, LABELS.index("against")].max() < 1e-6
    assert probs[0, 0].argmax() == LABELS.index("favor") and probs[1, 0].argmax() == LABELS.index("none")


def test_mix_is_the_network_at_weight_zero_and_moves_towards_the_lexical_model():
    net = np.array([[[0.6, 0.1, 0.3]]])
    lex = np.array([[[0.1, 0.1, 0.8]]])
    softmax = lambda s: np.exp(s) / np.exp(s).sum(-1, keepdims=True)  # noqa: E731
    assert np.allclose(softmax(mix(net, lex, 0.0)), net)
    halfway = softmax(mix(net, lex, 0.5))
    assert halfway[0, 0, 2] > net[0, 0, 2] and halfway.argmax() == 2


def test_lexical_weight_config_is_checked():
    with pytest.raises(ConfigError, match="model.lexical_weight"):
        load_config(SMOKE_CONFIG, ["model.lexical_weight=1.5"])
    with pytest.raises(ConfigError, match="design: heads"):
        load_config(SMOKE_CONFIG, ["model.lexical_weight=0.5", "model.design=cross"])
    with pytest.raises(ConfigError, match="ensemble"):
        load_config(SMOKE_CONFIG, ["model.lexical_weight=0.5", "train.ensemble=2", "train.distill=true"])


def test_a_run_with_a_lexical_component_saves_loads_and_calibrates_the_mixture(session_corpus, tmp_path):
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, tmp_path, "lex") + ["model.lexical_weight=0.6"])
    run_dir = train(cfg, progress=False)
    assert (run_dir / "lexical.safetensors").exists() and (run_dir / "lexical_vocab.json").exists()
    metrics = json.loads((run_dir / "metrics.json").read_text())
    assert metrics["lexical_ngrams"] > 0 and "mean" in metrics["dev_mixed"]
    assert "Lexical component" in (run_dir / "README.md").read_text()
    clf = StanceClassifier.load(run_dir)
    dev_ex, _ = load_examples(cfg, "dev")
    network = clf._network_proba(dev_ex, calibrated=False)
    raw = clf.predict_proba(dev_ex, calibrated=False)
    lexical = clf.lexical.predict_proba(dev_ex)
    expected = np.exp(mix(network, lexical, 0.6))
    assert np.allclose(raw, expected / expected.sum(-1, keepdims=True), atol=1e-5)
    assert not np.allclose(raw, network, atol=1e-3)
    calibrate(clf, dev_ex)  # temperatures act on the mixture
    temps = np.array([clf.temperatures[t] for t in clf.target_names]).reshape(1, -1, 1)
    scaled = np.exp(mix(network, lexical, 0.6) / temps)
    assert np.allclose(clf.predict_proba(dev_ex), scaled / scaled.sum(-1, keepdims=True), atol=1e-5)
    (run_dir / "lexical_vocab.json").unlink()
    with pytest.raises(ModelLoadError, match="lexical_vocab.json"):
        StanceClassifier.load(run_dir)
