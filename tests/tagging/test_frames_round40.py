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


# --- the added span's actor named as the rules name theirs: full names, given name first, a body's head word

def test_an_unknown_bodys_head_word_is_its_full_name():
    text = ("Lead\n\nThe Danube Grain Shippers Association met in Galati on Monday.\n\n"
            "The Association said the corridor must stay open for every flag through the winter.")
    assert speaker(text, "the corridor must stay open for every flag through the winter") == \
        "Danube Grain Shippers Association"


def test_a_japanese_name_written_family_name_first_is_given_name_first():
    text = ("Lead\n\nForeign Minister Iwaya Takeshi met his counterpart in Tokyo.\n\n"
            "Iwaya Takeshi said Japan would keep supporting a just and lasting peace. Mr. Iwaya left on Friday.")
    assert speaker(text, "Japan would keep supporting a just and lasting peace") == "Takeshi Iwaya"


# --- "X quoted him as saying [span]": the one quoted speaks, not the outlet

def test_quoted_him_as_saying_is_the_person_named_before():
    text = ("Lead\n\nSergei Lavrov met his Turkish counterpart in Antalya.\n\n"
            "State television quoted him as saying that the Europeans had no place at the table in Riyadh.")
    assert speaker(text, "the Europeans had no place at the table in Riyadh") == "Sergei Lavrov"


def test_quoted_a_named_person_as_saying_is_that_person():
    text = ("Lead\n\nThe talks resumed.\n\n"
            "The agency quoted Dmitry Peskov as saying the Kremlin saw no need for a European chair at the talks.")
    assert speaker(text, "the Kremlin saw no need for a European chair at the talks") == "Dmitry Peskov"
