"""The data contract of ANNOTATION.md §4 as typed records.

A `Statement` is one attributed statement (gold or predicted); an `Article` is one news text with
its metadata. Records read from JSONL are checked here, and every problem raises `RecordError`
naming the file, the line and the bad key. What this module leaves out: reading whole corpora
(`pipeline.classify.examples`), actor resolution (`pipeline.actors`) and anything model-related.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

LABELS: tuple[str, ...] = ("favor", "against", "none")
"""Stance labels in their fixed order; probability columns follow this order everywhere."""
TARGETS: tuple[str, ...] = ("inclusion", "ceasefire")
"""The two targets of the annotation guide; configs may declare more."""
KINDS: tuple[str, ...] = ("direct", "indirect")
BASE_KEYS: tuple[str, ...] = ("article_id", "text", "speaker", "actor", "side", "kind")
OFFSET_KEYS: tuple[str, ...] = ("start", "end")


class RecordError(ValueError):
    """A record that breaks the data contract; the message names where and what."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        where = ""
        if source is not None:
            where = f"{source}:{line}: " if line is not None else f"{source}: "
        super().__init__(where + message)
        self.source = source
        self.line = line


@dataclass
class Statement:
    """One attributed statement: its span, its source and one label per target.

    >>> s = Statement("a1", "We want peace.", "he", "Volodymyr Zelenskyy", "ukraine", "direct",
    ...               {"inclusion": "none", "ceasefire": "favor"})
    >>> Statement.from_record(s.to_record()) == s
    True
    """

    article_id: str
    text: str
    speaker: str
    actor: str
    side: str
    kind: str
    stances: dict[str, str] = field(default_factory=dict)
    start: int | None = None
    end: int | None = None
    probabilities: dict[str, dict[str, float]] | None = None

    def to_record(self) -> dict[str, Any]:
        """The flat JSON record of ANNOTATION.md §4 (offsets and probabilities when present)."""
        rec: dict[str, Any] = {k: getattr(self, k) for k in BASE_KEYS}
        rec.update(self.stances)
        if self.start is not None:
            rec["start"], rec["end"] = self.start, self.end
        if self.probabilities is not None:
            rec["probabilities"] = self.probabilities
        return rec

    @classmethod
    def from_record(
        cls,
        rec: Mapping[str, Any],
        *,
        targets: Sequence[str] = TARGETS,
        require_labels: bool = True,
        source: str | None = None,
        line: int | None = None,
    ) -> "Statement":
        """Build a statement from a JSON record, checking keys, kinds and labels."""
        if not isinstance(rec, Mapping):
            raise RecordError(f"expected a JSON object, got {type(rec).__name__}", source=source, line=line)
        for key in BASE_KEYS:
            if key not in rec:
                raise RecordError(f"missing key {key!r}", source=source, line=line)
            if not isinstance(rec[key], str):
                raise RecordError(f"key {key!r} must be a string, got {rec[key]!r}", source=source, line=line)
        if not rec["text"].strip():
            raise RecordError("key 'text' is empty", source=source, line=line)
        if rec["kind"] not in KINDS:
            raise RecordError(f"kind {rec['kind']!r} is not one of {list(KINDS)}", source=source, line=line)
        stances: dict[str, str] = {}
        for target in targets:
            if target not in rec:
                if require_labels:
                    raise RecordError(f"missing label for target {target!r}", source=source, line=line)
                continue
            if rec[target] not in LABELS:
                raise RecordError(
                    f"label {rec[target]!r} for target {target!r} is not one of {list(LABELS)}",
                    source=source, line=line)
            stances[target] = rec[target]
        allowed = set(BASE_KEYS) | set(targets) | set(OFFSET_KEYS) | {"probabilities"}
        extra = sorted(set(rec) - allowed)
        if extra:
            raise RecordError(f"unknown key(s) {extra}; allowed: {sorted(allowed)}", source=source, line=line)
        start, end = rec.get("start"), rec.get("end")
        return cls(rec["article_id"], rec["text"], rec["speaker"], rec["actor"], rec["side"], rec["kind"],
                   stances, start, end, rec.get("probabilities"))


@dataclass
class Article:
    """A news article: its id, text and (optional) metadata from the corpus index."""

    id: str
    text: str
    conflict: str = "russia-ukraine"
    title: str = ""
    date: str = ""
    style: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


def read_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """Yield (line number, parsed object) for each non-blank line; bad JSON raises RecordError."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordError(f"invalid JSON ({exc.msg} at column {exc.colno})", source=str(path), line=n) from exc


def read_statements(path: str | Path, *, targets: Sequence[str] = TARGETS,
                    require_labels: bool = True) -> list[Statement]:
    """Read a JSONL file of statement records, raising RecordError at the first bad line."""
    return [Statement.from_record(obj, targets=targets, require_labels=require_labels, source=str(path), line=n)
            for n, obj in read_jsonl(path)]


def write_jsonl(path: str | Path, records: Sequence[Mapping[str, Any]]) -> None:
    """Write records as UTF-8 JSONL, one object per line, non-ASCII kept as is."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
