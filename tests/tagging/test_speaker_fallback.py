"""Session 28 of issue 14: a learned speaker for the tagger's spans whose frame names no one
(pipeline.tagging.fallback). Tiny articles of our own and hand-set weights: the candidates of a speakerless span,
the frame and its subject class, the threshold, the file format, and the merge that uses it only when asked."""
import json

import pytest

from pipeline.actors import ActorRegistry
from pipeline.extract.candidates import article_state, span_candidates
from pipeline.extract.extractor import extract_statements
from pipeline.schema import Statement
from pipeline.tagging.fallback import (FALLBACK_FEATURES, FallbackError, SpeakerFallback, fallback_candidates,
                                       span_frame, subject_actor)
from pipeline.tagging.merge import TaggerSettings, combine

REG = ActorRegistry.default()
QUAD = ("Lead\n\nThe E3 met in Cairo on Friday with Marco Rubio in the chair.\n\n"
        "The four ministers agreed that the guns must fall silent within a fortnight.")


def _span(text: str, words: str) -> tuple[int, int]:
    s = text.index(words)
    return s, s + len(words)


def test_a_description_as_subject_is_classed_by_its_head_words():
    s, e = _span(QUAD, "the guns must fall silent within a fortnight")
    frame = span_frame(QUAD, s, e)
    assert (frame.kind, frame.subject_class) == ("before", "person_plural")
    assert frame.subject == "The four ministers"


def test_frames_after_the_span_after_a_colon_and_opening_a_paragraph():
    after = "Lead\n\nThe corridor will stay open all winter, the agency said on Monday."
    s, e = _span(after, "The corridor will stay open all winter")
    assert (span_frame(after, s, e).kind, span_frame(after, s, e).subject_class) == ("after", "outlet")
    colon = "Lead\n\nThe ministry's verdict: the draft must go back to the drawing board."
    s, e = _span(colon, "the draft must go back to the drawing board")
    assert span_frame(colon, s, e).kind == "colon"
    opens = "Lead\n\nPeople waited.\n\n\"We will not sign a text written without us.\""
    s, e = _span(opens, "We will not sign a text written without us.")
    assert span_frame(opens, s, e).kind == "opens"


def test_a_speakerless_span_has_no_rule_pick_among_its_candidates():
    s, e = _span(QUAD, "the guns must fall silent within a fortnight")
    rules = extract_statements(QUAD, "a", REG)
    cands, st = span_candidates(article_state(QUAD, REG), s, e, rules)
    assert st.actor == "" and st.text == QUAD[s:e]
    assert all("rule" not in c.cues for c in cands)
    assert {"European leaders", "Marco Rubio"} <= {c.actor for c in cands}


def test_the_frame_subject_is_a_candidate_of_its_own():
    text = ("Lead\n\nTalks resumed in Geneva.\n\n"
            "The Danube shippers' council argued that the corridor must stay open for every flag.")
    s, e = _span(text, "the corridor must stay open for every flag")
    cands, _, frame = fallback_candidates(article_state(text, REG), s, e, [])
    assert subject_actor(frame) == "Danube shippers' council"
    own = [c for c in cands if "frame_subject" in c.cues]
    assert len(own) == 1 and own[0].actor == "Danube shippers' council" and own[0].type == "institution"


def test_pronouns_and_bare_titles_are_no_subject_actor():
    text = "Lead\n\nThey argued that the corridor must stay open for every flag."
    s, e = _span(text, "the corridor must stay open for every flag")
    assert subject_actor(span_frame(text, s, e)) is None


def _prefer_group(min_prob: float) -> SpeakerFallback:
    return SpeakerFallback(coef={"subject:person_plural*type:group": 5.0}, min_prob=min_prob)


def test_the_best_candidate_speaks_when_its_probability_reaches_min_prob():
    s, e = _span(QUAD, "the guns must fall silent within a fortnight")
    rules = extract_statements(QUAD, "a", REG)
    found = _prefer_group(0.5).speaker(QUAD, s, e, rules, REG)
    assert found is not None
    mention, (actor, side, _) = found
    assert actor == "European leaders" and mention == "The four ministers"
    assert _prefer_group(0.999).speaker(QUAD, s, e, rules, REG) is None


def test_the_merge_uses_the_fallback_only_when_the_settings_ask(monkeypatch):
    import pipeline.tagging.merge as merge

    monkeypatch.setattr(merge, "frame_speaker", lambda *a, **k: None)   # the frame names no one
    s, e = _span(QUAD, "the guns must fall silent within a fortnight")
    offs = [(s, e)]
    probs = [(0.01, 0.5, 0.49)]
    on = TaggerSettings(add_min=0.9, attribution="frame+recent", learned_speakers=True)
    off = TaggerSettings(add_min=0.9, attribution="frame+recent")
    added = combine(QUAD, "a", REG, [], offs, probs, on, _prefer_group(0.5))
    assert [(st.actor, st.text) for st in added] == [("European leaders", QUAD[s:e])]
    assert combine(QUAD, "a", REG, [], offs, probs, off, _prefer_group(0.5)) == []
    assert combine(QUAD, "a", REG, [], offs, probs, on, None) == []
    assert "learned speakers" in on.name()


def test_save_and_load_keep_weights_and_threshold(tmp_path):
    fb = SpeakerFallback(coef={"cue:last_body": 1.5, "distance": -0.25}, min_prob=0.6, meta={"C": 3.0})
    fb.save(tmp_path)
    back = SpeakerFallback.load(tmp_path)
    assert back.weights == {"cue:last_body": 1.5, "distance": -0.25} and back.min_prob == 0.6
    body = json.loads((tmp_path / "speakers.json").read_text())
    assert body["features"] == list(FALLBACK_FEATURES)


@pytest.mark.parametrize("body, key", [
    ({"coef": [], "min_prob": 0.5}, "features"),
    ({"features": ["distance"], "coef": [1.0, 2.0], "min_prob": 0.5}, "coef"),
    ({"features": ["distance"], "coef": [1.0]}, "min_prob"),
    ({"features": ["no such feature"], "coef": [1.0], "min_prob": 0.5}, "no such feature"),
    ({"features": ["distance"], "coef": [1.0], "min_prob": 1.5}, "min_prob"),
])
def test_a_malformed_file_is_refused_naming_the_key(tmp_path, body, key):
    (tmp_path / "speakers.json").write_text(json.dumps(body))
    with pytest.raises(FallbackError, match=key):
        SpeakerFallback.load(tmp_path)


def test_a_tagger_folder_that_asks_for_learned_speakers_needs_the_file(tmp_path):
    pytest.importorskip("torch")
    from pipeline.tagging.model import SpanTagger, TaggerError

    (tmp_path / "tagger.json").write_text(json.dumps({
        "base": "x", "base_sha256": "0", "labels": ["O", "B", "I"], "train_layers": 1,
        "settings": {"add_min": 0.9, "attribution": "frame+recent", "learned_speakers": True}}))
    (tmp_path / "tagger.safetensors").write_bytes(b"")
    with pytest.raises(TaggerError, match="learned_speakers but speakers.json is missing"):
        SpanTagger.from_pretrained(tmp_path)


def test_statement_of_a_span_keeps_its_kind():
    text = 'Lead\n\nPeople waited.\n\n"We will not sign a text written without us," a voice called.'
    s, e = _span(text, "We will not sign a text written without us")
    _, st, _ = fallback_candidates(article_state(text, REG), s, e, [])
    assert isinstance(st, Statement) and st.kind == "direct"
