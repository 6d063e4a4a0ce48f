"""Round 38 (issue 14): the default path (rules + span tagger) on a Belarusian outlet in exile, an agency's
previews desk and a Belgrade portal's English service; the rules' mechanisms, our own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors


# --- a trailing "according to <outlet>" after the person's own frame: the outlet relays the person's words

def test_a_person_who_said_that_according_to_an_outlet_keeps_the_statement():
    body = ("Kadyrov said on Friday that the corridor would open \"within days\", according to RIA Novosti.\n\n"
            "Budanov told officers in Kharkiv that the line would hold, according to UNIAN.\n")
    got = _actors(body)
    assert got['the corridor would open "within days"'] == "Ramzan Kadyrov"
    assert got["the line would hold"] == "Kyrylo Budanov"


def test_a_relayed_sentence_no_other_rule_takes_is_the_persons_whole():
    body = "Sybiha, in a call with his Turkish colleague, expressed thanks for Ankara's help, according to UkrInform.\n"
    assert set(_actors(body).values()) == {"Andrii Sybiha"}


def test_according_to_an_outlet_alone_or_before_the_frame_stays_the_outlets():
    body = ("The convoy was turned back at the border, according to Interfax.\n\n"
            "Lavrov said, according to TASS, that Moscow saw no role for Brussels.\n")
    got = _actors(body)
    assert got["The convoy was turned back at the border"] == "Interfax"
    assert got["Moscow saw no role for Brussels"] == "TASS"
