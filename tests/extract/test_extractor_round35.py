"""Round 35 (issue 14): agency copy from the Gulf, community weeklies' event reports, entertainment sites; our own
sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors


# --- "Minister of <portfolio> Given Surname": the one word after "Minister of" is the portfolio, never the name

def test_a_portfolio_the_lexicon_does_not_know_is_no_part_of_the_name():
    body = ("After the weekly session, Minister of Media Omar Al-Harbi said in a statement that the Cabinet welcomed "
            "the talks.\n\n"
            "Minister of Water Lina Haddad said the visitors would return once the fighting stopped.\n")
    got = _actors(body)
    assert got["the Cabinet welcomed the talks"] == "Omar Al-Harbi"
    assert got["the visitors would return once the fighting stopped"] == "Lina Haddad"


def test_a_three_word_name_after_a_known_portfolio_keeps_its_words():
    body = "Minister of Culture Ahmed bin Khalid said that the festival would go ahead.\n"
    assert _actors(body) == {"the festival would go ahead": "Ahmed bin Khalid"}
