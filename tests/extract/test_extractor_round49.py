"""Round 49 (issue 14): broadcast caption transcripts (">>" turns, caption tags, the chair's floor) and quotations
read aloud ("quote ... end quote"); our own sentences."""
from __future__ import annotations

from conftest import extracted_actors

_HEAD = "Committee hearing on sanctions\n\nTranscript\n"


def test_a_turn_mark_continues_the_last_labelled_speaker():
    body = _HEAD + ("MR. LAVROV: WE ARE READY TO TALK ABOUT A PAUSE IN THE FIGHTING.\n"
                    ">> BUT THE EUROPEANS HAVE NO PLACE AT THIS TABLE AND WE WILL NOT INVITE THEM.\n"
                    ">> THAT IS ALL I WILL SAY TODAY ON THIS QUESTION.\n")
    actors = extracted_actors(body)
    assert actors["BUT THE EUROPEANS HAVE NO PLACE AT THIS TABLE AND WE WILL NOT INVITE THEM"] == "Sergei Lavrov"


def test_a_caption_tag_names_the_speaker_of_its_turn():
    body = _HEAD + ("MR. LAVROV: WE ARE READY TO TALK ABOUT A PAUSE IN THE FIGHTING.\n"
                    ">> [SPEAKER IS SECRETARY RUBIO] THE UNITED STATES WANTS A CEASEFIRE BEFORE THE HOLIDAYS.\n"
                    ">> AND WE WILL KEEP TALKING TO BOTH SIDES UNTIL WE GET ONE.\n")
    actors = extracted_actors(body)
    assert actors["THE UNITED STATES WANTS A CEASEFIRE BEFORE THE HOLIDAYS"] == "Marco Rubio"
    assert actors["AND WE WILL KEEP TALKING TO BOTH SIDES UNTIL WE GET ONE"] == "Marco Rubio"


def test_the_floor_given_by_the_chair_decides_the_next_turns_and_is_no_statement():
    body = _HEAD + (">> THE MEETING IS CALLED TO ORDER.\n"
                    ">> I GIVE THE FLOOR TO THE REPRESENTATIVE OF HUNGARY.\n"
                    ">> THANK YOU MADAM PRESIDENT. HUNGARY WELCOMES ANY CEASEFIRE THAT STOPS THE KILLING.\n"
                    ">> THE MEETING IS ADJOURNED.\n")
    actors = extracted_actors(body)
    assert actors == {"HUNGARY WELCOMES ANY CEASEFIRE THAT STOPS THE KILLING": "Hungarian government"}


def test_a_turn_of_an_unnamed_caller_is_nobody_s():
    body = _HEAD + ("MR. LAVROV: WE ARE READY TO TALK ABOUT A PAUSE IN THE FIGHTING.\n"
                    "Caller: Ann from Ohio. I THINK THEY SHOULD ALL SIT DOWN TOGETHER.\n"
                    ">> AND THE EUROPEANS SHOULD BE IN THE ROOM TOO.\n")
    assert "Sergei Lavrov" not in {a for t, a in extracted_actors(body).items() if "EUROPEANS" in t}


def test_inaudible_turns_are_not_statements():
    body = _HEAD + ("MR. LAVROV: WE ARE READY TO TALK ABOUT A PAUSE IN THE FIGHTING.\n"
                    ">> [INAUDIBLE] THE [INAUDIBLE] OF THE TRUCE [INAUDIBLE].\n"
                    ">> WE HAVE SAID THIS MANY TIMES BEFORE.\n")
    assert not any("INAUDIBLE" in t for t in extracted_actors(body))


def test_a_single_turn_mark_outside_a_transcript_changes_nothing():
    body = "Talks\n\nSergei Lavrov said the talks were useful.\n\n>> Read more about the talks here and there.\n"
    assert set(extracted_actors(body).values()) == {"Sergei Lavrov"}


def test_an_abbreviated_president_title_is_no_part_of_the_name():
    body = _HEAD + "PRES. ZELENSKYY: WE CANNOT GIVE OUR LAND FOR A PAUSE IN THE FIGHTING.\n"
    assert set(extracted_actors(body).values()) == {"Volodymyr Zelenskyy"}


# --- quotations read aloud

def test_a_quotation_read_aloud_in_capitals_is_the_named_persons():
    body = _HEAD + ("HOST: GOOD MORNING. HERE IS WHAT PRESIDENT ZELENSKYY POSTED LAST NIGHT AND I QUOTE. NO DOCUMENT "
                    "ABOUT UKRAINE WILL BE AGREED WITHOUT UKRAINE. END QUOTE.\n")
    assert extracted_actors(body)["NO DOCUMENT ABOUT UKRAINE WILL BE AGREED WITHOUT UKRAINE"] == "Volodymyr Zelenskyy"


def test_a_quotation_read_aloud_in_prose_is_the_named_persons():
    body = ("Talks\n\nThe senator then read what Sergei Lavrov had written, quote, we will not abandon our goals in "
            "Ukraine, end quote, and sat down.\n")
    assert extracted_actors(body)["we will not abandon our goals in Ukraine"] == "Sergei Lavrov"


def test_a_quote_without_its_end_is_left_to_the_other_rules():
    body = "Talks\n\nThe word quote appears here, and Sergei Lavrov said the talks were useful.\n"
    assert set(extracted_actors(body).values()) == {"Sergei Lavrov"}
