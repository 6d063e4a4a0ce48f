"""Round 59 (issue 14): an organisation's officer named by the organisation and the office ("Wawel Defence's chief
executive said") is the person the article names in that office, else the organisation; bodies whose name opens with a
nationality ("the European Boxing Confederation", "the Ukrainian Air Force") are bodies, not people. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import extracted_statements


@pytest.mark.parametrize("introduction", [
    "Marta Kowal, chief executive of Vistula Shells, spoke to analysts on Tuesday.",
    "Vistula Shells chief executive Marta Kowal spoke to analysts on Tuesday.",
    "The chief executive of Vistula Shells, Marta Kowal, spoke to analysts on Tuesday.",
])
def test_an_officer_named_by_company_and_office_is_the_person_the_article_names(introduction):
    body = (f"{introduction} Vistula Shells\u2019 chief executive said a ceasefire signed this spring would hand "
            "Russia time to rearm.\n")
    assert ("a ceasefire signed this spring would hand Russia time to rearm", "Marta Kowal", "indirect") in \
        extracted_statements(body)


def test_the_one_holder_of_the_office_named_without_the_company_is_that_officer():
    body = ("\u2018We need this truce to hold,\u2019 chief executive Radu Ionescu said on a call. Later, Danube Lines\u2019s "
            "chief executive said the company would add Odesa calls only once the ceasefire had held for a quarter.\n")
    got = extracted_statements(body)
    assert any(actor == "Radu Ionescu" and t.startswith("the company would add Odesa calls") for t, actor, _ in got), got


def test_an_officer_the_article_never_names_speaks_for_the_organisation():
    body = "Carpathia Freight\u2019s chief executive said exports would resume once a ceasefire held.\n"
    assert extracted_statements(body) == [("exports would resume once a ceasefire held", "Carpathia Freight",
                                           "indirect")]


def test_a_state_and_its_office_keep_the_registrys_reading():
    body = "Russia\u2019s president said the talks in Riyadh were useful.\n"
    assert [actor for _, actor, _ in extracted_statements(body)] == ["Vladimir Putin"]


@pytest.mark.parametrize("body, actor", [
    ("The European Boxing Confederation said the ban must stay until a ceasefire.\n", "European Boxing Confederation"),
    ("The Ukrainian Air Force said Russia had launched 120 drones overnight.\n", "Ukrainian Air Force"),
])
def test_a_body_whose_name_opens_with_a_nationality_is_a_body(body, actor):
    assert [a for _, a, _ in extracted_statements(body)] == [actor]
