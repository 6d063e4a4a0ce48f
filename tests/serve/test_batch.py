"""`stance predict` end to end (pipeline.serve.batch): every output format, resuming after an interruption,
bad inputs as error records, and the classification-only path."""
import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from conftest import INLINE_ARTICLES, SEED_ARTICLE

from pipeline.serve.batch import DNA_COLUMNS, BatchWriter
from pipeline.cli import main
from pipeline.schema import LABELS, Statement

TARGETS = ["inclusion", "ceasefire"]


@pytest.fixture
def articles_dir(tmp_path) -> Path:
    """Four good articles as .txt files (sorted order: brussels, kyiv, moscow, riyadh)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for aid, text in INLINE_ARTICLES.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    shutil.copy(SEED_ARTICLE, folder / "riyadh-talks.txt")
    return folder


def predict(model, *args) -> int:
    return main(["predict", "--model", str(model), *map(str, args)])


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def read_csv(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_jsonl_output(smoke_model, articles_dir, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert predict(smoke_model, articles_dir, "-o", out) == 0
    assert "4 article(s) written" in capsys.readouterr().err
    rows = read_jsonl(out)
    assert rows
    assert [r["article_id"] for r in rows] == sorted(r["article_id"] for r in rows)  # input order: sorted files
    texts = {p.stem: p.read_text(encoding="utf-8") for p in articles_dir.iterdir()}
    for r in rows:
        st = Statement.from_record(r)
        assert texts[st.article_id][st.start:st.end] == st.text
        for t in TARGETS:
            assert sum(r["probabilities"][t].values()) == pytest.approx(1.0, abs=1e-3)
    assert not (tmp_path / "out.jsonl.errors.jsonl").exists()


def test_csv_output_matches_jsonl(smoke_model, articles_dir, tmp_path):
    assert predict(smoke_model, articles_dir, "-o", tmp_path / "out.jsonl") == 0
    assert predict(smoke_model, articles_dir, "-o", tmp_path / "out.csv", "--format", "csv") == 0
    records = read_jsonl(tmp_path / "out.jsonl")
    rows = read_csv(tmp_path / "out.csv")
    header = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:8] == ["article_id", "text", "start", "end", "speaker", "actor", "side", "kind"]
    assert header[8:10] == TARGETS and "p_ceasefire_none" in header
    assert len(rows) == len(records)
    for row, rec in zip(rows, records):
        assert row["text"] == rec["text"] and int(row["start"]) == rec["start"]
        assert row["inclusion"] == rec["inclusion"]
        assert float(row["p_inclusion_favor"]) == pytest.approx(rec["probabilities"]["inclusion"]["favor"])


def test_dna_output_lists_non_none_labels_as_events(smoke_model, articles_dir, tmp_path):
    assert predict(smoke_model, articles_dir, "-o", tmp_path / "out.jsonl") == 0
    assert predict(smoke_model, articles_dir, "-o", tmp_path / "events.csv", "--format", "dna") == 0
    records = read_jsonl(tmp_path / "out.jsonl")
    events = read_csv(tmp_path / "events.csv")
    assert (tmp_path / "events.csv").read_text(encoding="utf-8").splitlines()[0] == ",".join(DNA_COLUMNS)
    expected = [(r["article_id"], r["actor"], r["side"], t, "1" if r[t] == "favor" else "0", r["text"])
                for r in records for t in TARGETS if r[t] != "none"]
    assert [(e["document"], e["person"], e["organization"], e["concept"], e["agreement"], e["text"])
            for e in events] == expected


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "dna"])
def test_resume_after_interruption_is_byte_identical(smoke_model, articles_dir, tmp_path, fmt):
    full = tmp_path / f"full.{fmt}"
    assert predict(smoke_model, articles_dir, "-o", full, "--format", fmt) == 0
    expected = full.read_bytes()

    # an interrupted run: the first two articles finished, then a kill in the middle of the third
    subset = tmp_path / "subset"
    subset.mkdir()
    for p in sorted(articles_dir.iterdir())[:2]:
        shutil.copy(p, subset / p.name)
    out = tmp_path / f"resumed.{fmt}"
    assert predict(smoke_model, subset, "-o", out, "--format", fmt) == 0
    progress = Path(f"{out}.progress.jsonl")
    assert len(progress.read_text(encoding="utf-8").splitlines()) == 2
    with out.open("ab") as fh:
        fh.write(b'{"article_id": "moscow-briefing", "text": "half a li')
    with progress.open("ab") as fh:
        fh.write(b'{"id": "moscow-brief')  # the progress line was cut too

    assert predict(smoke_model, articles_dir, "-o", out, "--format", fmt) == 0
    assert out.read_bytes() == expected
    done = [json.loads(line)["id"] for line in progress.read_text(encoding="utf-8").splitlines()]
    assert done == sorted(p.stem for p in articles_dir.iterdir())


def test_rerunning_a_finished_job_changes_nothing(smoke_model, articles_dir, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert predict(smoke_model, articles_dir, "-o", out) == 0
    before = out.read_bytes()
    capsys.readouterr()
    assert predict(smoke_model, articles_dir, "-o", out) == 0
    assert "0 article(s) written" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_an_output_without_progress_file_is_started_afresh(smoke_model, articles_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("stale content from another job\n", encoding="utf-8")
    assert predict(smoke_model, articles_dir, "-o", out) == 0
    assert b"stale content" not in out.read_bytes()
    assert all(Statement.from_record(r) for r in read_jsonl(out))


def test_bad_inputs_become_error_records_and_the_rest_is_written(smoke_model, articles_dir, tmp_path, capsys):
    (articles_dir / "empty.txt").write_text("  \n", encoding="utf-8")
    (articles_dir / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x01")
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"id": "good-1", "text": INLINE_ARTICLES["kyiv-presser"]}) + "\n"
                    + '{"id": "broken", "text": \n'
                    + json.dumps({"id": "no-text", "body": "x"}) + "\n"
                    + json.dumps({"id": "good-2", "text": INLINE_ARTICLES["moscow-briefing"]}) + "\n",
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert predict(smoke_model, articles_dir, news, "-o", out) == 1
    err = capsys.readouterr().err
    assert "6 article(s) written" in err and "4 failed" in err and "out.jsonl.errors.jsonl" in err
    errors = {e["id"]: e["error"] for e in read_jsonl(Path(f"{out}.errors.jsonl"))}
    assert set(errors) == {"empty", "binary", "news:2", "no-text"}
    assert "is empty" in errors["empty"]
    assert "not valid UTF-8" in errors["binary"] and "binary.txt" in errors["binary"]
    assert f"{news}:2: invalid JSON" in errors["news:2"]
    assert f"{news}:3: missing key(s) ['text']" in errors["no-text"]
    written = {r["article_id"] for r in read_jsonl(out)}
    assert written >= {"good-1", "good-2", "riyadh-talks"}
    assert not written & set(errors)


def test_duplicate_article_ids_keep_the_first(smoke_model, tmp_path):
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"id": "a", "text": INLINE_ARTICLES["kyiv-presser"]}) + "\n"
                    + json.dumps({"id": "a", "text": INLINE_ARTICLES["moscow-briefing"]}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert predict(smoke_model, news, "-o", out) == 1
    assert "duplicate article id 'a'" in read_jsonl(Path(f"{out}.errors.jsonl"))[0]["error"]
    rows = read_jsonl(out)
    assert rows and all(r["article_id"] == "a" and r["text"] in INLINE_ARTICLES["kyiv-presser"] for r in rows)


def test_missing_input_is_an_error_record(smoke_model, articles_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    assert predict(smoke_model, articles_dir, tmp_path / "nope.txt", "-o", out) == 1
    assert "no such file or directory" in read_jsonl(Path(f"{out}.errors.jsonl"))[0]["error"]


def test_unknown_model_path_is_a_clear_error(tmp_path, articles_dir, capsys):
    code = main(["predict", str(articles_dir), "-o", str(tmp_path / "o.jsonl"), "--model", str(tmp_path / "nomodel")])
    assert code != 0
    err = capsys.readouterr().err
    assert err.startswith("error:") and "nomodel" in err and "not found" in err
    assert not (tmp_path / "o.jsonl").exists()


def test_no_inputs_is_a_usage_error(smoke_model, tmp_path, capsys):
    assert predict(smoke_model, "-o", tmp_path / "o.jsonl") == 2
    assert "--statements" in capsys.readouterr().err


def test_bad_format_is_refused():
    with pytest.raises(SystemExit):
        main(["predict", "x", "-o", "y", "--format", "xml"])
    with pytest.raises(ValueError, match="is not one of"):
        BatchWriter("/tmp/never-written.out", "xml", TARGETS)


# ---- classification only: --statements/--articles ----

def test_statements_and_articles_classification_only(smoke_model, session_corpus, tmp_path):
    out = tmp_path / "labelled.jsonl"
    code = predict(smoke_model, "--statements", session_corpus / "statements.jsonl",
                   "--articles", session_corpus / "articles", "-o", out)
    assert code == 0
    gold = read_jsonl(session_corpus / "statements.jsonl")
    rows = read_jsonl(out)
    assert [(r["article_id"], r["text"], r["actor"]) for r in rows] == \
        [(g["article_id"], g["text"], g["actor"]) for g in gold]
    for r in rows:
        text = (session_corpus / "articles" / f"{r['article_id']}.txt").read_text(encoding="utf-8")
        assert text[r["start"]:r["end"]] == r["text"]
        assert set(r["probabilities"]) == set(TARGETS) and r["inclusion"] in LABELS


def test_statements_without_articles_have_no_offsets(smoke_model, tmp_path):
    st = tmp_path / "st.jsonl"
    st.write_text(json.dumps({"article_id": "x", "text": "We want a truce now."}) + "\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    assert predict(smoke_model, "--statements", st, "-o", out, "--format", "csv") == 0
    (row,) = read_csv(out)
    assert row["text"] == "We want a truce now." and row["start"] == "" and row["inclusion"] in LABELS


def test_bad_statement_lines_are_error_records_and_the_rest_is_labelled(smoke_model, tmp_path, capsys):
    st = tmp_path / "st.jsonl"
    st.write_text(json.dumps({"article_id": "a", "text": "We want a truce now."}) + "\n"
                  + json.dumps({"article_id": "b"}) + "\n"
                  + "{not json\n"
                  + json.dumps({"article_id": "c", "text": "Europe must be at the table."}) + "\n",
                  encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert predict(smoke_model, "--statements", st, "-o", out) == 1
    errors = [e["error"] for e in read_jsonl(Path(f"{out}.errors.jsonl"))]
    assert len(errors) == 2
    assert f"{st}:2: statement needs 'article_id' and 'text'" in errors[0]
    assert f"{st}:3: invalid JSON" in errors[1]
    assert [r["article_id"] for r in read_jsonl(out)] == ["a", "c"]


def test_statements_of_one_article_in_several_runs_are_all_labelled(smoke_model, tmp_path):
    st = tmp_path / "st.jsonl"
    records = [{"article_id": "a", "text": "We want a truce now."}, {"article_id": "b", "text": "No talks."},
               {"article_id": "a", "text": "Europe must be at the table."}]
    st.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert predict(smoke_model, "--statements", st, "-o", out) == 0
    assert [(r["article_id"], r["text"]) for r in read_jsonl(out)] == [(r["article_id"], r["text"]) for r in records]


def test_classification_only_resumes_byte_identically(smoke_model, session_corpus, tmp_path):
    statements = session_corpus / "statements.jsonl"
    full = tmp_path / "full.csv"
    args = ["--articles", session_corpus / "articles", "--format", "csv"]
    assert predict(smoke_model, "--statements", statements, "-o", full, *args) == 0
    lines = statements.read_text(encoding="utf-8").splitlines(keepends=True)
    part = tmp_path / "part.jsonl"
    part.write_text("".join(lines[:6]), encoding="utf-8")  # the first two articles
    out = tmp_path / "resumed.csv"
    assert predict(smoke_model, "--statements", part, "-o", out, *args) == 0
    with out.open("ab") as fh:
        fh.write(b"moscow-briefing,half a ro")
    assert predict(smoke_model, "--statements", statements, "-o", out, *args) == 0
    assert out.read_bytes() == full.read_bytes()


def test_an_article_that_raises_fails_alone(smoke_pipeline, monkeypatch):
    """A chunk whose prediction raises is redone article by article: only the bad one becomes an error."""
    from pipeline.schema import Article
    from pipeline.serve.batch import _predict_chunk

    real = smoke_pipeline.extract

    def extract(text, article_id):
        if article_id == "bad":
            raise RuntimeError("boom")
        return real(text, article_id)

    monkeypatch.setattr(smoke_pipeline, "extract", extract)
    out = _predict_chunk(smoke_pipeline, [Article("good", INLINE_ARTICLES["kyiv-presser"]),
                                          Article("bad", "Peace now, he said.")], 32)
    assert isinstance(out["bad"], str) and "RuntimeError: boom" in out["bad"]
    assert out["good"].article_id == "good" and out["good"].statements


def test_bf16_precision_on_the_cpu_gives_the_same_labels(smoke_model, articles_dir, tmp_path):
    assert predict(smoke_model, articles_dir, "-o", tmp_path / "fp32.jsonl", "--precision", "fp32") == 0
    assert predict(smoke_model, articles_dir, "-o", tmp_path / "bf16.jsonl", "--precision", "bf16") == 0
    plain, half = read_jsonl(tmp_path / "fp32.jsonl"), read_jsonl(tmp_path / "bf16.jsonl")
    assert [r["text"] for r in plain] == [r["text"] for r in half]
    for a, b in zip(plain, half):
        for t in TARGETS:
            assert a["probabilities"][t] == pytest.approx(b["probabilities"][t], abs=0.03)


def test_precision_is_refused_on_the_ray_engine(smoke_model, articles_dir, tmp_path, capsys):
    assert predict(smoke_model, articles_dir, "-o", tmp_path / "o.jsonl", "--engine", "ray", "--precision", "bf16") != 0
    assert "--precision" in capsys.readouterr().err
