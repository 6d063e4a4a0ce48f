"""Scoring statement extraction against a gold set (ANNOTATION.md §6).

`evaluate_items(items, name)` runs the extractor on every article of a gold set (a corpus split,
some writers' articles or a foreign folder: `pipeline.evaluate.gold_sets`) and reports statement
precision/recall/F1, recall per kind (direct/indirect), actor accuracy (case-insensitive after the
registry's alias table) and side accuracy on matched statements, each also broken down by
attribution construction (derived from the gold statement's context in its article: quote-first,
colon, split, reported with or without "that", according-to, told, wrote/posted, nominal, bullet,
pronoun/title-only/group speaker, ...). `evaluate_extraction(corpus, split)` scores one split;
`writer_table` one report per writer. Not here: stance scoring (`pipeline.evaluate.stance`), the CLI.

>>> r = ExtractionReport("dev", 1, 2, 2, 1, 0.5, 0.5, 0.5, 1.0, 1.0, {}, 0.1)
>>> r.to_dict()["f1"]
0.5
"""
from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from pipeline.actors import ActorRegistry, RegistryError
from pipeline.extract.extractor import extract_statements
from pipeline.evaluate.gold_sets import SPLITS, Items, load_gold_folder, load_split, load_writers, split_of
from pipeline.evaluate.matching import SpanError, locate, match_statements, precision_recall_f1
from pipeline.schema import Article, Statement

__all__ = ["ExtractionReport", "SPLITS", "constructions", "evaluate_extraction", "evaluate_items", "format_writer_table",
           "load_gold_folder", "load_split", "load_writers", "registry_for", "score", "split_of", "writer_table"]

Extractor = Callable[[str, str, ActorRegistry], list[Statement]]


# ----------------------------------------------------------------------------------- constructions
_PRON = {"he", "she", "they", "it", "him", "her", "them"}
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*–-]|\d{1,2}[.)])\s")


def constructions(g: Statement, article: str, reg: ActorRegistry) -> list[str]:
    """Attribution constructions of one gold statement, read off its context in the article."""
    try:
        s, e = locate(g.text, article)
    except SpanError:
        return ["unlocated"]
    tags: list[str] = []
    line_start = article.rfind("\n", 0, s) + 1
    before = article[max(line_start, s - 160):s]
    after = article[e:e + 80]
    sent_before = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", before)[-1]
    opened = before[-1:] in "\"“‘'"
    if _BULLET.match(article[line_start:s + 1]):
        tags.append("bullet")
    if "\n" in g.text:
        tags.append("multi-paragraph")
    if re.search(r"[\"”’],?\s+[^\"“”\n]{1,80}?,\s+[\"“‘]", g.text) or re.search(r",\s+\w+(?:\s+\w+){0,4}\s+(?:said|says|"
                                                                             r"added|argued|told|wrote|insisted)\s*,", g.text):
        tags.append("split")
    elif opened:
        if re.search(r":\s*[\"“‘']$", before):
            tags.append("colon")
        elif re.search(r"(?:called|calls|described|dubbed|branded)\s+(?:\S+\s+){0,8}?[\"“‘']$", before):
            tags.append("called")
        elif re.match(r"[,.?!]?[\"”’']?\s*,?\s*\S", after) and re.match(r"[,.!?]?[\"”’']\s*,?\s*(?:[A-Za-z]+\s+){1,6}?"
                                                                          r"(?:said|says|told|tells|added|adds|wrote|"
                                                                          r"writes|noted|argued|insisted|warned|stressed)",
                                                                          after):
            tags.append("quote-first")
        else:
            tags.append("direct-after-speaker")
    elif re.search(r"according to", sent_before + g.text + after[:40], re.I):
        tags.append("according-to")
    elif re.search(r"['’]s?\s*$", before) or re.match(r"(?:demand|call|concern|proposal|offer|warning|appeal|complaints?|"
                                                        r"criticism|rejection|refusal|insistence)\b", g.text):
        tags.append("nominal")
    elif re.search(r"\bthat\s*$", before):
        tags.append("reported-that")
    else:
        tags.append("reported-no-that")
    if re.search(r"\b(?:told|tells|telling)\b", sent_before):
        tags.append("told")
    if re.search(r"\b(?:wrote|writes|written|posted|posts|tweeted)\b", sent_before):
        tags.append("wrote/posted")
    speaker = g.speaker.strip()
    first = speaker.lower().split()[0] if speaker else ""
    actor = reg.lookup(g.actor)
    if speaker.lower() in _PRON:
        tags.append("pronoun speaker")
    elif actor is None or actor.type == "person":
        names = [w for w in re.findall(r"[\w'’-]+", g.actor) if len(w) > 2]
        if not any(n.lower() in speaker.lower() for n in names) and first in ("the", "a", "an", "his", "her", "its", "their"):
            tags.append("title-only speaker")
    if actor is not None and actor.type in ("institution", "group", "outlet"):
        tags.append("institution/group speaker")
    elif actor is None and not re.search(r"[A-Z][a-z]+ [A-Z][a-z]+$", g.actor):
        tags.append("institution/group speaker")
    return tags


# ----------------------------------------------------------------------------------- report
@dataclass
class ExtractionReport:
    """Extraction scores of one split, overall and per attribution construction."""

    split: str
    n_articles: int
    n_gold: int
    n_pred: int
    n_matched: int
    precision: float
    recall: float
    f1: float
    actor_accuracy: float
    side_accuracy: float
    per_construction: dict[str, dict[str, float]] = field(default_factory=dict)
    seconds: float = 0.0
    per_kind: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain JSON-able dict (for metrics.json)."""
        return asdict(self)

    def to_markdown(self, constructions: bool = True) -> str:
        """Summary lines (with recall per kind, direct/indirect) plus, unless `constructions` is False (a frozen
        set: aggregates only), a per-construction table."""
        aps = self.n_articles / self.seconds if self.seconds else float("inf")
        lines = [f"Extraction on `{self.split}`: {self.n_articles} articles, {self.n_gold} gold, {self.n_pred} predicted, "
                 f"{self.n_matched} matched, {aps:.0f} articles/s", "",
                 "| metric | value |", "|---|---|",
                 f"| precision | {self.precision:.3f} |", f"| recall | {self.recall:.3f} |", f"| F1 | {self.f1:.3f} |",
                 f"| actor accuracy | {self.actor_accuracy:.3f} |", f"| side accuracy | {self.side_accuracy:.3f} |"]
        lines += [f"| recall, {kind} (gold {int(row['gold'])}) | {row['recall']:.3f} |"
                  for kind, row in sorted(self.per_kind.items())]
        if not constructions:
            return "\n".join(lines)
        lines += ["", "| construction | gold | recall | actor acc | side acc |", "|---|---|---|---|---|"]
        for name, row in sorted(self.per_construction.items(), key=lambda kv: -kv[1]["gold"]):
            lines.append(f"| {name} | {int(row['gold'])} | {row['recall']:.3f} | {row['actor_accuracy']:.3f} | "
                         f"{row['side_accuracy']:.3f} |")
        return "\n".join(lines)


_REGISTRIES: dict[str, ActorRegistry] = {}


def registry_for(conflict: str) -> ActorRegistry:
    """The registry of a conflict (cached); the default one when the conflict has no file."""
    if conflict not in _REGISTRIES:
        try:
            _REGISTRIES[conflict] = ActorRegistry.for_conflict(conflict)
        except RegistryError:
            _REGISTRIES[conflict] = ActorRegistry.default()
    return _REGISTRIES[conflict]


def _default_extractor(text: str, article_id: str, reg: ActorRegistry) -> list[Statement]:
    return extract_statements(text, article_id, reg)


def score(items: Sequence[tuple[Article, list[Statement]]], predictions: Sequence[list[Statement]],
          split: str = "", seconds: float = 0.0) -> ExtractionReport:
    """Score given predictions (one list per article, same order as `items`)."""
    n_gold = n_pred = n_match = actor_ok = side_ok = 0
    rows: dict[str, list[int]] = {}
    kinds: dict[str, list[int]] = {}
    for (art, gold), pred in zip(items, predictions):
        reg = registry_for(art.conflict)
        pairs = match_statements(pred, gold, art.text)
        matched = {id(g): p for g, p in pairs}
        n_gold += len(gold)
        n_pred += len(pred)
        n_match += len(pairs)
        for g in gold:
            p = matched.get(id(g))
            a_ok = p is not None and reg.canonical(p.actor).lower() == reg.canonical(g.actor).lower()
            s_ok = p is not None and p.side == g.side
            actor_ok += a_ok
            side_ok += s_ok
            k = kinds.setdefault(g.kind, [0, 0])
            k[0] += 1
            k[1] += p is not None
            for tag in constructions(g, art.text, reg):
                row = rows.setdefault(tag, [0, 0, 0, 0])
                row[0] += 1
                row[1] += p is not None
                row[2] += a_ok
                row[3] += s_ok
    p, r, f = precision_recall_f1(n_match, n_pred, n_gold)
    per = {tag: {"gold": row[0], "recall": row[1] / row[0], "actor_accuracy": row[2] / row[1] if row[1] else 0.0,
                 "side_accuracy": row[3] / row[1] if row[1] else 0.0} for tag, row in rows.items()}
    per_kind = {kind: {"gold": n, "recall": m / n} for kind, (n, m) in kinds.items()}
    return ExtractionReport(split, len(items), n_gold, n_pred, n_match, p, r, f,
                            actor_ok / n_match if n_match else 0.0, side_ok / n_match if n_match else 0.0,
                            per, seconds, per_kind)


def evaluate_items(items: Items, name: str, extractor: Extractor | None = None) -> ExtractionReport:
    """Run the extractor on every article of a gold set and score it; `name` labels the report."""
    run = extractor or _default_extractor
    t0 = time.perf_counter()
    preds = [run(art.text, art.id, registry_for(art.conflict)) for art, _ in items]
    seconds = time.perf_counter() - t0
    return score(items, preds, name, seconds)


def evaluate_extraction(corpus_dir: str | Path, split: str,
                        extractor: Extractor | None = None) -> ExtractionReport:
    """Run extraction on every article of `split` and score it against the gold statements."""
    return evaluate_items(load_split(corpus_dir, split), split, extractor)


def writer_table(corpus_dir: str | Path, writers: Sequence[str],
                 extractor: Extractor | None = None) -> list[ExtractionReport]:
    """One report per writer (original articles, all splits). The rules are not trained, so this per-writer
    table is the leave-one-writer-out table: no writer's score depends on fitting to the others."""
    return [evaluate_items(load_writers(corpus_dir, [w]), w, extractor) for w in writers]


def format_writer_table(reports: Sequence[ExtractionReport], frozen: Sequence[str] = ()) -> str:
    """Markdown table, one row per writer: articles, gold, P, R, F1, actor/side accuracy, recall per kind."""
    lines = ["| writer | articles | gold | precision | recall | F1 | actor acc | side acc | direct recall | "
             "indirect recall |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in reports:
        kind = {k: f"{v['recall']:.3f}" for k, v in r.per_kind.items()}
        name = f"{r.split} (frozen)" if r.split in frozen else r.split
        lines.append(f"| {name} | {r.n_articles} | {r.n_gold} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | "
                     f"{r.actor_accuracy:.3f} | {r.side_accuracy:.3f} | {kind.get('direct', '-')} | "
                     f"{kind.get('indirect', '-')} |")
    return "\n".join(lines)
