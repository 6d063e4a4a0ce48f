"""Extraction tests for issue 14, round 9 (written from the errors of h19-h24, read from round 9 on): attribution of
title chains after their institution, titles and ranks before unknown names, spelling variants, bodies speaking
through their staff. Our own sentences."""
from conftest import extracted_statements

stmts = extracted_statements


def test_a_participle_after_a_title_chain_is_the_person_not_the_institution():
    out = stmts("Kremlin spokesman Dmitry Peskov echoed him, saying that a pause in the fighting was off the table.")
    assert out == [("a pause in the fighting was off the table", "Dmitry Peskov", "indirect")]
    out = stmts("On Tuesday, Kremlin foreign policy aide Yuri Ushakov went further, telling reporters that the plan was "
                "premature. \"We want a lasting settlement,\" he said.")
    assert [a for _, a, _ in out] == ["Yuri Ushakov", "Yuri Ushakov"]
