"""Round 33 (issue 14): pool reports, fact-check desks and Pacific regional copy; our own sentences."""
from __future__ import annotations

from conftest import extracted_statements


def _actors(body: str, conflict: str = "russia-ukraine") -> dict[str, str]:
    """text -> actor of each statement the rules find in `body` (under a headline, offsets checked)."""
    return {text: actor for text, actor, _ in extracted_statements(body, conflict)}


# --- a Pacific chiefly style or a pastor's style is kept on every mention and is no part of the name

def test_a_chiefly_style_is_dropped_from_the_name_and_its_re_mention_gets_the_full_name():
    body = ("Fiji's ambassador in Vienna, Ratu Semi Naivalu, said that the talks had to include Kyiv from the first day.\n\n"
            "Ratu Semi said that the islands would back any truce that holds.\n\n"
            "Afioga Lemalu Tate Simi, Samoa's envoy, said that the vote was a matter of principle.\n\n"
            "Adi Litia Vesikula said that Fiji would not send troops.\n")
    got = _actors(body)
    assert got["the talks had to include Kyiv from the first day"] == "Semi Naivalu"
    assert got["the islands would back any truce that holds"] == "Semi Naivalu"
    assert got["the vote was a matter of principle"] == "Lemalu Tate Simi"
    assert got["Fiji would not send troops"] == "Litia Vesikula"


def test_a_pastors_style_is_dropped_from_the_name():
    body = ("Pastor Ioane Lino of the Tonga Council of Churches said that the war must end before winter.\n\n"
            "Reverend Elder Mose Tavita told worshippers that peace would come.\n")
    got = _actors(body)
    assert got["the war must end before winter"] == "Ioane Lino"
    assert "Mose Tavita" in got.values()
