"""Gold sets for extraction scoring: a corpus split, the articles of some writers, or a foreign folder.

Each loader returns `(article, gold statements)` pairs in a fixed order:
- `load_split(corpus, split)`: one fixed split of the merged corpus (else of the part files);
- `load_writers(corpus, writers)`: every original article of those writers, any split (contrast
  copies, i.e. articles with `contrast_of`, are left out); a writer not yet merged into the corpus
  is read from its part files `parts/<writer>.articles.jsonl` + `parts/<writer>.statements.jsonl`;
- `load_gold_folder(folder)`: a folder laid out as `articles.jsonl` + `articles/<id>.txt` +
  `gold.jsonl` (e.g. `../shared/foreign-dev`), read in place.
`corpus_writers(corpus)` lists the writers known to the corpus and its parts. Not here: running the
extractor or scoring (`pipeline.evaluate.extraction`).
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from pipeline.schema import Article, RecordError, Statement, read_jsonl, read_statements

SPLITS = ("train", "dev", "test")
Items = list[tuple[Article, list[Statement]]]
_META = ("id", "conflict", "title", "date", "style")


class GoldSetError(ValueError):
    """A gold set that cannot be loaded; the message names the file or writer."""


def split_of(article_id: str) -> str:
    """The fixed split of an article: sha1(id) % 100 < 70 train, < 85 dev, else test."""
    h = int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 100
    return "train" if h < 70 else "dev" if h < 85 else "test"


def _article(meta: dict, text_dir: Path, where: str) -> Article:
    text_file = text_dir / f"{meta['id']}.txt"
    try:
        text = text_file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise GoldSetError(f"{where}: article {meta['id']!r} has no text file {text_file}") from exc
    return Article(str(meta["id"]), text, meta.get("conflict", "russia-ukraine"), meta.get("title", ""),
                   meta.get("date", ""), meta.get("style", ""), {k: v for k, v in meta.items() if k not in _META})


def _read_metas(path: Path) -> list[dict]:
    out = []
    for n, obj in read_jsonl(path):
        if not isinstance(obj, dict) or "id" not in obj:
            raise GoldSetError(f"{path}:{n}: expected an object with key 'id'")
        out.append(obj)
    return out


def _pair(articles: list[Article], statements: list[Statement]) -> Items:
    gold: dict[str, list[Statement]] = {a.id: [] for a in articles}
    for s in statements:
        if s.article_id in gold:
            gold[s.article_id].append(s)
    return [(a, gold[a.id]) for a in articles]


def _merged(root: Path):
    if not (root / "statements.jsonl").exists():
        return None
    from pipeline.corpus import load_corpus
    return load_corpus(root)


def load_split(corpus_dir: str | Path, split: str) -> Items:
    """(article, gold statements) for one split: the merged corpus when present, else the part files."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r} is not one of {list(SPLITS)}")
    root = Path(corpus_dir)
    corpus = _merged(root)
    if corpus is not None:
        ids = corpus.split_ids(split)
        return _pair([corpus.articles[i] for i in ids], [s for s in corpus.statements])
    articles = []
    for path in sorted((root / "parts").glob("*.articles.jsonl")):
        articles += [_article(m, root / "articles", str(path)) for m in _read_metas(path) if split_of(m["id"]) == split]
    statements = [s for path in sorted((root / "parts").glob("*.statements.jsonl")) for s in read_statements(path)]
    return _pair(sorted(articles, key=lambda a: a.id), statements)


def corpus_writers(corpus_dir: str | Path) -> list[str]:
    """Writers of the merged corpus and of the part files (h1, h2, ..., h10: natural order)."""
    root = Path(corpus_dir)
    names: set[str] = set()
    corpus = _merged(root)
    if corpus is not None:
        names |= {corpus.writer_of(a) for a in corpus.articles}
    for path in (root / "parts").glob("*.articles.jsonl"):
        for meta in _read_metas(path):
            if meta.get("writer") and not meta.get("contrast_of"):
                names.add(str(meta["writer"]))
    return sorted(names, key=lambda w: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", w)])


def load_writers(corpus_dir: str | Path, writers: list[str]) -> Items:
    """Every original article (no contrast copies) of the given writers, any split, with its gold."""
    root = Path(corpus_dir)
    corpus = _merged(root)
    items: Items = []
    for w in writers:
        ids = [] if corpus is None else [a for a in corpus.articles
                                         if corpus.writer_of(a) == w and not corpus.contrast_of(a)]
        if ids:
            by_id = {i: [] for i in ids}
            for s in corpus.statements:
                if s.article_id in by_id:
                    by_id[s.article_id].append(s)
            items += [(corpus.articles[i], by_id[i]) for i in ids]
            continue
        art_file, st_file = root / "parts" / f"{w}.articles.jsonl", root / "parts" / f"{w}.statements.jsonl"
        if not art_file.exists():
            known = corpus_writers(root)
            raise GoldSetError(f"{root}: writer {w!r} has no articles in the corpus or in {art_file}; known: {known}")
        metas = [m for m in _read_metas(art_file) if m.get("writer", w) == w and not m.get("contrast_of")]
        arts = [_article(m, root / "articles", str(art_file)) for m in metas]
        try:
            statements = read_statements(st_file) if st_file.exists() else []
        except RecordError as exc:
            raise GoldSetError(str(exc)) from exc
        items += _pair(arts, statements)
    return items


def load_gold_folder(folder: str | Path) -> Items:
    """A self-contained gold folder: articles.jsonl + articles/<id>.txt + gold.jsonl, read in place."""
    root = Path(folder)
    for name in ("articles.jsonl", "gold.jsonl", "articles"):
        if not (root / name).exists():
            raise GoldSetError(f"{root}: missing {name} (a gold folder holds articles.jsonl, articles/, gold.jsonl)")
    arts = [_article(m, root / "articles", str(root / "articles.jsonl")) for m in _read_metas(root / "articles.jsonl")]
    return _pair(arts, read_statements(root / "gold.jsonl"))
