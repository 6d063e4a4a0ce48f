"""The learned span tagger is the default extraction path (session 25; its setting since session 28): its saved
setting, and the seed article extracted exactly through the command line without any option."""
import inspect
import json
from pathlib import Path

from pipeline.tagging import SpanTagger, TaggerSettings
from pipeline.tagging.model import tagger_folder


def test_the_saved_setting_adds_vetoes_sparing_nominal_statements_and_drops_lead_ins():
    tagger = SpanTagger.from_pretrained(tagger_folder("default"), precision="fp32")   # session 28: V; T7 (session 32)
    assert tagger.settings == TaggerSettings(add_min=0.9, attribution="frame+recent", veto_max=0.1, drop_lead_ins=True,
                                             veto_spares_nominal=True)
    assert tagger.fallback is None
    assert tagger.meta["train_layers"] == 6 and tagger.meta["cpu_precision"] == "bf16"   # T7: all six layers learn


def test_extract_and_the_api_use_the_tagger_unless_told_none():
    from pipeline.cli import TAGGER_DEFAULT
    from pipeline.serve.predict import StancePipeline

    assert tagger_folder(TAGGER_DEFAULT) is not None
    assert inspect.signature(StancePipeline.load).parameters["tagger"].default == "default"
    assert tagger_folder("none") is None


def test_the_seed_is_extracted_exactly_by_the_default_path(seed_text, tmp_path):
    from pipeline.cli import main

    article = tmp_path / "riyadh-talks.txt"
    article.write_text(seed_text, encoding="utf-8")
    assert main(["extract", str(article), "-o", str(tmp_path / "out.jsonl")]) == 0
    got = sorted((r["text"], r["actor"], r["side"]) for r in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines()))
    gold_file = Path(__file__).resolve().parents[2] / "data" / "seed" / "riyadh-talks.gold.jsonl"
    gold = sorted((r["text"], r["actor"], r["side"]) for r in map(json.loads, gold_file.read_text().splitlines()))
    assert got == gold


def test_evaluate_extraction_scores_the_default_path_unless_told_none(tiny_corpus, tmp_path, capsys):
    from pipeline.cli import main

    for choice, path in ((None, "rules + span tagger"), ("none", "rules alone")):
        out = tmp_path / f"{choice}.json"
        argv = ["evaluate-extraction", "--gold", str(tiny_corpus), "--writers", "wire-a", "--aggregate-only",
                "--json", str(out)] + ([] if choice is None else ["--tagger", choice])
        assert main(argv) == 0
        assert f"extraction path: {path}" in capsys.readouterr().out
        assert json.loads(out.read_text())["path"].startswith(path)
