"""Tests for pipeline.evaluate.metrics against small hand-computed cases."""
import pytest

from pipeline.evaluate.metrics import accuracy, bootstrap_ci, confusion, f_avg, macro_f1, per_label, summary

GOLD = ["favor", "favor", "against", "none", "none", "none"]
PRED = ["favor", "none", "against", "against", "none", "favor"]
# By hand (rows gold, columns predicted, order favor/against/none):
#   favor   [1, 0, 1]      P = 1/2, R = 1/2, F1 = 1/2
#   against [0, 1, 0]      P = 1/2, R = 1,   F1 = 2/3
#   none    [1, 1, 1]      P = 1/2, R = 1/3, F1 = 2/5


def test_confusion_rows_are_gold_columns_are_predicted():
    assert confusion(GOLD, PRED) == [[1, 0, 1], [0, 1, 0], [1, 1, 1]]


def test_accuracy():
    assert accuracy(GOLD, PRED) == pytest.approx(3 / 6)
    assert accuracy([], []) == 0.0


def test_per_label_precision_recall_f1_support():
    scores = per_label(GOLD, PRED)
    assert scores["favor"] == pytest.approx({"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2})
    assert scores["against"] == pytest.approx({"precision": 0.5, "recall": 1.0, "f1": 2 / 3, "support": 1})
    assert scores["none"] == pytest.approx({"precision": 0.5, "recall": 1 / 3, "f1": 0.4, "support": 3})


def test_macro_f1_is_the_mean_over_labels():
    assert macro_f1(GOLD, PRED) == pytest.approx((0.5 + 2 / 3 + 0.4) / 3)


def test_macro_f1_leaves_out_a_label_absent_from_gold_and_predictions():
    assert macro_f1(["favor", "none", "none"], ["favor", "none", "none"]) == pytest.approx(1.0)


def test_macro_f1_counts_a_predicted_label_missing_from_gold_as_zero():
    # against is predicted once but never gold: F1(against) = 0 enters the mean
    gold, pred = ["favor", "none", "none"], ["favor", "none", "against"]
    f_none = 2 * 1.0 * 0.5 / 1.5
    assert macro_f1(gold, pred) == pytest.approx((1.0 + 0.0 + f_none) / 3)


def test_semeval_f_avg_is_the_mean_of_favor_and_against_f1():
    assert f_avg(GOLD, PRED) == pytest.approx((0.5 + 2 / 3) / 2)
    # `none` errors only matter through favor/against precision and recall
    assert f_avg(["favor", "against", "none"], ["favor", "against", "favor"]) == pytest.approx((2 / 3 + 1.0) / 2)


def test_perfect_and_all_wrong_predictions():
    assert macro_f1(GOLD, GOLD) == accuracy(GOLD, GOLD) == 1.0
    wrong = ["against", "against", "none", "favor", "favor", "favor"]
    assert accuracy(GOLD, wrong) == 0.0 and macro_f1(GOLD, wrong) == 0.0


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError, match="6 items but pred has 5"):
        accuracy(GOLD, PRED[:5])
    with pytest.raises(ValueError):
        confusion(GOLD, PRED[:5])


LONG_GOLD = (GOLD * 7)[:40]
LONG_PRED = (PRED * 7)[:40]


def test_bootstrap_ci_is_deterministic_for_a_seed():
    a = bootstrap_ci(LONG_GOLD, LONG_PRED, rounds=300, seed=5)
    b = bootstrap_ci(LONG_GOLD, LONG_PRED, rounds=300, seed=5)
    assert a == b


def test_bootstrap_ci_brackets_the_point_estimate():
    for metric in (macro_f1, accuracy):
        lo, hi = bootstrap_ci(LONG_GOLD, LONG_PRED, metric, rounds=300, seed=1)
        point = metric(LONG_GOLD, LONG_PRED)
        assert 0.0 <= lo <= point <= hi <= 1.0
        assert lo < hi


def test_bootstrap_ci_of_perfect_predictions_is_a_point():
    assert bootstrap_ci(LONG_GOLD, LONG_GOLD, rounds=50) == (1.0, 1.0)
    assert bootstrap_ci([], []) == (0.0, 0.0)


def test_summary_holds_every_figure():
    s = summary(GOLD, PRED, bootstrap_rounds=100)
    assert s["n"] == 6 and s["labels"] == ["favor", "against", "none"]
    assert s["accuracy"] == pytest.approx(0.5)
    assert s["macro_f1"] == pytest.approx(macro_f1(GOLD, PRED))
    lo, hi = s["macro_f1_ci95"]
    assert lo <= s["macro_f1"] <= hi
    assert s["confusion"] == confusion(GOLD, PRED)
    assert summary(GOLD, PRED, bootstrap_rounds=0)["macro_f1_ci95"] == [None, None]
