"""Fast tests of the extraction tools' pure parts: the span tagger's selection rule and the held-out report's
extra rows (`compose --middle`). No model is trained or loaded here."""
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _tuned(ck, f1, actor, add=None, veto=None):
    return {"checkpoint": ck, "f1": f1, "actor_accuracy": actor, "add_min": add, "attribution": "verb",
            "veto_max": veto, "precision": f1, "recall": f1, "direct_recall": f1, "indirect_recall": f1}


def test_span_tagger_selection_keeps_actor_accuracy_then_prefers_the_earlier_epoch_and_fewer_changes():
    st = _tool("span_tagger")
    rules = {"f1": 0.90, "actor_accuracy": 0.95}
    runs = [_tuned("epoch-1", 0.95, 0.90, add=0.5),                  # best F1, but loses actor accuracy
            _tuned("epoch-3", 0.92, 0.96, veto=0.1), _tuned("epoch-2", 0.92, 0.95, add=0.9, veto=0.1),
            _tuned("epoch-2", 0.92, 0.96, veto=0.2)]
    chosen = st.choose(rules, runs)
    assert chosen["checkpoint"] == "epoch-2" and chosen["setting"] == {"add_min": None, "attribution": "verb",
                                                                       "veto_max": 0.2}
    assert chosen["constraint_met"]
    worse = st.choose({"f1": 0.99, "actor_accuracy": 0.95}, runs)     # nothing beats the rules: best F1 measured
    assert worse["checkpoint"] == "epoch-1" and not worse["constraint_met"]
    assert len(st.grid()) == 105


def _run(label, f1):
    row = {"n_articles": 1, "n_gold": 10, "n_pred": 10, "n_matched": 9, "precision": 0.9, "recall": 0.9, "f1": f1,
           "actor_accuracy": 0.8, "side_accuracy": 0.8, "per_kind": {}, "per_construction": {}}
    return {"label": label, "measured": "now", "frozen_writers": ["h8"], "frozen": row, "foreign_dev": row,
            "writers": {"h8": row}, "splits": {"dev": row, "test": row}}


def test_heldout_compose_adds_a_row_per_middle_run(tmp_path):
    he = _tool("heldout_extraction")
    paths = []
    for label, f1 in (("before", 0.5), ("round 1", 0.6), ("round 2", 0.7)):
        p = tmp_path / f"{label}.json"
        p.write_text(json.dumps(_run(label, f1)))
        paths.append(str(p))
    out = tmp_path / "heldout.md"
    assert he.main(["compose", paths[0], paths[2], "--middle", paths[1], "-o", str(out)]) == 0
    text = out.read_text()
    assert "| frozen writers, round 1 |" in text and "| frozen writers, round 2 |" in text
    assert "F1 before | F1 round 1 | F1 round 2" in text and "Frozen writers (h8)" in text


def test_errors_tool_refuses_the_round10_frozen_writers_and_folder_by_default(capsys, tmp_path):
    ee = _tool("extraction_errors")
    for w in ("h28", "h29", "h30"):
        assert ee.main(["--writers", f"h1,{w}"]) == 2
    assert "frozen writers" in capsys.readouterr().err
    assert ee.main(["--corpus", str(ROOT / "data" / "frozen2"), "--writers", "h1"]) == 2
    assert ee.main(["--corpus", str(ROOT / "data" / "frozen2" / "parts"), "--writers", "h1"]) == 2
    assert ee.main(["--corpus", str(tmp_path), "--frozen-corpus", str(tmp_path), "--writers", "h1"]) == 2
    assert "frozen folder" in capsys.readouterr().err
    he = _tool("heldout_extraction")
    assert he.FROZEN == ee.FROZEN == "h28,h29,h30" and he.FROZEN_CORPUS == ee.FROZEN_CORPUS == "data/frozen2"
    assert he.READ_FROZEN == "h25,h26,h27" and he.READ_FROZEN_CORPUS == "data/frozen"


def test_errors_tool_reads_round9_frozen_writers_now(tmp_path, capsys):
    """h25-h27 (data/frozen) are read writers since round 10: the tool lists their errors (here on a stand-in
    folder laid out like data/frozen, so the test stays fast and does not depend on their gold)."""
    ee = _tool("extraction_errors")
    _folder(tmp_path / "frozen", "h25", 'Lavrov said that talks had failed.')
    assert ee.main(["--corpus", str(tmp_path / "frozen"), "--writers", "h25", "--kind", "miss"]) == 0
    assert "0 missed" in capsys.readouterr().out


def _folder(root, writer, text, gold_text="talks had failed"):
    """A corpus folder with one unmerged writer in parts/ (the layout of data/frozen)."""
    (root / "parts").mkdir(parents=True)
    (root / "articles").mkdir()
    aid = f"{writer}-talks"
    (root / "articles" / f"{aid}.txt").write_text(text)
    (root / "parts" / f"{writer}.articles.jsonl").write_text(json.dumps({"id": aid, "writer": writer}) + "\n")
    (root / "parts" / f"{writer}.statements.jsonl").write_text(json.dumps(
        {"article_id": aid, "text": gold_text, "speaker": "Lavrov", "actor": "Sergey Lavrov", "side": "russia",
         "kind": "indirect", "inclusion": "none", "ceasefire": "none"}) + "\n")
    return root


def test_heldout_measure_defaults_to_the_round10_frozen_set_and_scores_h25_h27_as_a_read_group(tmp_path):
    he = _tool("heldout_extraction")
    text = "Lavrov said that talks had failed."
    frozen, read = _folder(tmp_path / "frozen2", "h28", text), _folder(tmp_path / "frozen", "h25", text)
    corpus, foreign = _folder(tmp_path / "corpus", "h1", text), tmp_path / "foreign"
    (foreign / "articles").mkdir(parents=True)
    (foreign / "articles" / "f-1.txt").write_text(text)
    (foreign / "articles.jsonl").write_text(json.dumps({"id": "f-1"}) + "\n")
    (foreign / "gold.jsonl").write_text((frozen / "parts" / "h28.statements.jsonl").read_text().replace("h28-talks", "f-1"))
    out = tmp_path / "m.json"
    assert he.main(["measure", "--corpus", str(corpus), "--frozen", "h28", "--frozen-corpus", str(frozen),
                    "--read-frozen", "h25", "--read-frozen-corpus", str(read), "--foreign", str(foreign),
                    "--label", "t", "-o", str(out)]) == 0
    got = json.loads(out.read_text())
    assert got["frozen_writers"] == ["h28"] and "per_construction" not in got["frozen"]
    assert got["read_frozen_writers"] == ["h25"] and "per_construction" in got["read_frozen"]
    assert set(got["read_frozen_by_writer"]) == {"h25"} and set(got["writers"]) == {"h1"}
    assert got["read_frozen"]["f1"] == 1.0
    only = tmp_path / "only.json"
    assert he.main(["measure", "--corpus", str(corpus), "--frozen", "h28", "--frozen-corpus", str(frozen),
                    "--read-frozen", "h25", "--read-frozen-corpus", str(read), "--foreign", str(foreign),
                    "--label", "t", "-o", str(only), "--frozen-only"]) == 0
    got_only = json.loads(only.read_text())
    assert got_only["writers"] == {} and got_only["splits"] == {} and got_only["frozen"]["f1"] == got["frozen"]["f1"]
    md = tmp_path / "r.md"
    assert he.main(["compose", str(out), str(out), "-o", str(md)]) == 0
    assert "| read frozen h25, t |" in md.read_text() and "| h25 (read) |" in md.read_text()


def test_heldout_frozen_rows_carry_no_per_construction_table():
    he = _tool("heldout_extraction")
    row = {"f1": 0.9, "per_kind": {"direct": {"gold": 1, "recall": 1.0}}, "per_construction": {"colon": {}}}
    assert he._aggregate(row) == {"f1": 0.9, "per_kind": {"direct": {"gold": 1, "recall": 1.0}}}
    assert he._groups(["h19-h24=h19,h20"]) == {"h19-h24": ["h19", "h20"]}
