"""`stance report`: predictions JSONL in, a folder with the tables, plots, networks and page out.

Writes `stance_by_period.csv` (one row per period, group and target), `statements.csv` (every
statement behind those rows, with its line in the predictions, article and offsets),
`stance_<target>.png`, `actors.graphml` + `congruence.graphml` and `report.html`. Statements of
articles without a date are counted (period `undated`) and listed, never dropped. Not here: the
model (the report reads what `stance predict` wrote and needs no model).
"""
from __future__ import annotations

import csv
import math
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.report import html as page
from pipeline.report.network import congruence, two_mode, write_networks
from pipeline.report.periods import UNDATED, Cell, aggregate, group_of, groups_by_size
from pipeline.report.plots import colours_for, plot_target
from pipeline.report.records import ReportError, ReportStatement, read_predictions

CSV_COLUMNS = ["period", "period_start", "group", "target", "statements", "favor", "against", "none",
               "net", "net_low", "net_high", "mean_confidence"]
STATEMENT_COLUMNS = ["period", "group", "target", "label", "confidence", "actor", "side", "article_id", "date",
                     "start", "end", "line", "text"]


@dataclass
class ReportSummary:
    """What a report run wrote and counted."""

    out_dir: Path
    files: list[Path]
    statements: int
    articles: int
    targets: list[str]
    groups: list[str]
    periods: list[str]
    undated: list[str] = field(default_factory=list)
    undated_statements: int = 0


def _num(v: float, digits: int = 4) -> str:
    return "" if math.isnan(v) else f"{v:.{digits}f}"


def _write_tables(cells: list[Cell], out: Path) -> list[Path]:
    by_period, stmts = out / "stance_by_period.csv", out / "statements.csv"
    with by_period.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(CSV_COLUMNS)
        for c in cells:
            net, low, high = c.net
            w.writerow([c.period, c.start.isoformat() if c.start else "", c.group, c.target, len(c.statements),
                        c.count("favor"), c.count("against"), c.count("none"), _num(net), _num(low), _num(high),
                        _num(c.mean_confidence)])
    with stmts.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(STATEMENT_COLUMNS)
        for c in cells:
            for s in c.statements:
                conf = s.confidence[c.target]
                w.writerow([c.period, c.group, c.target, s.labels[c.target], "" if conf is None else f"{conf:.4f}",
                            s.actor, s.side, s.article_id, s.meta.get("date", ""), s.start, s.end, s.line, s.text])
    return [by_period, stmts]


def _networks_html(statements: list[ReportStatement], targets: list[str], limit: int = 25) -> str:
    two = two_mode(statements, targets)
    cong = congruence(two, targets)
    edges = sorted(two.edges(data=True), key=lambda e: (-e[2]["weight"], e[0], e[1]))
    rows = "".join(f"<tr><td>{page._e(a)}</td><td>{page._e(two.nodes[a]['camp'])}</td><td>{page._e(t)}</td>"
                   f"<td>{page._e(d['agreement'])}</td><td class=num>{d['favor']}</td><td class=num>{d['against']}"
                   f"</td><td class=num>{d['none']}</td><td class=num>{d['net']:+.2f}</td><td>{d['stance']}</td></tr>"
                   for a, t, d in edges[:limit])
    pairs = sorted(cong.edges(data=True), key=lambda e: (-e[2]["weight"], -e[2]["statements"], e[0], e[1]))
    prow = "".join(f"<tr><td>{page._e(a)} ({page._e(cong.nodes[a]['camp'])})</td><td>{page._e(b)} "
                   f"({page._e(cong.nodes[b]['camp'])})</td><td class=num>{d['weight']}</td>"
                   f"<td>{page._e(d['targets'].replace(';', ', '))}</td><td class=num>{d['statements']}</td></tr>"
                   for a, b, d in pairs[:limit])
    actors = sum(1 for _, d in two.nodes(data=True) if d["type"] == "actor")
    return (f'<p><a href="actors.graphml">actors.graphml</a>: two-mode network, {actors} actors and '
            f"{len(targets)} targets, {two.number_of_edges()} actor → target edges (agreement 1 = only favor, "
            "0 = only against, mixed = both; stance = the label most of its stance-taking statements carry). "
            f'<a href="congruence.graphml">congruence.graphml</a>: actor–actor network, {cong.number_of_edges()} '
            "edges; weight = targets on which both actors' prevailing stance is the same (favor or against). "
            "Both open in Gephi and Visone.</p>"
            f"<h3>Actor → target ({min(limit, len(edges))} of {len(edges)} edges, most statements first)</h3>"
            "<table><tr><th>actor</th><th>camp</th><th>target</th><th>agreement</th><th>favor</th><th>against</th>"
            f"<th>none</th><th>net</th><th>stance</th></tr>{rows}</table>"
            f"<h3>Congruence ({min(limit, len(pairs))} of {len(pairs)} pairs: most shared targets, then best "
            "supported)</h3><table><tr><th>actor</th><th>actor</th><th>weight</th><th>same stance on</th>"
            f"<th>statements<br><small>(fewer of the two)</small></th></tr>{prow}</table>")


def _article_texts(articles: str | Path | None, wanted: set[str], out: Path) -> tuple[dict, dict]:
    """Texts of the wanted articles (folder of .txt or JSONL), and file links for .txt folders."""
    if articles is None:
        return {}, {}
    from pipeline.serve.inputs import iter_articles  # reads files only: no model

    texts, hrefs = {}, {}
    src = Path(articles)
    if not src.exists():
        raise ReportError(f"--articles {src}: no such file or folder")
    for item in iter_articles([src]):
        if item.id in wanted and hasattr(item, "text"):
            texts[item.id] = item.text
            if src.is_dir() and (src / f"{item.id}.txt").is_file():
                hrefs[item.id] = Path(os.path.relpath(src / f"{item.id}.txt", out)).as_posix()
    return texts, hrefs


def build_report(predictions: str | Path, out_dir: str | Path, *, period: str = "month", by: str = "camp",
                 targets: list[str] | None = None, articles: str | Path | None = None, top_k: int = 3,
                 max_plotted: int = 8, title: str | None = None) -> ReportSummary:
    """Build every file of the report into `out_dir`; see the module docstring.

    >>> s = build_report("preds.jsonl", "report/", period="week")   # doctest: +SKIP
    >>> s.undated                                                    # doctest: +SKIP
    []
    """
    statements, targets = read_predictions(predictions, targets)
    if not statements:
        raise ReportError(f"{predictions}: no statements; run `stance predict` on articles first")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cells = aggregate(statements, targets, period, by)
    groups = groups_by_size(cells)
    camp_votes: dict[str, Counter] = defaultdict(Counter)
    for st in statements:
        camp_votes[group_of(st, by)][st.side] += 1
    colours = colours_for(groups, {g: c.most_common(1)[0][0] for g, c in camp_votes.items()})
    plotted = groups[:max_plotted]
    undated = sorted({s.article_id for s in statements if s.day is None})
    undated_n = sum(1 for s in statements if s.day is None)
    files = _write_tables(cells, out)
    images = {}
    for t in targets:
        notes = [f"the {len(plotted)} {by}s with most statements, of {len(groups)}"] if len(plotted) < len(groups) else []
        sub = "; ".join(notes + ([f"{len(undated)} undated articles left out"] if undated else []))
        images[t] = plot_target(cells, t, plotted, colours, out / f"stance_{t}.png", period=period, subtitle=sub)
    files += list(images.values()) + write_networks(statements, targets, out)
    articles_n = len({s.article_id for s in statements})
    dated = [s.day for s in statements if s.day]
    span = f"{min(dated):%d %b %Y} to {max(dated):%d %b %Y}" if dated else "no dated statement"
    intro = (f'<p class="muted">{len(statements)} statements from {articles_n} articles ({span}) in '
             f"<code>{page._e(predictions)}</code>; grouped by {by}, per {period}. Net stance = (favor − against) / "
             "(favor + against), from −1 (every stance-taking statement against) to +1 (every one in favour), "
             "with its 95% Wilson interval; <code>none</code> statements are counted but do not move it. "
             "Confidence is the model's probability of the label it gave. Every number traces back to "
             "<a href=\"statements.csv\">statements.csv</a> (line in the predictions, article, offsets) and "
             '<a href="stance_by_period.csv">stance_by_period.csv</a>.</p>')
    cited_ids = {s.article_id for s in statements}
    texts, hrefs = _article_texts(articles, cited_ids, out)
    html_path = out / "report.html"
    html_path.write_text(page.render_page(
        title=title or f"Stance by {by} over time", intro=intro, cells=cells, targets=targets, groups=groups,
        plotted=plotted, colours=colours, images=images, top_k=top_k, undated=undated, undated_statements=undated_n,
        networks=_networks_html(statements, targets), texts=texts, articles_href=hrefs), encoding="utf-8")
    files.append(html_path)
    periods = list(dict.fromkeys(c.period for c in cells if c.period != UNDATED))
    return ReportSummary(out, files, len(statements), articles_n, targets, groups, periods, undated, undated_n)
