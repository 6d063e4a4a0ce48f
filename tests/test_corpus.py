"""Tests for pipeline.corpus and `stance data validate|stats`: the committed corpus passes, and every
kind of broken corpus is reported with its file and line and exit status 1."""
import json
from pathlib import Path

import pytest
from conftest import REPO_ROOT, tiny_corpus_parts, write_corpus

from pipeline.cli import main
from pipeline.corpus import CorpusError, corpus_stats, load_corpus, validate_corpus


def validate(path, capsys) -> tuple[int, str]:
    code = main(["data", "validate", str(path)])
    out = capsys.readouterr()
    return code, out.out + out.err


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    """1-based line number of the nth line of `path` that contains `needle`."""
    hits = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line]
    return hits[nth - 1]


def broken(tmp_path, *, articles=None, statements=None, splits=None) -> Path:
    """The tiny corpus with some parts changed by callables (each gets and returns its part)."""
    a, s, sp = tiny_corpus_parts()
    a = articles(a) if articles else a
    s = statements(s) if statements else s
    sp = splits(sp) if splits else sp
    return write_corpus(tmp_path / "corpus", a, s, sp)


def with_statement(index: int, **changes):
    def change(sts):
        sts[index] = dict(sts[index], **changes)
        return sts
    return change


# ---- the committed corpus ----

def test_committed_corpus_passes_validation(capsys):
    code, out = validate(REPO_ROOT / "data" / "corpus", capsys)
    assert code == 0, out
    assert "valid" in out


def test_committed_corpus_loads_with_disjoint_splits():
    corpus = load_corpus(REPO_ROOT / "data" / "corpus")
    ids = [aid for split in ("train", "dev", "test") for aid in corpus.split_ids(split)]
    assert len(ids) == len(set(ids)) == len(corpus.articles)
    for st in corpus.statements:
        assert corpus.articles[st.article_id].text.count(st.text) == 1


def test_tiny_corpus_is_valid(tiny_corpus, capsys):
    assert validate_corpus(tiny_corpus) == []
    assert validate(tiny_corpus, capsys)[0] == 0


# ---- one test per kind of problem ----

def test_bad_json_line(tmp_path, capsys):
    root = broken(tmp_path)
    st_file = root / "statements.jsonl"
    lines = st_file.read_text(encoding="utf-8").splitlines()
    lines[1] = '{"article_id": "riyadh-talks", "text": '
    st_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{st_file}:2: invalid JSON" in out


def test_bad_json_line_in_article_index(tmp_path, capsys):
    root = broken(tmp_path)
    meta = root / "articles.jsonl"
    meta.write_text(meta.read_text(encoding="utf-8") + "{oops\n", encoding="utf-8")
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{meta}:5: invalid JSON" in out


def test_unknown_label(tmp_path, capsys):
    root = broken(tmp_path, statements=with_statement(4, inclusion="pro"))
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'statements.jsonl'}:5: label 'pro' for target 'inclusion'" in out


def test_bad_kind(tmp_path, capsys):
    root = broken(tmp_path, statements=with_statement(0, kind="paraphrase"))
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'statements.jsonl'}:1: kind 'paraphrase'" in out


def test_side_that_is_not_a_camp_of_the_conflict(tmp_path, capsys):
    root = broken(tmp_path, statements=with_statement(2, side="nato"))
    code, out = validate(root, capsys)
    assert code == 1
    msg = f"{root / 'statements.jsonl'}:3: side 'nato' is not a camp of conflict 'russia-ukraine'"
    assert msg in out
    assert "'ukraine'" in out.split(msg)[1].splitlines()[0]  # the allowed camps are listed


def test_side_of_another_conflict_is_refused(tmp_path, capsys):
    # `israel` is a camp, but of the Gaza registry, not of this article's conflict
    root = broken(tmp_path, statements=with_statement(3, side="israel"))
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'statements.jsonl'}:4: side 'israel'" in out


def test_unknown_conflict_in_article_index(tmp_path, capsys):
    a, s, sp = tiny_corpus_parts()
    root = write_corpus(tmp_path / "corpus", a, s, sp, meta={"brussels-wire": {"conflict": "atlantis"}})
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'articles.jsonl'}:4: article 'brussels-wire' has conflict 'atlantis'" in out


def test_text_not_found_in_article(tmp_path, capsys):
    root = broken(tmp_path, statements=with_statement(5, text="Europe must sit at the table"))
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'statements.jsonl'}:6: text 'Europe must sit at the table' occurs 0 times" in out


def test_text_found_twice_in_article(tmp_path, capsys):
    def twice(arts):
        arts["kyiv-presser"] += "Officials repeated that Europe must be at the table.\n"
        return arts

    root = broken(tmp_path, articles=twice)
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'statements.jsonl'}:6: text 'Europe must be at the table' occurs 2 times" in out


def test_duplicate_statement(tmp_path, capsys):
    root = broken(tmp_path, statements=lambda sts: sts + [dict(sts[0], inclusion="none")])
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'statements.jsonl'}:13: duplicate of the statement on line 1" in out


def test_article_in_two_splits(tmp_path, capsys):
    def two(sp):
        sp["dev"].append("kyiv-presser")
        return sp

    root = broken(tmp_path, splits=two)
    split_file = root / "splits.json"
    code, out = validate(root, capsys)
    assert code == 1
    line = line_of(split_file, '"kyiv-presser"', 2)
    assert f"{split_file}:{line}: article 'kyiv-presser' is in both 'train' and 'dev'" in out


def test_unknown_article_in_split(tmp_path, capsys):
    def ghost(sp):
        sp["test"].append("ghost-article")
        return sp

    root = broken(tmp_path, splits=ghost)
    split_file = root / "splits.json"
    code, out = validate(root, capsys)
    assert code == 1
    line = line_of(split_file, '"ghost-article"')
    assert f"{split_file}:{line}: split 'test' names unknown article 'ghost-article'" in out


def test_unknown_split_name(tmp_path, capsys):
    def extra(sp):
        sp["validation"] = sp.pop("dev")
        return sp

    root = broken(tmp_path, splits=extra)
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'splits.json'}: unknown split 'validation'" in out


def test_invalid_splits_json_names_the_line(tmp_path, capsys):
    root = broken(tmp_path)
    split_file = root / "splits.json"
    split_file.write_text('{\n "train": ["riyadh-talks",]\n}\n', encoding="utf-8")
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{split_file}:2: invalid JSON" in out


def test_article_in_no_split(tmp_path, capsys):
    def drop(sp):
        sp["test"].remove("brussels-wire")
        return sp

    root = broken(tmp_path, splits=drop)
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'articles.jsonl'}:4: article 'brussels-wire' is in no split" in out


def test_statement_for_unknown_article(tmp_path, capsys):
    root = broken(tmp_path, statements=with_statement(8, article_id="ghost-article"))
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'statements.jsonl'}:9: article_id 'ghost-article' is not in" in out


def test_article_without_statements(tmp_path, capsys):
    root = broken(tmp_path, statements=lambda sts: [s for s in sts if s["article_id"] != "moscow-briefing"])
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'articles.jsonl'}:3: article 'moscow-briefing' has no gold statements" in out


@pytest.mark.parametrize("name", ["articles.jsonl", "statements.jsonl", "splits.json", "folds.json"])
def test_missing_file(tmp_path, capsys, name):
    root = broken(tmp_path)
    (root / name).unlink()
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / name}: missing" in out


def test_missing_article_text_file(tmp_path, capsys):
    root = broken(tmp_path)
    (root / "articles" / "kyiv-presser.txt").unlink()
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'articles.jsonl'}:2: article 'kyiv-presser' has no text file" in out


def test_article_text_that_is_not_utf8(tmp_path, capsys):
    root = broken(tmp_path)
    (root / "articles" / "kyiv-presser.txt").write_bytes(b"\xff\xfe caf\xe9")
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'articles' / 'kyiv-presser.txt'}: not valid UTF-8" in out


def test_not_a_corpus_folder(tmp_path, capsys):
    code, out = validate(tmp_path / "nowhere", capsys)
    assert code == 1
    assert "not a corpus folder" in out


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    def two_bad(sts):
        sts[0] = dict(sts[0], inclusion="pro")
        sts[5] = dict(sts[5], side="nato")
        return sts

    problems = validate_corpus(broken(tmp_path, statements=two_bad))
    assert len(problems) == 2
    assert ":1: label 'pro'" in problems[0] and ":6: side 'nato'" in problems[1]


def test_load_corpus_refuses_a_broken_corpus(tmp_path):
    root = broken(tmp_path, statements=with_statement(0, ceasefire="yes"))
    with pytest.raises(CorpusError) as err:
        load_corpus(root)
    assert len(err.value.problems) == 1 and "label 'yes'" in str(err.value)


# ---- statistics ----

def test_stats_counts_match_the_tiny_corpus(tiny_corpus):
    stats = corpus_stats(load_corpus(tiny_corpus))
    assert dict(stats["train"]["size"]) == {"articles": 2, "statements": 6}
    assert dict(stats["dev"]["size"]) == {"articles": 1, "statements": 3}
    assert dict(stats["test"]["size"]) == {"articles": 1, "statements": 3}
    assert dict(stats["all"]["size"]) == {"articles": 4, "statements": 12}
    assert dict(stats["train"]["inclusion"]) == {"favor": 4, "against": 0, "none": 2}
    assert dict(stats["dev"]["ceasefire"]) == {"favor": 0, "against": 1, "none": 2}
    assert dict(stats["all"]["ceasefire"]) == {"favor": 3, "against": 1, "none": 8}
    assert dict(stats["all"]["kind"]) == {"direct": 5, "indirect": 7}
    assert stats["test"]["side"]["europe"] == 3


def test_stats_command_prints_per_split_and_label_counts(tiny_corpus, capsys):
    assert main(["data", "stats", str(tiny_corpus)]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith("  ")}
    header = next(line.split() for line in out.splitlines() if line.startswith("size"))
    assert header == ["size", "train", "dev", "test", "all"]
    assert rows["articles"] == ["2", "1", "1", "4"]
    assert rows["statements"] == ["6", "3", "3", "12"]
    blocks = out.split("\n\n")
    inclusion = next(b for b in blocks if b.startswith("inclusion"))
    ceasefire = next(b for b in blocks if b.startswith("ceasefire"))
    label_rows = lambda block: {ln.split()[0]: ln.split()[1:] for ln in block.splitlines()[1:]}  # noqa: E731
    assert label_rows(inclusion) == {"favor": ["4", "0", "1", "5"], "against": ["0", "1", "0", "1"],
                                     "none": ["2", "2", "2", "6"]}
    assert label_rows(ceasefire) == {"favor": ["1", "0", "2", "3"], "against": ["0", "1", "0", "1"],
                                     "none": ["5", "2", "1", "8"]}


def test_stats_json_output(tiny_corpus, capsys):
    assert main(["data", "stats", str(tiny_corpus), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["train"]["inclusion"] == {"favor": 4, "against": 0, "none": 2}
    assert data["all"]["size"] == {"articles": 4, "statements": 12}


def test_stats_on_a_broken_corpus_fails_with_status_1(tmp_path, capsys):
    root = broken(tmp_path, statements=with_statement(0, ceasefire="yes"))
    assert main(["data", "stats", str(root)]) == 1
    assert "does not validate" in capsys.readouterr().err


# ---- writers, folds and contrast articles ----

def with_contrast(tmp_path, *, split="train", fold=None, original="kyiv-presser", writer=None):
    """The tiny corpus plus a contrast copy of `original` placed in `split` (and `fold`)."""
    a, s, sp = tiny_corpus_parts()
    a["kyiv-presser-c1"] = a[original] if original in a else a["kyiv-presser"]
    s += [dict(st, article_id="kyiv-presser-c1") for st in s if st["article_id"] == "kyiv-presser"]
    sp[split].append("kyiv-presser-c1")
    meta = {"kyiv-presser-c1": {"contrast_of": original, "writer": writer or "wire-a"}}
    folds = {"wire-a": ["riyadh-talks", "kyiv-presser"], "blog-b": ["moscow-briefing"],
             "analysis-c": ["brussels-wire"]}
    folds[fold or "wire-a"].append("kyiv-presser-c1")
    return write_corpus(tmp_path / "corpus", a, s, sp, meta=meta, folds=folds)


def test_a_contrast_article_with_its_original_is_valid(tmp_path):
    root = with_contrast(tmp_path)
    assert validate_corpus(root) == []
    corpus = load_corpus(root)
    assert corpus.contrast_of("kyiv-presser-c1") == "kyiv-presser"
    assert corpus.fold_of("kyiv-presser-c1") == corpus.fold_of("kyiv-presser") == "wire-a"


def test_contrast_article_in_another_split_than_its_original(tmp_path, capsys):
    root = with_contrast(tmp_path, split="test")
    code, out = validate(root, capsys)
    assert code == 1
    assert "contrast article 'kyiv-presser-c1' is in 'test', its original 'kyiv-presser' in 'train'" in out


def test_contrast_article_in_another_fold_than_its_original(tmp_path, capsys):
    root = with_contrast(tmp_path, fold="blog-b", writer="blog-b")
    code, out = validate(root, capsys)
    assert code == 1
    assert "contrast article 'kyiv-presser-c1' is in fold 'blog-b', its original 'kyiv-presser' in 'wire-a'" in out


def test_contrast_of_an_unknown_article(tmp_path, capsys):
    root = with_contrast(tmp_path, original="no-such-article")
    code, out = validate(root, capsys)
    assert code == 1
    assert "contrast article 'kyiv-presser-c1' names unknown original 'no-such-article'" in out


def test_article_without_writer(tmp_path, capsys):
    a, s, sp = tiny_corpus_parts()
    root = write_corpus(tmp_path / "corpus", a, s, sp, meta={"moscow-briefing": {"writer": ""}},
                        folds={"wire-a": ["riyadh-talks", "kyiv-presser"], "": ["moscow-briefing"],
                               "analysis-c": ["brussels-wire"]})
    code, out = validate(root, capsys)
    assert code == 1
    assert f"{root / 'articles.jsonl'}:3: article 'moscow-briefing' needs a 'writer'" in out


def test_article_in_no_fold_and_in_two_folds(tmp_path, capsys):
    a, s, sp = tiny_corpus_parts()
    folds = {"wire-a": ["riyadh-talks", "kyiv-presser", "brussels-wire"], "analysis-c": ["brussels-wire"]}
    root = write_corpus(tmp_path / "corpus", a, s, sp, folds=folds)
    code, out = validate(root, capsys)
    assert code == 1
    assert "article 'brussels-wire' is in folds 'wire-a' and 'analysis-c'" in out
    assert "article 'moscow-briefing' is in no fold" in out


def test_one_writer_split_over_two_folds(tmp_path, capsys):
    a, s, sp = tiny_corpus_parts()
    folds = {"f1": ["riyadh-talks"], "f2": ["kyiv-presser"], "f3": ["moscow-briefing"], "f4": ["brussels-wire"]}
    root = write_corpus(tmp_path / "corpus", a, s, sp, folds=folds)
    code, out = validate(root, capsys)
    assert code == 1
    assert "writer 'wire-a' is split over folds ['f1', 'f2']" in out


def test_folds_may_group_small_writers(tmp_path):
    a, s, sp = tiny_corpus_parts()
    folds = {"wire-a": ["riyadh-talks", "kyiv-presser"], "others": ["moscow-briefing", "brussels-wire"]}
    assert validate_corpus(write_corpus(tmp_path / "corpus", a, s, sp, folds=folds)) == []


def test_committed_corpus_folds_are_writers():
    corpus = load_corpus(REPO_ROOT / "data" / "corpus")
    for name, ids in corpus.folds.items():
        assert {corpus.writer_of(a) for a in ids} == {name}


def test_stats_prints_a_row_per_writer(tmp_path, capsys):
    root = with_contrast(tmp_path)
    assert main(["data", "stats", str(root)]) == 0
    out = capsys.readouterr().out
    assert "contrast articles: 1 holding 3 statements" in out
    rows = {ln.split()[0]: ln.split() for ln in out.split("per writer", 1)[1].splitlines()[2:] if ln.strip()}
    assert set(rows) == {"wire-a", "blog-b", "analysis-c"}
    assert rows["wire-a"][2:5] == ["3", "1", "9"]  # articles, contrast articles, statements
