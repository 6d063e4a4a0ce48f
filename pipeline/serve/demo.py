"""`stance demo`: the whole pipeline on the bundled seed article, as a readable table or HTML page.

Not here: batch processing (`pipeline.serve.batch`). The HTML page is self-contained (inline CSS, no
scripts or external resources): the article with statements highlighted by stance, then the
statement and actor tables.
"""
from __future__ import annotations

import html
import textwrap
from pathlib import Path

from pipeline.serve.predict import DEFAULT_MODEL, REPO_ROOT, ArticleResult, StancePipeline

SEED = REPO_ROOT / "data" / "seed" / "riyadh-talks.txt"


def _table(headers: list[str], rows: list[list[str]], widths: list[int]) -> str:
    def fmt(cells):
        wrapped = [textwrap.wrap(str(c), w) or [""] for c, w in zip(cells, widths)]
        height = max(len(w) for w in wrapped)
        return "\n".join(" | ".join((w[i] if i < len(w) else "").ljust(width) for w, width in zip(wrapped, widths))
                         for i in range(height))
    rule = "-+-".join("-" * w for w in widths)
    return "\n".join([fmt(headers), rule] + [fmt(r) + "\n" + rule for r in rows]) + "\n"


def _label(st, target: str) -> str:
    lab = st.stances.get(target, "")
    p = (st.probabilities or {}).get(target, {}).get(lab)
    return f"{lab} {p:.2f}" if p is not None else lab


def render_text(result: ArticleResult, targets: list[str]) -> str:
    rows = [[st.text, f"{st.actor} ({st.side})", st.kind] + [_label(st, t) for t in targets]
            for st in result.statements]
    out = [f"Article: {result.article_id} — {len(result.statements)} attributed statements\n",
           _table(["statement", "actor (camp)", "kind"] + targets, rows, [52, 26, 8] + [14] * len(targets))]
    if result.actors:
        arows = {}
        for a in result.actors:
            arows.setdefault((a.actor, a.side, a.statements), {})[a.target] = f"{a.label} {a.confidence:.2f}"
        out.append("\nActor-level stance (label and confidence):\n")
        out.append(_table(["actor", "camp", "statements"] + targets,
                          [[k[0], k[1], str(k[2])] + [v.get(t, "") for t in targets] for k, v in arows.items()],
                          [26, 8, 10] + [14] * len(targets)))
    return "".join(out)


COLORS = {"favor": "#c9f2c7", "against": "#f8c9c4", "none": "#e6e6e6"}


def render_html(text: str, result: ArticleResult, targets: list[str]) -> str:
    """A self-contained page: highlighted article, statement table, actor table."""
    pieces, pos = [], 0
    for st in sorted(result.statements, key=lambda s: s.start or 0):
        if st.start is None or st.start < pos:
            continue
        labels = [st.stances.get(t, "none") for t in targets]
        lead = next((lab for lab in labels if lab != "none"), "none")
        tip = "; ".join(f"{t}: {_label(st, t)}" for t in targets) + f" — {st.actor} ({st.side})"
        pieces.append(html.escape(text[pos:st.start]))
        pieces.append(f'<mark class="{lead}" title="{html.escape(tip)}">{html.escape(text[st.start:st.end])}</mark>')
        pos = st.end
    pieces.append(html.escape(text[pos:]))
    srows = "".join(
        f"<tr><td>{html.escape(st.text)}</td><td>{html.escape(st.actor)}</td><td>{st.side}</td>"
        + "".join(f'<td class="{st.stances.get(t, "none")}">{_label(st, t)}</td>' for t in targets) + "</tr>"
        for st in result.statements)
    arows = "".join(f'<tr><td>{html.escape(a.actor)}</td><td>{a.side}</td><td>{a.target}</td>'
                    f'<td class="{a.label}">{a.label}</td><td>{a.confidence:.2f}</td></tr>' for a in result.actors)
    style = "".join(f".{k}{{background:{v}}}" for k, v in COLORS.items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>stance-pipeline: {html.escape(result.article_id)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.5}}
.article{{white-space:pre-wrap;border:1px solid #ccc;padding:1rem}}mark{{padding:0 .1em}}
table{{border-collapse:collapse;margin:1rem 0}}td,th{{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}}
{style}</style></head><body>
<h1>{html.escape(result.article_id)}</h1>
<p>Highlight colour: the statement's first non-<code>none</code> label
(<span class="favor">favor</span>, <span class="against">against</span>, <span class="none">none</span>); hover for details.</p>
<div class="article">{''.join(pieces)}</div>
<h2>Statements</h2><table><tr><th>statement</th><th>actor</th><th>camp</th>{''.join(f'<th>{t}</th>' for t in targets)}</tr>{srows}</table>
<h2>Actor-level stance</h2><table><tr><th>actor</th><th>camp</th><th>target</th><th>label</th><th>confidence</th></tr>{arows}</table>
</body></html>
"""


def run_demo(model: str | None = None, *, html: str | None = None, article: str | None = None) -> str:
    """Run the pipeline on the seed article (or `article`); returns the text report."""
    path = Path(article) if article else SEED
    text = path.read_text(encoding="utf-8")
    import os

    if model is None and not os.environ.get("STANCE_MODEL") and not DEFAULT_MODEL.exists():
        from pipeline.actors import ActorRegistry
        from pipeline.extract.extractor import extract_statements

        result = ArticleResult(path.stem, extract_statements(text, path.stem, ActorRegistry.default()))
        report = "(no trained model in models/: showing extracted statements only)\n" + render_text(result, [])
        targets: list[str] = []
    else:
        sp = StancePipeline.load(model)
        result = sp.predict(text, path.stem)
        targets = sp.targets
        report = render_text(result, targets)
    if html:
        Path(html).write_text(render_html(text, result, targets), encoding="utf-8")
        report += f"\nHTML page written to {html}\n"
    return report
