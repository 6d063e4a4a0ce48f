"""The learned actor chooser (round 24): candidates per cue, choice by score, strict loading, off = the rules.

Our own sentences throughout; the coefficient files are set by hand (no trained model is needed).
"""
from __future__ import annotations

import json

import pytest

from pipeline.actors import ActorRegistry
from pipeline.extract.candidates import FEATURES, speaker_candidates
from pipeline.extract.chooser import ActorChooser, ChooserError, chooser_from, with_chooser
from pipeline.extract.extractor import extract_statements

REG = ActorRegistry.default()
PRONOUN = "Harbour talks\n\nMarco Rubio met Sergei Lavrov on Tuesday. He said the harbour plan needed more work."


def cues_of(text: str) -> list[dict[str, set[str]]]:
    sts = extract_statements(text, "a", REG)
    return [{c.actor: c.cues for c in cs} for cs in speaker_candidates(text, sts, REG)]


@pytest.mark.parametrize("text, actor, cue", [
    ("Harbour talks\n\nSergei Lavrov said that the harbour plan was dead. Marco Rubio disagreed.",
     "Sergei Lavrov", "subject"),
    ("Harbour talks\n\n\"The harbour plan is dead,\" said Sergei Lavrov.", "Sergei Lavrov", "inverted"),
    ("Harbour talks\n\nAccording to Dmitry Peskov, the harbour deal will be signed in spring.", "Dmitry Peskov",
     "according"),
    ("Harbour talks\n\nKaja Kallas: \"The harbour belongs to everyone.\"", "Kaja Kallas", "colon"),
    (PRONOUN, "Sergei Lavrov", "last_person"),
    (PRONOUN, "Marco Rubio", "person_2"),
    ("Harbour talks\n\nThe envoy Jane Roe arrived on Monday. Roe said the harbour would reopen soon.", "Jane Roe",
     "surname"),
])
def test_a_candidate_for_each_cue(text, actor, cue):
    assert cue in cues_of(text)[0][actor]


def test_previous_statement_and_paragraph_speaker_are_candidates():
    text = "Harbour talks\n\n\"We will build it,\" Sergei Lavrov said. \"We will pay for it too,\" he added."
    second = cues_of(text)[1]["Sergei Lavrov"]
    assert {"previous_statement", "paragraph_statement", "rule"} <= second


def test_rules_pick_comes_first_and_candidates_are_merged_by_actor():
    sts = extract_statements(PRONOUN, "a", REG)
    cands = speaker_candidates(PRONOUN, sts, REG)[0]
    assert cands[0].actor == sts[0].actor and "rule" in cands[0].cues
    assert len({c.actor for c in cands}) == len(cands)


def test_spans_never_change_and_the_choice_follows_the_scores():
    rules = extract_statements(PRONOUN, "a", REG)
    keep = ActorChooser(feature_set="cues", coef={"cue:rule": 5.0, "cue:last_person": 1.0})
    swap = ActorChooser(feature_set="cues", coef={"cue:rule": 1.0, "cue:last_person": 5.0})
    assert [s.actor for s in keep.choose(PRONOUN, rules, REG)] == [s.actor for s in rules] == ["Marco Rubio"]
    chosen = swap.choose(PRONOUN, rules, REG)
    assert [s.actor for s in chosen] == ["Sergei Lavrov"] and chosen[0].side == "russia"
    assert [(s.start, s.end, s.kind, s.text) for s in chosen] == [(s.start, s.end, s.kind, s.text) for s in rules]


def test_a_tie_keeps_the_rules_pick():
    rules = extract_statements(PRONOUN, "a", REG)
    tie = ActorChooser(feature_set="cues", coef={"cue:rule": 1.0, "cue:last_person": 1.0, "cue:person_2": 0.0})
    assert tie.choose(PRONOUN, rules, REG)[0].actor == rules[0].actor


def test_save_load_round_trip(tmp_path):
    ch = ActorChooser(feature_set="cues+context", coef={"cue:rule": 2.5, "direct*cue:inverted": -0.5},
                      intercept=0.1, meta={"C": 10.0})
    back = ActorChooser.load(ch.save(tmp_path / "m").parent)
    assert back.feature_set == "cues+context" and back.names == FEATURES["cues+context"]
    assert back.coef_.tolist() == ch.coef_.tolist() and back.intercept_ == pytest.approx(0.1)


def _write(tmp_path, body) -> str:
    (tmp_path / "chooser.json").write_text(body if isinstance(body, str) else json.dumps(body), encoding="utf-8")
    return str(tmp_path)


GOOD = {"feature_set": "cues", "features": ["cue:rule"], "coef": [1.0], "intercept": 0.0}


@pytest.mark.parametrize("change, key", [
    ({"coef": None}, "'coef'"),
    ({"features": None}, "'features'"),
    ({"coef": [1.0, 2.0]}, "'coef'"),
    ({"coef": ["x"]}, "'coef'"),
    ({"intercept": "0"}, "'intercept'"),
    ({"features": ["cue:nowhere"]}, "cue:nowhere"),
    ({"feature_set": "everything"}, "everything"),
])
def test_loading_refuses_a_malformed_file_naming_the_key(tmp_path, change, key):
    body = {**GOOD, **{k: v for k, v in change.items() if v is not None}}
    for k, v in change.items():
        if v is None:
            del body[k]
    with pytest.raises(ChooserError, match=key.replace("*", r"\*")):
        ActorChooser.load(_write(tmp_path, body))


def test_loading_refuses_what_is_not_json(tmp_path):
    with pytest.raises(ChooserError, match="not JSON"):
        ActorChooser.load(_write(tmp_path, "{coef: 1"))


def test_off_is_the_rules_alone():
    assert chooser_from("none") is None and chooser_from(None) is None and chooser_from("off") is None
    assert with_chooser(extract_statements, None) is extract_statements
    text = "Harbour talks\n\n\"We will build it,\" Sergei Lavrov said, and Rubio nodded."
    only_rule = with_chooser(extract_statements, ActorChooser(feature_set="cues", coef={"cue:rule": 1.0}))
    assert only_rule(text, "a", REG) == extract_statements(text, "a", REG)


def test_cli_extract_with_the_chooser_off_writes_the_rules_statements(tmp_path):
    from pipeline.cli import main

    art = tmp_path / "a.txt"
    art.write_text(PRONOUN, encoding="utf-8")
    main(["extract", str(art), "-o", str(tmp_path / "off.jsonl"), "--actor-chooser", "none"])
    rows = [json.loads(line) for line in (tmp_path / "off.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["actor"] for r in rows] == [s.actor for s in extract_statements(PRONOUN, "a", REG)]


# --- session 29: the `cues+mention` features read the rules' mention against each candidate's introduction

MENTION = ("Harbour talks\n\nSaudi Crown Prince Mohammed bin Salman hosted the delegations. Sergei Lavrov arrived late."
           "\n\nThe Crown Prince said the harbour talks were a first step.")


def mention_features(text: str) -> dict[str, dict[str, float]]:
    from pipeline.extract.candidates import features
    sts = extract_statements(text, "a", REG)
    st = next(s for s in sts if "first step" in s.text)
    cands = speaker_candidates(text, sts, REG)[sts.index(st)]
    return {c.actor: {k: v for k, v in features(c, st, REG).items() if k in FEATURES["cues+mention"][-6:]}
            for c in cands}


def test_a_description_matches_the_candidate_the_article_introduced_with_it():
    feats = mention_features(MENTION)
    assert feats["Mohammed bin Salman"]["head_context"] == 1.0
    assert feats["Mohammed bin Salman"]["mention_context"] == 1.0


def test_a_description_does_not_match_a_candidate_introduced_otherwise():
    assert mention_features(MENTION)["Sergei Lavrov"] == {}


def test_the_mention_feature_set_extends_the_context_set():
    assert FEATURES["cues+mention"][:len(FEATURES["cues+context"])] == FEATURES["cues+context"]
