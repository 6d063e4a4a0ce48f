"""Extraction tests for constructions other hands write (issue 14): woven partial quotes, split quotes with the
speaker mid-sentence, quoted questions and exclamations, quotes in the paragraph after the speaker, headlines
and captions. Our own sentences."""
from pipeline.extract.extractor import extract_statements

HEAD = "Headline about talks\n\n"


def stmts(body, head=HEAD):
    text = head + body
    out = extract_statements(text, "t")
    for s in out:
        assert text[s.start:s.end] == s.text
    return [(s.text, s.actor, s.kind) for s in out]


def test_partial_quote_after_called():
    assert stmts('Kaja Kallas was scathing. She called the plan "a gift to the aggressor" and left.') == \
        [("a gift to the aggressor", "Kaja Kallas", "direct")]


def test_called_it_keeps_the_whole_complement():
    assert stmts('Lavrov went further, calling it a failure that would "end in tears".') == \
        [('a failure that would "end in tears"', "Sergei Lavrov", "direct")]


def test_partial_quote_woven_into_narration():
    assert stmts('Zelensky spoke after the vote. He put support for the deal at "barely a third".') == \
        [("barely a third", "Volodymyr Zelenskyy", "direct")]


def test_scare_quotes_and_quoted_names_are_not_statements():
    assert stmts('Zelensky met the so-called "coalition of the willing" in Paris. Putin attended the '
                 '"Victory Day" parade. He visited the "brave soldiers" of the front.') == []


def test_condemned_as_quote():
    assert stmts('Egypt\'s Foreign Ministry condemns the strikes as a "flagrant violation of the truce".')[0][0] == \
        "flagrant violation of the truce"


def test_speaker_in_the_middle_of_a_sentence_with_a_new_verb():
    body = 'Sergei Lavrov spoke in Moscow. The Europeans, the minister snapped, had "ten years to fix this."'
    assert stmts(body) == [('The Europeans, the minister snapped, had "ten years to fix this."', "Sergei Lavrov",
                            "direct")]


def test_frame_verbs_do_not_turn_narration_into_statements():
    assert stmts("Russia continued its offensive near Pokrovsk. The fighting continued overnight.") == []


def test_quoted_question_and_exclamation():
    body = 'Lavrov was asked about the truce. "Why should we stop now?" he asked. "Never!" shouted Peskov.'
    assert stmts(body) == [("Why should we stop now?", "Sergei Lavrov", "direct"), ("Never!", "Dmitry Peskov", "direct")]


def test_quote_paragraph_after_the_paragraph_naming_the_speaker():
    body = 'Zelensky was defiant on Sunday.\n\n"We will not give away our land. Never."'
    assert stmts(body) == [("We will not give away our land. Never.", "Volodymyr Zelenskyy", "direct")]


def test_quote_paragraph_continues_the_last_speaker_as_a_new_statement():
    body = '"We are ready," Zelensky said on Sunday.\n\n"But we will not give away our land."'
    assert stmts(body) == [("We are ready", "Volodymyr Zelenskyy", "direct"),
                           ("But we will not give away our land.", "Volodymyr Zelenskyy", "direct")]


def test_quoted_subheading_is_not_a_statement():
    assert stmts('Zelensky said Ukraine was ready to talk.\n\n"Without Ukraine"\n\nThe talks went on.') == \
        [("Ukraine was ready to talk", "Volodymyr Zelenskyy", "indirect")]


def test_headline_with_a_quote_is_not_a_statement():
    assert stmts('Peskov said the talks were useful.', head='Zelensky: "We will never give up."\n\n') == \
        [("the talks were useful", "Dmitry Peskov", "indirect")]


def test_photo_caption_is_not_a_statement():
    body = ("Zelensky said Ukraine needed guarantees.\n\nUkrainian President Volodymyr Zelensky says peace is near "
            "during a news conference in Kyiv. REUTERS/Gleb Garanich\n\nPhoto: Putin says talks went well (AP)")
    assert stmts(body) == [("Ukraine needed guarantees", "Volodymyr Zelenskyy", "indirect")]
