"""Tests for pipeline.evaluate.extraction: scores per kind, the per-writer table, the CLI's gold sets."""
import json

from pipeline.cli import main
from pipeline.evaluate.extraction import evaluate_items, format_writer_table, load_writers, writer_table


def test_recall_per_kind_counts_direct_and_indirect(tiny_corpus):
    report = evaluate_items(load_writers(tiny_corpus, ["blog-b"]), "blog-b")
    assert report.per_kind["direct"]["gold"] + report.per_kind["indirect"]["gold"] == report.n_gold
    assert 0.0 <= report.per_kind["indirect"]["recall"] <= 1.0
    assert "recall, direct" in report.to_markdown()


def test_writer_table_has_one_row_per_writer(tiny_corpus):
    reports = writer_table(tiny_corpus, ["wire-a", "blog-b"])
    assert [r.split for r in reports] == ["wire-a", "blog-b"]
    assert reports[0].n_articles == 2
    table = format_writer_table(reports, frozen=["blog-b"])
    assert "| blog-b (frozen) |" in table and table.count("\n") == 3


def test_cli_writers_and_by_writer(tiny_corpus, tmp_path, capsys):
    out = tmp_path / "w.json"
    assert main(["evaluate-extraction", "--gold", str(tiny_corpus), "--writers", "wire-a,blog-b",
                 "--json", str(out)]) == 0
    assert json.loads(out.read_text())["n_articles"] == 3
    assert main(["evaluate-extraction", "--gold", str(tiny_corpus), "--by-writer", "all"]) == 0
    assert "leave-one-writer-out" in capsys.readouterr().out


def test_cli_gold_folder(tiny_corpus, tmp_path):
    folder = tmp_path / "foreign"
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "kyiv-presser.txt").write_text((tiny_corpus / "articles" / "kyiv-presser.txt").read_text())
    (folder / "articles.jsonl").write_text(json.dumps({"id": "kyiv-presser", "conflict": "russia-ukraine"}) + "\n")
    gold = [l for l in (tiny_corpus / "statements.jsonl").read_text().splitlines() if "kyiv-presser" in l]
    (folder / "gold.jsonl").write_text("\n".join(gold) + "\n")
    out = tmp_path / "f.json"
    assert main(["evaluate-extraction", "--gold-folder", str(folder), "--json", str(out)]) == 0
    assert json.loads(out.read_text())["n_gold"] == len(gold)


def test_cli_unknown_writer_fails_with_message(tiny_corpus, capsys):
    assert main(["evaluate-extraction", "--gold", str(tiny_corpus), "--writers", "nobody"]) == 1
    assert "nobody" in capsys.readouterr().err
