"""Training examples: from our corpus or from a public stance table, through `datasets`.

A `StatementExample` is one statement with the labels it has (one per target; a benchmark row has
one target only) and what the model may read besides the text: the speaker's camp and the article
text around it. Adapters turn a source into examples, chosen by `data.format` in the config:
`corpus` (our folder), `semeval2016` (combined_{train,val,test}.tsv: Target, Tweet, Stance),
`emergent` (emergent_{train,test}.csv: claimHeadline, articleHeadline, articleHeadlineStance) and
`table` (any CSV/TSV with target, text, label columns). For table sources the targets come from the
data: each distinct target text becomes a target whose description is that text. Not here:
tokenisation (`pipeline.classify.model`) and the corpus files themselves (`pipeline.corpus`).
"""
from __future__ import annotations

import csv
import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import DataConfig, RunConfig, TargetConfig
from pipeline.corpus import Corpus, load_corpus
from pipeline.schema import LABELS

__all__ = ["StatementExample", "load_examples", "statement_context", "fingerprint", "load_corpus", "repeat_contrast"]

LABEL_ALIASES = {"favor": "favor", "for": "favor", "against": "against", "none": "none", "observing": "none"}


class DataError(ValueError):
    """A data file or row that cannot be turned into examples; names the file and line."""


@dataclass
class StatementExample:
    """One statement as the classifier sees it; `labels` maps target name -> label."""

    text: str
    labels: dict[str, str] = field(default_factory=dict)
    side: str = ""
    context: str = ""
    group: str = ""  # article or claim id: examples of one group stay in one split


def statement_context(article: str, start: int, end: int, chars: int) -> str:
    """Up to `chars` characters of article text on each side of [start, end), cut at whitespace."""
    if chars <= 0:
        return ""
    before = article[max(0, start - chars):start]
    after = article[end:end + chars]
    if start - chars > 0 and " " in before:
        before = before.split(" ", 1)[1]
    if end + chars < len(article) and " " in after:
        after = after.rsplit(" ", 1)[0]
    return re.sub(r"\s+", " ", f"{before} … {after}").strip()


def _corpus_examples(cfg: RunConfig, split: str) -> list[StatementExample]:
    corpus: Corpus = load_corpus(cfg.data.path)
    ids = set(corpus.split_ids(split))
    if split == cfg.data.train_split and not cfg.data.contrast:
        ids = {a for a in ids if not corpus.contrast_of(a)}
    out = corpus_examples(cfg, corpus, ids)
    if split == cfg.data.train_split:
        out = repeat_contrast(out, corpus, cfg.data.contrast_repeat)
    if split == cfg.data.train_split and cfg.data.bank:
        out += bank_examples(cfg.data.bank, cfg.target_names)
    return out


def corpus_examples(cfg: RunConfig, corpus: Corpus, ids: set[str] | list[str]) -> list[StatementExample]:
    """Examples of the gold statements of the articles `ids`, in corpus order."""
    ids = set(ids)
    out = []
    for st in corpus.statements:
        if st.article_id not in ids:
            continue
        text = corpus.articles[st.article_id].text
        start = text.index(st.text)
        missing = [t for t in cfg.target_names if t not in st.stances]
        if missing:
            raise DataError(f"{cfg.data.path}: statement {st.text[:40]!r} has no label for target(s) {missing}")
        out.append(StatementExample(st.text, {t: st.stances[t] for t in cfg.target_names}, st.side,
                                    statement_context(text, start, start + len(st.text), cfg.data.context_chars),
                                    st.article_id))
    return out


def repeat_contrast(examples: list[StatementExample], corpus: Corpus, times: int) -> list[StatementExample]:
    """`examples`, with each statement of a contrast article present `times` times in all (`data.contrast_repeat`).

    The copies follow the originals, in corpus order; training shuffles every epoch. `times` 1 returns the list as
    it is: a heavier weight on the minimally edited pairs, whose flipped labels teach the fine distinctions."""
    if times <= 1:
        return list(examples)
    extra = [ex for ex in examples if corpus.contrast_of(ex.group)]
    return list(examples) + extra * (times - 1)


def bank_examples(path: str | Path, targets: list[str]) -> list[StatementExample]:
    """The training-only statement bank: JSONL with text, side, and a label per target (no article).

    `path` is one JSONL file, or a folder whose `*.jsonl` files (subfolders included, in name order)
    are all read: e.g. `data/bank`, the first bank plus the parts of later bank writers; or several of
    these joined by commas (`data/bank/statements.jsonl,data/bank/parts/b2.jsonl`), read in that order."""
    if isinstance(path, str) and "," in path:
        return [ex for part in path.split(",") if part.strip() for ex in bank_examples(part.strip(), targets)]
    path = Path(path)
    if path.is_dir():
        files = sorted(path.rglob("*.jsonl"))
        if not files:
            raise DataError(f"{path}: statement bank folder has no *.jsonl file (data.bank)")
    elif path.exists():
        files = [path]
    else:
        raise DataError(f"{path}: statement bank not found (data.bank)")
    out = []
    for file in files:
        out += _bank_file(file, targets)
    return out


def _bank_file(path: Path, targets: list[str]) -> list[StatementExample]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}:{n}: invalid JSON ({exc.msg})") from None
        for key in ("text", "side", *targets):
            if key not in rec:
                raise DataError(f"{path}:{n}: missing key {key!r}")
        bad = [t for t in targets if rec[t] not in LABELS]
        if bad:
            raise DataError(f"{path}:{n}: label {rec[bad[0]]!r} for {bad[0]!r} is not one of {list(LABELS)}")
        out.append(StatementExample(rec["text"], {t: rec[t] for t in targets}, rec["side"], "",
                                    f"bank:{rec.get('id', f'{path.name}:{n}')}"))
    return out


def gold_folder_examples(cfg: RunConfig, folder: str | Path) -> list[StatementExample]:
    """Examples from a folder of articles.jsonl + articles/<id>.txt + gold.jsonl (e.g. foreign-dev)."""
    from pipeline.schema import TARGETS, Statement, read_jsonl

    folder = Path(folder)
    gold = folder / "gold.jsonl"
    if not gold.exists():
        raise DataError(f"{gold}: not found (expected articles.jsonl, articles/<id>.txt and gold.jsonl)")
    texts: dict[str, str] = {}
    out = []
    for n, obj in read_jsonl(gold):
        st = Statement.from_record(obj, targets=TARGETS, source=str(gold), line=n)
        if st.article_id not in texts:
            file = folder / "articles" / f"{st.article_id}.txt"
            if not file.exists():
                raise DataError(f"{gold}:{n}: no article text {file}")
            texts[st.article_id] = file.read_text(encoding="utf-8")
        text = texts[st.article_id]
        start = text.find(st.text)
        if start < 0:
            raise DataError(f"{gold}:{n}: text not found in article {st.article_id!r}")
        out.append(StatementExample(st.text, {t: st.stances[t] for t in cfg.target_names}, st.side,
                                    statement_context(text, start, start + len(st.text), cfg.data.context_chars),
                                    st.article_id))
    return out


def target_slug(description: str) -> str:
    """A record-key name for a target text: 'Hillary Clinton' -> 'hillary_clinton'."""
    slug = re.sub(r"[^0-9a-zA-Z]+", "_", description.strip().lower()).strip("_")
    return slug if slug and slug[0].isalpha() else f"t_{slug}"


def _read_rows(path: Path, target_col: str, text_col: str, label_col: str, group_col: str | None):
    delimiter = "\t" if path.suffix == ".tsv" else ","
    if not path.exists():
        raise DataError(f"{path}: file not found (set data.path to the benchmark folder)")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        needed = [c for c in (target_col, text_col, label_col, group_col) if c]
        missing = [c for c in needed if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError(f"{path}: missing column(s) {missing}; found {reader.fieldnames}")
        for n, row in enumerate(reader, 2):
            label = LABEL_ALIASES.get(row[label_col].strip().lower())
            if label is None:
                raise DataError(f"{path}:{n}: label {row[label_col]!r} is not one of {sorted(LABEL_ALIASES)}")
            yield row[target_col].strip(), row[text_col].strip(), label, (row[group_col] if group_col else "")


def _table_examples(data: DataConfig, split: str) -> list[tuple[str, StatementExample]]:
    root = Path(data.path)
    if data.format == "semeval2016":
        name = {"train": "combined_train.tsv", "dev": "combined_val.tsv", "val": "combined_val.tsv",
                "test": "combined_test.tsv"}.get(split)
        if name is None:
            raise DataError(f"data split {split!r}: semeval2016 has train, dev (val) and test")
        rows = _read_rows(root / name, "Target", "Tweet", "Stance", None)
    elif data.format == "emergent":
        file = root / ("emergent_test.csv" if split == "test" else "emergent_train.csv")
        rows = list(_read_rows(file, "claimHeadline", "articleHeadline", "articleHeadlineStance", "claimId"))
        if split in ("train", "dev"):
            claims = sorted({r[3] for r in rows})
            random.Random(0).shuffle(claims)
            dev_claims = set(claims[: max(1, len(claims) * 15 // 100)])
            rows = [r for r in rows if (r[3] in dev_claims) == (split == "dev")]
    else:  # generic table file: <path> with {split} placeholder, or one file per split next to it
        file = Path(str(data.path).format(split=split))
        rows = _read_rows(file, "target", "text", "label", None)
    return [(t, StatementExample(text, {target_slug(t): lab}, group=g or t)) for t, text, lab, g in rows]


def load_examples(cfg: RunConfig, split: str) -> tuple[list[StatementExample], list[TargetConfig]]:
    """Examples of one split and the targets they are labelled for.

    For our corpus the targets are the config's; for table sources they come from the data, in
    order of first appearance (the description is the target text itself).
    """
    if cfg.data.format == "corpus":
        examples = _corpus_examples(cfg, split)
        targets = list(cfg.targets)
    else:
        pairs = _table_examples(cfg.data, split)
        seen: dict[str, TargetConfig] = {t.name: t for t in cfg.targets}
        for text, ex in pairs:
            name = next(iter(ex.labels))
            seen.setdefault(name, TargetConfig(name, text))
        examples = [ex for _, ex in pairs]
        targets = list(seen.values())
    if cfg.data.max_train_examples and split == cfg.data.train_split:
        examples = examples[: cfg.data.max_train_examples]
    if not examples:
        raise DataError(f"{cfg.data.path}: split {split!r} has no examples")
    return examples, targets


def fingerprint(examples: list[StatementExample]) -> str:
    """sha256 over the examples' text, labels, side and context: names the exact training data."""
    h = hashlib.sha256()
    for ex in examples:
        h.update(json.dumps([ex.text, sorted(ex.labels.items()), ex.side, ex.context], ensure_ascii=False).encode())
    return h.hexdigest()


def label_counts(examples: list[StatementExample], target: str) -> dict[str, int]:
    counts = {lab: 0 for lab in LABELS}
    for ex in examples:
        if target in ex.labels:
            counts[ex.labels[target]] += 1
    return counts
