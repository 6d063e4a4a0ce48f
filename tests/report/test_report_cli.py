"""`stance report` end to end on a tiny hand-made predictions file: files, CSV numbers, the page's structure."""
import csv
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.cli import main

ARTICLES = {
    "kyiv-1": ("2025-02-17", "Kyiv wants a seat",
               "Zelenskyy said Ukraine must be at the table. “We want a cease-fire now,” he said."),
    "moscow-1": ("2025-02-20T09:30:00Z", "Moscow says no",
                 "Lavrov said Europe has no place at the table. “There will be no truce,” Peskov said."),
    "moscow-2": ("2025-03-04", "Moscow again",
                 "Lavrov said Kyiv could join later. “A truce is possible,” Peskov said."),
    "undated-1": (None, "No date here", "Macron said Europe must take part."),
}


def _stmt(aid, text, actor, side, inclusion, ceasefire, p=0.9):
    body = ARTICLES[aid][2]
    start = body.index(text)
    probs = {}
    for t, lab in (("inclusion", inclusion), ("ceasefire", ceasefire)):
        rest = round((1 - p) / 2, 4)
        probs[t] = {lab2: (p if lab2 == lab else rest) for lab2 in ("favor", "against", "none")}
    rec = {"article_id": aid, "text": text, "speaker": actor, "actor": actor, "side": side, "kind": "direct",
           "inclusion": inclusion, "ceasefire": ceasefire, "start": start, "end": start + len(text),
           "probabilities": probs}
    date, title, _ = ARTICLES[aid]
    if date:
        rec.update({"date": date, "title": title, "source": "test wire", "url": f"https://example.org/{aid}"})
    return rec


RECORDS = [
    _stmt("kyiv-1", "Ukraine must be at the table", "Volodymyr Zelenskyy", "ukraine", "favor", "none", 0.95),
    _stmt("kyiv-1", "We want a cease-fire now", "Volodymyr Zelenskyy", "ukraine", "none", "favor", 0.85),
    _stmt("moscow-1", "Europe has no place at the table", "Sergei Lavrov", "russia", "against", "none", 0.9),
    _stmt("moscow-1", "There will be no truce", "Dmitry Peskov", "russia", "none", "against", 0.8),
    _stmt("moscow-2", "Kyiv could join later", "Sergei Lavrov", "russia", "favor", "none", 0.6),
    _stmt("moscow-2", "A truce is possible", "Dmitry Peskov", "russia", "none", "favor", 0.7),
    _stmt("undated-1", "Europe must take part", "Emmanuel Macron", "europe", "favor", "none", 0.75),
]


@pytest.fixture
def predictions(tmp_path) -> Path:
    path = tmp_path / "preds.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    return path


@pytest.fixture
def articles_dir(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for aid, (_, _, text) in ARTICLES.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    return folder


class Page(HTMLParser):
    """Collects what the structure test needs: images, tables with their rows, links and element ids."""

    def __init__(self):
        super().__init__()
        self.images, self.links, self.ids, self.tables = [], [], set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "img":
            self.images.append(a)
        elif tag == "a":
            self.links.append(a)
        elif tag == "table":
            self.tables.append(0)
        elif tag == "tr" and self.tables:
            self.tables[-1] += 1


def run_report(predictions, out, *extra, capsys=None):
    code = main(["report", str(predictions), "-o", str(out), *map(str, extra)])
    return code, (capsys.readouterr() if capsys else None)


def test_report_writes_every_file_and_reports_undated_articles(predictions, articles_dir, tmp_path, capsys):
    out = tmp_path / "report"
    code, io = run_report(predictions, out, "--articles", articles_dir, capsys=capsys)
    assert code == 0, io.err
    for name in ("stance_by_period.csv", "statements.csv", "stance_inclusion.png", "stance_ceasefire.png",
                 "actors.graphml", "congruence.graphml", "report.html"):
        assert (out / name).stat().st_size > 0, name
    assert (out / "stance_inclusion.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "7 statements from 4 articles" in io.out
    assert "1 article(s) without a date (1 statements" in io.out and "undated-1" in io.out


def test_stance_by_period_numbers(predictions, tmp_path):
    out = tmp_path / "report"
    assert run_report(predictions, out)[0] == 0
    rows = list(csv.DictReader((out / "stance_by_period.csv").open(encoding="utf-8")))
    key = {(r["period"], r["group"], r["target"]): r for r in rows}
    feb_russia = key["2025-02", "russia", "inclusion"]
    assert (feb_russia["favor"], feb_russia["against"], feb_russia["none"]) == ("0", "1", "1")
    assert float(feb_russia["net"]) == -1.0
    assert float(feb_russia["net_low"]) == pytest.approx(-1.0) and float(feb_russia["net_high"]) == pytest.approx(0.5869, abs=1e-3)
    assert float(feb_russia["mean_confidence"]) == pytest.approx((0.9 + 0.8) / 2)  # probability of the given label
    assert key["2025-03", "russia", "ceasefire"]["net"] == "1.0000"
    assert key["2025-02", "russia", "ceasefire"]["period_start"] == "2025-02-01"
    undated = key["undated", "europe", "inclusion"]
    assert undated["period_start"] == "" and undated["favor"] == "1"  # counted, not dropped
    assert sum(int(r["statements"]) for r in rows) == len(RECORDS) * 2  # every statement once per target
    lines = list(csv.DictReader((out / "statements.csv").open(encoding="utf-8")))
    assert len(lines) == len(RECORDS) * 2
    assert {(r["article_id"], int(r["start"])) for r in lines} == {(r["article_id"], r["start"]) for r in RECORDS}


def test_weeks_and_actors(predictions, tmp_path):
    out = tmp_path / "report"
    assert run_report(predictions, out, "--period", "week", "--by", "actor", "--targets", "ceasefire")[0] == 0
    rows = list(csv.DictReader((out / "stance_by_period.csv").open(encoding="utf-8")))
    assert {r["target"] for r in rows} == {"ceasefire"}
    assert ("2025-W08", "Dmitry Peskov") in {(r["period"], r["group"]) for r in rows}
    assert not (out / "stance_inclusion.png").exists()


def test_report_html_structure(predictions, articles_dir, tmp_path):
    out = tmp_path / "report"
    assert run_report(predictions, out, "--articles", articles_dir)[0] == 0
    source = (out / "report.html").read_text(encoding="utf-8")
    page = Page()
    page.feed(source)
    # plots inlined: one per target, nothing fetched from elsewhere
    assert len(page.images) == 2 and all(i["src"].startswith("data:image/png;base64,") for i in page.images)
    assert "<script" not in source and "<link" not in source
    # tables filled: the pivot (groups) and the statement tables have rows beyond their header
    assert len(page.tables) >= 4 and all(rows >= 2 for rows in page.tables)
    # every statement link names an article and offsets that exist in the input, and its anchor is on the page
    known = {(r["article_id"], r["start"], r["end"]) for r in RECORDS}
    statement_links = [a for a in page.links if "data-article" in a]
    assert statement_links
    for a in statement_links:
        assert (a["data-article"], int(a["data-start"]), int(a["data-end"])) in known
        assert a["href"].startswith("#") and a["href"][1:] in page.ids
    # every other link resolves: page anchors, files next to the page, or the article's own url
    for a in page.links:
        href = a["href"]
        if href.startswith("#"):
            assert href[1:] in page.ids, href
        elif href.startswith("https://example.org/"):
            assert href.rsplit("/", 1)[1] in ARTICLES
        else:
            assert (out / href).resolve().is_file(), href
    # the undated article is named on the page, and the cited statement is shown in its context
    assert "undated-1" in source and "without a date" in source
    assert "<mark>Ukraine must be at the table</mark>" in source


@pytest.mark.parametrize("line, message", [
    ('{"article_id": "a", "text": "t"}', "preds.jsonl:2: missing key 'actor'"),
    ('{"article_id": "a", "text": "t", "actor": "X", "side": "us", "inclusion": "maybe", "ceasefire": "none"}',
     "preds.jsonl:2: key 'inclusion' has 'maybe'"),
    ('{"article_id": "a", "text": "t", "actor": "X", "side": "us", "inclusion": "none", "ceasefire": "none", '
     '"date": "17/02/2025"}', "preds.jsonl:2: key 'date' has '17/02/2025'"),
    ("not json", "preds.jsonl:2: not a JSON line"),
])
def test_bad_input_names_file_line_and_key(tmp_path, capsys, line, message):
    path = tmp_path / "preds.jsonl"
    path.write_text(json.dumps(RECORDS[0]) + "\n" + line + "\n", encoding="utf-8")
    code, io = run_report(path, tmp_path / "out", capsys=capsys)
    assert code == 1 and message in io.err


def test_unknown_target_and_missing_file(predictions, tmp_path, capsys):
    code, io = run_report(predictions, tmp_path / "out", "--targets", "sanctions", capsys=capsys)
    assert code == 1 and "sanctions" in io.err and "inclusion" in io.err
    code, io = run_report(tmp_path / "nope.jsonl", tmp_path / "out", capsys=capsys)
    assert code == 1 and "nope.jsonl: no such file" in io.err


def test_help_has_an_example(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: stance report") and "stance report preds.jsonl -o report/" in out


def test_report_needs_no_model_library():
    code = ("import sys; import pipeline.report as r; r.build_report, r.plot_target, r.write_networks, r.render_page; "
            "assert not {'torch', 'transformers'} & set(sys.modules), 'a model library was loaded'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_report_of_undated_articles_only_still_counts_them(tmp_path, capsys):
    path = tmp_path / "preds.jsonl"  # what `stance predict` writes for .txt inputs: no date at all
    path.write_text("".join(json.dumps({k: v for k, v in r.items() if k not in ("date", "title", "source", "url")})
                            + "\n" for r in RECORDS), encoding="utf-8")
    code, io = run_report(path, tmp_path / "out", capsys=capsys)
    assert code == 0, io.err
    assert "4 article(s) without a date (7 statements" in io.out
    rows = list(csv.DictReader((tmp_path / "out" / "stance_by_period.csv").open(encoding="utf-8")))
    assert rows and {r["period"] for r in rows} == {"undated"}
    assert sum(int(r["statements"]) for r in rows) == len(RECORDS) * 2
