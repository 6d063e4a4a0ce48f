"""Tests for the `stance` command: help everywhere, the demo (text and HTML) and `stance extract`."""
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import INLINE_ARTICLES, SEED_ARTICLE

from pipeline.cli import main
from pipeline.schema import Statement

SUBCOMMANDS = [["data"], ["data", "validate"], ["data", "stats"], ["extract"], ["evaluate-extraction"], ["train"],
               ["evaluate"], ["predict"], ["demo"], ["benchmark"]]


def test_stance_help_runs_as_a_program_and_stays_light():
    bin_dir = Path(sys.executable).parent
    exe = bin_dir / "stance"
    cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "pipeline.cli", "--help"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert "usage: stance" in proc.stdout and "examples:" in proc.stdout
    # heavy libraries are imported lazily: --help must not pull in torch or transformers
    probe = subprocess.run([sys.executable, "-c", "import sys; from pipeline.cli import build_parser; "
                            "build_parser(); print('torch' in sys.modules, 'transformers' in sys.modules)"],
                           capture_output=True, text=True, timeout=60)
    assert probe.stdout.split() == ["False", "False"]


@pytest.mark.parametrize("words", SUBCOMMANDS, ids=" ".join)
def test_every_subcommand_has_help(words, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([*words, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: stance " + " ".join(words))


@pytest.mark.parametrize("words", [w for w in SUBCOMMANDS if w != ["data"]], ids=" ".join)
def test_every_leaf_subcommand_help_has_an_example(words, capsys):
    with pytest.raises(SystemExit):
        main([*words, "--help"])
    out = capsys.readouterr().out
    assert "example" in out and f"stance {' '.join(words)}" in out.split("example", 1)[1]


def test_no_command_prints_help(capsys):
    assert main([]) == 0
    assert "usage: stance" in capsys.readouterr().out
    assert main(["data"]) == 2


def test_unknown_subcommand_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["fly"])
    assert exit_.value.code == 2


# ---- demo ----

def test_demo_prints_the_seed_statements_and_the_actor_table(smoke_model, smoke_pipeline, capsys):
    assert main(["demo", "--model", str(smoke_model)]) == 0
    out = capsys.readouterr().out
    result = smoke_pipeline.predict(SEED_ARTICLE.read_text(encoding="utf-8"), "riyadh-talks")
    assert out.startswith(f"Article: riyadh-talks — {len(result.statements)} attributed statements")
    for st in result.statements:
        assert textwrap.wrap(st.text, 52)[0] in out
        assert st.actor in out
    assert "Actor-level stance" in out
    table = out.split("Actor-level stance")[1]
    assert "inclusion" in table and "ceasefire" in table
    for a in result.actors:
        assert a.actor in table and f"{a.label} {a.confidence:.2f}" in table


def test_demo_html_is_self_contained(smoke_model, smoke_pipeline, tmp_path, capsys):
    page = tmp_path / "demo.html"
    assert main(["demo", "--model", str(smoke_model), "--html", str(page)]) == 0
    assert f"HTML page written to {page}" in capsys.readouterr().out
    doc = page.read_text(encoding="utf-8")
    assert doc.startswith("<!doctype html>")
    assert "http://" not in doc and "https://" not in doc
    assert "<script" not in doc and "<link" not in doc and "src=" not in doc
    result = smoke_pipeline.predict(SEED_ARTICLE.read_text(encoding="utf-8"), "riyadh-talks")
    marks = re.findall(r"<mark[^>]*>(.*?)</mark>", doc, re.S)
    assert marks and len(marks) <= len(result.statements)
    assert "Actor-level stance" in doc


def test_demo_on_another_article(smoke_model, tmp_path, capsys):
    art = tmp_path / "kyiv-presser.txt"
    art.write_text(INLINE_ARTICLES["kyiv-presser"], encoding="utf-8")
    assert main(["demo", "--model", str(smoke_model), "--article", str(art)]) == 0
    assert capsys.readouterr().out.startswith("Article: kyiv-presser")


def test_demo_without_a_model_shows_extraction_only(monkeypatch, tmp_path, capsys):
    import pipeline.serve.demo

    monkeypatch.setattr(pipeline.serve.demo, "DEFAULT_MODEL", tmp_path / "no-model")
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("(no trained model in models/")
    assert "Volodymyr Zelenskyy" in out


def test_demo_with_a_missing_model_fails_clearly(tmp_path, capsys):
    assert main(["demo", "--model", str(tmp_path / "none")]) == 1
    assert "model folder not found" in capsys.readouterr().err


# ---- extract ----

def test_extract_writes_statement_records(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for aid, text in INLINE_ARTICLES.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "st.jsonl"
    assert main(["extract", str(folder), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and {r["article_id"] for r in rows} <= set(INLINE_ARTICLES)
    for r in rows:
        st = Statement.from_record(r, require_labels=False)
        assert INLINE_ARTICLES[st.article_id][st.start:st.end] == st.text


def test_extract_warns_on_a_bad_input_and_exits_1(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(INLINE_ARTICLES["moscow-briefing"], encoding="utf-8")
    out = tmp_path / "st.jsonl"
    assert main(["extract", str(good), str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    assert "warning:" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").strip()


def test_evaluate_extraction_aggregate_only_prints_no_construction_table(tiny_corpus, tmp_path, capsys):
    out = tmp_path / "scores.json"
    assert main(["evaluate-extraction", "--gold", str(tiny_corpus), "--writers", "wire-a", "--aggregate-only",
                 "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "| F1 |" in text and "| construction |" not in text
    assert "per_construction" not in json.loads(out.read_text()) and "per_kind" in json.loads(out.read_text())
