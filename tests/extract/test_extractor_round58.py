"""Round 58 (issue 14): who is speaking. A bare surname the registry gives to a famous person is the article's own
person when the article names only that one in full; the honorifics of other name cultures ("Cde", "U", "Daw",
"Ato", "Maulana", "Oknha") are no part of the name. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import extracted_statements


def test_a_bare_surname_is_the_person_the_article_named_not_the_registrys_namesake():
    body = ("Claire Whitaker, a lecturer in war studies, said the truce would not hold. Whitaker added that Europe "
            "must be at the table.\n")
    assert [actor for _, actor, _ in extracted_statements(body)] == ["Claire Whitaker", "Claire Whitaker"]


def test_the_registrys_person_named_with_a_title_keeps_the_bare_surname():
    body = ("Claire Whitaker, a lecturer in war studies, said the truce would not hold. Ambassador Whitaker said NATO "
            "was united. Whitaker added that the alliance would stay the course.\n")
    actors = [actor for _, actor, _ in extracted_statements(body)]
    assert actors[0] == "Claire Whitaker" and actors[1:] == ["Matthew Whitaker", "Matthew Whitaker"]


@pytest.mark.parametrize("styled, second, name", [
    ("Foreign Minister Cde Tendai Mukwena", "Cde Mukwena", "Tendai Mukwena"),
    ("junta spokesman U Kyaw Lin Oo", "U Kyaw Lin Oo", "Kyaw Lin Oo"),
    ("opposition leader Daw Thida Win", "Daw Thida Win", "Thida Win"),
    ("Foreign Minister Ato Getachew Woldu", "Ato Getachew", "Getachew Woldu"),
])
def test_an_honorific_of_another_name_culture_is_no_part_of_the_name(styled, second, name):
    body = (f"In Harare on Monday, {styled} said the talks must include Kyiv. {second} further said a truce "
            "should come first.\n")
    actors = [actor for _, actor, _ in extracted_statements(body)]
    assert actors == [name, name], actors


def test_an_initial_with_a_full_stop_is_no_honorific():
    body = "Mongolian President U. Khurelsukh said Mongolia would never take part in blocs.\n"
    assert [actor for _, actor, _ in extracted_statements(body)] != ["Khurelsukh"]
