"""Designs compared over seeds: means and spreads from report JSONs, a subset by subtraction, errors that name files."""
import json

import pytest

from pipeline.cli import main
from pipeline.evaluate.compare import CompareError, compare, macro_f1_from_confusion, run_scores


def _write(folder, name, confusions):
    """A `stance evaluate` report whose model has these confusion matrices per target."""
    folder.mkdir(parents=True, exist_ok=True)
    cls = {t: {"model": {"macro_f1": macro_f1_from_confusion(c), "confusion": c}} for t, c in confusions.items()}
    (folder / f"{name}.json").write_text(json.dumps({"classification": cls}))


POOLED_A = {"inclusion": [[8, 1, 1], [0, 9, 1], [1, 0, 19]], "ceasefire": [[9, 1, 0], [1, 8, 1], [0, 1, 19]]}
FROZEN_A = {"inclusion": [[5, 1, 0], [0, 6, 0], [1, 0, 12]], "ceasefire": [[6, 0, 0], [1, 5, 0], [0, 1, 12]]}
POOLED_B = {"inclusion": [[10, 0, 0], [0, 9, 1], [0, 0, 20]], "ceasefire": [[10, 0, 0], [0, 9, 1], [0, 0, 20]]}


def test_macro_f1_from_a_confusion_matrix_counts_every_label():
    assert macro_f1_from_confusion([[3, 0, 0], [0, 3, 0], [0, 0, 3]]) == pytest.approx(1.0)
    assert macro_f1_from_confusion([[2, 0, 0], [0, 0, 0], [0, 0, 2]]) == pytest.approx(2 / 3)  # empty label scores 0


def test_means_and_spreads_per_design_in_the_reports_target_order(tmp_path):
    _write(tmp_path / "a1", "pooled", POOLED_A)
    _write(tmp_path / "a2", "pooled", POOLED_B)
    _write(tmp_path / "b1", "pooled", POOLED_B)
    result = compare({"a": [tmp_path / "a1", tmp_path / "a2"], "b": [tmp_path / "b1"]}, "pooled")
    assert result["targets"] == ["inclusion", "ceasefire"]
    a = result["designs"]["a"]
    one, two = macro_f1_from_confusion(POOLED_A["inclusion"]), macro_f1_from_confusion(POOLED_B["inclusion"])
    assert a["mean"]["inclusion"] == pytest.approx((one + two) / 2)
    assert a["sd"]["inclusion"] == pytest.approx(abs(one - two) / 2 ** 0.5)
    assert result["designs"]["b"]["mean_over_targets"] > a["mean_over_targets"]


def test_minus_scores_the_rest_of_a_pooled_set(tmp_path):
    _write(tmp_path / "a1", "pooled", POOLED_A)
    _write(tmp_path / "a1", "frozen", FROZEN_A)
    rest = run_scores(tmp_path / "a1", "pooled", "frozen")
    expected = [[3, 0, 1], [0, 3, 1], [0, 0, 7]]
    assert rest["inclusion"] == pytest.approx(macro_f1_from_confusion(expected))
    _write(tmp_path / "a1", "bigger", POOLED_B)
    with pytest.raises(CompareError, match="not part of"):
        run_scores(tmp_path / "a1", "frozen", "bigger")


def test_a_missing_report_is_named(tmp_path):
    _write(tmp_path / "a1", "pooled", POOLED_A)
    (tmp_path / "a2").mkdir()
    with pytest.raises(CompareError, match=r"a2/pooled\.json: no report"):
        compare({"a": [tmp_path / "a1", tmp_path / "a2"]}, "pooled")


def test_the_compare_command_prints_the_table_and_rejects_a_bad_design(tmp_path, capsys):
    _write(tmp_path / "a1", "pooled", POOLED_A)
    _write(tmp_path / "b1", "pooled", POOLED_B)
    out_json = tmp_path / "cmp.json"
    assert main(["compare", "--set", "pooled", "--design", f"a={tmp_path / 'a1'}",
                 "--design", f"b={tmp_path / 'b1'}", "--json", str(out_json)]) == 0
    text = capsys.readouterr().out
    assert "| a | 1 |" in text and "| b | 1 |" in text and "Δ mean" in text
    assert set(json.loads(out_json.read_text())["designs"]) == {"a", "b"}
    assert main(["compare", "--set", "pooled", "--design", "nameonly"]) == 2
    assert "expected NAME=REPORT_DIR" in capsys.readouterr().err
