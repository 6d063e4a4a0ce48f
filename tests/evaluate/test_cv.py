"""Writer cross-validation: folds never share a writer, the test split stays out, reports are complete."""
import json

import numpy as np
import pytest
from conftest import SMOKE_CONFIG, smoke_overrides, tiny_corpus_parts, write_corpus

from pipeline.cli import main
from pipeline.config import load_config
from pipeline.corpus import load_corpus
from pipeline.evaluate.cv import contrast_pairs, run_cv, writer_folds


def corpus_with_contrast(tmp_path):
    """The tiny corpus (writers wire-a, blog-b, analysis-c) plus a contrast copy of a wire-a article."""
    a, s, sp = tiny_corpus_parts()
    original = a["kyiv-presser"]
    a["kyiv-presser-c1"] = original.replace("never accept", "gladly accept")
    copied = [dict(st, article_id="kyiv-presser-c1") for st in s if st["article_id"] == "kyiv-presser"]
    s += copied
    sp["train"].append("kyiv-presser-c1")
    root = write_corpus(tmp_path / "corpus", a, s, sp,
                        meta={"kyiv-presser-c1": {"contrast_of": "kyiv-presser", "writer": "wire-a"}})
    edit = {"article_id": "kyiv-presser-c1", "original_text": copied[0]["text"], "new_text": copied[0]["text"],
            "target": "inclusion"}
    (root / "contrast_edits.jsonl").write_text(json.dumps(edit) + "\n", encoding="utf-8")
    return root


def test_no_writer_is_on_both_sides_of_a_fold(tmp_path):
    corpus = load_corpus(corpus_with_contrast(tmp_path))
    folds = writer_folds(corpus)
    assert {f.name for f in folds} == {"wire-a", "blog-b"}  # analysis-c wrote only a test article
    for fold in folds:
        held_writers = {corpus.writer_of(a) for a in fold.held_ids + fold.held_contrast_ids}
        train_writers = {corpus.writer_of(a) for a in fold.train_ids}
        assert held_writers == {fold.name}
        assert not held_writers & train_writers


def test_the_test_split_never_enters_cross_validation(tmp_path):
    corpus = load_corpus(corpus_with_contrast(tmp_path))
    test = set(corpus.split_ids("test"))
    for fold in writer_folds(corpus):
        assert not test & set(fold.train_ids + fold.held_ids + fold.held_contrast_ids)


def test_contrast_copies_are_held_out_with_their_writer_and_can_be_left_out_of_training(tmp_path):
    corpus = load_corpus(corpus_with_contrast(tmp_path))
    by_name = {f.name: f for f in writer_folds(corpus)}
    assert by_name["wire-a"].held_contrast_ids == ["kyiv-presser-c1"]
    assert "kyiv-presser-c1" not in by_name["wire-a"].held_ids
    assert "kyiv-presser-c1" in by_name["blog-b"].train_ids
    no_contrast = {f.name: f for f in writer_folds(corpus, use_contrast=False)}
    assert "kyiv-presser-c1" not in no_contrast["blog-b"].train_ids


def test_contrast_pairs_are_read_from_the_edits_file(tmp_path):
    pairs = contrast_pairs(load_corpus(corpus_with_contrast(tmp_path)))
    assert len(pairs) == 1
    assert pairs[0]["original"][0] == "kyiv-presser" and pairs[0]["contrast"][0] == "kyiv-presser-c1"


def test_cv_report_has_every_fold_system_and_target(tmp_path):
    root = corpus_with_contrast(tmp_path)
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(root, tmp_path / "models", "cvsmoke"))
    report = run_cv(cfg, out_dir=tmp_path / "reports", progress=False)
    assert [f["fold"] for f in report["folds"]] == ["wire-a", "blog-b"]
    for system in ("model", "tfidf_lr", "majority"):
        for target in ("inclusion", "ceasefire"):
            entry = report[system][target]
            assert 0.0 <= entry["macro_f1"]["mean"] <= 1.0 and entry["macro_f1"]["folds"] == 2
            assert set(entry["per_label_f1"]) == {"favor", "against", "none"}
    assert report["contrast_pairs"]["pairs"] == 1
    folder = tmp_path / "reports" / "cv-cvsmoke"
    assert json.loads((folder / "cv.json").read_text())["name"] == "cvsmoke"
    assert "| held-out writer |" in (folder / "README.md").read_text()
    rows = [json.loads(line) for line in (folder / "held_out_predictions.jsonl").read_text().splitlines()]
    assert {r["fold"] for r in rows} == {"wire-a", "blog-b"}
    assert all(np.isclose(sum(r["p_inclusion"]), 1.0, atol=1e-3) for r in rows)


def test_cv_scores_an_outside_gold_folder_with_every_fold_model(tmp_path, capsys):
    root = corpus_with_contrast(tmp_path)
    outside = tmp_path / "outside"
    (outside / "articles").mkdir(parents=True)
    a, s, _ = tiny_corpus_parts()
    (outside / "articles" / "brussels-wire.txt").write_text(a["brussels-wire"], encoding="utf-8")
    (outside / "gold.jsonl").write_text("".join(json.dumps(x) + "\n" for x in s if x["article_id"] == "brussels-wire"))
    code = main(["cv", "--config", str(SMOKE_CONFIG), "--foreign-dev", str(outside), "--out", str(tmp_path / "r"),
                 *sum((["--set", o] for o in smoke_overrides(root, tmp_path / "m", "cvcli")), [])])
    assert code == 0
    out = capsys.readouterr().out
    assert "foreign-dev macro-F1" in out
    report = json.loads((tmp_path / "r" / "cv-cvcli" / "cv.json").read_text())
    assert report["model"]["inclusion"]["foreign_dev_macro_f1"]["folds"] == 2


def test_cv_refuses_a_foreign_folder_without_gold(tmp_path, capsys):
    code = main(["cv", "--config", str(SMOKE_CONFIG), "--foreign-dev", str(tmp_path)])
    assert code != 0
    assert "no gold.jsonl" in capsys.readouterr().err


def test_grouped_folds_keep_whole_writers(tmp_path):
    corpus = load_corpus(corpus_with_contrast(tmp_path))
    folds = writer_folds(corpus, groups=1)
    assert len(folds) == 1 and folds[0].name == "wire-a+blog-b+analysis-c"
    assert folds[0].train_ids == []


def test_always_train_writers_train_in_every_fold_and_are_never_held_out(tmp_path):
    corpus = load_corpus(corpus_with_contrast(tmp_path))
    test_split = set(corpus.splits.get("test", []))
    folds = writer_folds(corpus, always_train=["analysis-c"])
    assert [f.name for f in folds] == ["wire-a", "blog-b"]
    kept = [a for a in corpus.folds["analysis-c"] if a not in test_split]
    for fold in folds:
        assert set(kept) <= set(fold.train_ids)
        assert not set(fold.held_ids) & set(fold.train_ids)
    with pytest.raises(ValueError, match="nobody"):
        writer_folds(corpus, always_train=["nobody"])


def test_cv_command_names_an_unknown_always_train_writer(tmp_path, capsys):
    root = corpus_with_contrast(tmp_path)
    code = main(["cv", "--config", str(SMOKE_CONFIG), "--foreign-dev", "", "--always-train", "h99",
                 *[x for o in smoke_overrides(root, tmp_path / "models", "cvbad") for x in ("--set", o)]])
    assert code != 0
    assert "h99" in capsys.readouterr().err


def test_cv_scores_a_distilled_ensemble_its_members_and_resumes_finished_folds(tmp_path):
    root = corpus_with_contrast(tmp_path)
    overrides = smoke_overrides(root, tmp_path / "models", "cvens") + ["train.ensemble=2", "train.distill=true"]
    cfg = load_config(SMOKE_CONFIG, overrides)
    report = run_cv(cfg, out_dir=tmp_path / "reports", progress=False)
    assert report["systems"] == ["model", "ensemble", "member_1", "member_2", "tfidf_lr", "majority"]
    for system in ("ensemble", "member_1", "member_2"):
        assert report[system]["inclusion"]["macro_f1"]["folds"] == 2
        assert report["contrast_pairs_by_system"][system]["pairs"] == 1
    assert set(report["member_mean"]) == {"inclusion", "ceasefire", "contrast_pairs"}
    folder = tmp_path / "reports" / "cv-cvens"
    rows = [json.loads(line) for line in (folder / "held_out_predictions.jsonl").read_text().splitlines()]
    assert set(rows[0]["pred_by_system"]) == {"ensemble", "member_1", "member_2"}
    assert "member_mean" in json.loads((folder / "cv.json").read_text())
    assert "Contrast pairs by system" in (folder / "README.md").read_text()
    assert sorted(p.name for p in (folder / "folds").iterdir()) == ["blog-b.json", "wire-a.json"]

    again = run_cv(cfg, out_dir=tmp_path / "reports", progress=False)
    assert again["folds_reused"] == 2
    assert again["member_1"] == report["member_1"] and again["model"] == report["model"]

    changed = load_config(SMOKE_CONFIG, overrides + ["train.distill_weight=0.9"])
    assert run_cv(changed, out_dir=tmp_path / "reports", progress=False)["folds_reused"] == 0


def test_cv_without_ensemble_scores_only_the_model_and_baselines(tmp_path):
    root = corpus_with_contrast(tmp_path)
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(root, tmp_path / "models", "cvone"))
    report = run_cv(cfg, out_dir=tmp_path / "reports", progress=False, resume=False)
    assert report["systems"] == ["model", "tfidf_lr", "majority"]
    assert "member_mean" not in report and report["folds_reused"] == 0


def test_cv_scores_interpolated_models_from_the_same_fold_training(tmp_path, capsys):
    root = corpus_with_contrast(tmp_path)
    code = main(["cv", "--config", str(SMOKE_CONFIG), "--foreign-dev", "", "--out", str(tmp_path / "r"),
                 "--interpolate", "0.5,0", *sum((["--set", o] for o in smoke_overrides(root, tmp_path / "m", "wise")
                                                 + ["train.probe_epochs=2"]), [])])
    assert code == 0
    report = json.loads((tmp_path / "r" / "cv-wise" / "cv.json").read_text())
    assert report["systems"][:3] == ["model", "wise_0.5", "wise_0"]
    for system in ("wise_0.5", "wise_0"):
        assert report[system]["inclusion"]["macro_f1"]["folds"] == 2
        assert report["contrast_pairs_by_system"][system]["pairs"] == 1
    assert "| wise_0.5 | inclusion |" in capsys.readouterr().out


def test_cv_refuses_an_interpolation_share_outside_the_range(tmp_path, capsys):
    root = corpus_with_contrast(tmp_path)
    code = main(["cv", "--config", str(SMOKE_CONFIG), "--foreign-dev", "", "--interpolate", "1.2",
                 *sum((["--set", o] for o in smoke_overrides(root, tmp_path / "m", "bad")), [])])
    assert code == 2 and "--interpolate 1.2" in capsys.readouterr().err


def test_cv_scores_other_lexical_mixing_weights_of_the_same_fold_models(tmp_path):
    root = corpus_with_contrast(tmp_path)
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(root, tmp_path / "m", "mix") + ["model.lexical_weight=0.5"])
    report = run_cv(cfg, out_dir=tmp_path / "r", progress=False, lexical_weights=[0.0, 0.9])
    assert report["systems"][:3] == ["model", "lexical_0", "lexical_0.9"]
    assert report["contrast_pairs_by_system"]["lexical_0"]["pairs"] == 1
    rows = [json.loads(line) for line in (tmp_path / "r" / "cv-mix" / "held_out_predictions.jsonl").read_text().splitlines()]
    # weight 0.9 leans on TF-IDF + LR: its predictions differ from the network alone somewhere
    assert any(r["pred_by_system"]["lexical_0"] != r["pred_by_system"]["lexical_0.9"] for r in rows)


def test_cv_refuses_lexical_weights_without_a_lexical_component(tmp_path):
    root = corpus_with_contrast(tmp_path)
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(root, tmp_path / "m", "nomix"))
    with pytest.raises(ValueError, match="model.lexical_weight: 0"):
        run_cv(cfg, out_dir=tmp_path / "r", progress=False, lexical_weights=[0.3])


def test_cv_refuses_to_interpolate_a_frozen_encoder_before_any_training(tmp_path):
    root = corpus_with_contrast(tmp_path)
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(root, tmp_path / "m", "frozen")
                      + ["model.random_init=false", "model.finetune=top", "model.train_layers=0"])
    with pytest.raises(ValueError, match="frozen"):
        run_cv(cfg, out_dir=tmp_path / "r", progress=False, interpolations=[0.5])


def test_contrast_repeat_weights_contrast_statements_in_training_only(tmp_path):
    from pipeline.classify.examples import load_examples, repeat_contrast
    from pipeline.config import config_from_dict

    root = corpus_with_contrast(tmp_path)
    corpus = load_corpus(root)
    once = load_examples(config_from_dict({"data": {"path": str(root)}}), "train")[0]
    thrice = load_examples(config_from_dict({"data": {"path": str(root), "contrast_repeat": 3}}), "train")[0]
    contrast = [ex for ex in once if ex.group == "kyiv-presser-c1"]
    assert contrast and len(thrice) == len(once) + 2 * len(contrast)
    assert sum(ex.group == "kyiv-presser-c1" for ex in thrice) == 3 * len(contrast)
    assert [ex.text for ex in thrice if ex.group != "kyiv-presser-c1"] == \
        [ex.text for ex in once if ex.group != "kyiv-presser-c1"]  # originals and the rest: once each
    assert repeat_contrast(once, corpus, 1) == once
    dev = load_examples(config_from_dict({"data": {"path": str(root), "contrast_repeat": 3}}), "dev")[0]
    assert dev == load_examples(config_from_dict({"data": {"path": str(root)}}), "dev")[0]


@pytest.mark.parametrize("data, message", [({"contrast_repeat": 0}, "data.contrast_repeat: must be at least 1"),
                                           ({"contrast_repeat": 2, "contrast": False}, "nothing to repeat")])
def test_contrast_repeat_refuses_values_that_mean_nothing(data, message):
    from pipeline.config import ConfigError, config_from_dict

    with pytest.raises(ConfigError, match=message):
        config_from_dict({"data": data})
