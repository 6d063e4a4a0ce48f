"""Speakers of the tagger's added spans from their frame (pipeline.tagging.frames, round 23): tiny inline
articles of our own, no network."""
import pytest

from pipeline.actors import ActorRegistry
from pipeline.schema import Statement
from pipeline.tagging.frames import frame_speaker, sentence_bounds
from pipeline.tagging.merge import ATTRIBUTIONS, TaggerSettings, combine

from tests.tagging.test_tagger_merge import tags_for, word_offsets

REG = ActorRegistry.default()


def speaker(text, span, rules=(), **kw):
    s = text.index(span)
    found = frame_speaker(text, s, s + len(span), list(rules), REG, **kw)
    return found and found[1][0]


def test_sentence_bounds_stop_at_the_sentences_around_the_span_even_after_a_closing_quote():
    text = 'Lead\n\nHe called it "a farce." Dmitry Peskov said the talks would go on. Then rain fell.'
    s = text.index("the talks")
    ss, se = sentence_bounds(text, s, s + 9)
    assert text[ss:se] == "Dmitry Peskov said the talks would go on."


def test_subject_clause_gives_its_last_named_person_not_an_actor_named_in_passing():
    text = ("Lead\n\nOne of the opposition's leaders, the veteran lawmaker Ada Quillon, said that the accord "
            "had no mandate at all.")
    assert speaker(text, "the accord had no mandate at all") == "Ada Quillon"


def test_a_verb_the_rules_do_not_list_still_frames_the_span():
    text = "Lead\n\nThe Kremlin spokesman Dmitry Peskov judged that the summit would have to wait for spring."
    assert speaker(text, "the summit would have to wait for spring") == "Dmitry Peskov"


_DIGEST = "Lead\n\nThe Prime Minister of Slovakia, Robert Fico, said that borders cannot change by force.[3] "
_BACKED = "Lead\n\nThe text was backed by Poland and Ireland, "


@pytest.mark.parametrize("lead, frame, span, who", [
    # round 53: formal digest frames name their subject, not the person named before
    (_DIGEST, "The High Representative, Kaja Kallas, took the view that ", "any plan needs Kyiv on board", "Kaja Kallas"),
    (_DIGEST, 'The Secretary of State, Marco Rubio, was of the view that "', "the ball is in their court", "Marco Rubio"),
    (_DIGEST, "The Secretary of State, Marco Rubio, recorded that ", "the ball is in their court", "Marco Rubio"),
    # round 54: a relative clause's frame names the phrase it hangs on, not the sentence's first actor
    (_BACKED, "opposed by Hungary, which said ", "the talks should wait for Washington", "Hungarian government"),
    (_BACKED, "opposed by the United States, which said ", "such language looked backwards", "White House"),
    (_BACKED, "and criticised by Kaja Kallas, who also told reporters that ", "any plan needs Kyiv", "Kaja Kallas")])
def test_a_frames_own_subject_names_the_speaker(lead, frame, span, who):
    assert speaker(lead + frame + span + ".", span, recent=True) == who


def test_a_relative_clause_on_a_thing_the_registry_does_not_know_falls_back_as_before():   # round 54
    text = "Lead\n\nDmitry Peskov spoke on Monday. The note, which said the border would reopen, was ignored."
    assert speaker(text, "the border would reopen", recent=True) is None


def test_inverted_frame_after_the_span_names_the_speaker():
    text = "Lead\n\nThe ceasefire must hold through the winter, Dmitry Peskov told reporters on Monday."
    assert speaker(text, "The ceasefire must hold through the winter", strict=True) == "Dmitry Peskov"


def test_according_to_names_the_speaker():
    text = "Lead\n\nThe convoy will cross at dawn, according to the Kremlin, and nobody disputed it."
    assert speaker(text, "The convoy will cross at dawn", subject=True) == "Kremlin"


def test_a_framed_span_whose_subject_is_unknown_gets_no_speaker_from_the_paragraph():
    text = 'Lead\n\nDmitry Peskov said the talks were "useful". The channel said the border would reopen soon enough.'
    rules = [Statement("a", "the talks were \"useful\"", "Dmitry Peskov", "Dmitry Peskov", "russia", "direct", {},
                       text.index("the talks"), text.index("\". The") + 1)]
    assert speaker(text, "the border would reopen soon enough", rules) is None


def test_an_unframed_span_takes_the_paragraphs_last_speaker_unless_strict():
    text = 'Lead\n\nDmitry Peskov said the talks were "useful". "We will be patient and wait for an answer."'
    rules = [Statement("a", "the talks were \"useful\"", "Dmitry Peskov", "Dmitry Peskov", "russia", "direct", {},
                       text.index("the talks"), text.index("\". \"") + 1)]
    span = "We will be patient and wait for an answer"
    assert speaker(text, span, rules) == "Dmitry Peskov"
    assert speaker(text, span, rules, strict=True) is None
    assert speaker(text, span, rules, subject=True) is None


def test_a_quote_opening_its_paragraph_takes_the_previous_paragraphs_speaker():
    text = ('Lead\n\nDmitry Peskov said the talks were "useful".\n\n"We will be patient and wait for an answer."')
    rules = [Statement("a", "the talks were \"useful\"", "Dmitry Peskov", "Dmitry Peskov", "russia", "direct", {},
                       text.index("the talks"), text.index("\".\n") + 1)]
    assert speaker(text, "We will be patient and wait for an answer", rules) == "Dmitry Peskov"


def test_combine_with_the_frame_modes_adds_the_framed_span_and_the_old_modes_stay():
    assert {"verb", "verb+mention", "verb+first", "verb+paragraph"} <= set(ATTRIBUTIONS)
    text = "Talks\n\nThe ceasefire must hold through the winter, Dmitry Peskov told reporters on Monday."
    s = text.index("The ceasefire")
    e = text.index(", Dmitry")
    rows = tags_for(text, [(s, e)])
    for mode in ("frame", "frame+strict", "frame+subject"):
        added = combine(text, "a", REG, [], word_offsets(text), rows, TaggerSettings(add_min=0.5, attribution=mode))
        assert [(st.text, st.actor) for st in added] == [("The ceasefire must hold through the winter", "Dmitry Peskov")]
