"""Round 40 (issue 14): the rules' mechanisms found on the default path's missed reported speech across writers; our
own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors


# --- a plural subject's present tense before "that": "The authors argue that", "They also underline that"

def test_a_plural_subjects_present_tense_reports_its_that_clause():
    body = ("Relief at last\n\nIn a paper out today, a group of Norwegian engineers led by Maren Solberg "
            "argue that any truce must protect the water plants.\n")
    assert _actors(body)["any truce must protect the water plants"] == "Maren Solberg"


def test_they_underline_that_after_a_named_group():
    body = ("Summit ends\n\nEuropean leaders met in Paris on Monday.\n\n"
            "They also underline that Kyiv must sit at every table where its future is decided.\n")
    assert _actors(body)["Kyiv must sit at every table where its future is decided"] == "European leaders"


def test_no_report_after_to_a_modal_or_a_negation():
    body = ("Summit ends\n\nEuropean leaders met in Paris on Monday.\n\n"
            "It is hard to argue that the summit changed the war. Few would insist that the plan works, and "
            "Kyiv did not claim that the front had moved.\n")
    got = _actors(body)
    assert not any(k.startswith(("the summit changed", "the plan works", "the front had moved")) for k in got)


# --- manner-of-speaking verbs before "that" or a quotation: "ventured", "bristled", "harrumphed", "intoned"

def test_manner_of_speaking_verbs_report_their_that_clause():
    for verb in ("ventured", "bristled", "harrumphed", "intoned", "grumbled"):
        body = (f"Debate in the chamber\n\nThe opposition spokeswoman, Marta Ellery, {verb} that the plan would "
                "reward the invasion.\n")
        assert _actors(body)["the plan would reward the invasion"] == "Marta Ellery", verb


def test_a_manner_verb_with_a_bare_object_is_no_report():
    body = "Debate in the chamber\n\nMarta Ellery bristled at the question and grumbled about the heating.\n"
    assert _actors(body) == {}


# --- "welcomed" with a possessive event or a breakthrough: a position, not the name of a thing

def test_welcoming_a_possessive_announcement_or_a_breakthrough_is_a_statement():
    got = _actors("Talks\n\nThe Danish government welcomed Norway's announcement.\n\n"
                  "British Prime Minister Keir Starmer welcomed the breakthrough.\n")
    assert got["Norway's announcement"] == "Danish government"
    assert got["the breakthrough"] == "Keir Starmer"


def test_welcoming_a_vote_or_a_move_still_names_a_thing():
    assert _actors("Talks\n\nKeir Starmer welcomed the vote. Kaja Kallas welcomed the move.\n") == {}


# --- "dismissed" a position with no "as" after it: "dismissed complaints that ...", "dismissed X's proposal for ..."

def test_dismissing_a_claim_or_a_proposal_is_a_statement():
    got = _actors("Talks\n\nThe Kremlin dismissed Kyiv's proposal for a summit in Geneva.\n\n"
                  "Marco Rubio dismissed complaints that Europe had been left out.\n")
    assert got["Kyiv's proposal for a summit in Geneva"] == "Kremlin"
    assert got["complaints that Europe had been left out"] == "Marco Rubio"


def test_dismissing_a_person_is_no_statement():
    assert _actors("Talks\n\nThe president dismissed the envoy on Friday.\n") == {}
