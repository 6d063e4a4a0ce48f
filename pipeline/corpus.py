"""The annotated corpus on disk: loading, validation and statistics.

Layout of a corpus folder (see data/corpus/README.md):
    articles.jsonl      one metadata object per article: id, conflict, title, date, style, ...
    articles/<id>.txt   the article text (UTF-8)
    statements.jsonl    gold statements, ANNOTATION.md §4
    splits.json         {"train": [ids], "dev": [ids], "test": [ids]}, disjoint by article
    folds.json          {"<fold>": [ids], ...}: one fold per writer (or a named group of writers),
                        for writer cross-validation; every article in exactly one fold
Every article names its `writer`; a contrast article (`contrast_of: <original id>`) is a minimally
edited copy of another article and sits in its original's split and fold.
`validate_corpus` collects every problem (file, line, what is wrong) instead of stopping at the
first; `load_corpus` refuses a corpus with problems. Not here: training examples (`pipeline.classify.examples`).
"""
from __future__ import annotations

import collections
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.schema import LABELS, TARGETS, Article, RecordError, Statement, read_jsonl

SPLITS = ("train", "dev", "test")


class CorpusError(ValueError):
    """A corpus that does not validate; `problems` lists every message."""

    def __init__(self, problems: list[str]):
        super().__init__(f"{len(problems)} problem(s):\n" + "\n".join(problems[:20]))
        self.problems = problems


@dataclass
class Corpus:
    """Articles, gold statements and the fixed article splits of one corpus folder."""

    path: Path
    articles: dict[str, Article]
    statements: list[Statement]
    splits: dict[str, list[str]] = field(default_factory=dict)
    folds: dict[str, list[str]] = field(default_factory=dict)

    def writer_of(self, article_id: str) -> str:
        return str(self.articles[article_id].meta.get("writer", ""))

    def contrast_of(self, article_id: str) -> str:
        """The original's id for a contrast article, "" for an original."""
        return str(self.articles[article_id].meta.get("contrast_of", "") or "")

    def fold_of(self, article_id: str) -> str:
        for name, ids in self.folds.items():
            if article_id in ids:
                return name
        raise KeyError(f"article {article_id!r} is in no fold of {self.path / 'folds.json'}")

    def split_ids(self, split: str) -> list[str]:
        if split not in self.splits:
            raise KeyError(f"split {split!r} not in {self.path / 'splits.json'}; known: {sorted(self.splits)}")
        return list(self.splits[split])

    def statements_for(self, article_id: str) -> list[Statement]:
        return [s for s in self.statements if s.article_id == article_id]

    def split_statements(self, split: str) -> list[Statement]:
        ids = set(self.split_ids(split))
        return [s for s in self.statements if s.article_id in ids]


@functools.lru_cache(maxsize=64)
def _camps(conflict: str) -> frozenset[str] | None:
    from pipeline.actors import ActorRegistry

    try:
        return frozenset(ActorRegistry.for_conflict(conflict).camps)
    except (FileNotFoundError, KeyError, ValueError):
        return None


def _read(path: Path, problems: list[str]) -> Corpus:
    path = Path(path)
    articles: dict[str, Article] = {}
    article_line: dict[str, int] = {}
    meta_file = path / "articles.jsonl"
    if not meta_file.exists():
        problems.append(f"{meta_file}: missing (one metadata object per article)")
    else:
        try:
            for n, obj in read_jsonl(meta_file):
                where = f"{meta_file}:{n}"
                if not isinstance(obj, dict) or "id" not in obj:
                    problems.append(f"{where}: expected an object with key 'id'")
                    continue
                aid = str(obj["id"])
                if aid in articles:
                    problems.append(f"{where}: article {aid!r} listed twice")
                    continue
                text_file = path / "articles" / f"{aid}.txt"
                try:
                    text = text_file.read_text(encoding="utf-8")
                except FileNotFoundError:
                    problems.append(f"{where}: article {aid!r} has no text file {text_file}")
                    continue
                except UnicodeDecodeError:
                    problems.append(f"{text_file}: not valid UTF-8")
                    continue
                conflict = obj.get("conflict")
                if not isinstance(conflict, str) or _camps(conflict) is None:
                    problems.append(f"{where}: article {aid!r} has conflict {conflict!r} with no actor registry "
                                    f"in configs/actors/")
                    conflict = str(conflict)
                if not isinstance(obj.get("writer"), str) or not obj.get("writer"):
                    problems.append(f"{where}: article {aid!r} needs a 'writer' (the voice id that wrote it)")
                if "contrast_of" in obj and not isinstance(obj["contrast_of"], str):
                    problems.append(f"{where}: article {aid!r}: 'contrast_of' must be an article id string")
                meta = {k: v for k, v in obj.items() if k not in ("id", "conflict", "title", "date", "style")}
                articles[aid] = Article(aid, text, conflict, obj.get("title", ""), obj.get("date", ""),
                                        obj.get("style", ""), meta)
                article_line[aid] = n
        except RecordError as exc:
            problems.append(str(exc))

    statements: list[Statement] = []
    st_file = path / "statements.jsonl"
    seen: dict[tuple[str, str], int] = {}
    if not st_file.exists():
        problems.append(f"{st_file}: missing (gold statements, one per line)")
    else:
        try:
            rows = list(read_jsonl(st_file))
        except RecordError as exc:
            problems.append(str(exc))
            rows = []
        for n, obj in rows:
            where = f"{st_file}:{n}"
            try:
                st = Statement.from_record(obj, targets=TARGETS, source=str(st_file), line=n)
            except RecordError as exc:
                problems.append(str(exc))
                continue
            art = articles.get(st.article_id)
            if art is None:
                problems.append(f"{where}: article_id {st.article_id!r} is not in {meta_file}")
                continue
            count = art.text.count(st.text)
            if count != 1:
                problems.append(f"{where}: text {st.text[:50]!r} occurs {count} times in article "
                                f"{st.article_id!r} (must be exactly once)")
            camps = _camps(art.conflict)
            if camps is not None and st.side not in camps:
                problems.append(f"{where}: side {st.side!r} is not a camp of conflict {art.conflict!r}; "
                                f"allowed: {sorted(camps)}")
            key = (st.article_id, st.text)
            if key in seen:
                problems.append(f"{where}: duplicate of the statement on line {seen[key]}")
            seen[key] = n
            statements.append(st)

    splits: dict[str, list[str]] = {}
    split_file = path / "splits.json"
    if not split_file.exists():
        problems.append(f"{split_file}: missing (article ids per split)")
    else:
        split_text = split_file.read_text(encoding="utf-8")
        try:
            raw = json.loads(split_text)
        except json.JSONDecodeError as exc:
            problems.append(f"{split_file}:{exc.lineno}: invalid JSON ({exc.msg})")
            raw = {}
        id_lines = _string_lines(split_text)
        used: collections.Counter = collections.Counter()
        if not isinstance(raw, dict):
            problems.append(f"{split_file}: expected an object of split name -> list of article ids")
            raw = {}
        owner: dict[str, str] = {}
        for name, ids in raw.items():
            if name not in SPLITS:
                problems.append(f"{split_file}: unknown split {name!r}; allowed: {list(SPLITS)}")
            if not isinstance(ids, list):
                problems.append(f"{split_file}: split {name!r} must be a list of article ids")
                continue
            for aid in ids:
                seen_at = id_lines.get(str(aid), [])
                where = f"{split_file}:{seen_at[used[str(aid)]]}" if used[str(aid)] < len(seen_at) else str(split_file)
                used[str(aid)] += 1
                if aid in owner:
                    problems.append(f"{where}: article {aid!r} is in both {owner[aid]!r} and {name!r}")
                owner[aid] = name
                if aid not in articles:
                    problems.append(f"{where}: split {name!r} names unknown article {aid!r}")
            splits[name] = [str(a) for a in ids]
        for aid in articles:
            if aid not in owner:
                problems.append(f"{meta_file}:{article_line[aid]}: article {aid!r} is in no split of {split_file}")
    with_statements = {s.article_id for s in statements}
    for aid in articles:
        if aid not in with_statements:
            problems.append(f"{meta_file}:{article_line[aid]}: article {aid!r} has no gold statements")
    for aid, art in articles.items():
        original = art.meta.get("contrast_of")
        if not original:
            continue
        where = f"{meta_file}:{article_line[aid]}"
        if original not in articles:
            problems.append(f"{where}: contrast article {aid!r} names unknown original {original!r}")
        elif articles[original].meta.get("contrast_of"):
            problems.append(f"{where}: contrast article {aid!r} copies {original!r}, itself a contrast article")
        elif articles[original].conflict != art.conflict:
            problems.append(f"{where}: contrast article {aid!r} has conflict {art.conflict!r}, "
                            f"its original {original!r} {articles[original].conflict!r}")
        else:
            split_of = {a: name for name, ids in splits.items() for a in ids}
            if aid in split_of and original in split_of and split_of[aid] != split_of[original]:
                problems.append(f"{split_file}: contrast article {aid!r} is in {split_of[aid]!r}, "
                                f"its original {original!r} in {split_of[original]!r} (must be the same split)")
    folds = _read_folds(path / "folds.json", articles, article_line, meta_file, problems)
    return Corpus(path, articles, statements, splits, folds)


def _read_folds(fold_file: Path, articles: dict[str, Article], article_line: dict[str, int], meta_file: Path,
                problems: list[str]) -> dict[str, list[str]]:
    """folds.json: complete, disjoint, one writer never in two folds, contrasts with their original."""
    if not fold_file.exists():
        problems.append(f"{fold_file}: missing (article ids per writer fold)")
        return {}
    text = fold_file.read_text(encoding="utf-8")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(f"{fold_file}:{exc.lineno}: invalid JSON ({exc.msg})")
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        problems.append(f"{fold_file}: expected an object of fold name -> list of article ids")
        return {}
    lines = _string_lines(text)
    owner: dict[str, str] = {}
    for name, ids in raw.items():
        for aid in map(str, ids):
            where = f"{fold_file}:{lines.get(aid, ['?'])[-1]}"
            if aid in owner:
                problems.append(f"{where}: article {aid!r} is in folds {owner[aid]!r} and {name!r}")
            elif aid not in articles:
                problems.append(f"{where}: fold {name!r} names unknown article {aid!r}")
            owner[aid] = name
    writer_folds: dict[str, set[str]] = collections.defaultdict(set)
    for aid, art in articles.items():
        if aid not in owner:
            problems.append(f"{meta_file}:{article_line[aid]}: article {aid!r} is in no fold of {fold_file}")
            continue
        writer_folds[str(art.meta.get("writer", ""))].add(owner[aid])
        original = art.meta.get("contrast_of")
        if original in owner and owner[original] != owner[aid]:
            problems.append(f"{fold_file}: contrast article {aid!r} is in fold {owner[aid]!r}, "
                            f"its original {original!r} in {owner[original]!r} (must be the same fold)")
    for writer, names in sorted(writer_folds.items()):
        if len(names) > 1:
            problems.append(f"{fold_file}: writer {writer!r} is split over folds {sorted(names)} (a writer is one fold)")
    return {name: [str(a) for a in ids] for name, ids in raw.items()}


def _string_lines(text: str) -> dict[str, list[int]]:
    """Line numbers (1-based) of every JSON string literal in `text`, by its decoded value."""
    out: dict[str, list[int]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        for token in re.findall(r'"(?:[^"\\]|\\.)*"', line):
            try:
                out.setdefault(json.loads(token), []).append(n)
            except json.JSONDecodeError:
                continue
    return out


def validate_corpus(path: str | Path) -> list[str]:
    """Every problem in the corpus folder, as 'file:line: message' strings (empty when valid)."""
    problems: list[str] = []
    path = Path(path)
    if not path.is_dir():
        return [f"{path}: not a corpus folder"]
    _read(path, problems)
    return problems


def load_corpus(path: str | Path) -> Corpus:
    """Load a corpus folder; raises CorpusError listing the problems when it does not validate."""
    problems: list[str] = []
    path = Path(path)
    if not path.is_dir():
        raise CorpusError([f"{path}: not a corpus folder"])
    corpus = _read(path, problems)
    if problems:
        raise CorpusError(problems)
    return corpus


def corpus_stats(corpus: Corpus) -> dict[str, dict[str, collections.Counter]]:
    """Counts per split: articles, statements, labels per target, sides, kinds and conflicts."""
    out: dict[str, dict[str, collections.Counter]] = {}
    for split in list(corpus.splits) + ["all"]:
        ids = set(corpus.articles) if split == "all" else set(corpus.splits[split])
        sts = [s for s in corpus.statements if s.article_id in ids]
        table: dict[str, collections.Counter] = {
            "size": collections.Counter(articles=len(ids), statements=len(sts)),
            "side": collections.Counter(s.side for s in sts),
            "kind": collections.Counter(s.kind for s in sts),
            "conflict": collections.Counter(corpus.articles[a].conflict for a in ids),
        }
        for target in TARGETS:
            table[target] = collections.Counter({lab: 0 for lab in LABELS})
            table[target].update(s.stances[target] for s in sts)
        out[split] = table
    out["all"]["writer"] = collections.Counter(corpus.writer_of(s.article_id) for s in corpus.statements)
    out["all"]["contrast"] = collections.Counter(
        articles=sum(1 for a in corpus.articles if corpus.contrast_of(a)),
        statements=sum(1 for s in corpus.statements if corpus.contrast_of(s.article_id)))
    return out


def writer_table(corpus: Corpus) -> list[dict]:
    """One row per writer: fold, articles, contrast articles, statements, label counts per target."""
    rows = {}
    for aid in corpus.articles:
        w = corpus.writer_of(aid)
        row = rows.setdefault(w, {"writer": w, "fold": "", "articles": 0, "contrast_articles": 0, "statements": 0,
                                  **{f"{t}.{lab}": 0 for t in TARGETS for lab in LABELS}})
        row["articles"] += 1
        row["contrast_articles"] += bool(corpus.contrast_of(aid))
        row["fold"] = next((f for f, ids in corpus.folds.items() if aid in ids), "")
    for st in corpus.statements:
        row = rows[corpus.writer_of(st.article_id)]
        row["statements"] += 1
        for t in TARGETS:
            row[f"{t}.{st.stances[t]}"] += 1
    return [rows[w] for w in sorted(rows, key=lambda w: (len(w), w))]


def format_writer_table(rows: list[dict]) -> str:
    """Plain-text per-writer table (`stance data stats`)."""
    cols = ["writer", "fold", "articles", "contrast_articles", "statements"] + [
        f"{t}.{lab}" for t in TARGETS for lab in LABELS]
    heads = ["writer", "fold", "articles", "contrast", "statements"] + [
        f"{t[:3]}.{lab}" for t in TARGETS for lab in LABELS]
    widths = [max(len(h), 8) for h in heads]
    lines = ["  ".join(h.rjust(w) for h, w in zip(heads, widths))]
    for r in rows:
        lines.append("  ".join(str(r[c]).rjust(w) for c, w in zip(cols, widths)))
    return "\n".join(lines) + "\n"


def format_stats(stats: dict[str, dict[str, collections.Counter]]) -> str:
    """A plain-text table: one block per facet, one column per split."""
    splits = list(stats)
    lines = []
    for facet in stats[splits[0]]:
        keys = sorted(set().union(*(stats[s][facet].keys() for s in splits)))
        if facet in TARGETS:
            keys = list(LABELS)
        lines.append(f"{facet:<22}" + "".join(f"{s:>9}" for s in splits))
        for k in keys:
            lines.append(f"  {k:<20}" + "".join(f"{stats[s][facet].get(k, 0):>9}" for s in splits))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
