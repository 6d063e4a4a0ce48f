"""The `frame+recent` attribution of the tagger's added spans (pipeline.tagging.frames, session 24): the person
named last before a span, and platform handles read as the persons they spell. Tiny articles of our own."""
from pipeline.actors import ActorRegistry
from pipeline.schema import Statement
from pipeline.tagging.frames import frame_speaker
from pipeline.tagging.merge import ATTRIBUTIONS, TaggerSettings

REG = ActorRegistry.default()


def speaker(text, span, rules=(), **kw):
    s = text.index(span)
    found = frame_speaker(text, s, s + len(span), list(rules), REG, **kw)
    return found and found[1][0]


def rule(text, span, actor, side):
    s = text.index(span)
    return Statement("a", span, actor, actor, side, "direct", {}, s, s + len(span))


def test_a_quote_after_a_sentence_naming_a_person_is_that_persons_not_the_paragraphs_last_speaker():
    text = ('Lead\n\n"We are ready," Dmitry Peskov said. Sergei Lavrov was more cautious. '
            '"Nothing will be signed before the spring talks."')
    rules = [rule(text, "We are ready", "Dmitry Peskov", "russia")]
    span = "Nothing will be signed before the spring talks."
    assert speaker(text, span, rules) == "Dmitry Peskov"                  # round 23's paragraph fallback
    assert speaker(text, span, rules, recent=True) == "Sergei Lavrov"


def test_a_colon_label_names_the_speaker_of_what_follows():
    text = ('Lead\n\n"We are ready," Dmitry Peskov said.\n\nSergei Lavrov, on his channel: the envoys '
            'will meet again next week in Istanbul.')
    rules = [rule(text, "We are ready", "Dmitry Peskov", "russia")]
    assert speaker(text, "the envoys will meet again next week in Istanbul", rules, recent=True) == "Sergei Lavrov"


def test_without_a_person_named_after_the_last_rule_statement_the_addition_has_no_speaker():
    text = 'Lead\n\nDmitry Peskov said: "We are ready." The rain kept falling. "Nothing will be signed soon."'
    rules = [rule(text, "We are ready", "Dmitry Peskov", "russia")]
    assert speaker(text, "Nothing will be signed soon.", rules, recent=True) is None
    assert speaker(text, "Nothing will be signed soon.", rules) == "Dmitry Peskov"


def test_a_handle_names_the_person_it_spells_in_any_case_and_with_a_country_code():
    for handle in ("@SergeiLavrovRU", "@sergei_lavrov", "@sergeilavrov"):
        text = f"Lead\n\n{handle} — wrote that the envoys would not come back to Geneva this year."
        assert speaker(text, "the envoys would not come back to Geneva this year", recent=True) == "Sergei Lavrov"


def test_a_handle_before_a_quote_without_a_verb_is_its_speaker():
    text = ('Lead\n\n"We are ready," Dmitry Peskov said.\n\n4/9 And @sergeilavrov, later that night: '
            '"Europe will watch from the gallery."')
    rules = [rule(text, "We are ready", "Dmitry Peskov", "russia")]
    assert speaker(text, "Europe will watch from the gallery.", rules, recent=True) == "Sergei Lavrov"


def test_a_pronoun_after_a_newly_named_person_means_that_person():
    text = ('Lead\n\n"We are ready," Dmitry Peskov said. Sergei Lavrov arrived late, and he said that the envoys '
            'would need another week.')
    rules = [rule(text, "We are ready", "Dmitry Peskov", "russia")]
    assert speaker(text, "the envoys would need another week", rules, recent=True) == "Sergei Lavrov"


def test_a_handle_no_one_is_named_by_gives_no_speaker():
    text = "Lead\n\n@weatherdesk — wrote that the envoys would not come back to Geneva this year."
    assert speaker(text, "the envoys would not come back to Geneva this year", recent=True) is None


def test_frame_recent_is_a_setting_the_merge_accepts():
    assert "frame+recent" in ATTRIBUTIONS
    assert TaggerSettings(0.9, "frame+recent", 0.1).attribution == "frame+recent"


def test_an_addition_that_only_leads_into_the_same_speakers_quote_is_dropped_when_asked():
    from pipeline.tagging.merge import leads_in

    text = ('Lead\n\nSergei Lavrov stressed the need for a quick deal, saying: "We will not wait for Europe to make '
            'up its mind."')
    quote = "We will not wait for Europe to make up its mind."
    rules = [rule(text, quote, "Sergei Lavrov", "russia")]
    end = text.index(", saying")
    assert leads_in(text, end, "Sergei Lavrov", rules, REG)
    assert not leads_in(text, end, "Dmitry Peskov", rules, REG)                 # another speaker's quote
    far = text.replace(", saying: ", ". The talks went on into the night, and in the end he said: ")
    assert not leads_in(far, far.index(". The talks"), "Sergei Lavrov",
                        [rule(far, quote, "Sergei Lavrov", "russia")], REG)
    assert TaggerSettings(0.9, "frame+recent", 0.1).drop_lead_ins is False      # the setting judged in session 24
