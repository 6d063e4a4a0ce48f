"""Article metadata through `stance predict` / `stance extract`: date, title, source, url on every record."""
import csv
import io
import json

from conftest import INLINE_ARTICLES

from pipeline.cli import main
from pipeline.serve.inputs import META_KEYS


def write_inputs(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = []
    for i, (aid, text) in enumerate(sorted(INLINE_ARTICLES.items())):
        rec = {"id": aid, "text": text, "lang": "en"}
        if i < 2:  # the last article has no metadata at all
            rec.update({"date": f"2025-02-1{i}", "title": f"Title {aid}", "source": "wire", "url": f"https://x.test/{aid}"})
        lines.append(json.dumps(rec, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, sorted(INLINE_ARTICLES)


def test_predict_copies_article_metadata_onto_every_record(smoke_model, tmp_path, capsys):
    news, ids = write_inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["predict", "--model", str(smoke_model), str(news), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1 article(s) without a date" in err and ids[2] in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["article_id"] for r in records} == set(ids)
    for r in records:
        if r["article_id"] == ids[2]:
            assert not set(META_KEYS) & set(r)
        else:
            n = ids.index(r["article_id"])
            assert (r["date"], r["title"], r["source"]) == (f"2025-02-1{n}", f"Title {r['article_id']}", "wire")
            assert r["url"].endswith(r["article_id"]) and "lang" not in r


def test_csv_and_dna_carry_the_date(smoke_model, tmp_path):
    news, ids = write_inputs(tmp_path)
    for fmt in ("csv", "dna"):
        out = tmp_path / f"out.{fmt}"
        assert main(["predict", "--model", str(smoke_model), str(news), "-o", str(out), "--format", fmt]) == 0
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        key = "article_id" if fmt == "csv" else "document"
        assert rows and all(r["date"] == (f"2025-02-1{ids.index(r[key])}" if r[key] != ids[2] else "") for r in rows)
        if fmt == "csv":
            assert all(r["title"] for r in rows if r[key] != ids[2])


def test_extract_copies_article_metadata(tmp_path):
    news, ids = write_inputs(tmp_path)
    out = tmp_path / "st.jsonl"
    assert main(["extract", str(news), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(("date" in r) == (r["article_id"] != ids[2]) for r in records)
