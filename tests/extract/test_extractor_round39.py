"""Round 39 (issue 14): the rules' mechanisms found on the default path's errors across writers; our own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors


# --- the leading names of a longer full name: "Agustín Santos" after "Agustín Santos Maraver"

def test_the_first_two_names_of_a_three_word_name_are_that_person():
    body = ("Talks resume\n\nThe former ambassador Marisol Vega Ibarra said the plan rewarded the invasion.\n\n"
            "Marisol Vega added that Madrid should ask for a seat at the table.\n")
    got = _actors(body)
    assert got["Madrid should ask for a seat at the table"] == "Marisol Vega Ibarra"


def test_a_two_word_name_introduced_first_stays_its_own_person():
    body = ("Talks resume\n\nTomas Berg said the plan rewarded the invasion.\n\n"
            "Later the economist Tomas Berg Lund said sanctions should stay.\n\n"
            "Tomas Berg added that Oslo should ask for a seat at the table.\n")
    got = _actors(body)
    assert got["Oslo should ask for a seat at the table"] == "Tomas Berg"
