"""Tests for pipeline.evaluate.stance (reports), pipeline.classify.baselines and the actor roll-up it scores."""
import json

import pytest

from pipeline.serve.actor_stance import gold_actor_stances, predicted_actor_stances
from pipeline.classify.baselines import MajorityBaseline, NotFittedError, TfidfLogRegBaseline
from pipeline.cli import main
from pipeline.classify.examples import StatementExample
from pipeline.evaluate.stance import actor_level, evaluate_run
from pipeline.schema import Statement


@pytest.fixture(scope="module")
def test_report(smoke_model, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    folder = evaluate_run(smoke_model, "test", out_dir=out, bootstrap=30)
    return folder, json.loads((folder / "test.json").read_text(encoding="utf-8"))


def test_report_files_are_written(test_report):
    folder, _ = test_report
    for name in ["test.md", "test.json", "test-confusion-inclusion.png", "test-confusion-ceasefire.png",
                 "test-confusion-inclusion.txt", "test-confusion-ceasefire.txt"]:
        assert (folder / name).is_file(), name
    assert (folder / "test-confusion-inclusion.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_report_scores_model_and_both_baselines_per_target(test_report):
    _, report = test_report
    assert report["split"] == "test"
    for target in ("inclusion", "ceasefire"):
        systems = report["classification"][target]
        assert set(systems) == {"model", "majority", "tfidf_lr"}
        for s in systems.values():
            assert s["n"] == 3
            assert 0.0 <= s["accuracy"] <= 1.0 and 0.0 <= s["macro_f1"] <= 1.0
            lo, hi = s["macro_f1_ci95"]
            assert lo <= s["macro_f1"] <= hi
            assert sum(map(sum, s["confusion"])) == 3


def test_majority_baseline_uses_the_training_split(test_report):
    _, report = test_report
    # train split: inclusion favor 4 / none 2, ceasefire none 5 / favor 1; test gold has 1 favor / 2 none
    # for inclusion and 2 favor / 1 none for ceasefire
    assert report["classification"]["inclusion"]["majority"]["accuracy"] == pytest.approx(1 / 3)
    assert report["classification"]["ceasefire"]["majority"]["accuracy"] == pytest.approx(1 / 3)
    assert report["classification"]["inclusion"]["majority"]["confusion"] == [[1, 0, 0], [0, 0, 0], [2, 0, 0]]


def test_report_has_actor_level_and_end_to_end_figures(test_report):
    _, report = test_report
    assert set(report["actor_level"]) == {"inclusion", "ceasefire"}
    assert report["actor_level"]["inclusion"]["n"] == 2  # von der Leyen and Starmer
    e2e = report["end_to_end"]
    assert e2e["articles"] == 1 and e2e["extraction"]["gold"] == 3
    assert 0 <= e2e["extraction"]["matched"] <= min(e2e["extraction"]["gold"], e2e["extraction"]["predicted"])
    for t in ("inclusion", "ceasefire"):
        assert e2e["targets"][t]["n"] == e2e["extraction"]["matched"]


def test_markdown_report_has_the_tables(test_report):
    folder, _ = test_report
    md = (folder / "test.md").read_text(encoding="utf-8")
    assert md.startswith("# Evaluation of `smoke` on the test split")
    assert "| inclusion | model |" in md and "| ceasefire | tfidf_lr |" in md
    assert "Actor-level stance" in md and "End to end" in md


def test_evaluate_cli_prints_the_report(smoke_model, tmp_path, capsys):
    code = main(["evaluate", "--model", str(smoke_model), "--split", "dev", "--out", str(tmp_path),
                 "--bootstrap", "10", "--no-end-to-end"])
    assert code == 0
    out = capsys.readouterr().out
    assert "# Evaluation of `smoke` on the dev split" in out and "End to end" not in out
    assert (tmp_path / "smoke" / "dev.json").exists()


def test_evaluate_runs_the_model_in_the_precision_asked(smoke_model, tmp_path):
    code = main(["evaluate", "--model", str(smoke_model), "--split", "dev", "--out", str(tmp_path),
                 "--bootstrap", "10", "--no-end-to-end", "--precision", "bf16"])
    assert code == 0
    report = json.loads((tmp_path / "smoke" / "dev.json").read_text())
    assert report["precision"] == "bf16"
    fp32 = evaluate_run(smoke_model, "dev", out_dir=tmp_path / "fp32", bootstrap=10, end_to_end=False,
                        precision="fp32")
    same = json.loads((fp32 / "dev.json").read_text())
    assert same["precision"] == "fp32"
    assert same["classification"]["inclusion"]["model"]["n"] == report["classification"]["inclusion"]["model"]["n"]


def test_evaluate_scores_an_outside_gold_folder_in_place(smoke_model, tmp_path, capsys):
    from conftest import tiny_corpus_parts

    articles, statements, _ = tiny_corpus_parts()
    outside = tmp_path / "outside-set"
    (outside / "articles").mkdir(parents=True)
    (outside / "articles" / "brussels-wire.txt").write_text(articles["brussels-wire"], encoding="utf-8")
    gold = [s for s in statements if s["article_id"] == "brussels-wire"]
    (outside / "gold.jsonl").write_text("".join(json.dumps(s) + "\n" for s in gold), encoding="utf-8")
    code = main(["evaluate", "--model", str(smoke_model), "--gold-folder", str(outside), "--out", str(tmp_path / "r"),
                 "--bootstrap", "10"])
    assert code == 0
    assert "# Evaluation of `smoke` on the outside-set split" in capsys.readouterr().out
    report = json.loads((tmp_path / "r" / "smoke" / "outside-set.json").read_text())
    assert report["classification"]["inclusion"]["model"]["n"] == len(gold)
    assert "ece_after" in report["calibration"]["inclusion"] and "end_to_end" not in report
    assert main(["evaluate", "--model", str(smoke_model), "--gold-folder", str(tmp_path)]) != 0
    assert "no gold.jsonl" in capsys.readouterr().err


def test_evaluate_a_folder_without_config_fails_clearly(tmp_path, capsys):
    assert main(["evaluate", "--model", str(tmp_path), "--out", str(tmp_path / "r")]) == 1
    assert "config.yaml" in capsys.readouterr().err


# ---- actor-level stance (ANNOTATION.md §5) ----

def st(actor, inclusion, p=1.0, article="a"):
    return Statement(article, f"{actor} {inclusion} {p}", actor, actor, "other", "direct", {"inclusion": inclusion},
                     probabilities={"inclusion": {inclusion: p}})


def test_gold_roll_up_majority_of_non_none_and_mixed_on_a_tie():
    rows = gold_actor_stances([st("A", "favor"), st("A", "none"), st("A", "none"),
                               st("B", "favor"), st("B", "against"),
                               st("C", "none"),
                               st("D", "against"), st("D", "against"), st("D", "favor")], ["inclusion"])
    assert {r.actor: r.label for r in rows} == {"A": "favor", "B": "mixed", "C": "none", "D": "against"}


def test_predicted_roll_up_non_none_wins_and_higher_total_confidence_decides():
    rows = predicted_actor_stances([st("A", "none", 0.9), st("A", "against", 0.6),
                                    st("B", "favor", 0.9), st("B", "against", 0.5), st("B", "against", 0.5),
                                    st("C", "none", 0.8), st("C", "none", 0.6)], ["inclusion"])
    by = {r.actor: r for r in rows}
    assert (by["A"].label, by["A"].confidence, by["A"].statements) == ("against", 0.6, 2)
    assert (by["B"].label, by["B"].confidence) == ("against", pytest.approx(1.0 / 3, abs=1e-4))
    assert (by["C"].label, by["C"].confidence) == ("none", pytest.approx(0.7))


def test_actor_level_accuracy_leaves_out_mixed_gold():
    gold = [st("A", "favor"), st("B", "favor"), st("B", "against"), st("C", "none")]
    preds = {"inclusion": ["favor", "favor", "favor", "against"]}
    import numpy as np

    probs = np.full((4, 1, 3), 1 / 3)
    out = actor_level(gold, preds, probs, ["inclusion"])["inclusion"]
    assert out == {"accuracy": 0.5, "n": 2, "mixed_left_out": 1}


# ---- baselines ----

TRAIN = [StatementExample("we demand a seat at the table", {"inclusion": "favor"}),
         StatementExample("ukraine must be at the table", {"inclusion": "favor"}),
         StatementExample("trade and embassies", {"inclusion": "none"}),
         StatementExample("europe has no place at the table", {"inclusion": "against"}),
         StatementExample("europe must be at the table", {"inclusion": "favor"})]


def test_majority_baseline():
    model = MajorityBaseline(targets=["inclusion"])
    assert model.fit(TRAIN) is model
    assert model.predict(TRAIN[:2], "inclusion") == ["favor", "favor"]


def test_tfidf_baseline_learns_the_training_data():
    model = TfidfLogRegBaseline(targets=["inclusion"]).fit(TRAIN)
    assert model.predict(TRAIN, "inclusion") == [ex.labels["inclusion"] for ex in TRAIN]
    assert model.predict([], "inclusion") == []


def test_tfidf_baseline_with_one_label_predicts_it():
    model = TfidfLogRegBaseline(targets=["inclusion"]).fit(TRAIN[:2])
    assert model.predict(TRAIN[2:], "inclusion") == ["favor"] * 3


@pytest.mark.parametrize("cls", [MajorityBaseline, TfidfLogRegBaseline])
def test_predict_before_fit_is_an_error(cls):
    with pytest.raises(NotFittedError, match="before fit"):
        cls(targets=["inclusion"]).predict(TRAIN, "inclusion")


def test_report_has_calibration_before_and_after_with_reliability_diagrams(test_report):
    folder, _ = test_report
    data = json.loads((folder / "test.json").read_text())
    for target in ("inclusion", "ceasefire"):
        cal = data["calibration"][target]
        assert cal["temperature"] > 0
        assert 0.0 <= cal["ece_before"] <= 1.0 and 0.0 <= cal["ece_after"] <= 1.0
        assert 0.0 < cal["ece_floor"]["mean"] <= cal["ece_floor"]["p95"] <= 1.0
        assert (folder / cal["plot"]).read_bytes()[:4] == b"\x89PNG"
    assert "ECE calibrated" in (folder / "test.md").read_text()


def test_trained_model_stores_a_temperature_per_target(smoke_model):
    meta = json.loads((smoke_model / "stance_config.json").read_text())
    assert set(meta["temperatures"]) == {"inclusion", "ceasefire"}
    assert all(t > 0 for t in meta["temperatures"].values())


def test_contrast_pairs_of_a_split_count_only_pairs_with_both_members_right(tmp_path):
    """`stance evaluate` on a corpus split reports contrast-pair accuracy over the split's own pairs."""
    from conftest import tiny_corpus_parts, write_corpus

    from pipeline.corpus import load_corpus
    from pipeline.evaluate.stance import split_contrast_pairs

    a, s, sp = tiny_corpus_parts()
    a["brussels-wire-c1"] = a["brussels-wire"].replace("must be part of", "must stay out of")
    original = next(st for st in s if st["article_id"] == "brussels-wire" and st["inclusion"] == "favor")
    edited = dict(original, article_id="brussels-wire-c1", text=original["text"].replace("be part of", "stay out of"),
                  inclusion="against")
    s += [dict(st, article_id="brussels-wire-c1") for st in s if st["article_id"] == "brussels-wire" and st is not original]
    s.append(edited)
    sp["test"].append("brussels-wire-c1")
    root = write_corpus(tmp_path / "corpus", a, s, sp,
                        meta={"brussels-wire-c1": {"contrast_of": "brussels-wire", "writer": "analysis-c"}})
    edit = {"article_id": "brussels-wire-c1", "original_text": original["text"], "new_text": edited["text"],
            "target": "inclusion"}
    (root / "contrast_edits.jsonl").write_text(json.dumps(edit) + "\n", encoding="utf-8")
    corpus = load_corpus(root)
    examples = [StatementExample(st.text, dict(st.stances), st.side, group=st.article_id)
                for st in corpus.split_statements("test")]
    names = ["inclusion", "ceasefire"]
    gold = {t: [ex.labels[t] for ex in examples] for t in names}
    assert split_contrast_pairs(corpus, "test", examples, gold, names) == {"pairs": 1, "both_right": 1, "accuracy": 1.0}
    one_wrong = {t: list(v) for t, v in gold.items()}
    one_wrong["inclusion"][[ex.text for ex in examples].index(edited["text"])] = "favor"   # the edit not seen
    assert split_contrast_pairs(corpus, "test", examples, one_wrong, names)["both_right"] == 0
    assert split_contrast_pairs(corpus, "dev", examples, gold, names)["pairs"] == 0          # the pair is in test


def test_the_test_report_counts_contrast_pairs(test_report):
    _, report = test_report
    assert report["contrast_pairs"] == {"pairs": 0, "both_right": 0, "accuracy": None}   # the tiny corpus has none
