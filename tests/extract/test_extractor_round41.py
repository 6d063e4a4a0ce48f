"""Round 41 (issue 14): the rules' camps for officials the registry does not know, found on the default path's side
errors across writers; our own sentences."""
from __future__ import annotations

from conftest import extracted_actors
from tests.extract.test_extractor_round39 import _sides   # actor -> side, the body under a "Debate" title


# --- a long office title in apposition before the name: "the Minister for Foreign Affairs and Defence, X,"

def test_a_long_office_title_before_the_name_gives_the_home_countrys_camp():
    body = ("DUBLIN --\n\nThe Dáil sat late on Tuesday and TDs pressed the Government on the talks.\n\n"
            "In the Dáil, the new Minister for Foreign Affairs and Trade, Aoife Brennan, told TDs that any "
            "settlement reached over the heads of the Ukrainian people would not hold.\n")
    assert _sides(body)["Aoife Brennan"] == "europe"


def test_a_short_title_in_apposition_still_gives_the_home_countrys_camp():
    body = ("DUBLIN --\n\nThe Dáil sat late on Tuesday and TDs pressed the Government on the talks.\n\n"
            "The Taoiseach, Ciarán Doherty, told the Dáil that Ireland would stand with Ukraine.\n")
    assert _sides(body)["Ciarán Doherty"] == "europe"


def test_a_long_descriptive_apposition_is_no_office():
    body = ("DUBLIN --\n\nThe Dáil sat late on Tuesday and TDs pressed the Government on the talks.\n\n"
            "The head of a research group that studies the war, Tomasz Wierzbicki, said that the talks "
            "would fail without Kyiv at the table.\n")
    assert _sides(body).get("Tomasz Wierzbicki", "other") == "other"


# --- "In <capital>, <office> X said": the capital's state, with or without a home country

def test_an_in_capital_opener_gives_an_office_holder_that_states_camp():
    body = ("Talks in Geneva drew reactions across the continent on Monday.\n\n"
            "In Oslo, Foreign Minister Ragnar Holm said that Norway would keep backing Kyiv at every table.\n")
    assert _sides(body)["Ragnar Holm"] == "europe"


def test_an_opener_before_an_earlier_sentence_does_not_reach_the_name():
    body = ("Talks in Geneva drew reactions across the continent on Monday.\n\n"
            "In Oslo, the mood was calm. Foreign Minister Ragnar Holm said that the talks had to include Kyiv.\n")
    assert _sides(body).get("Ragnar Holm", "other") == "other"


# --- a state body named without its state, in an outlet of that state: "the Economy Ministry" is the home country's

def test_a_bare_ministry_in_a_home_outlet_carries_the_home_countrys_name():
    body = ("DUBLIN --\n\nThe Dáil sat late on Tuesday and TDs pressed the Government on the talks.\n\n"
            "The Enterprise Ministry said that exporters would be compensated for the lost season.\n")
    got = extracted_actors("Debate\n\n" + body)
    assert got["exporters would be compensated for the lost season"] == "Irish Enterprise Ministry"


def test_a_bare_ministry_with_no_home_country_keeps_its_name():
    body = ("Talks in Geneva drew reactions on Monday.\n\n"
            "The Enterprise Ministry said that exporters would be compensated for the lost season.\n")
    got = extracted_actors("Debate\n\n" + body)
    assert got["exporters would be compensated for the lost season"] == "Enterprise Ministry"
