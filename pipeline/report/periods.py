"""Time buckets and the numbers of a report: counts, net stance and its 95% Wilson interval.

Net stance of a group on a target in a period is (favor - against) / (favor + against): +1 when
every stance-taking statement is in favour, -1 when every one is against; `none` statements are
counted but do not move it. Its interval is the Wilson score interval of favor / (favor + against),
mapped onto [-1, 1]. Not here: reading files (`records`), drawing (`plots`).
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from pipeline.report.records import ReportStatement

PERIODS = ("day", "week", "month")
GROUPINGS = ("camp", "actor")
UNDATED = "undated"
"""The period of statements whose article has no date: counted in the table, left out of the plots."""


def period_of(day: date, period: str) -> tuple[str, date]:
    """The label and first day of the period holding `day` (weeks are ISO weeks, Monday first).

    >>> period_of(date(2025, 2, 16), "week")
    ('2025-W07', datetime.date(2025, 2, 10))
    >>> period_of(date(2025, 2, 16), "month")
    ('2025-02', datetime.date(2025, 2, 1))
    """
    if period == "day":
        return day.isoformat(), day
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", date.fromisocalendar(year, week, 1)
    if period == "month":
        return f"{day.year}-{day.month:02d}", day.replace(day=1)
    raise ValueError(f"period {period!r} is not one of {list(PERIODS)}")


def wilson(successes: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """95% Wilson score interval of a proportion; (nan, nan) when n is 0.

    >>> [round(x, 4) for x in wilson(5, 10)]
    [0.2366, 0.7634]
    """
    if n == 0:
        return math.nan, math.nan
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def net_stance(favor: int, against: int) -> tuple[float, float, float]:
    """(net, low, high): (favor - against) / (favor + against) with its 95% interval; nans if both are 0.

    >>> net_stance(3, 1)[0]
    0.5
    """
    n = favor + against
    if n == 0:
        return math.nan, math.nan, math.nan
    low, high = wilson(favor, n)
    return (favor - against) / n, 2 * low - 1, 2 * high - 1


@dataclass
class Cell:
    """One row of stance_by_period.csv: a group's statements on one target in one period."""

    period: str
    start: date | None
    group: str
    target: str
    statements: list[ReportStatement] = field(default_factory=list)

    def count(self, label: str) -> int:
        return sum(1 for s in self.statements if s.labels[self.target] == label)

    @property
    def net(self) -> tuple[float, float, float]:
        return net_stance(self.count("favor"), self.count("against"))

    @property
    def mean_confidence(self) -> float:
        values = [s.confidence[self.target] for s in self.statements if s.confidence[self.target] is not None]
        return sum(values) / len(values) if values else math.nan

    def top(self, k: int) -> list[ReportStatement]:
        """The k stance-taking statements with the highest confidence (ties: input order); when both
        favor and against occur, the most confident of each is among them (k >= 2), so a mixed
        period shows both sides."""
        taking = sorted((s for s in self.statements if s.labels[self.target] != "none"),
                        key=lambda s: -(s.confidence[self.target] or 0.0))
        top = taking[:k]
        for label in ("favor", "against"):
            best = next((s for s in taking if s.labels[self.target] == label), None)
            if k >= 2 and best is not None and best not in top:
                top[-1] = best
        return sorted(top, key=lambda s: -(s.confidence[self.target] or 0.0))


def group_of(st: ReportStatement, by: str) -> str:
    if by == "camp":
        return st.side or "(no camp)"
    if by == "actor":
        return st.actor or st.speaker or "(no actor)"
    raise ValueError(f"--by {by!r} is not one of {list(GROUPINGS)}")


def aggregate(statements: list[ReportStatement], targets: list[str], period: str, by: str) -> list[Cell]:
    """One cell per (period, group, target) that has statements; sorted by period, group, target.

    Undated statements form the period `undated`, listed last.
    """
    if period not in PERIODS:
        raise ValueError(f"--period {period!r} is not one of {list(PERIODS)}")
    cells: dict[tuple, Cell] = {}
    for st in statements:
        label, start = period_of(st.day, period) if st.day else (UNDATED, None)
        group = group_of(st, by)
        for t in targets:
            key = (start is None, start, group, t)
            if key not in cells:
                cells[key] = Cell(label, start, group, t)
            cells[key].statements.append(st)
    order = sorted(cells, key=lambda k: (k[0], k[1] or date.min, k[2], targets.index(k[3])))
    return [cells[k] for k in order]


def groups_by_size(cells: list[Cell]) -> list[str]:
    """Groups ordered by their number of stance-taking statements, largest first (ties: by name)."""
    size: dict[str, int] = defaultdict(int)
    for c in cells:
        size[c.group] += c.count("favor") + c.count("against")
    return sorted(size, key=lambda g: (-size[g], g))
