"""Reads a `stance predict` JSONL file into the flat statements a report counts.

Each line is one predicted statement (article_id, text, start/end, actor, side, per-target label and
`probabilities`), optionally with the article's `date`, `title`, `source` and `url` that `stance
predict` copies from JSONL inputs. A statement keeps its line number, so every figure can be traced
back to it. Every problem raises `ReportError` naming the file, line and key. Not here: counting
(`periods`), drawing (`plots`), networks (`network`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from pipeline.schema import LABELS

META_KEYS = ("date", "title", "source", "url")
"""Article metadata a predicted record may carry (copied from JSONL inputs by `stance predict`)."""


class ReportError(ValueError):
    """Input a report cannot be built from; the message names the file, line and key."""


@dataclass
class ReportStatement:
    """One predicted statement, as the report sees it."""

    line: int
    article_id: str
    text: str
    actor: str
    side: str
    labels: dict[str, str]
    confidence: dict[str, float | None]
    start: int | None = None
    end: int | None = None
    speaker: str = ""
    kind: str = ""
    day: date | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        """`article_id:start-end`, the statement's address in its article."""
        return f"{self.article_id}:{self.start}-{self.end}" if self.start is not None else self.article_id


def parse_date(value: object, where: str) -> date:
    """An ISO 8601 date or date-time (`2025-02-16`, `2025-02-16T09:30:00Z`) -> its calendar date.

    >>> parse_date("2025-02-16T23:30:00+02:00", "x")
    datetime.date(2025, 2, 16)
    """
    if not isinstance(value, str):
        raise ReportError(f"{where}: key 'date' must be an ISO 8601 string such as '2025-02-16', got {value!r}")
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        raise ReportError(f"{where}: key 'date' has {value!r}, not an ISO 8601 date such as '2025-02-16' "
                          f"or '2025-02-16T09:30:00Z'") from None


def _label_keys(rec: dict) -> list[str]:
    probs = rec.get("probabilities")
    if isinstance(probs, dict) and probs:
        return list(probs)
    return [k for k, v in rec.items() if v in LABELS and k not in ("text", "speaker", "actor", "side", "kind")]


def read_predictions(path: str | Path, targets: list[str] | None = None) -> tuple[list[ReportStatement], list[str]]:
    """Statements of a predictions JSONL and the targets reported (default: all in the file).

    Records without `probabilities` (gold statements, say) are accepted; their confidence is None.
    """
    path = Path(path)
    if not path.is_file():
        raise ReportError(f"{path}: no such file; give the JSONL written by `stance predict`")
    out: list[ReportStatement] = []
    found: list[str] | None = None
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ReportError(f"{where}: not a JSON line ({exc})") from None
            if not isinstance(rec, dict):
                raise ReportError(f"{where}: expected a statement object, got {type(rec).__name__}")
            for key in ("article_id", "text", "actor", "side"):
                if key not in rec:
                    raise ReportError(f"{where}: missing key {key!r}; is this a `stance predict` JSONL output?")
            if found is None:
                found = _label_keys(rec)
                if not found:
                    raise ReportError(f"{where}: no stance labels found (keys {sorted(rec)})")
                if targets:
                    unknown = [t for t in targets if t not in found]
                    if unknown:
                        raise ReportError(f"--targets {unknown} not in {path} (its targets: {found})")
            wanted = targets or found
            labels, conf = {}, {}
            for t in wanted:
                lab = rec.get(t)
                if lab not in LABELS:
                    raise ReportError(f"{where}: key {t!r} has {lab!r}, expected one of {list(LABELS)}")
                labels[t] = lab
                probs = (rec.get("probabilities") or {}).get(t)
                if probs is None:
                    conf[t] = None
                elif not isinstance(probs, dict) or not isinstance(probs.get(lab), (int, float)):
                    raise ReportError(f"{where}: key 'probabilities.{t}' needs a number for {lab!r}")
                else:
                    conf[t] = float(probs[lab])
            meta = {k: rec[k] for k in META_KEYS if rec.get(k) not in (None, "")}
            day = parse_date(meta["date"], where) if "date" in meta else None
            start, end = rec.get("start"), rec.get("end")
            out.append(ReportStatement(n, str(rec["article_id"]), str(rec["text"]), str(rec["actor"]),
                                       str(rec["side"]), labels, conf, start, end, str(rec.get("speaker", "")),
                                       str(rec.get("kind", "")), day, {k: str(v) for k, v in meta.items()}))
    return out, list(targets or found or [])
