"""pipeline.report.periods: Wilson intervals, net stance, period bucketing and aggregation."""
import math
from datetime import date

import pytest

from pipeline.report.periods import UNDATED, aggregate, groups_by_size, net_stance, period_of, wilson
from pipeline.report.records import ReportStatement


@pytest.mark.parametrize("k, n, low, high", [
    (5, 10, 0.2366, 0.7634),   # textbook values (Wilson 1927; Newcombe 1998, method 3)
    (0, 10, 0.0, 0.2775),
    (10, 10, 0.7225, 1.0),
    (1, 1, 0.2065, 1.0),
    (81, 263, 0.2553, 0.3662),  # Newcombe 1998, table I example
])
def test_wilson_matches_published_values(k, n, low, high):
    lo, hi = wilson(k, n)
    assert lo == pytest.approx(low, abs=1e-4) and hi == pytest.approx(high, abs=1e-4)


def test_wilson_of_nothing_is_undefined():
    assert all(math.isnan(v) for v in wilson(0, 0))


def test_net_stance_is_favor_minus_against_over_stance_taking():
    assert net_stance(3, 1)[0] == 0.5
    assert net_stance(0, 4)[0] == -1.0
    assert net_stance(2, 2)[0] == 0.0
    net, low, high = net_stance(5, 5)
    assert (low, high) == pytest.approx((2 * 0.2366 - 1, 2 * 0.7634 - 1), abs=2e-4)
    assert low < net < high
    assert all(math.isnan(v) for v in net_stance(0, 0))


@pytest.mark.parametrize("day, period, label, start", [
    (date(2025, 2, 16), "day", "2025-02-16", date(2025, 2, 16)),
    (date(2025, 2, 16), "week", "2025-W07", date(2025, 2, 10)),    # a Sunday belongs to the week of its Monday
    (date(2025, 2, 17), "week", "2025-W08", date(2025, 2, 17)),
    (date(2024, 12, 30), "week", "2025-W01", date(2024, 12, 30)),  # ISO year differs from the calendar year
    (date(2027, 1, 1), "week", "2026-W53", date(2026, 12, 28)),
    (date(2025, 2, 28), "month", "2025-02", date(2025, 2, 1)),
    (date(2026, 1, 1), "month", "2026-01", date(2026, 1, 1)),
])
def test_period_of(day, period, label, start):
    assert period_of(day, period) == (label, start)


def test_unknown_period_names_the_allowed_ones():
    with pytest.raises(ValueError, match="day"):
        period_of(date(2025, 1, 1), "year")


def st(line, side, inclusion, day=None, conf=0.9, actor="A"):
    return ReportStatement(line, f"art{line}", f"text {line}", actor, side, {"inclusion": inclusion},
                           {"inclusion": conf}, 0, 6, day=day)


def test_aggregate_counts_per_period_and_group_with_undated_last():
    statements = [st(1, "ukraine", "favor", date(2025, 3, 3)), st(2, "ukraine", "against", date(2025, 3, 20), 0.5),
                  st(3, "ukraine", "none", date(2025, 3, 21)), st(4, "russia", "against", date(2025, 2, 10)),
                  st(5, "russia", "favor")]
    cells = aggregate(statements, ["inclusion"], "month", "camp")
    assert [(c.period, c.group) for c in cells] == [("2025-02", "russia"), ("2025-03", "ukraine"),
                                                      (UNDATED, "russia")]
    march = cells[1]
    assert (march.count("favor"), march.count("against"), march.count("none")) == (1, 1, 1)
    assert march.net[0] == 0.0
    assert march.mean_confidence == pytest.approx((0.9 + 0.5 + 0.9) / 3)
    assert [s.line for s in march.top(5)] == [1, 2]  # stance-taking only, most confident first
    assert cells[2].start is None
    assert groups_by_size(cells) == ["russia", "ukraine"]


def test_aggregate_by_actor():
    cells = aggregate([st(1, "us", "favor", date(2025, 3, 3), actor="Donald Trump")], ["inclusion"], "week", "actor")
    assert [(c.period, c.group) for c in cells] == [("2025-W10", "Donald Trump")]


def test_top_statements_show_both_sides_of_a_mixed_period():
    statements = [st(1, "us", "favor", date(2025, 3, 3), 0.99), st(2, "us", "favor", date(2025, 3, 3), 0.98),
                  st(3, "us", "favor", date(2025, 3, 3), 0.97), st(4, "us", "against", date(2025, 3, 3), 0.6),
                  st(5, "us", "none", date(2025, 3, 3), 1.0)]
    cell = aggregate(statements, ["inclusion"], "month", "camp")[0]
    assert [s.line for s in cell.top(3)] == [1, 2, 4]
    assert [s.line for s in cell.top(1)] == [1]
