"""Tests for the public-benchmark adapters (pipeline.classify.examples) and the benchmark scoring (pipeline.evaluate.benchmarks)
on tiny inline SemEval-2016 and Emergent files; no training here (run_benchmark is too slow for the suite)."""
import json

import pytest

from pipeline.evaluate.benchmarks import _baselines, _flat, _score, _write_report, run_benchmark
from pipeline.config import config_from_dict
from pipeline.classify.examples import DataError, StatementExample, load_examples

SEMEVAL = {
    "combined_train.tsv": [("Atheism", "God is great #SemST ", "AGAINST"), ("Atheism", "No gods, no masters", "FAVOR"),
                           ("Hillary Clinton", "Vote Hillary!", "FAVOR"), ("Hillary Clinton", "Nice weather", "NONE"),
                           ("Atheism", "Religion is freedom", "AGAINST")],
    "combined_val.tsv": [("Hillary Clinton", "Never Hillary", "AGAINST")],
    "combined_test.tsv": [("Atheism", "Science not faith", "FAVOR"), ("Hillary Clinton", "Lunch time", "NONE")],
}

EMERGENT_HEADER = "id,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n"
CLAIMS = {f"c{i}": f"Claim number {i} happened" for i in range(8)}


@pytest.fixture
def semeval_dir(tmp_path):
    for name, rows in SEMEVAL.items():
        (tmp_path / name).write_text("Target\tTweet\tStance\n" + "".join("\t".join(r) + "\n" for r in rows),
                                     encoding="utf-8")
    return tmp_path


@pytest.fixture
def emergent_dir(tmp_path):
    stances = ["for", "against", "observing"]
    train = [f'{n},{CLAIMS[c]},"Headline {n}, about {c}",{stances[n % 3]},a{n},{c}\n'
             for n, c in enumerate(c for c in CLAIMS for _ in range(3))]
    (tmp_path / "emergent_train.csv").write_text(EMERGENT_HEADER + "".join(train), encoding="utf-8")
    (tmp_path / "emergent_test.csv").write_text(
        EMERGENT_HEADER + '100,Brand new claim,Reports deny it,against,a100,c99\n'
        '101,Brand new claim,"Site says: maybe",observing,a101,c99\n', encoding="utf-8")
    return tmp_path


def bench_cfg(fmt, path):
    return config_from_dict({"targets": [], "data": {"format": fmt, "path": str(path)}})


def test_semeval_targets_come_from_the_data_in_order_of_appearance(semeval_dir):
    train, targets = load_examples(bench_cfg("semeval2016", semeval_dir), "train")
    assert [(t.name, t.description) for t in targets] == [("atheism", "Atheism"), ("hillary_clinton", "Hillary Clinton")]
    assert [ex.labels for ex in train] == [{"atheism": "against"}, {"atheism": "favor"}, {"hillary_clinton": "favor"},
                                           {"hillary_clinton": "none"}, {"atheism": "against"}]
    assert train[0].text == "God is great #SemST"  # stripped


def test_semeval_dev_is_the_val_file_and_test_the_test_file(semeval_dir):
    cfg = bench_cfg("semeval2016", semeval_dir)
    dev, _ = load_examples(cfg, "dev")
    test, test_targets = load_examples(cfg, "test")
    assert [ex.text for ex in dev] == ["Never Hillary"]
    assert [ex.labels for ex in test] == [{"atheism": "favor"}, {"hillary_clinton": "none"}]
    assert {t.name for t in test_targets} == {"atheism", "hillary_clinton"}
    with pytest.raises(DataError, match="semeval2016 has train, dev"):
        load_examples(cfg, "holdout")


def test_semeval_bad_label_names_file_and_line(semeval_dir):
    path = semeval_dir / "combined_test.tsv"
    path.write_text("Target\tTweet\tStance\nAtheism\tok\tFAVOR\nAtheism\tbad\tNEUTRAL\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"{path}:3: label 'NEUTRAL'"):
        load_examples(bench_cfg("semeval2016", semeval_dir), "test")


def test_missing_column_and_missing_file_are_clear_errors(semeval_dir, tmp_path):
    (semeval_dir / "combined_val.tsv").write_text("Target\tText\tStance\nA\tb\tFAVOR\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"missing column\(s\) \['Tweet'\]"):
        load_examples(bench_cfg("semeval2016", semeval_dir), "dev")
    with pytest.raises(DataError, match="file not found"):
        load_examples(bench_cfg("semeval2016", tmp_path / "nowhere"), "train")


def test_emergent_maps_observing_to_none_and_claims_become_targets(emergent_dir):
    test, targets = load_examples(bench_cfg("emergent", emergent_dir), "test")
    assert [(t.name, t.description) for t in targets] == [("brand_new_claim", "Brand new claim")]
    assert [ex.labels for ex in test] == [{"brand_new_claim": "against"}, {"brand_new_claim": "none"}]
    assert test[1].text == "Site says: maybe" and test[1].group == "c99"


def test_emergent_dev_holds_out_whole_claims_from_training(emergent_dir):
    cfg = bench_cfg("emergent", emergent_dir)
    train, _ = load_examples(cfg, "train")
    dev, _ = load_examples(cfg, "dev")
    train_claims, dev_claims = {ex.group for ex in train}, {ex.group for ex in dev}
    assert dev_claims and not train_claims & dev_claims
    assert train_claims | dev_claims == set(CLAIMS)
    assert len(train) + len(dev) == 3 * len(CLAIMS)
    assert {lab for ex in train + dev for lab in ex.labels.values()} == {"favor", "against", "none"}
    again, _ = load_examples(cfg, "dev")  # the held-out claims are fixed, not random per call
    assert [ex.text for ex in again] == [ex.text for ex in dev]


def test_score_reports_percentages_and_f_avg_only_for_semeval():
    gold = ["favor", "none", "against", "favor"]
    pred = ["favor", "favor", "against", "against"]
    s = _score("semeval2016", gold, pred)
    assert s["accuracy"] == pytest.approx(50.0)
    assert s["F_avg"] == pytest.approx(100 * (0.5 + 2 / 3) / 2)
    assert s["macro_f1"] == pytest.approx(100 * (0.5 + 2 / 3 + 0.0) / 3)
    assert set(_score("emergent", gold, pred)) == {"accuracy", "macro_f1"}


def test_baselines_on_tiny_data_are_scored_per_target():
    train = [StatementExample("x1", {"a": "favor"}), StatementExample("x2", {"a": "favor"}),
             StatementExample("x3", {"a": "against"}), StatementExample("y1", {"b": "against"}),
             StatementExample("y2", {"b": "against"}), StatementExample("y3", {"b": "none"})]
    test = [StatementExample("x4", {"a": "favor"}), StatementExample("x5", {"a": "none"}),
            StatementExample("y4", {"b": "against"}), StatementExample("y5", {"b": "favor"})]
    assert _flat(test) == (["a", "a", "b", "b"], ["favor", "none", "against", "favor"])
    out = _baselines("semeval2016", train, test)
    # majority: a -> favor, b -> against: predictions favor, favor, against, against
    assert out["majority"] == pytest.approx(_score("semeval2016", ["favor", "none", "against", "favor"],
                                                   ["favor", "favor", "against", "against"]))
    assert set(out["tfidf_lr"]) == {"accuracy", "macro_f1", "F_avg"}
    assert all(0.0 <= v <= 100.0 for v in out["tfidf_lr"].values())


def test_baselines_on_the_semeval_adapter_output(semeval_dir):
    cfg = bench_cfg("semeval2016", semeval_dir)
    train, _ = load_examples(cfg, "train")
    test, _ = load_examples(cfg, "test")
    out = _baselines("semeval2016", train, test)
    # majority per target: atheism -> against (2 of 3), hillary_clinton -> favor (tie, first seen)
    assert out["majority"]["accuracy"] == pytest.approx(0.0)


def test_unknown_benchmark_is_refused_before_any_work():
    with pytest.raises(ValueError, match="is not one of"):
        run_benchmark("imdb", "/nowhere")


def test_report_puts_our_figures_beside_the_published_ones(tmp_path):
    result = {"benchmark": "emergent", "metric": "accuracy", "ours": 70.0, "tfidf_lr": 65.0, "majority": 40.0,
              "seeds": [69.0, 71.0]}
    runs = [{"seed": 13, "train_seconds": 1.0, "accuracy": 69.0, "macro_f1": 60.0},
            {"seed": 14, "train_seconds": 1.0, "accuracy": 71.0, "macro_f1": 62.0}]
    base = {"tfidf_lr": {"accuracy": 65.0, "macro_f1": 55.0}, "majority": {"accuracy": 40.0, "macro_f1": 20.0}}
    _write_report(tmp_path, "emergent", result, runs, base, 100, 20)
    md = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert "mean of 2 seed(s), ± sd 1.00" in md and "| 70.00 |" in md
    assert "Ferreira & Vlachos full model | 73.00" in md
    assert json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))["summary"] == result


def test_report_names_the_encoder_that_was_trained(tmp_path):
    from pipeline.config import ModelConfig
    from pipeline.evaluate.benchmarks import model_label

    mpnet = ModelConfig(base="sentence-transformers/all-mpnet-base-v2", design="cross", finetune="top", train_layers=3)
    assert model_label(mpnet) == "all-mpnet-base-v2 cross-encoder, top 3 layers fine-tuned"
    assert model_label(ModelConfig(finetune="full")) == "all-MiniLM-L6-v2 cross-encoder, all layers fine-tuned"
    result = {"benchmark": "emergent", "metric": "accuracy", "ours": 70.0, "tfidf_lr": 65.0, "majority": 40.0,
              "seeds": [70.0], "model": model_label(mpnet)}
    runs = [{"seed": 13, "train_seconds": 1.0, "accuracy": 70.0, "macro_f1": 60.0}]
    base = {"tfidf_lr": {"accuracy": 65.0, "macro_f1": 55.0}, "majority": {"accuracy": 40.0, "macro_f1": 20.0}}
    _write_report(tmp_path, "emergent", result, runs, base, 100, 20)
    assert "| ours, all-mpnet-base-v2 cross-encoder, top 3 layers fine-tuned (mean of 1 seed(s)" in \
        (tmp_path / "results.md").read_text(encoding="utf-8")


def test_baselines_fall_back_to_a_pooled_model_for_unseen_targets():
    from pipeline.classify.baselines import MajorityBaseline, TfidfLogRegBaseline
    from pipeline.classify.examples import StatementExample

    train = [StatementExample("truce now please", {"a": "favor"}), StatementExample("no truce ever", {"a": "against"}),
             StatementExample("truce is welcome", {"b": "favor"}), StatementExample("truce yes", {"b": "favor"})]
    test = [StatementExample("truce welcome", {"c": "favor"})]
    assert MajorityBaseline(targets=["a", "b", "c"]).fit(train).predict(test, "c") == ["favor"]
    assert TfidfLogRegBaseline(targets=["a", "b", "c"]).fit(train).predict(test, "c") == ["favor"]


def test_mixture_weight_is_chosen_on_dev_and_ties_go_to_the_network_alone():
    import numpy as np

    from pipeline.evaluate.benchmarks import MIX_WEIGHTS, choose_weight

    gold = ["favor", "against", "none"]
    # the network gets the second row wrong, the lexical model gets every row right
    net = np.array([[0.8, 0.1, 0.1], [0.6, 0.3, 0.1], [0.1, 0.1, 0.8]], dtype=np.float32)
    lex = np.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.1, 0.2, 0.7]], dtype=np.float32)
    weight, score = choose_weight("emergent", gold, net, lex)
    assert 0.0 < weight <= MIX_WEIGHTS[-1] and score == pytest.approx(100.0)
    # once mixing cannot beat the network, the weight stays 0
    assert choose_weight("emergent", gold, lex, net)[0] == 0.0


def test_tfidf_probabilities_follow_the_label_order_and_cover_unseen_targets():
    import numpy as np

    from pipeline.classify.baselines import TfidfLogRegBaseline
    from pipeline.schema import LABELS

    train = [StatementExample("truce now please", {"a": "favor"}), StatementExample("no truce ever", {"a": "against"}),
             StatementExample("truce now", {"a": "favor"}), StatementExample("never any truce", {"a": "against"}),
             StatementExample("only b", {"b": "none"})]
    lex = TfidfLogRegBaseline(targets=["a", "b", "c"]).fit(train)
    p = lex.predict_proba([StatementExample("truce now please", {"a": "favor"})], "a")
    assert p.shape == (1, 3) and p.sum() == pytest.approx(1.0, abs=1e-5)
    assert p[0, LABELS.index("none")] == 0.0 and p[0].argmax() == LABELS.index("favor")
    only = lex.predict_proba([StatementExample("anything", {"b": "none"})], "b")
    assert np.array_equal(only, np.eye(3, dtype=np.float32)[[LABELS.index("none")]])
    assert lex.predict_proba([StatementExample("no truce", {"c": "none"})], "c").shape == (1, 3)


def test_benchmark_command_offers_the_mixture():
    from pipeline.cli import build_parser

    args = build_parser().parse_args(["benchmark", "emergent", "--data", "x", "--lexical"])
    assert args.lexical is True


def test_benchmark_command_names_a_bad_override_before_any_work(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["benchmark", "emergent", "--data", str(tmp_path), "--set", "train.probe_epoch=3"]) == 2
    assert "train.probe_epoch" in capsys.readouterr().err
