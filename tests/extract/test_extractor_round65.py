"""Round 65 (issue 14): a state named in its long form inside a speaker's mention is read as the state ("the Russian
Federation's top diplomat", "The Kingdom of Saudi Arabia's Foreign Ministry", "the Islamic Republic's Foreign
Ministry"); "Seyyed" / "Sayyid" are honorifics, no part of the name. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import extracted_statements


@pytest.mark.parametrize("mention, actor", [
    ("The Russian Federation's top diplomat", "Sergei Lavrov"),
    ("The Kingdom of Saudi Arabia's Foreign Ministry", "Saudi Foreign Ministry"),
    ("The Islamic Republic's Foreign Ministry", "Iranian Foreign Ministry"),
    ("The Islamic Republic of Iran", "Iranian government"),
    ("The Embassy of the Russian Federation in Accra", "Russian Embassy in Accra"),
])
def test_a_states_long_form_is_read_as_the_state(mention, actor):
    body = f"{mention} said the talks in Istanbul were useful.\n"
    assert [a for _, a, _ in extracted_statements(body)] == [actor]


@pytest.mark.parametrize("mention, actor", [
    ("Omani Foreign Minister Sayyid Hamad Albusaidi", "Hamad Albusaidi"),
    ("The envoy, Seyyed Kamran Rahimi,", "Kamran Rahimi"),
])
def test_seyyed_and_sayyid_are_no_part_of_the_name(mention, actor):
    body = f"{mention} said the talks must include Kyiv.\n"
    assert [a for _, a, _ in extracted_statements(body)] == [actor]
