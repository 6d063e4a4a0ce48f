"""Round 39 of issue 14: who speaks the tagger's added spans (pipeline.tagging.frames, `frame+recent`), read as
round 38's tests read it. A title's period after the span does not end the sentence before its inverted frame;
"Mr. X" is the person named before; a president's plan is his administration's; a quotation after a colon is the
first person its sentence names. Tiny articles of our own."""
from pipeline.actors import ActorRegistry
from pipeline.tagging.frames import sentence_bounds
from tests.tagging.test_frames_round38 import REG, speaker   # the span's speaker with `frame+recent`


def test_a_titles_period_after_the_span_does_not_end_its_sentence():
    text = ('Lead\n\nSeoul stays out of the talks.\n\n"The north gains from every month of war," said Prof. Yoon '
            'Min-seo of a Seoul university. She expects no change.')
    s = text.index("The north")
    assert text[slice(*sentence_bounds(text, s, s + 40))].endswith("of a Seoul university.")
    assert speaker(text, "The north gains from every month of war") == "Yoon Min-seo"


def test_a_date_still_ends_a_telegraphic_sentence():
    text = "Lead\n\nKyiv said talks would resume 18 Feb. Moscow said no date was set."
    s = text.index("talks would resume")
    assert text[slice(*sentence_bounds(text, s, s + 18))] == "Kyiv said talks would resume 18 Feb."


def test_mr_with_a_period_is_the_person_named_in_full_before():
    text = ('Lead\n\nThe minister of foreign affairs, H.E. Mr. Kerem Aydinli, hosted the delegations.\n\n'
            '"The committee must be Palestinian," Mr. Aydinli told the press after the meeting.')
    assert speaker(text, "The committee must be Palestinian", ActorRegistry.for_conflict("gaza")) == "Kerem Aydinli"


def test_a_presidents_plan_speaks_for_the_administration_that_wrote_it():
    text = ("Lead\n\nWho runs the strip?\n\nTrump's 12-point plan states that the border police will answer to a "
            "joint board.")
    assert speaker(text, "the border police will answer to a joint board",
                   ActorRegistry.for_conflict("gaza")) == "White House"


def test_a_plan_of_a_person_with_no_administration_in_the_registry_stays_the_persons():
    from pipeline.extract.speakers import Ctx, resolve
    ctx = Ctx(text="x", inside=bytearray(2))
    assert resolve("Putin's proposal", ctx, REG)[0] == "Vladimir Putin"


def test_a_quotation_after_a_colon_is_the_first_person_its_sentence_names():
    text = ('Lead\n\nThe reply came from Kaja Kallas in Brussels on Monday, standing beside Marco Rubio: "We will not '
            'be told where our borders end."')
    assert speaker(text, "We will not be told where our borders end.") == "Kaja Kallas"
