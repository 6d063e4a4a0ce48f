"""Session 31 of issue 14: the span tagger's additions may have their speakers re-chosen by an `ActorChooser`
trained on additions (`addition_chooser` in the settings, `additions.json` in the tagger's folder). Tiny articles of
our own and hand-set weights: only the additions change, only when asked, and a folder that asks needs the file."""
import json

import pytest

from pipeline.actors import ActorRegistry
from pipeline.extract.chooser import ActorChooser
from pipeline.schema import Statement
from pipeline.tagging.merge import TaggerSettings, combine

REG = ActorRegistry.default()
TEXT = ("Lead\n\nSergei Lavrov spoke in Riyadh. \"We are close to a text,\" Lavrov said.\n\n"
        "Marco Rubio met Lavrov later. The corridor must stay open for every flag this winter, Lavrov added.")


def _rule(text: str, words: str, actor: str) -> Statement:
    s = text.index(words)
    return Statement("a", words, actor, actor, "russia" if actor == "Sergei Lavrov" else "us", "direct", {}, s,
                     s + len(words))


def _prefer_before(weight: float) -> ActorChooser:
    """A chooser that prefers a person named in the sentence before the span over the given pick."""
    return ActorChooser(feature_set="cues", coef={"cue:rule": 1.0, "cue:sentence_before": weight})


def test_choose_with_only_rechooses_just_those_positions():
    first = _rule(TEXT, "We are close to a text,", "Marco Rubio")          # deliberately wrong speakers
    second = _rule(TEXT, "The corridor must stay open for every flag this winter", "Marco Rubio")
    ch = ActorChooser(feature_set="cues", coef={"cue:rule": -5.0, "cue:subject": 1.0, "cue:inverted": 1.0})
    both = ch.choose(TEXT, [first, second], REG)
    only = ch.choose(TEXT, [first, second], REG, only={1})
    assert only[0] is first                                                   # untouched
    assert only[1].actor == both[1].actor != "Marco Rubio"


def test_combine_rechooses_additions_only_when_the_settings_ask():
    import pipeline.tagging.merge as merge

    rule = _rule(TEXT, "We are close to a text,", "Sergei Lavrov")
    words = "The corridor must stay open for every flag this winter"
    s = TEXT.index(words)
    offs, probs = [(s, s + len(words))], [(0.01, 0.5, 0.49)]
    picked = ("Marco Rubio", ("Marco Rubio", "us", "person"))
    settings = TaggerSettings(add_min=0.9, attribution="frame+recent")
    mp = pytest.MonkeyPatch()
    mp.setattr(merge, "frame_speaker", lambda *a, **k: picked)               # the frame names the wrong person
    try:
        off = combine(TEXT, "a", REG, [rule], offs, probs, settings, None, _prefer_before(0.0))
        ask = TaggerSettings(add_min=0.9, attribution="frame+recent", addition_chooser=True)
        kept = combine(TEXT, "a", REG, [rule], offs, probs, ask, None, _prefer_before(0.0))
        on = combine(TEXT, "a", REG, [rule], offs, probs, ask, None, ActorChooser(
            feature_set="cues", coef={"cue:rule": -5.0, "cue:inverted": 1.0}))
        none = combine(TEXT, "a", REG, [rule], offs, probs, ask, None, None)
    finally:
        mp.undo()
    assert [st.actor for st in off] == [st.actor for st in kept] == [st.actor for st in none] == \
        ["Sergei Lavrov", "Marco Rubio"]
    assert on[0] is rule and on[1].actor == "Sergei Lavrov" and on[1].text == words
    assert "additions' speakers chosen" in ask.name()


def test_a_tagger_folder_that_asks_for_the_addition_chooser_needs_the_file(tmp_path):
    pytest.importorskip("torch")
    from pipeline.tagging.model import SpanTagger, TaggerError

    (tmp_path / "tagger.json").write_text(json.dumps({
        "base": "x", "base_sha256": "0", "labels": ["O", "B", "I"], "train_layers": 1,
        "settings": {"add_min": 0.9, "attribution": "frame+recent", "addition_chooser": True}}))
    (tmp_path / "tagger.safetensors").write_bytes(b"")
    with pytest.raises(TaggerError, match="addition_chooser but additions.json is missing"):
        SpanTagger.from_pretrained(tmp_path)


def test_the_chooser_file_can_carry_another_name(tmp_path):
    ch = ActorChooser(feature_set="cues", coef={"cue:rule": 1.5}, meta={"C": 10.0})
    file = ch.save(tmp_path, "additions.json")
    assert file.name == "additions.json" and not (tmp_path / "chooser.json").exists()
    back = ActorChooser.load(file)
    assert back.feature_set == "cues" and back.coef_[back.names.index("cue:rule")] == 1.5


@pytest.mark.parametrize("folder", ["data/frozen63", "data/frozen19", "/work/staging/frozen63"])
def test_the_training_tool_refuses_fenced_folders_before_reading(folder):
    from tools.addition_chooser import main

    with pytest.raises(SystemExit, match="refused"):
        main(["train", "-o", "/nonexistent/out", "--actor-chooser", "none", "--group", f"{folder}=h214"])
