"""The learned camp model for unknown speakers (session 29): features, relabelling, strict loading, the tool's
fences. Our own sentences; the weights are set by hand (no trained model is needed)."""
from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

import pytest

from pipeline.actors import ActorRegistry
from pipeline.extract.camp_model import CampModel, CampModelError, camp_features, camp_model_from, with_camps
from pipeline.extract.extractor import extract_statements
from pipeline.schema import Statement

ROOT = Path(__file__).resolve().parents[2]
REG = ActorRegistry.default()
TEXT = ("Grid talks\n\nOksana Hrytsenko, who runs a bakery in Kharkiv, has no power most evenings. "
        "Oksana Hrytsenko said the truce must come before the winter.\n")


def _model(min_prob=0.6, weights=None):
    return CampModel(camps=["other", "ukraine", "russia", "m23"],
                     weights=weights or {"ukraine": {"w:kharkiv": 3.0}, "russia": {"w:belgorod": 3.0},
                                         "m23": {"w:kharkiv": 9.0}},
                     intercepts={"other": 0.5}, min_prob=min_prob)


def _st(actor, side="other"):
    return Statement("a", "the truce must come before the winter", actor, actor, side, "indirect", {}, 0, 10)


def test_features_read_the_words_around_the_namings_and_the_name():
    f = camp_features(TEXT, "Oksana Hrytsenko", "russia-ukraine")
    assert f["w:kharkiv"] == 1.0 and f["w:bakery"] == 1.0 and f["n:hrytsenko"] == 1.0
    assert f["c:russia-ukraine"] == 1.0 and "w:the" not in f


def test_the_lead_feature_set_adds_the_articles_opening_words_and_nothing_else():
    text = "VILNIUS (Baltic Wire)\n\n" + TEXT
    plain, lead = (camp_features(text, "Oksana Hrytsenko", "russia-ukraine", fs) for fs in ("namings", "namings+lead"))
    assert lead["l:vilnius"] == 1.0 and lead["l:baltic"] == 1.0 and not any(k.startswith("l:") for k in plain)
    assert {k: v for k, v in lead.items() if not k.startswith("l:")} == plain
    with pytest.raises(CampModelError, match="namings"):
        camp_features(text, "Oksana Hrytsenko", "russia-ukraine", "everything")


def test_a_model_reads_with_the_feature_set_it_was_trained_with(tmp_path):
    text = "KHARKIV, Ukraine\n\n" + TEXT.replace("in Kharkiv", "downtown")
    model = CampModel(camps=["other", "ukraine"], weights={"ukraine": {"l:kharkiv": 3.0}}, intercepts={},
                      min_prob=0.6, features="namings+lead")
    model.save(tmp_path)
    loaded = CampModel.load(tmp_path)
    assert loaded.features == "namings+lead"
    assert loaded.relabel(text, [_st("Oksana Hrytsenko")], REG)[0].side == "ukraine"
    body = json.loads((tmp_path / "camps.json").read_text())
    del body["features"]                          # a file without the key (session 29's) reads as `namings`
    (tmp_path / "camps.json").write_text(json.dumps(body))
    assert CampModel.load(tmp_path).features == "namings"


def test_an_unknown_speaker_left_other_takes_the_camp_the_context_says():
    out = _model().relabel(TEXT, [_st("Oksana Hrytsenko")], REG)
    assert out[0].side == "ukraine"


def test_a_camp_the_registry_does_not_have_is_never_given():
    probs = _model().probabilities(camp_features(TEXT, "Oksana Hrytsenko", "russia-ukraine"), REG.camps)
    assert "m23" not in probs and math.isclose(sum(probs.values()), 1.0)


def test_an_unsure_model_changes_nothing():
    assert _model(min_prob=0.99).relabel(TEXT, [_st("Oksana Hrytsenko")], REG)[0].side == "other"


def test_known_actors_and_named_camps_are_left_to_the_rules():
    sts = [_st("Sergei Lavrov", "russia"), _st("Oksana Hrytsenko", "europe")]
    assert [s.side for s in _model().relabel(TEXT, sts, REG)] == ["russia", "europe"]


def test_the_wrapper_relabels_what_the_extractor_returns(tmp_path):
    model = _model()
    model.save(tmp_path)
    run = with_camps(extract_statements, CampModel.load(tmp_path))
    assert {s.actor: s.side for s in run(TEXT, "a", REG)}["Oksana Hrytsenko"] == "ukraine"
    assert with_camps(extract_statements, None) is extract_statements


@pytest.mark.parametrize("body, key", [
    ({"camps": ["other"], "weights": {}, "intercepts": {}}, "min_prob"),
    ({"camps": ["other"], "weights": {"ukraine": {"w:x": 1.0}}, "intercepts": {}, "min_prob": 0.5}, "weights"),
    ({"camps": ["other"], "weights": {"other": {"w:x": "high"}}, "intercepts": {}, "min_prob": 0.5}, "weights"),
    ({"camps": ["other"], "weights": {}, "intercepts": {}, "min_prob": 0.5, "features": "all"}, "features"),
])
def test_loading_refuses_a_malformed_file_naming_the_key(tmp_path, body, key):
    (tmp_path / "camps.json").write_text(json.dumps(body))
    with pytest.raises(CampModelError, match=key):
        CampModel.load(tmp_path)


def test_off_values_give_no_model():
    assert camp_model_from("none") is None and camp_model_from(None) is None


def test_the_training_tool_refuses_the_frozen_set_before_reading():
    spec = importlib.util.spec_from_file_location("camp_model_tool", ROOT / "tools" / "camp_model.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["camp_model_tool"] = mod
    spec.loader.exec_module(mod)
    with pytest.raises(SystemExit, match="refused"):
        mod.main(["tune", "--train", "data/frozen15=h70", "--tune", "data/frozen63=h214"])


def test_the_shipped_model_is_the_default_and_loads():
    from pipeline.extract.camp_model import CAMP_MODEL_DEFAULT
    model = camp_model_from(CAMP_MODEL_DEFAULT)
    assert model is not None and 0.0 < model.min_prob <= 1.0
    assert set(REG.camps) <= set(model.camps)
