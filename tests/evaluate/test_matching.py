"""Tests for pipeline.evaluate.matching on hand-computed spans (ANNOTATION.md §6)."""
import pytest

from pipeline.evaluate.matching import SpanError, locate, match_statements, precision_recall_f1
from pipeline.schema import Statement

ART = "0123456789" * 10   # offsets are easy to read


def g(start, end):
    return Statement("a", ART[start:end] if end - start > 0 else "x", "s", "A", "other", "direct")


def p(start, end):
    return Statement("a", ART[start:end], "s", "A", "other", "direct", start=start, end=end)


def gold_at(text):
    return Statement("a", text, "s", "A", "other", "direct")


ART2 = "Alpha beta gamma delta. Epsilon zeta eta theta iota kappa."


def test_exact_span_matches():
    gold = [gold_at("beta gamma delta")]
    assert len(match_statements([Statement("a", "beta gamma delta", "s", "A", "other", "direct", start=6, end=22)],
                                gold, ART2)) == 1


def test_half_of_gold_is_enough():
    # gold "Epsilon zeta eta theta" = [24, 46), 22 chars; prediction [35, 58) overlaps [35, 46) = 11 = half
    gold = [gold_at("Epsilon zeta eta theta")]
    pred = [Statement("a", ART2[35:58], "s", "A", "other", "direct", start=35, end=58)]
    assert len(match_statements(pred, gold, ART2)) == 1


def test_less_than_half_of_gold_fails():
    gold = [gold_at("Epsilon zeta eta theta")]
    pred = [Statement("a", ART2[36:58], "s", "A", "other", "direct", start=36, end=58)]
    assert match_statements(pred, gold, ART2) == []


def test_prediction_needs_a_quarter_of_itself_in_gold():
    # gold "beta" = [6, 10); prediction [0, 23) overlaps 4 of 23 chars (< a quarter)
    gold = [gold_at("beta")]
    pred = [Statement("a", ART2[0:23], "s", "A", "other", "direct", start=0, end=23)]
    assert match_statements(pred, gold, ART2) == []


def test_one_to_one_largest_overlap_first():
    gold = [gold_at("Alpha beta gamma delta."), gold_at("Epsilon zeta eta theta iota kappa.")]
    big = Statement("a", ART2, "s", "A", "other", "direct", start=0, end=len(ART2))       # overlaps both
    small = Statement("a", ART2[0:23], "s", "A", "other", "direct", start=0, end=23)      # overlaps first fully
    pairs = match_statements([big, small], gold, ART2)
    assert [(gg.text, pp.text) for gg, pp in pairs] == [(gold[0].text, small.text), (gold[1].text, big.text)]


def test_prediction_without_offsets_is_located():
    gold = [gold_at("zeta eta")]
    pred = [Statement("a", "zeta eta theta", "s", "A", "other", "direct")]
    assert len(match_statements(pred, gold, ART2)) == 1


def test_gold_text_must_occur_once():
    with pytest.raises(SpanError, match="more than once"):
        locate("a", "banana")
    with pytest.raises(SpanError, match="not found"):
        locate("kiwi", "banana")


def test_prf():
    assert precision_recall_f1(3, 4, 6) == (0.75, 0.5, 0.6)
    assert precision_recall_f1(0, 0, 0) == (1.0, 1.0, 1.0)
    assert precision_recall_f1(0, 0, 5) == (0.0, 0.0, 0.0)
