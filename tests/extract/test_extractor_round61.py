"""Round 61 (issue 14): an embassy named by its state in full ("the Embassy of the Russian Federation in Accra") is
named as the guide names embassies ("Russian Embassy in Accra"); Ghana's honorifics "Madam" and "Opanin" are no part of
the name. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import extracted_statements


@pytest.mark.parametrize("mention, actor", [
    ("The Embassy of the Russian Federation in Accra", "Russian Embassy in Accra"),
    ("The Embassy of Ukraine in Bangkok", "Ukrainian Embassy in Bangkok"),
    ("The Embassy of the United States in Kyiv", "US Embassy in Kyiv"),
    ("The Embassy of the People's Republic of China in Harare", "Chinese Embassy in Harare"),
])
def test_an_embassy_named_by_its_state_in_full_takes_the_guides_name(mention, actor):
    body = f"{mention} said the talks in Istanbul were useful.\n"
    assert [a for _, a, _ in extracted_statements(body)] == [actor]


@pytest.mark.parametrize("styled, second", [
    ("Former minister Madam Abena Osei", "Madam Osei"),
    ("Elder Opanin Kofi Boateng", "Opanin Kofi Boateng"),
])
def test_ghanaian_honorifics_are_no_part_of_the_name(styled, second):
    body = f"{styled} said the talks must include Kyiv. {second} added that Ghana wanted a ceasefire.\n"
    actors = {a for _, a, _ in extracted_statements(body)}
    assert actors and all(not a.startswith(("Madam", "Opanin")) for a in actors), actors
