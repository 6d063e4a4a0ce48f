"""Extraction tests for issue 14, round 10 (written from the errors of h25-h27, read from round 10 on, and h19-h24):
reported speech in translated agency copy and a first-person notebook, split quotes whose frame carries an
appositive, and attribution. Our own sentences."""
from conftest import extracted_statements

stmts = extracted_statements


def test_translated_copy_pondered_frames_a_quote_and_takes_a_that_clause():
    out = stmts('"Nobody walked away from the table," the Russian president pondered on Monday.')
    assert out == [("Nobody walked away from the table", "Vladimir Putin", "direct")]
    out = stmts("The Finance Minister, Bezalel Smotrich, pondered that the reply to the raid was not more talks but "
                "more pressure.")
    assert out == [("the reply to the raid was not more talks but more pressure", "Bezalel Smotrich", "indirect")]
    # "pondered" with a plain object is no statement
    assert stmts("Sergei Lavrov pondered the map for a long while before the talks.") == []


def test_a_comma_and_ruled_out_ends_the_reported_clause_before_it():
    out = stmts("The army spokesman, Dmitry Peskov, said that the troops would hold every town, and ruled out "
                "any pause in the fighting.")
    assert [t for t, _, _ in out] == ["the troops would hold every town", "any pause in the fighting"]
