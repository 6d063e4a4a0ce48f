"""The merge of rule statements with tagger probabilities (pipeline.tagging.merge): tiny inline articles,
probabilities written by hand, no network."""
import pytest

from pipeline.actors import ActorRegistry
from pipeline.extract.extractor import extract_statements
from pipeline.schema import Statement
from pipeline.tagging.merge import TaggerSettings, TaggerSettingsError, combine, nominal, span_inside, tagged_spans

O, B, I = (0.9, 0.05, 0.05), (0.05, 0.9, 0.05), (0.05, 0.05, 0.9)


def word_offsets(text):
    """One 'token' per whitespace-separated word: (start, end)."""
    out, pos = [], 0
    for w in text.split():
        s = text.index(w, pos)
        out.append((s, s + len(w)))
        pos = s + len(w)
    return out


def tags_for(text, spans):
    """O/B/I rows for word tokens: B at a span's first word, I inside, O elsewhere."""
    rows = []
    for a, b in word_offsets(text):
        inside = [s for s, e in spans if a < e and b > s]
        rows.append(O if not inside else B if a <= inside[0] else I)
    return rows


def test_tagged_spans_are_argmax_runs_a_b_opens_a_new_span_and_short_ones_are_dropped():
    text = "one two three four five six seven eight nine ten"
    offs = word_offsets(text)
    rows = [B, I, I, I, B, I, I, I, O, B]          # two 4-word spans, then a 1-word one
    spans = tagged_spans(text, offs, rows)
    assert [text[s:e] for s, e, _ in spans] == ["one two three four", "five six seven eight"]
    assert all(abs(c - 0.95) < 1e-9 for _, _, c in spans)


def test_span_inside_is_the_mean_inside_probability_and_one_without_tokens():
    offs = [(0, 3), (4, 7)]
    assert span_inside(offs, [O, I], 0, 7) == pytest.approx((0.1 + 0.95) / 2)
    assert span_inside(offs, [O, I], 20, 30) == 1.0


def test_veto_drops_rule_statements_the_tagger_does_not_see_and_keeps_the_others():
    text = "Peskov said the talks would resume. The weather was mild that week in the capital."
    reg = ActorRegistry.default()
    rules = [Statement("a", "the talks would resume", "Peskov", "Dmitry Peskov", "russia", "indirect", {}, 12, 34),
             Statement("a", "The weather was mild", "Peskov", "Dmitry Peskov", "russia", "indirect", {}, 36, 56)]
    offs = word_offsets(text)
    rows = tags_for(text, [(12, 34)])
    kept = combine(text, "a", reg, rules, offs, rows, TaggerSettings(veto_max=0.2))
    assert [s.text for s in kept] == ["the talks would resume"]
    assert combine(text, "a", reg, rules, offs, rows, TaggerSettings()) == rules      # no veto, no additions


def test_a_veto_that_spares_nominal_statements_keeps_them_whatever_the_tagger_says():
    text = ("Talks\n\nKyiv's complaint that it had not been consulted grew louder. European leaders expressed concern "
            "over their exclusion from the talks. Peskov said the weather was mild.")
    reg = ActorRegistry.default()
    spans = ["that it had not been consulted", "concern over their exclusion from the talks", "the weather was mild"]
    rules = [Statement("a", t, "x", "x", "other", "indirect", {}, text.index(t), text.index(t) + len(t)) for t in spans]
    offs = word_offsets(text)
    rows = tags_for(text, [])                               # the tagger sees none of them
    plain = combine(text, "a", reg, rules, offs, rows, TaggerSettings(veto_max=0.1))
    spare = combine(text, "a", reg, rules, offs, rows, TaggerSettings(veto_max=0.1, veto_spares_nominal=True))
    assert plain == []
    assert [s.text for s in spare] == spans[:2]
    assert [nominal(text, r) for r in rules] == [True, True, False]
    assert "nominal spared" in TaggerSettings(veto_max=0.1, veto_spares_nominal=True).name()


def test_added_span_is_attributed_by_the_subject_of_its_verb_and_never_overlaps_a_rule_statement():
    text = "Talks\n\nDmitry Peskov said the talks would resume next week in Istanbul."
    reg = ActorRegistry.default()
    s = text.index("the talks")
    offs = word_offsets(text)
    rows = tags_for(text, [(s, len(text) - 1)])
    added = combine(text, "a", reg, [], offs, rows, TaggerSettings(add_min=0.5, attribution="verb"))
    assert [(st.text, st.actor, st.kind) for st in added] == [
        ("the talks would resume next week in Istanbul", "Dmitry Peskov", "indirect")]
    rules = extract_statements(text, "a", reg)
    assert rules, "the rules find this statement themselves"
    both = combine(text, "a", reg, rules, offs, rows, TaggerSettings(add_min=0.5, attribution="verb"))
    assert both == rules                              # the tagged span overlaps a rule statement: not added twice


def test_a_span_without_a_speaker_is_not_added_and_a_low_confidence_one_neither():
    text = "Headline\n\nThe weather stayed mild and dry for the whole of the week."
    reg = ActorRegistry.default()
    offs = word_offsets(text)
    rows = tags_for(text, [(10, len(text) - 1)])
    assert combine(text, "a", reg, [], offs, rows, TaggerSettings(add_min=0.5, attribution="verb")) == []
    assert combine(text, "a", reg, [], offs, rows, TaggerSettings(add_min=0.99, attribution="verb+paragraph")) == []


def test_settings_refuse_unknown_attribution_and_thresholds_outside_zero_one():
    with pytest.raises(TaggerSettingsError, match="attribution 'nearest'"):
        TaggerSettings(attribution="nearest")
    with pytest.raises(TaggerSettingsError, match="veto_max 1.5"):
        TaggerSettings(veto_max=1.5)
