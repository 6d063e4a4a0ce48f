"""Batch inference over many articles, written so that no finished work is ever lost.

Outputs: `jsonl` (one line per statement, with offsets and probabilities), `csv` (the same, flat)
and `dna` (an event list for Discourse Network Analyzer: document, person, organization, concept,
agreement, date; `none` labels left out). Article metadata from JSONL inputs (`date`, `title`,
`source`, `url`; see `META_KEYS`) is copied onto every output record. Each finished article is
written as whole lines and flushed, then recorded in a progress file `<OUT>.progress.jsonl` with
the output's byte length after it. Re-running the same command truncates the output to the last
recorded article (dropping any half written lines, even after kill -9) and skips the articles
already done, so the final file is byte-identical to an uninterrupted run. A bad article becomes
an error record in `<OUT>.errors.jsonl` and a warning; the batch goes on. Not here: the model
(`pipeline.serve.predict`).
"""
from __future__ import annotations

import csv
import io
import json
import logging
import os
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.serve.inputs import META_KEYS, InputProblem, iter_articles
from pipeline.serve.predict import ArticleResult, StancePipeline
from pipeline.schema import LABELS, Article, Statement

log = logging.getLogger(__name__)
FORMATS = ("jsonl", "csv", "dna")
DNA_COLUMNS = ["document", "date", "person", "organization", "concept", "agreement", "text", "start", "end"]


class BatchWriter:
    """Appends finished articles to OUT and records them in the progress file (resumable)."""

    def __init__(self, out: str | Path, fmt: str, targets: list[str]):
        if fmt not in FORMATS:
            raise ValueError(f"--format {fmt!r} is not one of {list(FORMATS)}")
        self.out = Path(out)
        self.fmt = fmt
        self.targets = targets
        self.progress_path = self.out.with_name(self.out.name + ".progress.jsonl")
        self.errors_path = self.out.with_name(self.out.name + ".errors.jsonl")
        self.done: dict[str, str | None] = {}  # article id -> error message or None
        offset = 0
        if self.progress_path.exists() and self.out.exists():
            with self.progress_path.open("rb") as fh:
                for raw in fh:
                    try:
                        rec = json.loads(raw)
                    except json.JSONDecodeError:
                        break  # a progress line cut by a kill: everything after it is redone
                    self.done[rec["id"]] = rec.get("error")
                    offset = rec["offset"]
            self._truncate_progress()
        else:
            self.progress_path.unlink(missing_ok=True)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(self.out, "ab")
        self.fh.truncate(offset)
        self.fh.seek(offset)
        if offset == 0:
            self.fh.truncate(0)
            self.fh.write(self._header())
        self.progress = open(self.progress_path, "ab")

    def _truncate_progress(self) -> None:
        lines = []
        with self.progress_path.open("rb") as fh:
            for raw in fh:
                try:
                    json.loads(raw)
                except json.JSONDecodeError:
                    break
                lines.append(raw if raw.endswith(b"\n") else raw + b"\n")
        self.progress_path.write_bytes(b"".join(lines))

    def _header(self) -> bytes:
        if self.fmt == "csv":
            return self._csv([self._csv_columns()])
        if self.fmt == "dna":
            return self._csv([DNA_COLUMNS])
        return b""

    def _csv_columns(self) -> list[str]:
        return csv_columns(self.targets)

    @staticmethod
    def _csv(rows: list[list]) -> bytes:
        return _csv_bytes(rows)

    def _lines(self, result: ArticleResult, meta: dict | None = None) -> bytes:
        return format_article(result, self.fmt, self.targets, meta)

    def is_done(self, article_id: str) -> bool:
        return article_id in self.done

    def _commit(self, article_id: str, payload: bytes, error: str | None) -> None:
        if payload:
            self.fh.write(payload)
        self.fh.flush()
        os.fsync(self.fh.fileno())
        rec = {"id": article_id, "offset": self.fh.tell(), "error": error}
        self.progress.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
        self.progress.flush()
        os.fsync(self.progress.fileno())
        self.done[article_id] = error

    def write_result(self, result: ArticleResult, key: str | None = None, meta: dict | None = None) -> None:
        """Append one article's lines; `key` (default: the article id) is what the progress file records;
        `meta`'s `META_KEYS` (the article's date, title, ...) are copied onto each record."""
        self._commit(key or result.article_id, self._lines(result, meta), None)

    def write_many(self, entries: Iterable[tuple[str, bytes, str | None]]) -> None:
        """Append several finished articles, each (key, its bytes from `format_article`, error or None),
        with one fsync per file for all of them (the Ray engine's driver writes this way)."""
        recs = []
        for key, payload, error in entries:
            if payload:
                self.fh.write(payload)
            recs.append({"id": key, "offset": self.fh.tell(), "error": error})
        if not recs:
            return
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.progress.write(b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in recs))
        self.progress.flush()
        os.fsync(self.progress.fileno())
        for r in recs:
            if r["error"]:
                log.warning("article %s failed: %s", r["id"], r["error"])
            self.done[r["id"]] = r["error"]

    def write_error(self, article_id: str, message: str) -> None:
        log.warning("article %s failed: %s", article_id, message)
        self._commit(article_id, b"", message)

    def close(self) -> int:
        """Close files, rewrite the errors file from the progress; returns the number of failures."""
        self.fh.close()
        self.progress.close()
        errors = [{"id": k, "error": v} for k, v in self.done.items() if v]
        if errors:
            self.errors_path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors),
                                        encoding="utf-8")
        else:
            self.errors_path.unlink(missing_ok=True)
        return len(errors)


def csv_columns(targets: list[str]) -> list[str]:
    """The CSV header: record keys, one label column per target, probabilities, article metadata."""
    cols = ["article_id", "text", "start", "end", "speaker", "actor", "side", "kind"] + list(targets)
    return cols + [f"p_{t}_{lab}" for t in targets for lab in LABELS] + list(META_KEYS)


def _csv_bytes(rows: list[list]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def format_article(result: ArticleResult, fmt: str, targets: list[str], meta: dict | None = None) -> bytes:
    """One article's output lines in `fmt` (jsonl/csv/dna), with `meta`'s `META_KEYS` on each record."""
    meta = {k: meta[k] for k in META_KEYS if meta and meta.get(k) not in (None, "")}
    if fmt == "jsonl":
        return b"".join(json.dumps({**s.to_record(), **meta}, ensure_ascii=False).encode("utf-8") + b"\n"
                        for s in result.statements)
    if fmt == "csv":
        cols = csv_columns(targets)
        return _csv_bytes([[{**row, **meta}.get(c, "") for c in cols] for row in result.rows()])
    rows = []
    for st in result.statements:
        for t in targets:
            label = st.stances.get(t, "none")
            if label != "none":
                rows.append([result.article_id, meta.get("date", ""), st.actor, st.side, t,
                             1 if label == "favor" else 0, st.text, st.start, st.end])
    return _csv_bytes(rows)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def predict_files(pipeline: StancePipeline, inputs: list[str], out: str | Path, *, fmt: str = "jsonl",
                  batch_size: int = 32, articles_per_batch: int = 16, progress: bool = True,
                  undated: list[str] | None = None) -> tuple[int, int]:
    """Run the pipeline over INPUTs into OUT; returns (articles written this run, failures in total).

    The ids of written articles without a `date` are appended to `undated` when it is given.
    """
    from tqdm.auto import tqdm

    writer = BatchWriter(out, fmt, pipeline.targets)
    seen: dict[str, int] = {}  # article id -> occurrences so far, counted on resumed runs too
    written = 0
    bar = tqdm(desc="predict", unit="article", disable=not progress)
    try:
        for chunk in _chunks(iter_articles(inputs), articles_per_batch):
            todo = []
            for item in chunk:
                seen[item.id] = seen.get(item.id, 0) + 1
                # a repeated id gets its own progress key, so it cannot mark the first occurrence done
                key = item.id if seen[item.id] == 1 else f"{item.id} (occurrence {seen[item.id]})"
                if writer.is_done(key):
                    continue
                if seen[item.id] > 1:
                    writer.write_error(key, f"duplicate article id {item.id!r} (first occurrence kept)")
                    continue
                todo.append(item)
            results = _predict_chunk(pipeline, [i for i in todo if isinstance(i, Article)], batch_size)
            for item in todo:
                if isinstance(item, InputProblem):
                    writer.write_error(item.id, item.error)
                elif isinstance(results[item.id], str):
                    writer.write_error(item.id, results[item.id])
                else:
                    writer.write_result(results[item.id], meta=item.meta)
                    written += 1
                    if undated is not None and not item.meta.get("date"):
                        undated.append(item.id)
                bar.update(1)
    finally:
        bar.close()
        failures = writer.close()
    return written, failures


def _predict_chunk(pipeline: StancePipeline, articles: list[Article], batch_size: int) -> dict:
    """Results by id; an article that raises is isolated and reported as its error message."""
    try:
        return {r.article_id: r for r in pipeline.predict_many(articles, batch_size, len(articles) or 1)}
    except Exception:  # noqa: BLE001 - find the one bad article, keep the others
        out: dict = {}
        for a in articles:
            try:
                out[a.id] = pipeline.predict(a.text, a.id)
            except Exception as exc:  # noqa: BLE001
                out[a.id] = f"{a.id}: {type(exc).__name__}: {exc}"
        return out


def _statement_groups(path: Path) -> Iterator[tuple[str, list[dict], str | None]]:
    """Consecutive statement records grouped by article id; a bad line is reported in its group."""
    group: list[dict] = []
    current = None
    with path.open("rb") as fh:  # line by line: a bad line must not end the file
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield f"{path}:{n}", [], f"{path}:{n}: line is not valid UTF-8"
                continue
            except json.JSONDecodeError as exc:
                yield f"{path}:{n}", [], f"{path}:{n}: invalid JSON ({exc.msg} at column {exc.colno})"
                continue
            if not isinstance(obj, dict) or "article_id" not in obj or "text" not in obj:
                yield f"{path}:{n}", [], f"{path}:{n}: statement needs 'article_id' and 'text'"
                continue
            if obj["article_id"] != current and group:
                yield current, group, None
                group = []
            current = obj["article_id"]
            group.append(obj)
    if group:
        yield current, group, None


def classify_file(pipeline: StancePipeline, statements: str | Path, articles_dir: str | Path | None,
                  out: str | Path, *, fmt: str = "jsonl", batch_size: int = 32,
                  progress: bool = True) -> tuple[int, int]:
    """Classification only: label the statements of a JSONL file (grouped by article) into OUT."""
    from tqdm.auto import tqdm

    writer = BatchWriter(out, fmt, pipeline.targets)
    written = 0
    groups: dict[str, int] = {}  # an article's statements may come in several runs of lines
    bar = tqdm(desc="classify", unit="article", disable=not progress)
    try:
        for article_id, records, error in _statement_groups(Path(statements)):
            groups[article_id] = groups.get(article_id, 0) + 1
            key = article_id if groups[article_id] == 1 else f"{article_id} (group {groups[article_id]})"
            if writer.is_done(key):
                continue
            if error:
                writer.write_error(key, error)
                continue
            text = None
            if articles_dir is not None:
                path = Path(articles_dir) / f"{article_id}.txt"
                if path.exists():
                    text = path.read_text(encoding="utf-8", errors="replace")
            try:
                labelled = pipeline.classify(records, {article_id: text} if text else None, batch_size)
            except Exception as exc:  # noqa: BLE001
                writer.write_error(key, f"{article_id}: {exc}")
                continue
            _fill_offsets(labelled, text)
            from pipeline.serve.actor_stance import predicted_actor_stances

            writer.write_result(ArticleResult(article_id, labelled,
                                              predicted_actor_stances(labelled, pipeline.targets)), key,
                                meta=records[0])
            written += 1
            bar.update(1)
    finally:
        bar.close()
        failures = writer.close()
    return written, failures


def _fill_offsets(statements: list[Statement], text: str | None) -> None:
    if not text:
        return
    for st in statements:
        if st.start is None:
            i = text.find(st.text)
            if i >= 0:
                st.start, st.end = i, i + len(st.text)
