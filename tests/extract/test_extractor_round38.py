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


# --- a pull quote: a paragraph that is only a quotation, over a line naming its speaker after a dash

def test_a_pull_quote_is_the_speaker_named_on_the_dash_line_below():
    body = ("Talks resume\n\nThe delegations met for four hours.\n\nQuote of the day\n\n"
            "\u201cA truce that nobody checks is a truce on paper only.\u201d\n\n"
            "\u2014 Olena Koval, Ukrainian deputy foreign minister, for Radio Kyiv\n\nWhat comes next\n")
    assert _actors(body) == {"A truce that nobody checks is a truce on paper only.": "Olena Koval"}


def test_a_pull_quote_on_consecutive_lines_and_a_body_speaking_through_its_spokesperson():
    body = ('Talks resume\n\nWhat they said\n"Stop the strikes on the dams, then we can talk."\n'
            "\u2014 Rustem Umerov, Ukraine's chief negotiator\n\nWhat they said\n"
            '"Schools in tents are better than no schools at all."\n\u2014 UNICEF spokesperson in Gaza\n')
    got = _actors(body)
    assert got["Stop the strikes on the dams, then we can talk."] == "Rustem Umerov"
    assert got["Schools in tents are better than no schools at all."] == "UNICEF"


def test_a_credit_line_under_a_quotation_names_no_speaker():
    body = ('Talks resume\n\nThe delegations met for four hours.\n\n'
            '"Stop the shooting first. The politics can wait for the spring."\n\n\u2014 Additional reporting by agencies\n')
    assert "Stop the shooting first. The politics can wait for the spring." not in _actors(body)


# --- "<Name> from the <Institution> said": the named person

def test_a_person_from_an_institution_is_the_speaker_not_the_institution():
    body = ("Talks resume\n\nResearcher Anna Kowalczyk from the Institute for Eastern Studies said that a truce "
            "would only freeze the front.\n")
    assert _actors(body) == {"a truce would only freeze the front": "Anna Kowalczyk"}


# --- "said for <outlet> that": the outlet the speaker spoke to is an adjunct of the frame

def test_said_for_an_outlet_that_keeps_the_frame():
    body = ("Talks resume\n\nSybiha said for the daily Danas on Monday that there would be no truce with Moscow.\n\n"
            "Kallas said for TV Prva that Europe would keep its sanctions.\n")
    got = _actors(body)
    assert got["there would be no truce with Moscow"] == "Andrii Sybiha"
    assert got["Europe would keep its sanctions"] == "Kaja Kallas"


# --- "The Office of <Name>": the office speaks, not the person

def test_the_office_of_a_person_without_a_state_is_that_office():
    body = ("Talks resume\n\nThe Office of Maria Kolesnikova said in a statement that every release was a victory.\n\n"
            "Kolesnikova herself said the talks must include Belarusians.\n")
    got = _actors(body)
    assert got["every release was a victory"] == "Office of Maria Kolesnikova"
    assert got["the talks must include Belarusians"] == "Maria Kolesnikova"
