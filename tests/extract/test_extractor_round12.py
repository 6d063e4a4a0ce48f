"""Extraction tests for issue 14, round 12 (written from the actor errors of all read writers, h1-h33, grouped by
mechanism): general attribution mechanisms rather than one voice's constructions. Our own sentences."""
from conftest import extracted_statements

stmts = extracted_statements


def test_a_title_chain_before_a_name_is_no_part_of_the_actor():
    out = stmts("Upper House member Pavel Ostrikov wrote that the summit had changed nothing. "
                "Chairman of the State Duma Budget Committee Oleg Varnavin said that the plan was a trap. "
                "Nordic Council Secretary-General Inga Tollefsen said the talks must include Kyiv.")
    assert [a for _, a, _ in out] == ["Pavel Ostrikov", "Oleg Varnavin", "Inga Tollefsen"], out


def test_a_diplomats_permanent_representative_title_is_not_a_us_congressman_rank():
    out = stmts("Brazilian Permanent Representative Lucas Andrade said that the draft was unbalanced. "
                "Andrade added that Brasilia would abstain.")
    assert [a for _, a, _ in out] == ["Lucas Andrade", "Lucas Andrade"], out


def test_an_ambassador_to_a_state_is_named_without_the_state():
    out = stmts("Norway's Ambassador to Ukraine Erik Solvang Berg wrote that the exchange would build trust.")
    assert [a for _, a, _ in out] == ["Erik Solvang Berg"], out
