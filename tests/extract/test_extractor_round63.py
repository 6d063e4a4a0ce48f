"""Round 63 (issue 14): a ministry named in its long form takes the guide's short form ("the Ministry of Foreign Affairs
and Regional Cooperation" -> "Foreign Ministry", "the Ruritanian Ministry of National Defence" -> "Ruritanian Defence
Ministry"); a party's possessive before a person is no part of the name ("Sinn Féin's Dónal Ó Brádaigh"), and names
that open with a capital beyond A-Z are names. Our own sentences."""
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
