"""Round 62 (issue 14): a body whose name runs through "of" or "and" keeps its whole name ("the Directorate of
Communications", not a person "Communications"); a cleric known by one name keeps the church title the article gives
("Patriarch Kirill"), one with a surname does not ("Pavlo Dudar"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import extracted_statements


@pytest.mark.parametrize("mention, actor", [
    ("The Directorate of Communications", "Directorate of Communications"),
    ("The Lusitanian Academy of Sciences", "Lusitanian Academy of Sciences"),
    ("The Department of Trade and Cooperation", "Department of Trade and Cooperation"),
    ("The Mejlis of the Crimean Tatar People", "Mejlis of the Crimean Tatar People"),
    ("The Nordic Peace and Arbitration Society", "Nordic Peace and Arbitration Society"),
    ("The Spiritual Administration of Muslims of the Volga", "Spiritual Administration of Muslims of the Volga"),
])
def test_a_body_named_with_of_or_and_keeps_its_whole_name(mention, actor):
    body = f"{mention} said the talks in Istanbul were useful.\n"
    assert [a for _, a, _ in extracted_statements(body)] == [actor]


@pytest.mark.parametrize("mention, later, actor", [
    ("Patriarch Andronik of Vilna", "The Patriarch", "Patriarch Andronik"),
    ("Metropolitan Serafim of the Northern Church", "Serafim", "Metropolitan Serafim"),
    ("Ecumenical Patriarch Timotheos", "The Ecumenical Patriarch Timotheos", "Ecumenical Patriarch Timotheos"),
    ("Fr. Ostap, who leads the parish,", "Fr. Ostap", "Fr. Ostap"),
])
def test_a_cleric_known_by_one_name_keeps_the_church_title(mention, later, actor):
    body = f"{mention} said the war must end this winter.\n\n{later} added that Kyiv must be at the table.\n"
    actors = [a for _, a, _ in extracted_statements(body)]
    assert actors and actors[0] == actor, actors


def test_a_cleric_with_a_surname_is_named_without_the_title():
    body = "Father Ivo Marčetić said the war must end this winter. Marčetić added that Kyiv must be at the table.\n"
    assert {a for _, a, _ in extracted_statements(body)} == {"Ivo Marčetić"}
