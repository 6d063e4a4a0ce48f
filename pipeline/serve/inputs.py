"""Streams articles out of the inputs that `stance extract` and `stance predict` accept.

An input is a `.txt` file (article id = file name without extension), a directory (its `.txt`
and `.jsonl` files, sorted, not recursive), or a JSONL file of `{"id": ..., "text": ...}` objects;
a JSONL line's other keys become the article's `meta` (of which `META_KEYS` travel onto outputs).
Each article arrives as an `Article` or, when that one input is broken, as an `InputProblem` naming
the file and line, so a batch job can record the failure and go on. Nothing is read ahead: a
JSONL file of 100,000 articles is streamed line by line. Not here: extraction, output writing.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

from pipeline.schema import Article

MAX_ARTICLE_CHARS = 5_000_000
"""Longer texts are refused as one failed article rather than slowing a whole batch."""
META_KEYS = ("date", "title", "source", "url")
"""Article metadata (`date` in ISO 8601) that `stance extract`/`predict` copy onto every output record."""


@dataclass
class InputProblem:
    """One article that could not be read: where it came from and why."""

    id: str
    source: str
    error: str


Item = Union[Article, InputProblem]


def _read_txt(path: Path) -> Item:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputProblem(path.stem, str(path), f"{path}: not valid UTF-8 (byte {exc.start}); re-save it as UTF-8")
    except OSError as exc:
        return InputProblem(path.stem, str(path), f"{path}: cannot read ({exc.strerror})")
    return _checked(Article(path.stem, text), str(path))


def _checked(article: Article, source: str) -> Item:
    if not article.text.strip():
        return InputProblem(article.id, source, f"{source}: article {article.id!r} is empty")
    if len(article.text) > MAX_ARTICLE_CHARS:
        return InputProblem(article.id, source,
                            f"{source}: article {article.id!r} has {len(article.text):,} characters, "
                            f"more than the limit of {MAX_ARTICLE_CHARS:,}")
    return article


def _read_jsonl(path: Path) -> Iterator[Item]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputProblem(path.stem, str(path), f"{path}: cannot read ({exc.strerror})")
        return
    with fh:
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield InputProblem(f"{path.stem}:{n}", where, f"{where}: line is not valid UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield InputProblem(f"{path.stem}:{n}", where, f"{where}: invalid JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict):
                yield InputProblem(f"{path.stem}:{n}", where, f"{where}: expected an object with 'id' and 'text'")
                continue
            missing = [k for k in ("id", "text") if k not in obj]
            if missing:
                ident = str(obj.get("id", f"{path.stem}:{n}"))
                yield InputProblem(ident, where, f"{where}: missing key(s) {missing}; each line needs 'id' and 'text'")
                continue
            if not isinstance(obj["text"], str):
                yield InputProblem(str(obj["id"]), where, f"{where}: key 'text' must be a string")
                continue
            meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
            yield _checked(Article(str(obj["id"]), obj["text"], meta=meta), where)


def input_files(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """The files `iter_articles` reads, in its order: files as given, folders' .txt/.jsonl sorted
    (not recursive); a path that does not exist is passed on as it is (reading it reports it)."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix.lower() in (".txt", ".jsonl") and p.is_file())
        else:
            yield path


def iter_articles(inputs: Iterable[str | Path]) -> Iterator[Item]:
    """Yield every article of the given inputs in order (files as given, directories sorted).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("Peace, he said.")
    >>> [a.id for a in iter_articles([d])]
    ['a']
    """
    for f in input_files(inputs):
        if not f.exists():
            yield InputProblem(f.stem, str(f), f"{f}: no such file or directory")
        elif f.suffix.lower() == ".jsonl":
            yield from _read_jsonl(f)
        else:
            yield _read_txt(f)
