"""One PNG per target: each group's net stance over time, with its 95% interval as a band (matplotlib, Agg).

One panel per group (small multiples sharing both axes), the other groups drawn in grey behind.
Colours follow the group, not the plot: camps have fixed colours (Ukraine blue, Russia red, ...),
an actor takes its camp's colour, so a group looks the same in every figure and on the page.
Dots are sized by the number of stance-taking statements behind them; a period in which a group
took no stance has no dot. Undated statements cannot be placed and are left out (the table keeps them).
Not here: the numbers (`periods`), the page (`html`).
"""
from __future__ import annotations

import math
from datetime import timedelta
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from pipeline.report.periods import Cell  # noqa: E402

CAMP_COLOURS = {"ukraine": "#1f77b4", "russia": "#d62728", "us": "#7b3fa0", "europe": "#e08a00",
                "other": "#7f7f7f"}
PALETTE = ["#2ca02c", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#393b79", "#637939", "#843c39",
           "#ad494a", "#3182bd", "#31a354", "#756bb1"]
TITLES = {"inclusion": "Inclusion: should Ukraine and Europe take part in the talks?",
          "ceasefire": "Cease-fire: should the fighting stop soon?"}


DISPLAY = {"us": "US", "ukraine": "Ukraine", "russia": "Russia", "europe": "Europe"}


def display_name(group: str) -> str:
    """How a group is written in figures and the page (`us` -> `US`); other names as they are."""
    return DISPLAY.get(group, group)


def colours_for(groups: list[str], camp_of: dict[str, str] | None = None) -> dict[str, str]:
    """A fixed colour per group: a camp (or an actor, through `camp_of`) takes its camp's colour;
    anything else takes palette colours in order of `groups`.

    >>> colours_for(["russia", "Vladimir Putin"], {"Vladimir Putin": "russia"})["Vladimir Putin"]
    '#d62728'
    """
    camp_of = camp_of or {}
    out, free = {}, iter(PALETTE * (1 + len(groups) // len(PALETTE)))
    for g in groups:
        camp = g if g in CAMP_COLOURS else camp_of.get(g)
        out[g] = CAMP_COLOURS[camp] if camp in CAMP_COLOURS else next(free)
    return out


def _series(cells: list[Cell], target: str, group: str) -> list[Cell]:
    pts = [c for c in cells if c.target == target and c.group == group and c.start is not None
           and not math.isnan(c.net[0])]
    return sorted(pts, key=lambda c: c.start)


def plot_target(cells: list[Cell], target: str, groups: list[str], colours: dict[str, str], path: str | Path,
                *, period: str, subtitle: str = "") -> Path:
    """Draw the net stance of `groups` on `target` (dated cells only) into `path`.

    One panel per group, sharing both axes; each panel repeats the other groups as thin grey lines,
    so a group reads on its own and against the rest.
    """
    series = {g: _series(cells, target, g) for g in groups}
    shown = [g for g in groups if series[g]] or groups[:1]
    dated = sorted({c.start for c in cells if c.start is not None})
    fig, axes = plt.subplots(len(shown), 1, figsize=(10, 1.1 + 1.45 * len(shown)), dpi=110, sharex=True,
                             sharey=True, squeeze=False)
    for ax, g in zip(axes[:, 0], shown):
        for other in shown:
            if other != g and series[other]:
                ax.plot([c.start for c in series[other]], [c.net[0] for c in series[other]], color="#c9c9c9",
                        linewidth=0.9, zorder=1)
        ax.axhline(0, color="#555555", linewidth=0.7, zorder=2)
        pts, col = series[g], colours[g]
        n = [c.count("favor") + c.count("against") for c in pts]
        if pts:
            x = [c.start for c in pts]
            ax.fill_between(x, [c.net[1] for c in pts], [c.net[2] for c in pts], color=col, alpha=0.18,
                            linewidth=0, zorder=3)
            ax.plot(x, [c.net[0] for c in pts], color=col, linewidth=2, zorder=4)
            ax.scatter(x, [c.net[0] for c in pts], s=[14 + 9 * min(k, 12) for k in n], color=col,
                       edgecolor="white", linewidth=0.6, zorder=5)
        ax.text(1.012, 0.62, display_name(g), transform=ax.transAxes, color=col, fontsize=11.5,
                fontweight="bold", va="center", ha="left")
        ax.text(1.012, 0.32, f"{sum(n)} stance-taking\nstatements", transform=ax.transAxes, color="#555555",
                fontsize=8, va="center", ha="left", linespacing=1.1)
        ax.set_ylim(-1.15, 1.15)
        ax.set_yticks([-1, 0, 1])
        ax.set_yticklabels(["−1 against", "0", "+1 favor"], fontsize=8.5)
        ax.grid(axis="y", color="#eeeeee", linewidth=0.6)
        ax.spines[["top", "right"]].set_visible(False)
    last = axes[-1, 0]
    if dated:
        pad = {"day": 1, "week": 4, "month": 12}[period]
        last.set_xlim(dated[0] - timedelta(days=pad), dated[-1] + timedelta(days=pad))
        months = max(1, round(((dated[-1] - dated[0]).days / 30.4) / 10))
        if period != "day" or (dated[-1] - dated[0]).days > 60:
            last.xaxis.set_major_locator(mdates.MonthLocator(interval=months))
            last.xaxis.set_major_formatter(mdates.DateFormatter("%b\n%Y"))
        else:
            last.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    last.set_xlabel(f"{period} (each dot: one {period}, sized by its stance-taking statements; "
                    "band: 95% Wilson interval; grey: the other groups)", fontsize=9)
    fig.supylabel("net stance = (favor − against) / (favor + against)", fontsize=9.5)
    fig.suptitle(TITLES.get(target, f"Stance on {target}") + (f" ({subtitle})" if subtitle else ""), x=0.01,
                 ha="left", fontsize=13)
    fig.tight_layout(rect=(0, 0, 0.86, 1))
    fig.savefig(path)
    plt.close(fig)
    return Path(path)
