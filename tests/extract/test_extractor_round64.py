"""Round 64 (issue 14; round 63's names, kept): a ministry named in its long form takes the guide's short form ("the Ministry of Foreign Affairs
and Regional Cooperation" -> "Foreign Ministry", "the Ruritanian Ministry of National Defence" -> "Ruritanian Defence
Ministry"); a party's possessive before a person is no part of the name ("Sinn Féin's Dónal Ó Brádaigh"), and names
that open with a capital beyond A-Z are names; an adverb or a discourse aside after a subject is no part of its name
("As the Mission further stated", "Roe, on the other hand, said"); a person named in apposition to someone's role, or
by their "own view", is whom the next "she" / "he" means. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import extracted_statements
from pipeline.extract.lexicon import short_ministry_name


@pytest.mark.parametrize("name, short", [
    ("Ministry of Foreign Affairs and Regional Cooperation", "Foreign Ministry"),
    ("Ruritanian Ministry of National Defence", "Ruritanian Defence Ministry"),
    ("Ruritanian Ministry of Defense", "Ruritanian Defence Ministry"),
    ("Ruritanian Ministry of Health", "Ruritanian Health Ministry"),
    ("Ministry of External Affairs", "Ministry of External Affairs"),
    ("Ruritanian Ministry of Mines", "Ruritanian Ministry of Mines"),
])
def test_a_ministrys_long_name_takes_the_short_form(name, short):
    assert short_ministry_name(name) == short


def test_a_long_ministry_name_in_an_article_is_named_short():
    body = "The Ruritanian Ministry of National Defence said the talks in Istanbul were useful.\n"
    assert [a for _, a, _ in extracted_statements(body)] == ["Ruritanian Defence Ministry"]


@pytest.mark.parametrize("mention, actor", [
    ("Sinn Féin's Dónal Ó Brádaigh", "Dónal Ó Brádaigh"),
    ("The Green Party's Ásta Ósk Jónsdóttir", "Ásta Ósk Jónsdóttir"),
])
def test_a_partys_possessive_is_no_part_of_the_name(mention, actor):
    body = f"{mention} said the talks must include Kyiv.\n"
    assert [a for _, a, _ in extracted_statements(body)] == [actor]


@pytest.mark.parametrize("mention", ["As the Ruritanian Mission further stated,", "As the Ruritanian Mission also noted,"])
def test_an_adverb_after_a_subject_is_no_part_of_its_name(mention):
    body = f"{mention} \"Kyiv must be at the table.\"\n"
    assert [a for _, a, _ in extracted_statements(body)] == ["Ruritanian Mission"]


def test_a_discourse_aside_after_a_surname_is_no_part_of_it():
    body = ("Ivo Dragnev, a senator, spoke first. Dragnev, on the other hand, stated that Kyiv must be at the "
            "table.\n")
    assert [a for _, a, _ in extracted_statements(body)][-1] == "Ivo Dragnev"


@pytest.mark.parametrize("sentence, actor", [
    ("Roe's co-host, Amber Lindqvist, disagrees on the stream.", "Amber Lindqvist"),
    ("Hal Pierson's own view comes late, at 2:45:10.", "Hal Pierson"),
])
def test_a_person_named_by_a_role_or_an_own_view_is_whom_the_pronoun_means(sentence, actor):
    body = (f'Host Tom Roe said: "The war must end soon."\n\n{sentence} '
            f'{"She" if "Amber" in actor else "He"} says "Kyiv must be at the table."\n')
    assert [a for _, a, _ in extracted_statements(body)][-1] == actor
