"""Round 40 of issue 14: who speaks the tagger's added spans (pipeline.tagging.frames, `frame+recent`), read as
round 38's tests read it. A sentence that opens with a person the article knows by a given name ("Oksana, 47,")
is that person's, as the rules read it. Tiny articles of our own."""
from tests.tagging.test_frames_round38 import speaker   # the span's speaker with `frame+recent`


def test_a_given_name_with_an_age_opening_the_sentence_speaks_the_span():
    text = ("Lead\n\nThe talks drew little notice in the suburbs.\n\n"
            "Larysa, 52, who moved from Odesa in 1999 and runs a flower stall in Lod, said the talks were a show "
            "for the cameras and nothing more.")
    assert speaker(text, "the talks were a show for the cameras and nothing more") == "Larysa"


def test_a_named_minister_before_an_aged_given_name_keeps_the_frame():
    text = ("Lead\n\nLarysa, 52, runs a flower stall in Lod.\n\n"
            "Foreign Minister Sergei Lavrov said the talks were a show for the cameras and nothing more.")
    assert speaker(text, "the talks were a show for the cameras and nothing more") == "Sergei Lavrov"
