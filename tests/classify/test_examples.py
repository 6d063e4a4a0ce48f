"""Tests for pipeline.classify.examples: corpus examples, context, fingerprints and the generic table adapter."""
import pytest
from conftest import INLINE_ARTICLES

from pipeline.config import config_from_dict
from pipeline.classify.examples import (DataError, StatementExample, fingerprint, label_counts, load_examples, statement_context,
                           target_slug)


def corpus_cfg(path, **data):
    return config_from_dict({"data": {"format": "corpus", "path": str(path), **data}})


def test_corpus_examples_follow_the_article_splits(tiny_corpus):
    cfg = corpus_cfg(tiny_corpus)
    train, targets = load_examples(cfg, "train")
    dev, _ = load_examples(cfg, "dev")
    test, _ = load_examples(cfg, "test")
    assert [t.name for t in targets] == ["inclusion", "ceasefire"]
    assert (len(train), len(dev), len(test)) == (6, 3, 3)
    assert {ex.group for ex in train} == {"riyadh-talks", "kyiv-presser"}
    assert {ex.group for ex in dev} == {"moscow-briefing"}
    assert {ex.group for ex in test} == {"brussels-wire"}


def test_corpus_example_carries_labels_side_and_context(tiny_corpus):
    dev, _ = load_examples(corpus_cfg(tiny_corpus, context_chars=40), "dev")
    ex = next(e for e in dev if e.text == "Europe has no place at the negotiating table")
    assert ex.labels == {"inclusion": "against", "ceasefire": "none"}
    assert ex.side == "russia"
    assert "…" in ex.context and "Lavrov told a news conference" in ex.context


def test_max_train_examples_limits_only_the_training_split(tiny_corpus):
    cfg = corpus_cfg(tiny_corpus, max_train_examples=2)
    assert len(load_examples(cfg, "train")[0]) == 2
    assert len(load_examples(cfg, "dev")[0]) == 3


def test_unknown_split_and_empty_split_are_errors(tiny_corpus):
    cfg = corpus_cfg(tiny_corpus)
    with pytest.raises(KeyError, match="split 'holdout'"):
        load_examples(cfg, "holdout")
    import json

    splits = json.loads((tiny_corpus / "splits.json").read_text(encoding="utf-8"))
    splits["train"] += splits.pop("test")
    splits["test"] = []
    (tiny_corpus / "splits.json").write_text(json.dumps(splits), encoding="utf-8")
    with pytest.raises(DataError, match="split 'test' has no examples"):
        load_examples(cfg, "test")


def test_broken_corpus_is_refused(tiny_corpus):
    from pipeline.corpus import CorpusError

    (tiny_corpus / "splits.json").unlink()
    with pytest.raises(CorpusError, match="splits.json"):
        load_examples(corpus_cfg(tiny_corpus), "train")


def test_statement_context_cuts_at_whitespace_and_marks_the_statement():
    article = INLINE_ARTICLES["moscow-briefing"]
    start = article.index("Europe has no place")
    end = start + len("Europe has no place at the negotiating table")
    ctx = statement_context(article, start, end, 30)
    before, after = ctx.split(" … ")
    assert article[:start].rstrip().endswith(before.strip().split()[-1])
    assert before.split()[0] in article[start - 30:start] and after.split()[-1] in article[end:end + 30]
    assert "\n" not in ctx and "  " not in ctx
    assert statement_context(article, start, end, 0) == ""
    assert statement_context("He said peace.", 8, 13, 100) == "He said … ."


def test_fingerprint_names_the_exact_data():
    a = [StatementExample("x", {"t": "favor"}, "us", "ctx")]
    assert fingerprint(a) == fingerprint([StatementExample("x", {"t": "favor"}, "us", "ctx")])
    assert fingerprint(a) != fingerprint([StatementExample("x", {"t": "none"}, "us", "ctx")])
    assert fingerprint(a) != fingerprint([StatementExample("x", {"t": "favor"}, "russia", "ctx")])
    assert len(fingerprint([])) == 64


def test_label_counts_follow_the_declared_order():
    exs = [StatementExample("a", {"t": "none"}), StatementExample("b", {"t": "favor"}), StatementExample("c", {})]
    assert list(label_counts(exs, "t").items()) == [("favor", 1), ("against", 0), ("none", 1)]


@pytest.mark.parametrize("text,slug", [("Hillary Clinton", "hillary_clinton"),
                                       ("Legalization of Abortion", "legalization_of_abortion"),
                                       ("  Climate Change is a Real Concern ", "climate_change_is_a_real_concern"),
                                       ("2016 election", "t_2016_election")])
def test_target_slug(text, slug):
    assert target_slug(text) == slug
    assert slug.isidentifier()


def test_table_format_reads_one_file_per_split(tmp_path):
    for split, rows in {"train": [("Peace talks", "we want talks", "FAVOR"), ("Peace talks", "no talks", "against")],
                        "dev": [("Peace talks", "maybe", "none")]}.items():
        (tmp_path / f"{split}.csv").write_text("target,text,label\n" + "".join(f"{t},{x},{lab}\n" for t, x, lab in rows),
                                               encoding="utf-8")
    cfg = config_from_dict({"targets": [], "data": {"format": "table", "path": str(tmp_path / "{split}.csv")}})
    train, targets = load_examples(cfg, "train")
    assert [(t.name, t.description) for t in targets] == [("peace_talks", "Peace talks")]
    assert [ex.labels for ex in train] == [{"peace_talks": "favor"}, {"peace_talks": "against"}]
    assert load_examples(cfg, "dev")[0][0].labels == {"peace_talks": "none"}


def test_table_bad_label_names_file_and_line(tmp_path):
    path = tmp_path / "train.tsv"
    path.write_text("target\ttext\tlabel\nT\tfine\tfavor\nT\tbad\tsupport\n", encoding="utf-8")
    cfg = config_from_dict({"targets": [], "data": {"format": "table", "path": str(path)}})
    with pytest.raises(DataError, match=rf"{path}:3: label 'support' is not one of"):
        load_examples(cfg, "train")


def _bank_line(i, text, inclusion="favor", ceasefire="none", side="ukraine"):
    import json

    return json.dumps({"id": f"b-{i}", "conflict": "russia-ukraine", "actor": "X", "side": side, "text": text,
                       "kind": "direct", "inclusion": inclusion, "ceasefire": ceasefire}) + "\n"


def test_the_statement_bank_trains_and_never_reaches_dev_or_test(tiny_corpus, tmp_path):
    bank = tmp_path / "bank.jsonl"
    bank.write_text(_bank_line(1, "Nothing about Ukraine without Ukraine.") + "\n"
                    + _bank_line(2, "A truce now, today.", "none", "favor", "europe"), encoding="utf-8")
    cfg = corpus_cfg(tiny_corpus, bank=str(bank))
    train, _ = load_examples(cfg, "train")
    assert len(train) == 6 + 2
    added = [ex for ex in train if ex.group.startswith("bank:")]
    assert [(ex.text, ex.side, ex.labels["ceasefire"]) for ex in added] == [
        ("Nothing about Ukraine without Ukraine.", "ukraine", "none"), ("A truce now, today.", "europe", "favor")]
    assert len(load_examples(cfg, "dev")[0]) == 3 and len(load_examples(cfg, "test")[0]) == 3


def test_a_bank_folder_reads_every_jsonl_file_in_it(tiny_corpus, tmp_path):
    (tmp_path / "bank" / "parts").mkdir(parents=True)
    (tmp_path / "bank" / "statements.jsonl").write_text(_bank_line(1, "One."), encoding="utf-8")
    (tmp_path / "bank" / "parts" / "b2.jsonl").write_text(_bank_line(2, "Two.") + _bank_line(3, "Three."),
                                                           encoding="utf-8")
    (tmp_path / "bank" / "README.md").write_text("not read", encoding="utf-8")
    train, _ = load_examples(corpus_cfg(tiny_corpus, bank=str(tmp_path / "bank")), "train")
    assert sorted(ex.text for ex in train if ex.group.startswith("bank:")) == ["One.", "Three.", "Two."]


def test_several_bank_paths_joined_by_commas_are_read_in_order(tiny_corpus, tmp_path):
    (tmp_path / "a.jsonl").write_text(_bank_line(1, "First."), encoding="utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.jsonl").write_text(_bank_line(2, "Second."), encoding="utf-8")
    bank = f"{tmp_path / 'a.jsonl'}, {tmp_path / 'more'}"
    train, _ = load_examples(corpus_cfg(tiny_corpus, bank=bank), "train")
    assert [ex.text for ex in train if ex.group.startswith("bank:")] == ["First.", "Second."]
    with pytest.raises(DataError, match="missing.jsonl: statement bank not found"):
        load_examples(corpus_cfg(tiny_corpus, bank=f"{tmp_path / 'a.jsonl'},{tmp_path / 'missing.jsonl'}"), "train")


def test_bad_bank_lines_name_the_file_and_line(tiny_corpus, tmp_path):
    bank = tmp_path / "bank.jsonl"
    bank.write_text(_bank_line(1, "Fine.") + _bank_line(2, "Bad.", inclusion="maybe"), encoding="utf-8")
    with pytest.raises(DataError, match=r"bank.jsonl:2: label 'maybe' for 'inclusion'"):
        load_examples(corpus_cfg(tiny_corpus, bank=str(bank)), "train")
    with pytest.raises(DataError, match="statement bank not found"):
        load_examples(corpus_cfg(tiny_corpus, bank=str(tmp_path / "missing.jsonl")), "train")
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="no \\*.jsonl file"):
        load_examples(corpus_cfg(tiny_corpus, bank=str(tmp_path / "empty")), "train")
