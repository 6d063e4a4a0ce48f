"""Tests for pipeline.evaluate.gold_sets: splits, writers (merged and from parts), foreign gold folders."""
import json

import pytest

from pipeline.evaluate.gold_sets import (GoldSetError, corpus_writers, load_gold_folder, load_split, load_writers,
                                         split_of)

PART_TEXT = "Headline\n\n“We want peace,” Zelensky said. The Kremlin said the talks were useful.\n"
PART_GOLD = [
    {"article_id": "h9-one", "text": "We want peace", "speaker": "Zelensky", "actor": "Volodymyr Zelenskyy",
     "side": "ukraine", "kind": "direct", "inclusion": "none", "ceasefire": "favor"},
    {"article_id": "h9-one", "text": "the talks were useful", "speaker": "The Kremlin", "actor": "Kremlin",
     "side": "russia", "kind": "indirect", "inclusion": "none", "ceasefire": "none"},
    {"article_id": "h9-one-c1", "text": "We want peace", "speaker": "Zelensky", "actor": "Volodymyr Zelenskyy",
     "side": "ukraine", "kind": "direct", "inclusion": "none", "ceasefire": "favor"},
]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _add_part(root, writer="h9"):
    (root / "parts").mkdir(exist_ok=True)
    for aid in ("h9-one", "h9-one-c1"):
        (root / "articles" / f"{aid}.txt").write_text(PART_TEXT, encoding="utf-8")
    _jsonl(root / "parts" / f"{writer}.articles.jsonl",
           [{"id": "h9-one", "conflict": "russia-ukraine", "writer": writer},
            {"id": "h9-one-c1", "conflict": "russia-ukraine", "writer": writer, "contrast_of": "h9-one"}])
    _jsonl(root / "parts" / f"{writer}.statements.jsonl", PART_GOLD)


def test_split_of_is_stable():
    assert split_of("h1-munich-analysis") == split_of("h1-munich-analysis") in ("train", "dev", "test")


def test_load_split_pairs_gold_with_its_article(tiny_corpus):
    items = load_split(tiny_corpus, "dev")
    assert [a.id for a, _ in items] == ["moscow-briefing"]
    assert len(items[0][1]) == 3 and all(s.article_id == "moscow-briefing" for s in items[0][1])


def test_load_split_rejects_unknown_split(tiny_corpus):
    with pytest.raises(ValueError, match="not one of"):
        load_split(tiny_corpus, "holdout")


def test_load_writers_takes_all_splits_of_merged_writer(tiny_corpus):
    items = load_writers(tiny_corpus, ["wire-a"])
    assert sorted(a.id for a, _ in items) == ["kyiv-presser", "riyadh-talks"]


def test_unmerged_writer_read_from_parts_without_contrast_copies(tiny_corpus):
    _add_part(tiny_corpus)
    items = load_writers(tiny_corpus, ["h9"])
    assert [a.id for a, _ in items] == ["h9-one"]
    assert [s.text for s in items[0][1]] == ["We want peace", "the talks were useful"]
    assert corpus_writers(tiny_corpus) == ["analysis-c", "blog-b", "h9", "wire-a"]


def test_unknown_writer_names_the_known_ones(tiny_corpus):
    with pytest.raises(GoldSetError, match="known: .*wire-a"):
        load_writers(tiny_corpus, ["h42"])


def test_writers_in_natural_order(tmp_path):
    (tmp_path / "parts").mkdir()
    for w in ("h10", "h2", "h9"):
        _jsonl(tmp_path / "parts" / f"{w}.articles.jsonl", [{"id": f"{w}-a", "writer": w}])
    assert corpus_writers(tmp_path) == ["h2", "h9", "h10"]


def test_gold_folder_read_in_place(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "h9-one.txt").write_text(PART_TEXT, encoding="utf-8")
    _jsonl(tmp_path / "articles.jsonl", [{"id": "h9-one", "conflict": "russia-ukraine", "writer": "f1"}])
    _jsonl(tmp_path / "gold.jsonl", PART_GOLD[:2])
    items = load_gold_folder(tmp_path)
    assert [(a.id, len(g)) for a, g in items] == [("h9-one", 2)]
    assert items[0][0].meta["writer"] == "f1"


def test_gold_folder_missing_file_is_named(tmp_path):
    (tmp_path / "articles").mkdir()
    _jsonl(tmp_path / "articles.jsonl", [])
    with pytest.raises(GoldSetError, match="missing gold.jsonl"):
        load_gold_folder(tmp_path)


def test_writer_of_a_folder_with_only_parts_and_articles(tmp_path):
    """A frozen set outside the corpus (e.g. data/frozen): no articles.jsonl, no statements.jsonl."""
    (tmp_path / "articles").mkdir()
    _add_part(tmp_path, writer="h25")
    items = load_writers(tmp_path, ["h25"])
    assert [a.id for a, _ in items] == ["h9-one"] and len(items[0][1]) == 2
    assert corpus_writers(tmp_path) == ["h25"]
