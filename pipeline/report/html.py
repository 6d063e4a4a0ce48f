"""`report.html`: one self-contained page (inline CSS, images as data URIs, no scripts, no external files).

Per target: the plot, a table of net stance by group and period, and for each group and period the
statements with the highest confidence, each linked to its entry in "Statements cited" (article id,
date, title, offsets and, when the article texts were given, the sentence around it). Articles
without a date are listed at the top. Not here: the numbers (`periods`), the drawing (`plots`).
"""
from __future__ import annotations

import base64
import html
import math
from pathlib import Path

from pipeline.report.periods import UNDATED, Cell
from pipeline.report.plots import TITLES, display_name
from pipeline.report.records import ReportStatement

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1180px;margin:2em auto;
padding:0 1em;color:#1d1d1d;line-height:1.45}
h1{margin-bottom:.2em} h2{margin-top:2em;border-bottom:2px solid #ddd;padding-bottom:.2em}
.muted{color:#666;font-size:.92em} .note{background:#fff7e0;border-left:4px solid #e0a800;padding:.5em .8em}
table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.9em}
th,td{border:1px solid #ddd;padding:3px 7px;vertical-align:top;text-align:left}
th{background:#f3f3f3;position:sticky;top:0}
td.num,td.per{text-align:right;white-space:nowrap} td.per{text-align:left} .pivot td{text-align:center;min-width:3.6em;white-space:nowrap}
.pivot td small{color:#555} .swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em}
img{max-width:100%;border:1px solid #eee} details{margin:.3em 0} summary{cursor:pointer;font-weight:600}
.favor{color:#1a7f37;font-weight:600} .against{color:#b42318;font-weight:600}
mark{background:#ffe58a} .ctx{font-size:.92em;color:#333} a{color:#0b57d0}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _fmt(v: float, signed: bool = True) -> str:
    if math.isnan(v):
        return ""
    return f"{v:+.2f}" if signed else f"{v:.2f}"


def _shade(net: float) -> str:
    if math.isnan(net):
        return ""
    colour = (26, 127, 55) if net >= 0 else (180, 35, 24)
    return f' style="background:rgba({colour[0]},{colour[1]},{colour[2]},{0.08 + 0.42 * abs(net):.2f})"'


def anchor(st: ReportStatement) -> str:
    """The page-internal id of a cited statement (its line in the predictions file is unique)."""
    return f"st-{st.line}"


def statement_link(st: ReportStatement) -> str:
    offsets = f" @ {st.start}–{st.end}" if st.start is not None else ""
    return (f'<a href="#{anchor(st)}" data-article="{_e(st.article_id)}" data-start="{_e(st.start)}" '
            f'data-end="{_e(st.end)}">{_e(st.article_id)}{offsets}</a>')


def _pivot(cells: list[Cell], target: str, groups: list[str], periods: list[str], colours: dict[str, str]) -> str:
    by = {(c.group, c.period): c for c in cells if c.target == target}
    head = "".join(f"<th>{_e(p)}</th>" for p in periods)
    rows = []
    for g in groups:
        tds = []
        for p in periods:
            c = by.get((g, p))
            if c is None:
                tds.append("<td></td>")
                continue
            net, low, high = c.net
            n = c.count("favor") + c.count("against")
            title = (f"{g}, {p}: favor {c.count('favor')}, against {c.count('against')}, none {c.count('none')}; "
                     f"95% interval {_fmt(low)} to {_fmt(high)}" if n else f"{g}, {p}: {c.count('none')} none")
            value = _fmt(net) if n else "·"
            tds.append(f'<td{_shade(net)} title="{_e(title)}">{value}<br><small>{n}/{len(c.statements)}</small></td>')
        swatch = f'<span class="swatch" style="background:{colours.get(g, "#999")}"></span>'
        rows.append(f"<tr><th>{swatch}{_e(display_name(g))}</th>{''.join(tds)}</tr>")
    return (f'<table class="pivot"><tr><th>group</th>{head}</tr>{"".join(rows)}</table>'
            '<p class="muted">Each cell: net stance, then <i>stance-taking / all</i> statements of that group in '
            'that period (hover for counts and the 95% interval). Empty: no statement; ·: only <code>none</code>.'
            '</p>')


def _statement_rows(cells: list[Cell], target: str, group: str, top_k: int) -> str:
    rows, previous = [], math.nan
    for c in (c for c in cells if c.target == target and c.group == group):
        net, low, high = c.net
        dated = c.period != UNDATED
        delta = f" (Δ {net - previous:+.2f})" if dated and not (math.isnan(net) or math.isnan(previous)) else ""
        if dated and not math.isnan(net):
            previous = net
        interval = f"<br><small>{_fmt(low)} to {_fmt(high)}</small>" if not math.isnan(net) else ""
        items = "".join(
            f'<li><span class="{s.labels[target]}">{s.labels[target]}</span> '
            f'{_fmt(s.confidence[target] if s.confidence[target] is not None else math.nan, signed=False)} — '
            f'{_e(s.actor)}: “{_e(s.text)}” <span class="muted">[{statement_link(s)}]</span></li>'
            for s in c.top(top_k))
        statements = f"<ul>{items}</ul>" if items else "<span class=muted>no stance taken</span>"
        rows.append(f"<tr><td class=per>{_e(c.period)}</td><td class=num>{_fmt(net)}{delta}{interval}</td>"
                    f"<td class=num>{c.count('favor')} / {c.count('against')} / {c.count('none')}</td>"
                    f"<td class=num>{_fmt(c.mean_confidence, signed=False)}</td><td>{statements}</td></tr>")
    return ("<table><tr><th>period</th><th>net (change)<br><small>95% interval</small></th>"
            "<th>favor / against / none</th><th>mean conf.</th>"
            f"<th>top statements by confidence</th></tr>{''.join(rows)}</table>")


def _cited(cited: list[ReportStatement], texts: dict[str, str], articles_href: dict[str, str]) -> str:
    by_article: dict[str, list[ReportStatement]] = {}
    for st in sorted(cited, key=lambda s: (s.article_id, s.start or 0, s.line)):
        by_article.setdefault(st.article_id, []).append(st)
    out = []
    for aid, sts in sorted(by_article.items(), key=lambda kv: (kv[1][0].meta.get("date", "~"), kv[0])):
        m = sts[0].meta
        title = _e(m.get("title", ""))
        links = []
        if m.get("url"):
            links.append(f'<a href="{_e(m["url"])}">original</a>')
        if aid in articles_href:
            links.append(f'<a href="{_e(articles_href[aid])}">text</a>')
        head = (f'<h3 id="article-{_e(aid)}">{_e(aid)} <span class="muted">{_e(m.get("date", "no date"))}'
                f'{" · " + _e(m["source"]) if m.get("source") else ""}{" · " + " · ".join(links) if links else ""}'
                f"</span></h3>" + (f"<p>{title}</p>" if title else ""))
        items = []
        for st in sts:
            labels = ", ".join(f'{t}: <span class="{lab}">{lab}</span>' for t, lab in st.labels.items())
            text = texts.get(aid)
            if text and st.start is not None and text[st.start:st.end] == st.text:
                lo, hi = max(0, st.start - 160), min(len(text), st.end + 160)
                body = (f'<span class="ctx">…{_e(text[lo:st.start])}<mark>{_e(st.text)}</mark>'
                        f"{_e(text[st.end:hi])}…</span>")
            else:
                body = f"“{_e(st.text)}”"
            offsets = f"characters {st.start}–{st.end}" if st.start is not None else "no offsets"
            items.append(f'<li id="{anchor(st)}"><b>{_e(st.actor)}</b> ({_e(st.side)}), {offsets}, line {st.line} of '
                         f"the predictions; {labels}<br>{body}</li>")
        out.append(head + f"<ul>{''.join(items)}</ul>")
    return "".join(out)


def render_page(*, title: str, intro: str, cells: list[Cell], targets: list[str], groups: list[str],
                plotted: list[str], colours: dict[str, str], images: dict[str, Path], top_k: int,
                undated: list[str], undated_statements: int, networks: str, texts: dict[str, str],
                articles_href: dict[str, str]) -> str:
    """The whole page as a string."""
    periods = list(dict.fromkeys(c.period for c in cells))  # cells are sorted: dated periods, then undated
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{_e(title)}</title>"
             f"<style>{CSS}</style></head><body><h1>{_e(title)}</h1>{intro}"]
    if undated:
        shown = ", ".join(_e(a) for a in undated[:30]) + (f", … ({len(undated) - 30} more)" if len(undated) > 30 else "")
        parts.append(f'<p class="note" id="undated"><b>{len(undated)} article(s) without a date</b> '
                     f"({undated_statements} statements): {shown}. They are counted in the tables under "
                     f"<i>{UNDATED}</i> and left out of the plots.</p>")
    parts.append("<p>Contents: " + " · ".join(f'<a href="#target-{_e(t)}">{_e(t)}</a>' for t in targets)
                 + ' · <a href="#networks">actor networks</a> · <a href="#cited">statements cited</a></p>')
    cited: dict[int, ReportStatement] = {}
    for t in targets:
        uri = "data:image/png;base64," + base64.b64encode(images[t].read_bytes()).decode("ascii")
        left_out = [g for g in groups if g not in plotted]
        question = TITLES.get(t, "").split(": ", 1)[-1]
        parts.append(f'<h2 id="target-{_e(t)}">{_e(t)}{" — " + _e(question) if question else ""}</h2>'
                     f'<img src="{uri}" alt="net stance on {_e(t)} by period">')
        if left_out:
            parts.append(f'<p class="muted">The plot shows the {len(plotted)} largest groups; the tables show all '
                         f"{len(groups)}.</p>")
        parts.append(f"<h3>Net stance by group and period</h3>{_pivot(cells, t, groups, periods, colours)}")
        parts.append("<h3>Statements behind each point</h3>")
        for g in groups:
            gcells = [c for c in cells if c.target == t and c.group == g]
            n = sum(c.count("favor") + c.count("against") for c in gcells)
            for c in gcells:
                for s in c.top(top_k):
                    cited[s.line] = s
            swatch = f'<span class="swatch" style="background:{colours.get(g, "#999")}"></span>'
            parts.append(f"<details{' open' if g == groups[0] else ''}><summary>{swatch}{_e(display_name(g))}: {n} "
                         f"stance-taking of {sum(len(c.statements) for c in gcells)} statements</summary>"
                         f"{_statement_rows(cells, t, g, top_k)}</details>")
    parts.append(f'<h2 id="networks">Actor networks</h2>{networks}')
    parts.append('<h2 id="cited">Statements cited</h2><p class="muted">Every statement quoted above, by article '
                 "(oldest first), with its character offsets in the article" + (" and the text around it." if texts
                                                                                 else ".") + "</p>")
    parts.append(_cited(list(cited.values()), texts, articles_href))
    parts.append("</body></html>\n")
    return "".join(parts)
